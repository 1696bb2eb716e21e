# انتظامیہ اور جواب دینے کے اوزاروں کے مشترکہ فارموں کے الفاظ۔

form-error-heading = ایک مسئلہ ہے
form-error-offline = لگتا ہے آپ آف لائن ہیں۔ کچھ نہیں بدلا: کنکشن ملنے پر دوبارہ کوشش کریں۔
form-error-server = سرور پر کچھ غلط ہو گیا۔ کچھ نہیں بدلا: دوبارہ کوشش کریں۔
form-error-forbidden = آپ کا اکاؤنٹ یہ نہیں کر سکتا۔
form-field-problem = { $label }: { $message }
