# The words of the forms the admin console and the outcomes tools share (map-ui/src/admin/form.ts).

form-error-heading = There is a problem
form-error-offline = You seem to be offline. Nothing has changed: try again when you are connected.
form-error-server = Something went wrong on the server. Nothing has changed: try again.
form-error-forbidden = Your account cannot do this.
# $label: the name of a form field; $message: what is wrong with it
form-field-problem = { $label }: { $message }
