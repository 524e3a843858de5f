# نصوص نواة Habeas، العربية. ترجمة أعدّها الفريق، لم يراجعها محامٍ لغته الأم العربية
# (انظر core.reviewed و locales/README.md).

## رسائل الأخطاء (core/src/error.rs؛ docs/errors.md).

error-invalid-input = يُرجى التحقق من «{ $field }»: { $reason }.
error-platform = تعذّر على Habeas { $action } ({ $detail }). بياناتك في أمان، لكن قد يحتفظ هذا الحاسوب بنسخة من الذاكرة إذا تعطّل Habeas. أعد تشغيل Habeas؛ وإذا تكرر ذلك فأبلغ عنه مع هذه الرسالة.
error-wrong-passphrase = عبارة المرور غير صحيحة. تحقّق من تخطيط لوحة المفاتيح ومن مفتاح الأحرف الكبيرة، ثم حاول مجددًا. إذا فقدتها فافتح الخزنة بمفتاح الاسترداد.
error-wrong-recovery-key = مفتاح الاسترداد هذا لا يفتح هذه الخزنة. قارن كل مجموعة من أربعة أحرف بورقة الاسترداد (يُعدّ 0 و O، و 1 و I متماثلين).
error-not-a-vault = هذا المجلد ليس خزنة Habeas (لا يحتوي على vault.json). اختر المجلد الذي يحتوي على vault.json.
error-folder-missing = مجلد الخزنة غير موجود. ربما نُقل أو أُعيدت تسميته، أو هو على قرص غير موصول.
error-folder-not-empty = هذا المجلد ليس فارغًا. أنشئ الخزنة في مجلد جديد أو فارغ حتى لا يختلط بها شيء آخر.
error-vault-too-new = أُنشئت هذه الخزنة بإصدار أحدث من Habeas (صيغة البيانات { $found }؛ هذا الإصدار يقرأ حتى { $supported }). حدّث Habeas لفتحها. لم تُغيَّر الخزنة.
error-weak-kdf = ملف إعدادات هذه الخزنة (vault.json) يطلب حماية لعبارة المرور أضعف بكثير مما يسمح به Habeas (معامل العمل { $found }؛ والمطلوب { $pinned } على الأقل). ربما عدّله أحدهم لتصبح عبارة مرورك التالية سهلة الكسر. لم يفتح Habeas الخزنة ولم يغيّر شيئًا. استعد vault.json من نسخة احتياطية لمجلد الخزنة، أو أعد قيمة «log_n» فيه إلى { $pinned }.
error-missing-file = ملف من ملفات الخزنة مفقود: { $which }. استعده من نسخة احتياطية لمجلد الخزنة. لم يتغيّر شيء.
error-damaged-file = ملف من ملفات الخزنة تالف أو عُدِّل: { $which }. استعده من نسخة احتياطية لمجلد الخزنة. لم يتغيّر شيء.
error-damaged-save =
    { $state ->
        [missing] أحد حفظات هذه الخزنة مفقود
       *[damaged] أحد حفظات هذه الخزنة تالف أو عُدِّل
    }: { $which }. بقية الخزنة سليمة. استعد مجلد الخزنة من نسخة احتياطية إن كانت لديك؛ وإلا فافتح الخزنة كما كانت قبل هذا الحفظ (الإنقاذ): يُنحّى ذلك الحفظ وما بعده جانبًا في مجلد الخزنة ولا يُحذف.
error-forged-save = أحد الحفظات في هذه الخزنة لم يُنشأ بمفاتيحها: { $which }. ربما أضافه أو غيّره شخص كان بوسعه الكتابة في مجلد الخزنة. لم يطبّقه Habeas. استعد مجلد الخزنة من نسخة احتياطية إن كانت لديك؛ وإلا فافتح الخزنة كما كانت قبل هذا الحفظ (الإنقاذ): يُنحّى هذا الحفظ وما بعده جانبًا في مجلد الخزنة، ولا يُحذف.
error-forged-file = أحد ملفات الخزنة لم يُنشأ بمفاتيحها: { $which }. ربما استبدله شخص كان بوسعه الكتابة في مجلد الخزنة. لم يفتح Habeas الخزنة ولم يغيّر شيئًا. استعد مجلد الخزنة من نسخة احتياطية أقدم.
# UNTRANSLATED (English until translated)
error-share-incomplete = This shared case file is incomplete: it ends before its contents do, so it was cut short while being copied or downloaded. Ask the sender to send it again, or copy it again. Nothing was changed in your vault.
error-share-damaged = This shared case file is damaged or was altered after it was signed, so Habeas cannot trust anything in it. (A file cut short in its first part also reads this way.) Ask the sender to send it again, and compare their fingerprint by phone. Nothing was changed in your vault.
error-share-not-for-you =
    { $resealed ->
        [yes] This shared case file was signed by its sender for someone else, then encrypted again to you by another person. Do not trust it; ask the sender directly. Nothing was changed in your vault.
       *[no] This shared case file was encrypted for another vault, not yours, so it cannot be opened here. Ask the sender to share it again with your sharing identity (Settings, Sharing). Nothing was changed in your vault.
    }
error-share-too-new = This shared case file was made by a newer version of Habeas (sharing format { $found }; this version reads up to { $supported }). Update Habeas, then receive it again. Nothing was changed in your vault.
error-share-unknown-sender = This shared case file is signed by a key you have not named in your contacts (fingerprint { $fingerprint }). Call the person you expect it from and have them read their fingerprint to you; receive it only if every digit matches. Nothing was changed in your vault.
error-share-local-edits =
    { $edits ->
        [one] This update of a shared case would replace { $edits } change made in your vault since you last received it. Look at it first; receive the update only if it may replace it (it stays in the case's history). Nothing was changed.
       *[other] This update of a shared case would replace { $edits } changes made in your vault since you last received it. Look at them first; receive the update only if it may replace them (they stay in the case's history). Nothing was changed.
    }
# UNTRANSLATED (English until translated)
error-backup-full = The backup disk is full, so this backup was not made. Your vault and the earlier backups in that folder are unchanged. Free some space there (or keep fewer backups, or choose a larger disk), then back up again.
error-backup-read-only = Habeas cannot write to the backup folder: the disk is read-only or write-protected, or you lack permission. Nothing was changed. Check the drive's write-protect switch or the folder's permissions, or choose another folder.
error-backup-folder-gone = The backup folder is no longer there: the drive may have been unplugged or the network share disconnected. Your vault and the earlier backups are unchanged. Reconnect it and back up again: the next backup completes this one.
error-backup-of-another-vault = This folder holds another vault, or the backup of another vault. Habeas does not mix them, and changed nothing. Choose an empty folder, or the folder of this vault's own backups.
error-not-a-backup =
    { $writing ->
        [yes] This folder holds other files and no Habeas backup. Nothing was changed. Choose an empty folder for backups (a new folder on the drive), or the folder of this vault's earlier backups.
       *[no] This folder holds no Habeas backup. Choose the folder you backed up to: it holds a file named habeas-backup.json.
    }
error-busy = { $what } قيد التنفيذ بالفعل. انتظر حتى ينتهي أو ألغِه، ثم حاول مجددًا.
error-already-exists = لم يُكتب شيء: { $what } موجود بالفعل. اختر اسمًا آخر أو مجلدًا فارغًا.
error-vault-in-use = هذه الخزنة مفتوحة بالفعل في نافذة أو برنامج Habeas آخر. أغلقها هناك أولًا. (إذا تعطّل Habeas فسيزول هذا من تلقاء نفسه.)
error-cancelled = أُلغي. لم يتغيّر شيء.
error-vault-locked = الخزنة مقفلة. افتحها ثم حاول مجددًا.
error-not-found = هذا العنصر ({ $what }) لم يعد موجودًا في الخزنة. ربما حُذف في نافذة أخرى؛ عُد إلى قائمة القضايا.
error-duplicate = هذا الملف موجود بالفعل في هذه القضية: بصمته SHA-256 تطابق عنصرًا استُورد من قبل، فهو الملف نفسه بايتًا ببايت. لم يُستورد شيء. لا تستورده مرة أخرى إلا إذا احتجت إلى سجل ثانٍ.
error-keyring-unavailable = لا يمكن استخدام سلسلة مفاتيح هذا الحاسوب ({ $detail })، لذا لا يستطيع Habeas تذكّر الخزنة هنا. افتحها بعبارة المرور؛ لم يتغيّر شيء.
error-not-remembered = هذه الخزنة غير محفوظة على هذا الجهاز. افتحها بعبارة المرور.
error-disk-full = القرص ممتلئ، لذا تعذّر على Habeas الحفظ. آخر عمل محفوظ لك في أمان. أفرغ بعض المساحة ثم حاول مجددًا.
error-read-only = لا يستطيع Habeas الكتابة في مجلد الخزنة: القرص للقراءة فقط أو ليست لديك الصلاحية. آخر عمل محفوظ لك في أمان. تحقّق من صلاحيات المجلد، أو انسخ الخزنة إلى مجلد قابل للكتابة.
error-io = تعذّر على Habeas { $action } ({ $detail }). آخر عمل محفوظ لك في أمان؛ حاول مجددًا.
error-internal = حدث خطأ داخل Habeas ({ $what }). عملك المحفوظ في أمان. يُرجى الإبلاغ عن هذه الرسالة.

## التواريخ نصًّا (core/src/clock.rs).

date-month-1 = { $day } يناير { $year }
date-month-2 = { $day } فبراير { $year }
date-month-3 = { $day } مارس { $year }
date-month-4 = { $day } أبريل { $year }
date-month-5 = { $day } مايو { $year }
date-month-6 = { $day } يونيو { $year }
date-month-7 = { $day } يوليو { $year }
date-month-8 = { $day } أغسطس { $year }
date-month-9 = { $day } سبتمبر { $year }
date-month-10 = { $day } أكتوبر { $year }
date-month-11 = { $day } نوفمبر { $year }
date-month-12 = { $day } ديسمبر { $year }

## المدد وقواعد حساب المواعيد (core/src/rules/deadlines.rs). للعربية ست صيغ للعدد.

period-days =
    { $count ->
        [zero] لا أيام
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
period-months =
    { $count ->
        [zero] لا أشهر
        [one] شهر واحد
        [two] شهران
        [few] { $count } أشهر
        [many] { $count } شهرًا
       *[other] { $count } شهر
    }
period-soft-and-hard = { $soft }، وبحد أقصى { $hard }
period-every = كل { $period }
period-ccf-set = التاريخ الذي حددته لجنة الرقابة على محفوظات الإنتربول
period-you-entered = التاريخ الذي أدخلته
counting-days = أيام تقويمية. يوم الحدث الذي تبدأ منه المدة هو اليوم 0؛ والتاريخ المبيَّن هو آخر يوم في المدة. لا تُستثنى عطلات نهاية الأسبوع ولا الأعياد؛ تحقّق من القواعد المحلية.
counting-months = أشهر تقويمية: اليوم نفسه من الشهر بعد هذا العدد من الأشهر، أو آخر يوم من ذلك الشهر إذا كان أقصر (31 يناير + شهر واحد = نهاية فبراير).
counting-entered = التاريخ الذي أدخلته مع سببك: لم يحسبه Habeas.
days-left =
    { $count ->
        [0] يستحق اليوم
        [one] يتبقى يوم واحد
        [two] يتبقى يومان
        [few] تتبقى { $count } أيام
        [many] يتبقى { $count } يومًا
       *[other] يتبقى { $count } يوم
    }

## عناوين المواعيد (core/src/rules/deadlines.rs، RULES).

deadline-title-ccf-access-decision = قرار لجنة الرقابة على محفوظات الإنتربول بشأن طلب الاطلاع
deadline-title-ccf-deletion-decision = قرار لجنة الرقابة على محفوظات الإنتربول بشأن طلب التصحيح أو الحذف
deadline-title-ccf-admissibility-answer = الرد المتوقع بشأن المقبولية
deadline-title-ccf-revision = آخر يوم لطلب مراجعة قرار لجنة الرقابة على محفوظات الإنتربول
deadline-title-ccf-query-answer = موعد الرد على سؤال لجنة الرقابة على محفوظات الإنتربول
deadline-title-access-reminder = تكرار طلب الاطلاع لدى لجنة الرقابة على محفوظات الإنتربول
deadline-title-european-convention = موعد وصول طلب التسليم (القبض المؤقت)
deadline-title-minsk1993 = موعد وصول طلب التسليم (الاحتجاز)
deadline-title-riyadh1983 = موعد وصول مستندات التسليم (الحبس الاحتياطي)
deadline-title-eaw-after-arrest = موعد القرار النهائي بشأن التقديم (مذكرة التوقيف الأوروبية)
deadline-title-eaw-after-consent = موعد القرار النهائي بشأن التقديم بعد الموافقة (مذكرة التوقيف الأوروبية)
deadline-title-us-modern-treaty = موعد وصول طلب التسليم (معاهدة الولايات المتحدة)
deadline-title-montevideo1933 = موعد وصول طلب التسليم (اتفاقية مونتيفيديو)
deadline-title-bilateral = موعد وصول طلب التسليم (معاهدة ثنائية)
deadline-title-date-you-entered = تاريخ أدخلته

## Alarms on a custody limit (core/src/rules/deadlines.rs, Alarm).

alarm-limit-passed = انقضت مدة الاحتجاز ولم يُسجَّل ما كانت تنتظره (في ظل معاهدة: طلب التسليم؛ وفي ظل مذكرة توقيف أوروبية: قرار التقديم) ولا إطلاق سراح. اطلب الآن من المحكمة الإفراج عن الشخص أو بيان السند الذي لا يزال محتجزًا بموجبه، وتحقّق لدى السلطات مما إذا كان قد وصل في الموعد. سجّل ما حدث لإزالة هذا الإنذار.
alarm-arrived-late = سُجّل ما كانت تنتظره مدة الاحتجاز بعد انقضائها، ولم يُسجَّل إطلاق سراح. اطلب الآن من المحكمة الإفراج عن الشخص أو بيان السند الذي يُحتجز بموجبه بعد انقضاء المدة. سجّل الإفراج لإزالة هذا الإنذار.

## تصدير التقويم (core/src/export/ics.rs) ومدى التيقن من السند.

confidence-verified = موثَّق
confidence-secondary = مصدر ثانوي
confidence-unverified = غير موثَّق
confidence-entered-by-you = أدخلته أنت
ics-first-step = (الخطوة الأولى)
ics-description =
    { $title }
    السند: { $basis } ({ $confidence }).
    المدة: { $period } ابتداءً من { $start } ({ $explanation }).
    طريقة الحساب: { $counting }
    { $source }
ics-set-by-hand = تاريخ حُدِّد يدويًا (المحسوب: { $computed }): { $reason }

## قائمة المواعيد في سطر الأوامر (cli/src/case.rs).

cli-days-ahead =
    { $count ->
        [0] اليوم
        [1] غدًا
        [two] بعد يومين
        [few] بعد { $count } أيام
        [many] بعد { $count } يومًا
       *[other] بعد { $count } يوم
    }
cli-days-ago =
    { $count ->
        [one] منذ يوم واحد
        [two] منذ يومين
        [few] منذ { $count } أيام
        [many] منذ { $count } يومًا
       *[other] منذ { $count } يوم
    }
cli-state-met = استُوفي
cli-state-passed = انقضى
cli-state-late = متأخر
cli-state-late-recorded = متأخر: سُجّل { $what } في { $date }
cli-alarm = إنذار
cli-check-date = تحقّق من التاريخ: سُجّل { $what } في { $date }، أي بعد اليوم
cli-first-step = الخطوة الأولى { $date }،
cli-due = يستحق في { $date }؛ { $period } ابتداءً من { $start }
cli-set-by-hand = تاريخ حُدِّد يدويًا (المحسوب { $computed }): { $reason }
cli-why = السبب: { $reasoning }
cli-applies = الانطباق: { $confidence }
cli-no-deadlines = لا مواعيد في هذه الفترة.
