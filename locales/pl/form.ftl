# Słowa formularzy wspólne dla panelu administracyjnego i narzędzi odpowiedzi.

form-error-heading = Wystąpił problem
form-error-offline = Wygląda na to, że nie masz połączenia. Nic się nie zmieniło: spróbuj ponownie po połączeniu.
form-error-server = Coś poszło nie tak na serwerze. Nic się nie zmieniło: spróbuj ponownie.
form-error-forbidden = Twoje konto nie może tego zrobić.
form-field-problem = { $label }: { $message }
