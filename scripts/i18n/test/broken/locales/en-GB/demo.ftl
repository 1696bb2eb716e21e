-brand = Waymark
demo-title = Notes — { -brand }
demo-waiting = { $count ->
    [one] One conversation is waiting
   *[other] { $count } conversations are waiting
}
demo-field = Title
    .placeholder = A few words
demo-channel-phone = On the phone
demo-channel-event = At an event
demo-untranslated = Only in English for now
demo-inner = inner words
demo-outer = { demo-inner } and more
demo-signed-in = Signed in as { $email }
