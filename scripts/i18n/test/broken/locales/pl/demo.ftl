-brand = Waymark
demo-title = Notatki — { -brand }
demo-waiting = { $count ->
    [one] Czeka jedna rozmowa
   *[other] Czekają rozmowy
}
demo-field = Tytuł
demo-channel-phone = Przez telefon
demo-channel-event = Na { wydarzeniu
demo-inner = słowa
demo-outer = { demo-inner } i więcej
demo-extra = Tego nie ma po angielsku
demo-signed-in = Zalogowano
wrong-prefix = Zły przedrostek
