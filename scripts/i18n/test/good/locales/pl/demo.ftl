-brand = Waymark
demo-title = Notatki — { -brand }
demo-waiting = { $count ->
    [one] Czeka jedna rozmowa
    [few] Czekają { $count } rozmowy
   *[many] Czeka { $count } rozmów
}
demo-field = Tytuł
    .placeholder = Kilka słów
demo-channel-phone = Przez telefon
demo-channel-event = Na wydarzeniu
demo-inner = słowa
demo-outer = { demo-inner } i więcej
demo-signed-in = Zalogowano jako { $email }
