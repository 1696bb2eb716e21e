# كلمات النماذج المشتركة بين لوحة الإدارة وأدوات الرد.

form-error-heading = توجد مشكلة
form-error-offline = يبدو أنك غير متصل. لم يتغيّر شيء: حاول مرة أخرى عندما تتصل.
form-error-server = حدث خطأ في الخادم. لم يتغيّر شيء: حاول مرة أخرى.
form-error-forbidden = لا يمكن لحسابك فعل ذلك.
form-field-problem = { $label }: { $message }
