# The travel check's reasons and the travel brief (locales/README.md).

## Levels (there is no "safe": the lowest says only that nothing recorded points there)
travel-level-not-safe-lower = أدنى، وليس آمنًا
travel-level-raised = متزايد
travel-level-high = مرتفع
travel-level-highest = الأعلى

## Why a country has its level
travel-why-issuing = أصدر هذا البلد تعميمًا ضدك.
travel-why-feared = هو الدولة التي تحميك الحماية منها.
travel-why-high = يصل إليه تعميم نافذ قد يطلب القبض عليك.
travel-why-raised-protected = يصل إليه تعميم نافذ قد يطلب القبض عليك، لكن قرارًا مسجّلًا في قضيتك قد يحميك هناك.
travel-why-raised = يشير إليه أمر مسجّل (تعميم، أو معاهدة مع الدولة المُصدِرة، أو ملاحظتك)، مع أنه لا يوجد تعميم نافذ مسجّل يطلب منه القبض عليك.
travel-why-lower = لا شيء مسجّل في قضيتك يشير إليه. هذا ليس أمانًا.
travel-trip-why = الرحلة خطرة بقدر أخطر بلد فيها: { $countries } ({ $level }).
travel-trip-why-lower = لا شيء مسجّل يشير إلى بلد في هذه الرحلة. هذا ليس أمانًا.
travel-caution = لا يعني أي مستوى أن البلد آمن. لا يعرف Habeas إلا التعميمات المسجّلة في هذه القضية؛ قد يوجد تعميم لا تعرفه، أو لم يُعثر عليه علنًا. استشر محاميًا قبل أن تسافر.
travel-reason-transit = أنت تمرّ عبره فقط، لكن العبور يُفحص كالإقامة.

## What to carry
travel-carry-refugee-what = وثيقة سفر اللاجئ وقرار منحك صفة اللاجئ
travel-carry-refugee-why = تنطبق سياسة اللاجئين متى أكّد بلد عضو صفتك؛ لا تسافر بجواز سفر الدولة التي فررت منها ولا تجدّده.
travel-carry-removed-what = قرار لجنة مراقبة ملفات الإنتربول أو رسالة الإنتربول التي تقول إن التعميم حُذف
travel-carry-removed-why = قد تظل قواعد البيانات الوطنية تحتفظ بنسخة من تعميم محذوف.
travel-carry-judgment-what = الحكم النهائي في الأفعال نفسها، مع ترجمة
travel-carry-judgment-why = قد يمنع القبض المؤقت في دولة أخرى من دول شنغن (عدم جواز المحاكمة مرتين).
travel-carry-sheet-what = ورقة «محتجز الآن» ورقم محاميك، ليلًا ونهارًا
travel-carry-sheet-why = إن أُوقفت، فاطلب محاميًا وأظهر الورقة؛ لا توافق على التسليم المبسّط دون استشارة.

## The travel brief (PDF) and the CLI's text
travel-brief-title = فحص السفر
travel-brief-title-named = فحص السفر: { $label }
travel-brief-subject = فحص السفر: خطر القبض في كل بلد من بلدان الرحلة، مع المصادر
travel-brief-checked-on = تاريخ الفحص
travel-brief-trip-level = مستوى الرحلة
travel-brief-undated = دون تاريخ
travel-brief-leg = من { $from } إلى { $to }
travel-brief-leg-through = من { $from } إلى { $to } عبر { $transits }
travel-brief-map = الخريطة
travel-brief-legend = تظهر المستويات باللون والتظليل والتسمية: الأعلى (تظليل متقاطع)، مرتفع (خطوط مائلة)، متزايد (خطوط أفقية)، أدنى، وليس آمنًا (دون تظليل). يدل الإطار السميك على دولة أصدرت تعميمًا؛ والإطار المتقطع على متلقٍّ مسمّى؛ والخط المتقطع على مرحلة من الرحلة.
travel-brief-country = { $country }: { $level }
travel-brief-there = هناك
travel-role-departure = مغادرة
travel-role-transit = عبور
travel-role-arrival = وصول
travel-confidence-verified = مؤكَّد
travel-confidence-secondary = مصدر ثانوي: تحقّق منه
travel-confidence-unverified = غير مؤكَّد
travel-confidence-entered = أدخلته أنت، ولم يتحقق منه Habeas
travel-brief-confidence = درجة الثقة: { $confidence }. المصدر: { $source }
travel-brief-carry = ما يجب أن تحمله
travel-brief-source = المصدر: { $source }
travel-brief-page = الصفحة { $page } من { $pages }
travel-cli-trip = الرحلة: { $level }.
travel-cli-carry = ما يجب أن تحمله:
travel-cli-unchanged = لم يتغير شيء منذ فحص { $date }.
travel-cli-changed = ما تغيّر منذ فحص { $date }:
