# العربية: ترجمة locales/en/app.ftl أعدّها فريق Habeas (مسودة).
# عبارات مثل Ctrl+L و.ics محاطة بعلامتَي عزل (U+2066 … U+2069) كي تبقى من اليسار إلى اليمين.
# لم يراجع أيَّ رسالة منها بعدُ محامٍ لغتُه الأم العربية: تُسجَّل المراجعة، رسالةً رسالة، في app.reviewed.

app-name = Habeas
app-skipToContent = انتقل إلى المحتوى
app-vaultState-none = لا توجد خزنة مفتوحة
app-vaultState-open = الخزنة مفتوحة
app-notBuiltYet = غير متاح بعد
app-notBuiltYet-noData = لا شيء في هذه الشاشة من بيانات القضايا: إنها تقول فقط ما سيكون هنا.
app-loading = جارٍ التحميل…

nav-label = التنقل الرئيسي
nav-shortcut = Ctrl+{ $n }
nav-vault = الخزنة
nav-cases = القضايا
nav-caseWorkspace = مساحة عمل القضية
nav-settings = الإعدادات
nav-lockedHint = افتح خزنة لترى قضاياك.
nav-shortcutsHint = اختصارات لوحة المفاتيح (?)

shortcuts-title = اختصارات لوحة المفاتيح
shortcuts-newCase = قضية جديدة
shortcuts-search = البحث في القضايا والأشخاص والنشرات والأحداث
shortcuts-screens = الانتقال إلى الخزنة أو القضايا أو مساحة عمل القضية أو الإعدادات
shortcuts-tabs = التنقل بين علامات تبويب القضية (عندما يكون التركيز على علامة تبويب)
shortcuts-lock = اقفل الخزنة الآن
shortcuts-escape = أغلق هذه القائمة أو نموذجًا قيد الإنشاء أو البحث
shortcuts-help = اعرض هذه القائمة
shortcuts-or = أو
shortcuts-mac = على جهاز Mac، استخدم ⁦Cmd⁩ حيث تذكر هذه القائمة Ctrl.
shortcuts-close = إغلاق

vault-title = الخزنة
vault-lock = قفل
vault-lockHint = اقفل الآن (⁦Ctrl+L⁩)
vault-open-title = افتح خزنتك
vault-open-intro = كل ما في الخزنة مشفّر على قرصك أنت. اختر مجلدها وأدخل عبارة المرور.
vault-folder = مجلد الخزنة
vault-folder-choose = اختر…
vault-folder-dialogTitle = اختر مجلد الخزنة
vault-folder-newHint = مجلد جديد أو فارغ. يُفضَّل قرص مشفّر؛ تجنّب المجلدات التي تتزامن مع خدمة سحابية.
vault-passphrase = عبارة المرور
vault-unlock = فتح القفل
vault-unlocking = جارٍ فتح القفل… (اشتقاق المفتاح يستغرق لحظة)
vault-unlockDevice = افتح القفل بسلسلة مفاتيح هذا الجهاز
vault-useRecovery = فقدت عبارة المرور؟ استخدم مفتاح الاسترداد
vault-createInstead = أنشئ خزنة جديدة
vault-openInstead = افتح خزنة موجودة
vault-create-title = إنشاء خزنة جديدة
vault-create-intro = يحفظ Habeas كل قضية في مجلد مشفّر على هذا الحاسوب. لا يفتحه إلا عبارة المرور أو مفتاح الاسترداد: إذا فقدتهما معًا فلن يستطيع أحد استرجاع البيانات، ولا نحن.
vault-newPassphrase = عبارة مرور جديدة
vault-repeatPassphrase = أعد كتابة عبارة المرور
vault-passphraseAdvice = استخدم أربع كلمات أو أكثر لا صلة بينها تستطيع تذكّرها، بأي لغة. لا تُعِد استخدام كلمة مرور من مكان آخر.
vault-mismatch = عبارتا المرور مختلفتان.
vault-strength-checking = جارٍ التحقق من سهولة تخمينها…
vault-strength-accepted = صعبة التخمين (القوة { $score } من 4).
vault-strength-refused = سهلة التخمين جدًا: { $why }. لن يقبلها Habeas. أضف بضع كلمات أخرى لا صلة بينها، أو أنشئ عبارة مرور.
vault-strength-why-too_short = فيها أقل من { $min ->
        [zero] { $min } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    }
vault-strength-why-common_password = إنها كلمة مرور شائعة جدًا، أو كلمة شائعة مع تغييرات طفيفة
vault-strength-why-common_word = إنها كلمة شائعة
vault-strength-why-name = إنها اسم شائع
vault-strength-why-date = تحتوي على تاريخ
vault-strength-why-year = تحتوي على سنة حديثة
vault-strength-why-keyboard_pattern = إنها نمط من لوحة المفاتيح
vault-strength-why-repeat = تكرّر أحرفًا أو مجموعات من الأحرف
vault-strength-why-sequence = إنها تسلسل مثل abc أو 6543
vault-strength-why-too_simple = إنها بسيطة جدًا
vault-generate = أنشئ عبارة مرور
vault-generated-title = عبارة مرورك: اكتب هذه الكلمات الست بهذا الترتيب
vault-generated-note = احفظ الورقة بعيدًا عن هذا الحاسوب. اكتب الكلمات مرة أخرى أدناه، مع مسافة بينها، لتتأكد من أنها لديك.
vault-generated-failed = لم يتمكن Habeas من إنشاء عبارة مرور. اكتب عبارتك، أو حاول مرة أخرى.
vault-create = أنشئ الخزنة
vault-creating = جارٍ الإنشاء… (اشتقاق المفاتيح يستغرق بضع ثوانٍ)
vault-recover-title = الفتح بمفتاح الاسترداد
vault-recover-intro = أدخل مفتاح الاسترداد من ورقة الاسترداد، ثم اختر عبارة مرور جديدة. لن تفتح عبارة المرور القديمة مجلد الخزنة هذا بعد الآن (نسخة من المجلد أُخذت من قبل لا تزال تُفتح بها).
vault-recoveryKey = مفتاح الاسترداد
vault-recover = استرد واضبط عبارة المرور الجديدة
vault-recoveryShown-title = مفتاح الاسترداد الخاص بك
vault-recoveryShown-intro = يفتح هذا المفتاح الخزنة إذا نسيت عبارة المرور. لا يُعرض إلا هذه المرة ولا يُحفظ في أي مكان.
vault-recoveryShown-advice = اكتبه على ورق واحفظه في مكان آمن بعيدًا عن هذا الحاسوب. من يملكه يستطيع فتح الخزنة.
vault-recoveryShown-confirmLabel = لتأكيد أنك كتبته، اكتب أحرفه الأربعة الأخيرة
vault-recoveryShown-confirm = لقد حفظته — متابعة
vault-recoveryShown-sheet = احفظ ورقة استرداد للطباعة (PDF)…
vault-recoveryShown-sheetWarning = تعرض الورقة المفتاح بالأحرف وكرمز QR. ملف PDF يحتوي على المفتاح دون حماية: اطبعه، ثم احذف الملف وأفرغ سلة المهملات.
vault-recoveryShown-sheetSaved = حُفظت ورقة الاسترداد باسم { $name }. اطبعها الآن، ثم احذف الملف.
vault-recoveryShown-wrong = هذه ليست الأحرف الأربعة الأخيرة. تحقق مما كتبته.
vault-recoveryShown-confirming = جارٍ التحقق… (يستغرق هذا لحظة)
vault-recoveryShown-autoLockPaused = ينتظر القفل التلقائي ما دام هذا المفتاح على الشاشة.
vault-recoveryShown-pendingNote = يظل مفتاح الاسترداد الحالي يفتح الخزنة حتى تؤكد هذا المفتاح الجديد. بعد التأكيد، لن يفتح المفتاح القديم مجلد الخزنة هذا (نسخة من المجلد أُخذت من قبل لا تزال تُفتح به).
vault-recoveryShown-discard = تجاهل هذا المفتاح الجديد
vault-unlocked-recoveryUnconfirmed = لم تؤكد قط أنك حفظت مفتاح الاسترداد لهذه الخزنة. إذا نسيت عبارة المرور من دونه، فلن يستطيع أحد فتح الخزنة.
vault-unlocked-recoveryPending = مفتاح استرداد جديد ينتظر تأكيدك؛ المفتاح الحالي لا يزال يفتح الخزنة.
vault-unlocked-recoveryGo = إعدادات مفتاح الاسترداد
vault-unlocked-syncCopiesTitle = قد يكون حفظٌ أُجري على جهاز آخر مفقودًا هنا.
vault-unlocked-exposureTitle = يستطيع أشخاص آخرون يستخدمون هذا الحاسوب الاطلاع على مجلد هذه الخزنة.
vault-unlocked-title = الخزنة مفتوحة
vault-firstCase-title = خزنتك جاهزة
vault-firstCase-intro = بعد ذلك، أنشئ قضية الشخص الذي تساعده: اسمه، ومكان وجوده، والنشرة الصادرة بحقه. يمكنك إضافة الباقي كلما عرفته.
vault-firstCase-create = أنشئ قضيتك الأولى
vault-missing-title = لم تعد الخزنة في مجلدها
vault-missing-explain = لم تعد هناك خزنة في { $dir }. ربما نُقلت أو أُعيدت تسميتها، أو هي على قرص غير متصل. إذا نقلتها، فافتحها حيث هي الآن. وإذا كانت هذه بداية جديدة، فأنشئ خزنة جديدة.
vault-missing-open = افتح الخزنة حيث هي الآن
vault-missing-create = أنشئ خزنة جديدة
vault-rescue-title = افتح ما لا يزال مقروءًا
vault-rescue-explain = تعذّرت قراءة حفظ واحد في هذه الخزنة (الملف المذكور أعلاه). يستطيع Habeas فتح الخزنة كما كانت قبل ذلك الحفظ مباشرة: يُنقل ذلك الحفظ وكل ما بعده، دون قراءة، إلى مجلد داخل الخزنة (index/set-aside). لا يُحذف شيء. سيغيب العمل المحفوظ بعد الحفظ التالف إلى أن تستعيده من نسخة احتياطية.
vault-rescue-backupFirst = إذا كانت لديك نسخة احتياطية حديثة من مجلد الخزنة، فقد تعيد استعادتها كل شيء: جرّب ذلك أولًا.
vault-rescue-open = افتح دون الحفظ التالف
vault-rescue-needPassphrase = أدخل عبارة المرور أعلاه، ثم اضغط هذا الزر.
vault-rescue-done = فُتحت كما كانت قبل الحفظ { $damaged }، المفقود أو التالف. { $records ->
        [zero] لم يُنقل أي ملف سجل
        [one] نُقل ملف السجل التالي
        [two] نُقل ملفا السجل التاليان
        [few] نُقلت ملفات السجل الـ{ $records } التالية
        [many] نُقل { $records } ملفَّ سجل تالٍ
       *[other] نُقل { $records } ملف سجل تالٍ
    }، دون قراءة، إلى { $folder } داخل مجلد الخزنة. لم يُحذف شيء.
vault-rescue-doneAdvice = راجع القضايا التي عملت عليها مؤخرًا: التغييرات التي أُجريت بعد الحفظ التالف لا تظهر. نسخة احتياطية من مجلد الخزنة أُخذت بعدها يمكن أن تعيدها.
vault-unlocked-folder = المجلد: { $dir }
vault-unlocked-autoLock = تُقفل نفسها بعد { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    } دون نشاط، وعندما تضغط ⁦Ctrl+L⁩.

cases-title = القضايا
cases-new = قضية جديدة
cases-new-title = فتح قضية جديدة
cases-new-nameLatin = الاسم بالأحرف اللاتينية (كما في جواز السفر)
cases-new-nameOriginal = الاسم بالكتابة الأصلية (اختياري)
cases-new-create = أنشئ القضية
cases-new-cancel = إلغاء
cases-new-nameNeeded = اكتب اسم الشخص، بأي كتابة.
cases-empty = لا توجد قضايا بعد. افتح قضية بزر «قضية جديدة»: كل ما تُدخله يبقى مشفّرًا في هذه الخزنة.
cases-emptyAllAway = { $count ->
        [one] لا توجد أي قضية على هذا الجهاز: القضية الوحيدة في هذه الخزنة خارجه في وضع السفر (أعلاه).
        [two] لا توجد أي قضية على هذا الجهاز: القضيتان في هذه الخزنة خارجه في وضع السفر (أعلاه).
        [zero] لا توجد أي قضية على هذا الجهاز.
        [few] لا توجد أي قضية على هذا الجهاز: { $count } قضايا في هذه الخزنة خارجه في وضع السفر (أعلاه).
        [many] لا توجد أي قضية على هذا الجهاز: { $count } قضية في هذه الخزنة خارجه في وضع السفر (أعلاه).
       *[other] لا توجد أي قضية على هذا الجهاز: { $count } قضية في هذه الخزنة خارجه في وضع السفر (أعلاه).
    }
cases-search-label = البحث في القضايا والأشخاص والنشرات والأحداث والملاحظات
cases-search-placeholder = اسم بأي كتابة، أو بلد، أو جريمة…
cases-search-none = لا شيء يطابق «{ $query }».
cases-search-results = { $count ->
        [zero] لا نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجةً
       *[other] { $count } نتيجة
    }
cases-search-kind-case = قضية
cases-search-kind-alert = نشرة
cases-search-kind-event = حدث
cases-search-kind-evidence = دليل
cases-col-name = الشخص
cases-col-flags = مؤشرات الخطر
cases-col-next = المهلة التالية
cases-col-daysLeft = الأيام المتبقية
cases-col-updated = آخر تغيير
cases-noDeadline = لا مهل مفتوحة
cases-table-label = القضايا، الأقرب مهلةً أولًا
cases-exportAll = صدّر كل المهل إلى تقويم (⁦.ics⁩)

days-today = اليوم
days-tomorrow = غدًا
days-in = { $n ->
        [zero] بعد { $n } يوم
        [one] بعد يوم واحد
        [two] بعد يومين
        [few] بعد { $n } أيام
        [many] بعد { $n } يومًا
       *[other] بعد { $n } يوم
    }
days-ago = { $n ->
        [zero] قبل { $n } يوم
        [one] قبل يوم واحد
        [two] قبل يومين
        [few] قبل { $n } أيام
        [many] قبل { $n } يومًا
       *[other] قبل { $n } يوم
    }
days-agoOne = أمس

case-back = → كل القضايا
case-noneOpen = لا توجد قضية مفتوحة. اختر واحدة من قائمة القضايا.
case-saved = حُفظ.
case-save = حفظ

drafts-unsaved = تغييرات غير محفوظة: تبقى بينما تنظر في مكان آخر، وتُحفظ (أو تبقى مشفّرة) عندما تُقفل الخزنة.
drafts-restored = عادت التغييرات غير المحفوظة التي كتبتها سابقًا. احفظ للإبقاء عليها.
drafts-form-person = نموذج الشخص
drafts-form-alert = نشرة
drafts-form-event = حدث
drafts-form-override = تاريخ على الجدول الزمني
drafts-form-evidence = تفاصيل دليل
drafts-form-filing = طلب
drafts-form-situation = وضع القضية
drafts-form-checklist = ملاحظات قائمة المهام
drafts-form-new = قضية جديدة
drafts-form-auto-lock = مهلة القفل التلقائي
drafts-notSaved = عندما أُقفلت الخزنة، تعذّر الاحتفاظ بآخر التغييرات على ما يلي؛ يُرجى إدخالها مرة أخرى: { $forms }.
drafts-keptAtLock = احتُفظ بالتغييرات غير المحفوظة مشفّرة في الخزنة؛ ستعود عند فتح القفل: { $forms }.
drafts-restoredList = عادت التغييرات غير المحفوظة من قبل القفل: { $forms }. افتحها لحفظها أو تجاهلها.
drafts-discard = تجاهل التغييرات

case-saving = جارٍ الحفظ…
case-delete = حذف
case-edit = تعديل
case-cancel = إلغاء
case-none = لم يُسجَّل شيء بعد.
case-tab-checklist = قائمة المهام
case-tab-history = السجل
case-nextDue = التالي: { $title }، { $when } ({ $date }).

alarm-title = انقضت مهلة الاحتجاز
alarm-limit_passed = انقضت مهلة الاحتجاز في { $date } — { $title } — ولم يُسجَّل ما كانت تنتظره (بموجب معاهدة: طلب التسليم؛ بموجب مذكرة توقيف أوروبية: قرار التسليم) ولا إطلاق سراح. اطلب من المحكمة الآن إطلاق سراح الشخص أو بيان الأساس الذي لا يزال محتجزًا بموجبه، وتحقق لدى السلطات مما إذا كان قد وصل في الوقت المحدد. سجّل ما حدث لإزالة هذا الإنذار.
alarm-arrived_late = ما كانت مهلة الاحتجاز تنتظره ({ $title }) سُجّل في { $closed }، بعد انقضاء المهلة في { $date }، ولم يُسجَّل إطلاق سراح. اطلب من المحكمة الآن إطلاق سراح الشخص أو بيان الأساس الذي يُحتجز بموجبه بعد المهلة. سجّل إطلاق السراح لإزالة هذا الإنذار.
alarm-list = انقضت مهلة الاحتجاز في { $date }

deadlines-late = سُجّل في { $date }، بعد انقضاء المهلة.
deadlines-closingFuture = تحقق من التاريخ: { $what } مسجّل في { $date }، بعد اليوم. حتى ذلك الحين تُعدّ هذه المهلة قائمة.

case-nothingDue = لا توجد مهلة مفتوحة. تظهر المهل عندما تسجّل أحداثًا مثل توقيف أو طلب إلى اللجنة.

person-title = الشخص
person-nameLatin = الاسم بالأحرف اللاتينية
person-nameOriginal = الاسم بالكتابة الأصلية
person-otherNames = تهجئات وأسماء أخرى (واحد في كل سطر)
person-sex = الجنس (كما في وثيقة الهوية)
person-birthDate = تاريخ الميلاد
person-birthPlace = مكان الميلاد
person-nationalities = الجنسيات
person-residenceCountry = بلد الإقامة
person-residenceAddress = العنوان (لا يُبلَّغ إلى المكتب المركزي الوطني، النظام الأساسي للجنة، المادة 20)
person-contacts = جهات الاتصال
person-profile = لماذا قد يُستهدف الشخص
person-documents = وثائق الهوية
person-document-number = الرقم
person-document-issuer = جهة الإصدار
person-document-expiry = تاريخ الانتهاء
person-document-add = أضف وثيقة
person-document-expired = انتهت صلاحيتها في { $date }: طلب إلى اللجنة بوثيقة هوية منتهية الصلاحية غير مقبول. جدّدها أو استخدم وثيقة أخرى.
person-protection = صفة اللاجئ أو اللجوء
person-protection-none = لا شيء
person-protection-country = البلد الذي منحها أو يدرسها
person-protection-date = التاريخ
person-protection-feared = الدولة التي يخشى الشخص الاضطهاد منها
person-protection-grounds = الأسباب
person-protection-kind = ما مُنح أو ما يُطالَب به
person-protection-naturalised = اكتسب منذ ذلك الحين جنسية ذلك البلد
person-notes = ملاحظات
person-misuse = سجل إساءة الاستخدام لدى البلد المُصدِر (ملاحظتك)
person-nameNeeded = اكتب الاسم بكتابة واحدة على الأقل.

country-none = — غير محدد —
country-remove = أزل { $name }

flags-title = مؤشرات الخطر
flags-none = لا يوجد مؤشر خطر. تأتي المؤشرات من البيانات (صفة اللجوء، سجل النشرات، الملف الشخصي) أو يمكن وضعها يدويًا.
flags-fromData = من البيانات
flags-byHand = موضوع يدويًا
flags-set = ضعه يدويًا
flags-clear = أزل
flags-reset = عُد إلى البيانات
flags-reason = السبب (سطر واحد)
flags-manage = ضع مؤشرًا أو أزله

alerts-title = نشرات الإنتربول
alerts-add = أضف نشرة
alerts-edit = عدّل النشرة
alerts-kind = النوع
alerts-country = البلد المُصدِر
alerts-ncb = المكتب المركزي الوطني أو الجهة المرسِلة
alerts-date = تاريخ الإصدار
alerts-precision = مدى الدقة
alerts-asks = ما تطلبه
alerts-allMembers = أُرسلت إلى كل البلدان الأعضاء
alerts-recipients = البلدان المرسَل إليها
alerts-warrant = المذكرة الوطنية التي تستند إليها
alerts-warrant-authority = المحكمة أو السلطة
alerts-warrant-date = تاريخ المذكرة
alerts-warrant-reference = المرجع
alerts-warrant-inAbsentia = أُدين غيابيًا
alerts-warrant-notified = أُبلغ بالمحاكمة
alerts-warrant-represented = دافع عنه محامٍ من اختياره
alerts-warrant-retrial = له الحق في محاكمة جديدة عند التسليم
alerts-warrant-invalid = أُلغيت المذكرة أو انتهت صلاحيتها أو صدرت دون اختصاص
alerts-warrant-torture = استندت الإجراءات إلى أدلة انتُزعت تحت التعذيب أو سوء المعاملة
alerts-warrant-notIndependent = المحكمة أو السلطة غير مستقلة عن السلطة التنفيذية
alerts-warrant-maxPenalty = العقوبة القصوى للجريمة (بالأشهر)
alerts-warrant-sentence = العقوبة المحكوم بها (بالأشهر)
alerts-unknown = غير معروف
alerts-yes = نعم
alerts-no = لا
alerts-offence = الجريمة المنسوبة
alerts-learned = كيف عُلم بها
alerts-status = الحالة
alerts-status-date = منذ
alerts-status-by = حذفتها أو رفضتها
alerts-status-ground = على أي أساس
alerts-status-history = سجل الحالة
alerts-notes = ملاحظات
alerts-from = من { $country }
alerts-unknownCountry = البلد المُصدِر غير معروف
alerts-confirmDelete = أتحذف هذه النشرة؟ يحتفظ السجل بأثر لها.
alerts-diffusionHint = يُرسَل التعميم مباشرة من المكتب المركزي الوطني لبلد ما، دون مراجعة مسبقة من الإنتربول.

timeline-title = الجدول الزمني
timeline-today = اليوم
timeline-label = الجدول الزمني للأحداث والمهل
timeline-textEquivalent = الأحداث والمهل نفسها مذكورة نصًّا أسفل الرسم: في جدول المهل وفي قائمة الأحداث.
timeline-legend-overdue = منقضية
timeline-legend-urgent = 7 أيام أو أقل
timeline-legend-soon = 30 يومًا أو أقل
timeline-legend-later = لاحقًا
timeline-legend-met = مُستوفاة
timeline-empty = سجّل حدثًا لبدء الجدول الزمني.

events-title = الأحداث
events-add = أضف حدثًا
events-edit = عدّل الحدث
events-kind = ما الذي حدث
events-date = التاريخ
events-country = أين
events-regime = نظام التسليم (يحدد المهل)
events-regime-none = — غير معروف —
events-regime-bilateralMissing = صف المعاهدة الثنائية أولًا في علامة تبويب «نظرة عامة»: أيامها وما تُحسب منه.
events-notifiedOn = أُبلغت الدولة الطالبة بالتوقيف في
events-ccfRequest = ما يطلبه الطلب
events-admissible = قُبل شكلًا
events-alerts = النشرات التي يخصها
events-notes = ملاحظات
events-dateNeeded = اكتب التاريخ (التقدير أفضل من لا شيء).
events-notifiedBefore = لا يمكن أن يسبق الإبلاغُ التوقيفَ.
events-confirmDelete = أتحذف هذا الحدث؟ تختفي المهل المحسوبة منه؛ يحتفظ السجل بأثر له.

deadlines-title = المهل
deadlines-why = لماذا هذه القاعدة:

events-oneTypePerSubmission = منذ 26 مارس 2026 تقبل بوابة اللجنة نوعًا واحدًا من الطلبات في كل تقديم (وفق رواية أحد الممارسين): إذا قُدّم طلبا الاطلاع والحذف في تقديمين، فسجّلهما حدثين، لكل منهما تاريخه.

filing-submitted-offer = التصدير لا يقدّم الطلب. بعد أن تقدّمه عبر بوابة اللجنة، سجّله هنا: تبدأ مهل اللجنة من ذلك اليوم، وتُظهر القضية الطلب مقدَّمًا.
filing-submitted-date = تاريخ التقديم
filing-submitted-record = سجّله مقدَّمًا
filing-submitted-done = سُجّل على الجدول الزمني للقضية: قُدّم في { $date }.

ccf-title = الطلبات إلى اللجنة
ccf-intro = الاطلاع، ثم التصحيح أو الحذف، ثم إعادة النظر. يمكن طلب الاطلاع والحذف في الوقت نفسه؛ وتعدّ البوابة كلًّا منهما تقديمًا مستقلًا. لا تُعدّ الخطوة مقدَّمة إلا بعد تسجيل حدثها «قُدّم طلب إلى اللجنة».

enum-ccfStep-access = الاطلاع على البيانات
enum-ccfStep-correction_or_deletion = التصحيح أو الحذف
enum-ccfStep-revision = إعادة النظر في قرار

ccf-state-not_asked = لم يُطلب
ccf-state-drafted = مُعدّ في Habeas، لم يُقدَّم
ccf-drafted-hint = المسودة ليست طلبًا. بعد تقديمه عبر البوابة، سجّل حدث «قُدّم طلب إلى اللجنة»: منه تبدأ مهل اللجنة.
ccf-state-filed = قُدّم في { $date }: لم يُسجَّل رد بشأن القبول
ccf-state-admissible = قُدّم في { $filed }، وقُبل في { $date }: لم يُسجَّل قرار
ccf-state-inadmissible = رُفض شكلًا في { $date }: صحّح ما أشارت إليه اللجنة وقدّمه من جديد
ccf-state-decided = صدر القرار في { $date }
ccf-combined = سُجّل تقديمًا واحدًا يطلب أكثر من نوع من الطلبات. منذ 26 مارس 2026 تقبل البوابة نوعًا واحدًا في كل تقديم (وفق رواية أحد الممارسين): سجّل كل تقديم حدثًا مستقلًا.
ccf-overdue = انقضت المهلة المتاحة للجنة لإصدار قرارها (النظام الأساسي، المادة 40، كما وردت في مصدر ثانوي) في { $date } ولم يُسجَّل قرار.
ccf-followUp = اكتب إلى اللجنة تطلب قرارها…
ccf-revision-hint = بعد صدور قرار فقط، بناءً على واقعة مكتشفة حديثًا، خلال ستة أشهر من اكتشافها (النظام الأساسي، المادة 42(2)، كما وردت في مصدر ثانوي).

datesNeeded-title = تواريخ لا يستطيع Habeas حسابها
datesNeeded-intro = لهذه التواريخ، ليس لدى Habeas مدة يمكن الاعتماد عليها. ابحث عن التاريخ في المعاهدة أو القانون الوطني أو أمر المحكمة أو رسالة اللجنة، وأدخله مع مصدره. حتى ذلك الحين لا تُعرض لها مهلة.
datesNeeded-enter = أدخل التاريخ
datesNeeded-from = من: { $start }
datesNeeded-reason = مصدر التاريخ (مادة المعاهدة، القانون، أمر المحكمة، رسالة اللجنة)
datesNeeded-both = أدخل التاريخ ومصدره: يُحفظ كلاهما في السجل.

deadlines-none = لا مهل بعد. تُحسب من الأحداث: توقيف مؤقت مع نظامه، طلب إلى اللجنة، قرار بشأن القبول، واقعة جديدة.
deadlines-col-what = المطلوب
deadlines-col-date = التاريخ
deadlines-col-left = الأيام المتبقية
deadlines-col-basis = الأساس القانوني
deadlines-soft = الخطوة الأولى: { $date }
deadlines-due = الموعد: { $date }
deadlines-period = { $period } من { $start }
deadlines-counting = طريقة الحساب
deadlines-source = المصدر
deadlines-overridden = تاريخ محدد يدويًا (المحسوب: { $date }). السبب: { $reason }
deadlines-override = حدّد تاريخًا آخر
deadlines-override-date = التاريخ المعمول به
deadlines-override-reason = لماذا (معاهدة، أمر محكمة، قانون وطني)
deadlines-override-reasonNeeded = اذكر لماذا يحل هذا التاريخ محل التاريخ المحسوب: يُحفظ ذلك في السجل.
deadlines-override-remove = استخدم التاريخ المحسوب
deadlines-exportCase = صدّر مهل هذه القضية (⁦.ics⁩)
deadlines-exportNames = ضع اسم الشخص في أحداث التقويم (قد تتزامن تطبيقات التقويم مع سحابة)
deadlines-exported = حُفظ { $file }. هذا الملف غير مشفّر.
deadlines-exportCancelled = لم يُصدَّر شيء.
deadlines-treaty = معاهدة ثنائية للتوقيف المؤقت
deadlines-treaty-name = المعاهدة والمادة
deadlines-treaty-soft = الأيام حتى الخطوة الأولى (اختياري)
deadlines-treaty-hard = الأيام حتى الحد الأقصى
deadlines-treaty-start = تُحسب من
deadlines-treaty-start-arrest = التوقيف
deadlines-treaty-start-notification = الإبلاغ بالتوقيف
deadlines-treaty-none = لم تُوصف معاهدة ثنائية.
deadlines-treaty-describe = صف معاهدة
deadlines-treaty-remove = أزل
deadlines-treaty-daysInvalid = اكتب من 1 إلى { $max } يومًا؛ والخطوة الأولى لا تتجاوز الحد.
deadlines-reminder = ذكّرني بتكرار طلب الاطلاع كل (أشهر، اتركه فارغًا لعدم التذكير)
deadlines-reminderInvalid = بين 1 و{ $max } شهرًا.

checklist-title = ما يجب فعله
checklist-prevention = الوقاية
checklist-doneByData = أُنجز: { $evidence }
checklist-doneByHand = أُشّر يدويًا
checklist-undoneByHand = أُزيلت الإشارة يدويًا
checklist-backToData = دع البيانات تقرّر
checklist-why = لماذا يهم هنا
checklist-caution = تنبيه
checklist-note = ملاحظة

history-title = سجل التغييرات
history-intro = كل تغيير، من الأقدم. السجل يقبل الإضافة فقط وهو متسلسل: أي تعديل عليه سيظهر.
history-empty = لم تُسجَّل تغييرات.
history-created = أُنشئ
history-deleted = حُذف

custody-imported = استُورد «{ $name }» ({ $size ->
        [zero] { $size } بايت
        [one] بايت واحد
        [two] بايتان
        [few] { $size } بايتات
        [many] { $size } بايتًا
       *[other] { $size } بايت
    })
custody-sha256 = SHA-256
custody-viewed = فُتح للعرض
custody-exported = صُدّرت نسخة مفكوكة التشفير إلى { $to }

custody-certificate = صدرت شهادة حفظ
custody-annexed = أُرفق بطلب بالتسمية { $label }
custody-unannexed = أُزيل من مرفقات طلب
custody-filed = صُدِّر بوصفه المرفق { $label } لطلب
custody-changed = غُيِّر: { $what }
custody-field-category = الفئة
custody-field-document_date = تاريخ الوثيقة
custody-field-source = المصدر
custody-field-language = اللغة
custody-field-description = الوصف
custody-field-tags = الوسوم
custody-field-events = الأحداث المرتبطة
custody-field-alerts = النشرات المرتبطة
custody-field-translation_of = ترجمة لـ
custody-field-translator = المترجم
custody-field-other = التفاصيل
evidence-title = الأدلة
evidence-intro = تُشفَّر الملفات في الخزنة عند استيرادها؛ وتُؤخذ بصمتها SHA-256 في الوقت نفسه، لتتمكن لاحقًا من إثبات أن شيئًا لم يُغيَّر. الاسم والحجم والنوع الأصلية لا تُحفظ إلا داخل الخزنة.
evidence-drop = يمكنك أيضًا إفلات ملفات أو مجلدات في أي مكان من هذه النافذة.
evidence-drop-now = أفلِت للاستيراد إلى هذه القضية.
evidence-empty = لا أدلة في هذه القضية بعد. استورد وثائق الهوية، والمذكرة، والقرارات، والمراسلات…
evidence-import-files = استورد ملفات…
evidence-import-folder = استورد مجلدًا…
evidence-import-starting = جارٍ تحضير الاستيراد…
evidence-import-file = الملف { $n } من { $of }: { $name }
evidence-import-fileProgress = هذا الملف
evidence-import-total = كل الملفات: { $pct } %
evidence-import-totalProgress = كل الملفات
evidence-import-cancel = ألغِ الاستيراد
evidence-import-done = { $n ->
        [zero] لم يُستورد أي ملف.
        [one] استُورد ملف واحد.
        [two] استُورد ملفان.
        [few] استُوردت { $n } ملفات.
        [many] استُورد { $n } ملفًا.
       *[other] استُورد { $n } ملف.
    }
evidence-import-cancelled = أُلغي الاستيراد. الملف الجاري لم يترك شيئًا؛ والملفات التي تليه لم تُستورد.
evidence-import-failed = لم يُستورد: { $name }.
evidence-dup-title = { $n ->
        [zero] لا ملفات موجودة مسبقًا في هذه القضية
        [one] ملف واحد موجود مسبقًا في هذه القضية
        [two] ملفان موجودان مسبقًا في هذه القضية
        [few] { $n } ملفات موجودة مسبقًا في هذه القضية
        [many] { $n } ملفًا موجودًا مسبقًا في هذه القضية
       *[other] { $n } ملف موجود مسبقًا في هذه القضية
    }
evidence-dup-item = «{ $name }» هو الملف نفسه، بايتًا ببايت، مثل «{ $existing }».
evidence-dup-explain = بصمات SHA-256 الخاصة بها متطابقة. تخطَّها، أو استورد سجلًا ثانيًا فقط إذا احتجت إليه.
evidence-dup-skip = تخطَّها
evidence-dup-import = استورد على أي حال
evidence-verify = تحقّق من كل الملفات
evidence-verify-running = جارٍ التحقق…
evidence-verify-progress = فك تشفير كل ملف ومقارنة SHA-256 الخاص به: أُنجز { $pct } %.
evidence-verify-cancel = أوقف التحقق
evidence-verify-ok = { $n ->
        [zero] لا ملفات تطابق
        [one] الملف يطابق
        [two] الملفان يطابقان
        [few] الملفات الـ{ $n } كلها تطابق
        [many] الملفات الـ{ $n } كلها تطابق
       *[other] الملفات الـ{ $n } كلها تطابق
    } بصمة SHA-256 المأخوذة عند الاستيراد: لم يُغيَّر شيء.
evidence-verify-bad = { $n ->
        [zero] لا ملفات تخالف بصمتها SHA-256.
        [one] ملف واحد لا يطابق بصمته SHA-256 أو تتعذّر قراءته: هو مُعلَّم أدناه.
        [two] ملفان لا يطابقان بصمتهما SHA-256 أو تتعذّر قراءتهما: هما مُعلَّمان أدناه.
        [few] { $n } ملفات لا تطابق بصمتها SHA-256 أو تتعذّر قراءتها: هي مُعلَّمة أدناه.
        [many] { $n } ملفًا لا تطابق بصمتها SHA-256 أو تتعذّر قراءتها: هي مُعلَّمة أدناه.
       *[other] { $n } ملف لا تطابق بصمتها SHA-256 أو تتعذّر قراءتها: هي مُعلَّمة أدناه.
    } استعد مجلد الخزنة من نسخة احتياطية.
evidence-verify-itemBad = مُغيَّر أو مفقود
evidence-table-label = أدلة هذه القضية
evidence-col-name = الملف
evidence-col-category = الفئة
evidence-col-date = تاريخ الوثيقة
evidence-col-size = الحجم
evidence-col-sha256 = SHA-256
evidence-size-bytes = { $n ->
        [zero] { $n } بايت
        [one] بايت واحد
        [two] بايتان
        [few] { $n } بايتات
        [many] { $n } بايتًا
       *[other] { $n } بايت
    }
evidence-deleted = محذوف
evidence-deleted-explain = حُذف في { $when }. لم يعد الملف في الخزنة؛ يبقى هذا السجل وسلسلة حفظه.
evidence-field-type = النوع (حسب محتواه)
evidence-field-size = الحجم
evidence-field-sha256 = SHA-256
evidence-field-imported = استُورد
evidence-field-modified = آخر تعديل قبل الاستيراد
evidence-field-category = الفئة
evidence-field-documentDate = تاريخ الوثيقة
evidence-field-source = المصدر (من قدّمه، وكيف)
evidence-field-source-hint = مثلًا: ذاكرة USB من الموكّل، 3 مارس
evidence-field-language = اللغة
evidence-field-tags = الوسوم
evidence-field-tags-hint = مفصولة بفواصل
evidence-field-translationOf = ترجمة لـ
evidence-field-translator = المترجم
evidence-field-description = الوصف
evidence-sha256-how = للتحقق باستقلال من نسخة من الأصل: sha256sum FILE (Linux)، shasum -a 256 FILE (macOS)، certutil -hashfile FILE SHA256 (Windows). يجب أن تساوي النتيجة SHA-256 أعلاه.
evidence-save = احفظ التفاصيل
evidence-preview-open = افتح المعاينة
evidence-preview-none = لا معاينة: { $reason }.
evidence-preview-failed = تعذّر عرض هذا الملف. ربما هو تالف، أو صيغته غير مدعومة هنا. صدّر نسخة لفتحها في مكان آخر.
evidence-preview-pdfFailed = تعذّر عرض ملف PDF هذا. صدّر نسخة لفتحها في برنامج آخر.
evidence-preview-pdfPages = صفحات الوثيقة (مرِّر بمفاتيح الأسهم)
evidence-preview-page = الصفحة { $n } من { $of }
evidence-preview-imageAlt = معاينة الدليل المحدد
evidence-preview-textCut = يُعرض أول ميغابايت من هذا النص.
evidence-export = صدّر نسخة…
evidence-export-title = أتصدّر نسخة غير محمية؟
evidence-export-warning = لن تكون النسخة مشفّرة: يستطيع قراءتها كل من يصل إلى المكان الذي تحفظها فيه، وكثيرًا ما يمكن استرجاع الملفات المحذوفة. يُسجَّل التصدير في سلسلة الحفظ.
evidence-export-go = اختر مكان الحفظ…
evidence-export-done = حُفظ باسم { $name }. احذف هذه النسخة عندما لا تعود بحاجة إليها.

metadata-title-one = يحمل هذا الملف أكثر من صورته
metadata-title-annexes = بعض المرفقات تحمل أكثر من صورها
metadata-explain = تحتفظ الصور بمكان التقاطها وكيفيته. من يتلقى الملف يستطيع قراءة ذلك: قد تُطلع اللجنة الدولة التي أصدرت النشرة على الطلب.
metadata-kind-location = المكان:
metadata-kind-device = الكاميرا أو الهاتف:
metadata-kind-owner = المالك أو المؤلف:
metadata-kind-date = التاريخ:
metadata-kind-software = البرنامج:
metadata-kind-thumbnail = الصورة المصغّرة:
metadata-kind-other = أيضًا:
metadata-unreadable = لم يتمكن Habeas من قراءة كل ما يحمله ({ $why }).
metadata-notRemovable = لا يستطيع Habeas إزالته من هذا النوع من الملفات؛ حوّله إلى JPEG أو PNG واستورد الناتج.
metadata-remove = أزل المكان وما سواه من النسخة التي تخرج
metadata-removeExplain = تُصنع النسخة مرة واحدة وتُحفظ في الخزنة ببصمة SHA-256 خاصة بها، مرتبطة بالأصل ومسجّلة في سلسلتي الحفظ. يبقى الأصل كما استُورد تمامًا.
metadata-keepExplain = يخرج الملف كما استُورد تمامًا، مع كل ما هو مذكور أعلاه.
metadata-export = صدّر
metadata-custody-derive = صُنعت نسخة لتخرج من الخزنة ({ $what })؛ هذا الملف لم يتغيّر
metadata-custody-derived = صنعه Habeas من دليل آخر في القضية ({ $what })
metadata-copyOf = نسخة من { $name } صنعها Habeas: { $what }. يبقى الأصل في القائمة كما استُورد.

evidence-certificate-chosen = شهادة الحفظ (المختار: { $n })…
evidence-certificate-one = شهادة الحفظ…
evidence-certificate-choose = أدرج { $name } في شهادة حفظ
evidence-certificate-chooseAll = أدرج كل الأدلة في شهادة حفظ
evidence-certificate-title = { $n ->
        [zero] شهادة حفظ دون أدلة
        [one] شهادة حفظ لدليل واحد
        [two] شهادة حفظ لدليلين
        [few] شهادة حفظ لـ{ $n } أدلة
        [many] شهادة حفظ لـ{ $n } دليلًا
       *[other] شهادة حفظ لـ{ $n } دليل
    }
evidence-certificate-explain = ملف PDF للطباعة أو التقديم: لكل دليل، بصمة SHA-256 للملف كما استُورد، وتفاصيله، وكل حدث في سلسلة حفظه، وكيف يستطيع أي شخص التحقق من نسخة بأدوات شائعة. يُسجَّل إصداره في سلسلة حفظ كل دليل.
evidence-certificate-plain = ملف PDF غير مشفّر: يُظهر أسماء الملفات وتفاصيلها وسجل حفظ هذه الأدلة. احفظه حيث لا يقرؤه إلا أنت ومن هو موجّه إليهم.
evidence-certificate-go = اختر مكان الحفظ…
evidence-certificate-done = حُفظت الشهادة باسم { $name }.

paper-label = الورق
paper-a4 = A4
paper-letter = US Letter

evidence-delete = احذف…
evidence-delete-title = أتحذف هذا الملف من الخزنة؟
evidence-delete-warning = يُزال الملف ولا يمكن استرجاعه من الخزنة. يبقى سجله وسلسلة حفظه، مع علامة «محذوف».
evidence-delete-go = احذف الملف
evidence-cancel = إلغاء
evidence-import-leftOut = ما تُرك من المجلدات: { $n } (لم يُستورد؛ افتح لترى ما هو ولماذا)
evidence-import-leftOut-hidden = مخفي (يبدأ اسمه بنقطة)
evidence-import-leftOut-link = رابط إلى مكان آخر: استورد ما يشير إليه مباشرة
evidence-import-leftOut-not_a_file = ليس ملفًا (جهاز أو أنبوب)
evidence-custody-title = سلسلة الحفظ
evidence-custody-intro = كل استيراد وعرض وتصدير وتغيير وحذف، من الأقدم. تقبل الإضافة فقط ومتسلسلة مع سجل الخزنة.
evidence-category-identity_document = وثيقة هوية
evidence-category-power_of_attorney = توكيل
evidence-category-relationship_proof = إثبات صلة القرابة (قاصر)
evidence-category-entity_registration = تسجيل كيان
evidence-category-authority_to_represent = صلاحية تمثيل كيان
evidence-category-property_record = إثبات ملكية مال
evidence-category-court_record = مستند قضائي
evidence-category-arrest_warrant = مذكرة توقيف
evidence-category-extradition_papers = وثائق التسليم
evidence-category-asylum_decision = قرار بشأن اللجوء أو صفة اللاجئ
evidence-category-human_rights_report = تقرير عن حقوق الإنسان في البلد المُصدِر
evidence-category-correspondence_ncb = مراسلات مع مكتب مركزي وطني
evidence-category-correspondence_ccf = مراسلات مع اللجنة
evidence-category-correspondence_authorities = مراسلات مع السلطات
evidence-category-press = الصحافة أو الإعلام
evidence-category-narrative_draft = مسودة رواية الوقائع
evidence-category-translation = ترجمة
evidence-category-other = أخرى

history-empty-value = (فارغ)

enum-flag-refugee = لاجئ أو طالب لجوء
enum-flag-refugee_from_issuing_state = صفة لاجئ في مواجهة الدولة المُصدِرة
enum-flag-political_profile = معارض سياسي أو صحفي أو ناشط
enum-flag-private_dispute = نزاع تجاري أو خاص
enum-flag-in_absentia = حوكم غيابيًا
enum-flag-reissued_after_deletion = نشرة أُعيد إصدارها بعد حذف
enum-flag-diffusion_after_red_notice = تعميم بعد نشرة حمراء مرفوضة أو محذوفة
enum-flag-country_misuse = سجل إساءة الاستخدام لدى البلد المُصدِر
enum-sex-female = أنثى
enum-sex-male = ذكر
enum-sex-other = آخر / X
enum-profile-political_opponent = معارض سياسي
enum-profile-journalist = صحفي
enum-profile-activist = ناشط أو مدافع عن حقوق الإنسان
enum-profile-business_dispute = طرف في نزاع تجاري أو خاص
enum-docKind-passport = جواز سفر
enum-docKind-national_id = بطاقة هوية وطنية
enum-docKind-refugee_travel_document = وثيقة سفر للاجئين
enum-docKind-residence_permit = تصريح إقامة
enum-docKind-other = وثيقة أخرى
enum-protection-pending = طلب لجوء قيد النظر
enum-protection-granted = مُنح
enum-protection-refused = رُفض اللجوء
enum-protectionKind-unspecified = غير مسجّل
enum-protectionKind-convention_refugee = صفة اللاجئ (اتفاقية 1951)
enum-protectionKind-subsidiary = حماية فرعية
enum-protectionKind-humanitarian = حماية إنسانية أو غيرها
enum-removedBy-ccf = اللجنة
enum-removedBy-general_secretariat = الأمانة العامة للإنتربول
enum-removalGround-article3 = المادة 3 (طابع سياسي أو عسكري أو ديني أو عنصري)
enum-removalGround-article2 = المادة 2 (حقوق الإنسان)
enum-removalGround-data_quality = جودة البيانات (وقائع غير موصوفة، بيانات غير دقيقة)
enum-removalGround-refugee_policy = السياسة المتعلقة باللاجئين
enum-removalGround-red_notice_criteria = أحد معايير النشرة الحمراء (الخطورة، حد العقوبة)
enum-removalGround-other = أساس آخر
enum-alertKind-diffusion = تعميم
enum-alertKind-red_notice = نشرة حمراء
enum-alertKind-blue_notice = نشرة زرقاء
enum-alertKind-yellow_notice = نشرة صفراء
enum-alertKind-green_notice = نشرة خضراء
enum-alertKind-black_notice = نشرة سوداء
enum-alertKind-orange_notice = نشرة برتقالية
enum-alertKind-purple_notice = نشرة بنفسجية
enum-alertKind-silver_notice = نشرة فضية
enum-alertKind-un_special_notice = نشرة خاصة مشتركة بين الإنتربول ومجلس الأمن التابع للأمم المتحدة
enum-alertKind-ncb_message = رسالة مباشرة بين المكاتب المركزية الوطنية
enum-request-arrest = التوقيف أو التوقيف المؤقت
enum-request-locate = تحديد المكان
enum-request-identify = تحديد الهوية
enum-request-information = معلومات إضافية
enum-request-surveillance = المراقبة
enum-request-warning = التحذير
enum-alertStatus-suspected = مشتبه بها
enum-alertStatus-confirmed = مؤكدة
enum-alertStatus-challenged = مطعون فيها أمام اللجنة
enum-alertStatus-deleted = محذوفة
enum-alertStatus-blocked = محجوبة
enum-alertStatus-refused = رفضها الإنتربول
enum-alertStatus-reissued = أُعيد إصدارها
enum-precision-day = اليوم بالضبط
enum-precision-month = الشهر معروف
enum-precision-year = السنة معروفة
enum-eventKind-national_warrant = صدور مذكرة وطنية
enum-eventKind-alert_issued = صدور نشرة
enum-eventKind-visa_refusal = رفض تأشيرة
enum-eventKind-denied_boarding = منع من الصعود إلى الطائرة
enum-eventKind-border_refusal = رفض عند الحدود
enum-eventKind-detention = احتجاز
enum-eventKind-provisional_arrest = توقيف مؤقت
enum-eventKind-consent_to_surrender = موافقة على التسليم
enum-eventKind-release = إطلاق سراح
enum-eventKind-extradition_request_received = تلقي طلب التسليم
enum-eventKind-hearing = جلسة محكمة
enum-eventKind-extradition_decision = قرار التسليم
enum-eventKind-ccf_request_filed = قُدّم طلب إلى اللجنة
enum-eventKind-ccf_acknowledgement = إشعار استلام من اللجنة
enum-eventKind-admissibility_decision = قرار اللجنة بشأن القبول
enum-eventKind-ccf_query = استفسار من اللجنة
enum-eventKind-ccf_query_answered = رد مُرسَل إلى اللجنة
enum-eventKind-ccf_decision = قرار اللجنة
enum-eventKind-new_fact_discovered = اكتشاف واقعة جديدة
enum-eventKind-revision_filed = تقديم طلب إعادة النظر
enum-eventKind-asylum_applied = تقديم طلب لجوء
enum-eventKind-asylum_granted = منح اللجوء
enum-eventKind-asylum_refused = رفض اللجوء
enum-eventKind-unhcr_notified = إبلاغ المفوضية السامية لشؤون اللاجئين
enum-eventKind-border_authorities_notified = إبلاغ سلطات الحدود
enum-eventKind-judicial_review_filed = تقديم طلب مثول أمام القضاء أو طعن قضائي
enum-eventKind-advocacy = مناصرة أو إعلام
enum-eventKind-other = حدث آخر
enum-regime-european_convention = الاتفاقية الأوروبية لتسليم المجرمين 1957
enum-regime-minsk1993 = اتفاقية مينسك 1993 (رابطة الدول المستقلة)
enum-regime-riyadh1983 = اتفاقية الرياض العربية 1983
enum-regime-european_arrest_warrant = مذكرة التوقيف الأوروبية
enum-regime-us_modern_treaty = معاهدة مع الولايات المتحدة (حديثة)
enum-regime-montevideo1933 = اتفاقية مونتيفيديو 1933
enum-regime-bilateral = معاهدة ثنائية (موصوفة في هذه القضية)
enum-ccfRequest-access = الاطلاع
enum-ccfRequest-correction = التصحيح
enum-ccfRequest-deletion = الحذف
enum-confidence-verified = مصدر موثَّق
enum-confidence-secondary = مصدر ثانوي: يلزم التأكد
enum-confidence-unverified = غير موثَّق: ممارسة فقط
enum-confidence-entered_by_you = أدخلته أنت: لم يتحقق منه Habeas
enum-deadlineState-open = قائمة
enum-deadlineState-met = مُستوفاة
enum-deadlineState-passed = منقضية
enum-deadlineState-late = متأخرة
enum-applicantKind-person = الشخص المعني (بالغ)
enum-applicantKind-minor = قاصر، عن طريق أحد الوالدين أو الوصي
enum-applicantKind-entity = شركة أو كيان آخر
enum-filingKind-access = الاطلاع على البيانات
enum-filingKind-correction = تصحيح البيانات
enum-filingKind-deletion = حذف البيانات
enum-filingKind-correction_and_deletion = التصحيح والحذف
enum-filingKind-revision = إعادة النظر في قرار (المادة 42)
enum-language-en = الإنجليزية
enum-language-fr = الفرنسية
enum-language-es = الإسبانية
enum-language-ar = العربية
enum-severity-problem = مشكلة
enum-severity-warning = تحذير
enum-travelLevel-highest = الأعلى
enum-travelLevel-high = مرتفع
enum-travelLevel-raised = متزايد
enum-travelLevel-not_safe_lower = أدنى، وليس آمنًا
enum-travelRole-departure = مغادرة
enum-travelRole-transit = عبور
enum-travelRole-arrival = وصول

filing-title = الطلبات
filing-intro = طلبات إلى اللجنة وطلبات إعادة نظر، تُبنى من بيانات القضية. يتحقق Habeas من القبول قبل التصدير، ويكتب ملفات PDF التي تقبلها بوابة اللجنة (ملف لكل جزء) أو حزمة واحدة للطباعة والتوقيع.
filing-kind = النوع
filing-language = لغة الطلب
filing-new = طلب جديد
filing-empty = لا طلبات في هذه القضية بعد.
filing-annexCount = { $n ->
        [zero] لا مرفقات
        [one] مرفق واحد
        [two] مرفقان
        [few] { $n } مرفقات
        [many] { $n } مرفقًا
       *[other] { $n } مرفق
    }
filing-check-pending = جارٍ التحقق من القبول…
filing-check-ok = القبول: لم يُعثر على مشكلة.
filing-check-title = القبول: { $problems ->
        [zero] لا مشكلات
        [one] مشكلة واحدة
        [two] مشكلتان
        [few] { $problems } مشكلات
        [many] { $problems } مشكلةً
       *[other] { $problems } مشكلة
    }، و{ $all ->
        [zero] لا ملاحظات
        [one] ملاحظة واحدة
        [two] ملاحظتان
        [few] { $all } ملاحظات
        [many] { $all } ملاحظةً
       *[other] { $all } ملاحظة
    } إجمالًا
filing-check-go = انتقل إلى الحقل
filing-check-basis = الأساس والمصدر
filing-section-kind = النوع واللغة
filing-language-headings = كتب فريق Habeas العناوين بالفرنسية والإسبانية والعربية ولم يراجعها بعدُ متحدث أصلي: اقرأها قبل التقديم. ما تكتبه أنت يُطبع كما كتبته.
filing-section-applicant = مقدّم الطلب
filing-applicant-kind = يُقدَّم الطلب لصالح
filing-applicant-minorNeeds = تطلب اللجنة، للقاصر، وثيقة تثبت الصلة (شهادة ميلاد، أمر وصاية) ونسخة من وثيقة هوية القاصر نفسه. استوردها أدلةً وأرفقها.
filing-applicant-guardian = أحد الوالدين أو الوصي الذي يتصرف عن القاصر
filing-applicant-relationship = الصلة (أم، وصي قانوني…)
filing-applicant-entityNeeds = تطلب اللجنة، للكيان، وثيقة رسمية تُظهر اسمه الكامل وتاريخ تأسيسه أو تسجيله ورقم تسجيله، وإثباتًا أن الموقّع مخوّل بتمثيله. لا حاجة إلى وثيقة هوية للكيان.
filing-applicant-entityName = الاسم الكامل للكيان
filing-applicant-registrationNumber = رقم التسجيل (إن وُجد)
filing-applicant-registeredOn = تاريخ التأسيس أو التسجيل
filing-applicant-office = المقر المسجّل
filing-applicant-signatory = الشخص الذي يمثّل الكيان
filing-applicant-authority = بموجب أي صلاحية (مدير، قرار مجلس الإدارة المؤرخ…)
filing-applicant-property = المال الذي تخصه البيانات، إن وُجد (مركبة، سفينة، وثيقة)
filing-applicant-propertyHint = تقبل اللجنة الطلبات المتعلقة ببيانات عن أموال مقدّم الطلب. أرفق إثباتًا أنها ملكه.
filing-section-submitter = مقدَّم من
filing-submitter-representative = يقدّمه ممثل (محامٍ، فرد من العائلة، منظمة)
filing-submitter-name = اسم الممثل
filing-submitter-firm = المكتب أو المنظمة
filing-submitter-email = البريد الإلكتروني
filing-submitter-phone = الهاتف
filing-submitter-address = العنوان البريدي
filing-submitter-poa = التوكيل (دليل)
filing-submitter-poaSigned = التوكيل موقّع من مقدّم الطلب
filing-none = لا شيء
filing-section-data = البيانات المعنية
filing-data-none = لم تُسجَّل نشرة في هذه القضية: أضفها في علامة تبويب «النشرات».
filing-data-learned = كيف علم مقدّم الطلب بالبيانات
filing-section-revision = القرار والواقعة الجديدة (النظام الأساسي، المادة 42)
filing-revision-decision = القرار (المرجع)
filing-revision-decisionDate = تاريخ القرار
filing-revision-discovered = تاريخ اكتشاف الواقعة الجديدة
filing-revision-newFact = الواقعة المكتشفة حديثًا
filing-section-facts = ملخص الوقائع
filing-facts-drafted = يبدأ كل طلب جديد بالإنجليزية بالوقائع التي تسجّلها القضية (الشخص، النشرات، الأحداث المؤرخة)، كلٌّ في سطر. أعد كتابتها روايةً لمقدّم الطلب وأضف ما لا تسجّله القضية.
filing-section-grounds = الأسباب
filing-ground-label = الفقرة { $n }
filing-ground-citationsChecked = تحققت من استشهاداتها في النصوص الأصلية (وحتى ذلك الحين يُعلِّم الطلب الاستشهادات الثانوية وغير الموثقة «للتحقق»)
filing-remove = أزل
filing-library-title = مكتبة الحجج: فقرات مع مصادرها، للإدراج ثم التحرير
filing-library-suggested = مقترحة لهذه القضية
filing-library-insert = أدرج
filing-section-outcome = النتيجة المطلوبة
filing-section-confidential = عناصر سرية (النظام الأساسي، المادة 20)
filing-confidential-explain = واحد في كل سطر. لا تنقلها اللجنة إلى المكتب المركزي الوطني. قد يُضعف حجبُ المعلومات المراجعةَ: اللجنة نفسها تقول ذلك.
filing-section-annexes = المرفقات
filing-annexes-explain = اسحب لإعادة الترتيب، أو استخدم الأسهم. الأول هو A-1. يُختم كل مرفق بتسميته ورقم صفحة.
filing-annexes-title = العنوان في الفهرس (اختياري)
filing-annexes-titleOf = عنوان المرفق { $label }
filing-annexes-up = انقل { $label } إلى الأعلى
filing-annexes-down = انقل { $label } إلى الأسفل
filing-annexes-add = أضف دليلًا…
filing-annexes-addButton = أضفه مرفقًا
filing-section-idCopy = تُظهر نسخة وثيقة الهوية
filing-idCopy-name = الاسم الكامل
filing-idCopy-birth = تاريخ الميلاد
filing-idCopy-photo = الصورة الشخصية
filing-section-signature = التوقيع
filing-signature-by = وقّعه
filing-signature-place = المكان
filing-signature-date = التاريخ
filing-bates = بادئة صفحات المرفقات
filing-save = حفظ
filing-unsaved = تغييرات غير محفوظة
filing-delete = احذف الطلب
filing-delete-title = أتحذف هذا الطلب؟
filing-delete-warning = يُحذف الطلب ونصه؛ تبقى الأدلة في القضية، ويحتفظ سجل القضية بأثر يفيد بأن الطلب كان موجودًا. لا تُمسّ ملفات PDF المصدَّرة من قبل.
filing-delete-go = احذف الطلب
filing-export-portal = مجموعة البوابة (مجلد ملفات PDF)…
filing-export-packet = حزمة للطباعة (ملف PDF واحد)…
filing-export-plain = ملفات PDF غير مشفّرة: البوابات والمحاكم ترفض ملفات PDF المشفّرة. احفظها حيث لا يقرؤها إلا من هي موجّهة إليهم. يُسجَّل كل تصدير في سجل حفظ كل مرفق.
filing-export-anywayTitle = { $n ->
        [zero] أتصدّر دون مشكلات في القبول؟
        [one] أتصدّر مع مشكلة واحدة في القبول؟
        [two] أتصدّر مع مشكلتين في القبول؟
        [few] أتصدّر مع { $n } مشكلات في القبول؟
        [many] أتصدّر مع { $n } مشكلةً في القبول؟
       *[other] أتصدّر مع { $n } مشكلة في القبول؟
    }
filing-export-anyway = قد تعدّ اللجنة الطلب غير مقبول بحالته الراهنة. لا تصدّره على أي حال إلا إذا كنت ستصلح المشكلات خارج Habeas (مثلًا بتوقيع الحزمة المطبوعة).
filing-export-go = صدّر على أي حال
filing-export-running = جارٍ كتابة ملفات PDF…
filing-export-done = كُتب: { $name }.

letter-title = الرسائل
letter-explain = بخطوة واحدة من بيانات القضية، بالإنجليزية: إشعار لسلطات الحدود والهجرة في بلد ما (احمله مع إثبات الصفة والطلب قيد النظر)، أو رسالة مرافقة لسلطة اللجوء. تنبيه: تحدّث أولًا إلى محامٍ في ذلك البلد؛ فالتقدّم إلى سلطات الحدود أو الشرطة قد يؤدي بحد ذاته إلى التوقيف بموجب النشرة؛ ولا تتصل أبدًا بسلطات الدولة التي أصدرت النشرة، ولا بسلطات الدول التي تتعاون معها عن قرب.
letter-country = البلد المخاطَب
letter-border = رسالة إلى سلطات الحدود…
letter-asylum = رسالة إلى سلطة اللجوء…
letter-detainedNow = ورقة تُحمل في حال الاحتجاز…
letter-lawyerBrief = مذكرة للمحامي أثناء الاحتجاز…

case-title = مساحة عمل القضية
case-tabs-label = أجزاء القضية
case-tab-overview = نظرة عامة
case-tab-alerts = النشرات
case-tab-timeline = الجدول الزمني والمهل
case-tab-evidence = الأدلة
case-tab-filings = الطلبات
case-tab-travel = السفر

travel-title = فحص السفر
travel-intro = خطّط لرحلتك مرحلةً مرحلة ثم افحصها: لكل بلد، مدى تعرّضك في اليوم الذي تكون فيه هناك، ولماذا. لا يُوصف أي بلد بأنه آمن.
travel-trips = الرحلات
travel-noTrips = لا توجد رحلات بعد.
travel-untitled = رحلة بلا اسم
travel-departure = المغادرة في { $date }
travel-noDate = بلا تاريخ
travel-lastChecked = آخر فحص في { $date }.
travel-neverChecked = لم يُفحص قط.
travel-edit = تعديل
travel-check = افحص هذه الرحلة
travel-delete = حذف
travel-deleteConfirm = هل تحذف هذه الرحلة وآخر فحص لها؟
travel-deleteYes = احذف الرحلة
travel-newTrip = رحلة جديدة
travel-editing = تعديل الرحلة
travel-label = اسم الرحلة
travel-leg = المرحلة { $n }
travel-date = يوم السفر
travel-from = من
travel-to = إلى
travel-transits = العبور (العبور في مطار يُحتسب: يمكن لشرطة حدوده إيقافك)
travel-incomplete = تحتاج كل مرحلة إلى يومها ومكان الانطلاق والوجهة.
travel-removeLeg = احذف المرحلة { $n }
travel-addLeg = أضف مرحلة
travel-save = احفظ الرحلة
travel-saved = حُفظت الرحلة. افحصها لترى كل بلد.
travel-savedRecheck = حُفظت الرحلة. كان آخر فحص لها لخط السير قبل هذا التغيير: افحصها مجددًا.
travel-reminder-title = افحص مجددًا قبل أن تسافر
travel-reminder-open = افتح تبويب السفر
travel-result-title = فحص «{ $label }» بتاريخ { $date }
travel-result-tripLevel = مستوى الرحلة: { $level }
travel-result-changes = ما الذي تغيّر منذ آخر فحص
travel-result-firstCheck = هذا هو الفحص الأول لهذه الرحلة.
travel-result-noChanges = لم يتغيّر شيء منذ فحص { $date }.
travel-result-changesSince = منذ فحص { $date }:
travel-result-countries = كل بلد في الرحلة، في اليوم الذي تكون فيه هناك
travel-result-country = البلد
travel-result-level = المستوى
travel-result-reasons = الأسباب، مع درجة التأكد والمصدر
travel-result-source = المصدر: { $source }
travel-result-carry = ما يجب أن تحمله
travel-result-carryNothing = لا يذكر الفحص شيئًا لتحمله.
travel-map-title = الخريطة
travel-map-textEquivalent = يقول الجدول أعلاه ما تُظهره الخريطة، بلدًا بلدًا. على الخريطة لكل مستوى تظليل وتسمية إلى جانب اللون.
travel-export = صدّر الموجز القابل للطباعة (PDF)…
travel-exported = حُفظ الموجز باسم { $file }. إنه غير مشفّر: احفظه في مكان آمن.
travel-exportCancelled = أُلغي التصدير: لم يُكتب شيء.

settings-title = الإعدادات
settings-planned = ستُضبط هنا النسخ الاحتياطية.
settings-autoLock-title = القفل التلقائي
settings-autoLock-label = اقفل الخزنة بعد هذا العدد من الدقائق دون نشاط
settings-autoLock-help = بين { $min } و{ $max } دقيقة. يُحفظ في الخزنة. ⁦Ctrl+L⁩ يقفل فورًا.
settings-autoLock-save = حفظ
settings-autoLock-saved = حُفظ: تُقفل الخزنة بعد { $minutes ->
        [zero] { $minutes } دقيقة خمول
        [one] دقيقة خمول واحدة
        [two] دقيقتي خمول
        [few] { $minutes } دقائق خمول
        [many] { $minutes } دقيقةَ خمول
       *[other] { $minutes } دقيقة خمول
    }.
settings-passphrase-title = عبارة المرور
settings-passphrase-current = عبارة المرور الحالية
settings-passphrase-change = غيّر عبارة المرور
settings-passphrase-changing = جارٍ التغيير… (اشتقاق المفتاح يستغرق لحظة)
settings-recovery-title = مفتاح الاسترداد
settings-recovery-explain = فقدت ورقة الاسترداد، أو ربما رآها أحد؟ أنشئ مفتاحًا جديدًا. يُعرض مرة واحدة مع ورقة للطباعة، ولا يحل محل القديم إلا عندما تؤكد أنك حفظته. من حينها لن يفتح المفتاح القديم مجلد الخزنة هذا، لكن نسخة من المجلد أُخذت من قبل (نسخة احتياطية، نسخة متزامنة) لا تزال تُفتح به.
settings-recovery-new = أنشئ مفتاح استرداد جديدًا
settings-recovery-pending = أُنشئ مفتاح استرداد جديد ولم يُؤكَّد، لذا لا يزال المفتاح الحالي يفتح الخزنة. إذا حفظت المفتاح الجديد، فاكتبه كاملًا لتأكيده؛ وإلا فتجاهله.
settings-recovery-unconfirmed = لم يُؤكَّد قط حفظ مفتاح الاسترداد الذي عُرض عند إنشاء هذه الخزنة. إذا كان لديك، فاكتبه كاملًا لتأكيده؛ وإلا فأنشئ مفتاحًا جديدًا أدناه.
settings-recovery-typeWhole = مفتاح الاسترداد (المجموعات الثماني من أربعة أحرف)
settings-recovery-confirm = أكّد هذا المفتاح
settings-recovery-discard = تجاهل المفتاح الجديد
settings-recovery-confirmed = أُكّد مفتاح الاسترداد.
settings-passphrase-changed = غُيّرت عبارة المرور. لم تعد القديمة تفتح مجلد الخزنة هذا (نسخة من المجلد أُخذت من قبل لا تزال تُفتح بها)؛ ولا يزال مفتاح الاسترداد يفتحه.
settings-sharing-title = المشاركة مع المحامين الشركاء
settings-sharing-explain = لتستلم قضية من محامٍ شريك، أعطه هوية المشاركة الخاصة بك أدناه (وهي علنية). عندما يصل ملف مشترَك، يُظهر Habeas من وقّعه: قارن البصمة معه عبر الهاتف.
settings-sharing-qr = هوية المشاركة الخاصة بك في صورة رمز QR
settings-sharing-text = هوية المشاركة الخاصة بك:
settings-sharing-fingerprint = البصمة (اقرأها له عبر الهاتف):
settings-sharing-contacts = جهات الاتصال
settings-sharing-noContacts = لا جهات اتصال بعد.
settings-sharing-contactName = الاسم
settings-sharing-contactIdentity = هوية المشاركة الخاصة بجهة الاتصال (habeas1-…)
settings-sharing-add = أضف جهة الاتصال
settings-device-title = هذا الجهاز
settings-device-explain = تذكُّر الخزنة على هذا الجهاز يتيح فتحها دون عبارة المرور، عبر سلسلة مفاتيح هذا الحاسوب. عندها يستطيع كل من يمكنه استخدام حسابك على هذا الحاسوب، ما دامت سلسلة مفاتيحه مفتوحة، أن يفتح الخزنة. أبقِه معطّلًا على حاسوب قد يُصادَر أو يُتشارك أو يُفقد.
settings-device-remembered = مُتذكَّرة على هذا الجهاز.
settings-device-notRemembered = غير مُتذكَّرة على هذا الجهاز (يلزم إدخال عبارة المرور).
settings-device-remember = تذكّرها على هذا الجهاز
settings-device-forget = انسَ هذا الجهاز
settings-backup-title = النسخ الاحتياطية
settings-backup-explain = تنسخ النسخة الاحتياطية الخزنة المشفّرة إلى مجلد تختاره: ذاكرة USB، أو مجلد متزامن، أو مجلد مشترك على الشبكة. لا تُنسخ إلا الملفات الجديدة، وتُقرأ كل نسخة من جديد ويُتحقَّق منها. وتُفتح بعبارة المرور ومفتاح الاسترداد اللذين كانا لديك عند إنشائها.
settings-backup-never = لم تُنشأ أي نسخة احتياطية لهذه الخزنة قط.
settings-backup-last = آخر نسخة احتياطية: { $at }، إلى { $place }، وتم التحقق منها.
settings-backup-lastFailed = آخر نسخة احتياطية: { $at }، إلى { $place }، فشلت؛ لم يُنشأ شيء.
settings-backup-lastGood = آخر نسخة احتياطية سليمة: { $at }، إلى { $place }.
settings-backup-reminder = أنشئ نسخة احتياطية الآن: آخر نسخة احتياطية سليمة أقدم من { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، أو لا توجد أي نسخة.
settings-backup-run = أنشئ نسخة احتياطية الآن…
settings-backup-choose = اختر مجلد النسخ الاحتياطية
settings-backup-cancel = ألغِ النسخ الاحتياطي
settings-backup-progress = نسخ ملفات الأدلة والتحقق منها: { $done } من { $total }
settings-backup-made = أُنشئت النسخة الاحتياطية وتم التحقق منها: القضايا: { $cases }، ملفات الأدلة: { $files } (نُسخ منها الآن: { $copied }).
settings-backup-keep = عدد النسخ الاحتياطية المحفوظة في كل مجلد
settings-backup-remind = ذكّرني بعد (بالأيام)
settings-backup-save = حفظ
settings-about-title = عن هذا الإصدار
settings-about-appVersion = إصدار التطبيق
settings-about-coreVersion = إصدار النواة
settings-about-platform = المنصة
settings-about-buildType = نوع البناء
settings-about-buildType-release = إصدار نهائي
settings-about-buildType-development = تطوير (ليس للقضايا الحقيقية)
settings-about-coreDumps = نسخ الذاكرة عند التعطل (core dumps)
settings-about-coreDumps-disabled = معطّلة: التعطل لا يكتب الذاكرة على القرص
settings-about-coreDumps-allowed = مسموح بها: قد يكتب التعطل الذاكرة على القرص. أعد تشغيل Habeas؛ وإذا استمر ذلك، فأبلغ عنه.
settings-about-coreDumps-not_controlled = لا يتحكم فيها Habeas على هذا النظام (انظر نموذج التهديدات)

date-pattern-day_month_year = DD/MM/YYYY
date-pattern-month_day_year = MM/DD/YYYY
date-pattern-year_month_day = YYYY-MM-DD
date-problem-unreadable = هذا ليس تاريخًا يستطيع Habeas قراءته. اكتبه بصيغة { $pattern }، مثلًا { $example }.
date-problem-shortYear = اكتب السنة كاملة (أربعة أرقام)، مثلًا { $example }.
date-problem-noMonth = لا يوجد شهر { $month }. تُكتب التواريخ هنا بصيغة { $pattern }.
date-problem-noMonthSwapped = لا يوجد شهر { $month }: تُكتب التواريخ هنا بصيغة { $pattern }. لكتابة { $words }، اكتب { $typed }، أو غيّر صيغة التاريخ في الإعدادات.
date-problem-noDay = في { $month } { $last } يومًا: لا يوجد يوم { $day }.
date-problem-ambiguous = قد يكون هذا { $first } أو { $second }. اكتب { $a } أو { $b } لتحديد أيهما، أو اختر صيغة تبدأ باليوم أو بالشهر في الإعدادات.
date-problem-tooEarly = هذا التاريخ قبل { $limit }، أبكر تاريخ ممكن هنا.
date-problem-tooLate = هذا التاريخ بعد { $limit }، آخر تاريخ ممكن هنا.
date-settings-title = التواريخ
date-settings-label = اكتب التواريخ واعرضها بصيغة
date-settings-system = كما يكتبها النظام ({ $pattern })
date-settings-option = { $pattern }: { $example }
date-settings-help = يُحفظ في الخزنة. يغيّر هذا طريقة كتابة التواريخ وعرضها هنا، لا التواريخ نفسها.
date-settings-saved = حُفظ: تُكتب التواريخ بصيغة { $pattern }.

error-title = حدث خطأ ما
error-internal-hint = هذا عيب في Habeas، وليس شيئًا فعلته أنت. عملك المحفوظ لم يتأثر.
error-unexpected = تلقى Habeas ردًا لم يفهمه.
error-retry = حاول مرة أخرى

caseStatus-column = الوضع
caseStatus-label = وضع الشخص
caseStatus-at_liberty = طليق
caseStatus-at_liberty-basis = لم يُسجَّل توقيف أو احتجاز
caseStatus-detained = محتجز منذ { $date }
caseStatus-released = أُطلق سراحه في { $date }
caseStatus-extradited = سُلّم في { $date }
caseStatus-setByYou = حدّدته أنت
caseStatus-protection-refugee_status = صفة اللاجئ
caseStatus-protection-protection_granted = مُنحت الحماية
caseStatus-protection-against_extradition = محمي من التسليم
caseStatus-since = منذ { $date }
caseStatus-closed = مغلقة
caseStatus-edit = ما لا يُظهره أي حدث
caseStatus-edit-explain = التوقيف والاحتجاز وإطلاق السراح تأتي من الجدول الزمني: سجّلها هناك. وسجّل هنا ما لا يستطيع أي حدث إظهاره.
caseStatus-extraditedOn = سُلّم إلى الدولة الطالبة في
caseStatus-protectedNote = محمي من التسليم بموجب
caseStatus-protectedNote-hint = مثلًا: رفضت المحكمة التسليم. اتركه فارغًا إذا لم يكن هناك ما يحمي الشخص.
caseStatus-protectedSince = محمي منذ
caseStatus-save = احفظ الوضع

caseClose-close = أغلق القضية
caseClose-reopen = أعد فتح القضية
caseClose-closedNote = هذه القضية مغلقة: ليست في القائمة الرئيسية. كل ما فيها محفوظ؛ أعد فتحها لإرجاعها.
caseClose-showClosed = اعرض القضايا المغلقة
caseClose-showOpen = اعرض القضايا المفتوحة
caseClose-closedTitle = القضايا المغلقة
caseClose-noneClosed = لا قضايا مغلقة.
caseClose-delete = احذف القضية…
caseClose-delete-title = أتحذف قضية { $name }؟
caseClose-delete-intro = يزيل هذا من الخزنة نهائيًا:
caseClose-delete-case = القضية نفسها: تفاصيل الشخص والملاحظات وقائمة المهام
caseClose-delete-evidence = ملفات الأدلة: { $n } ({ $size })، تُزال من مجلد الخزنة
caseClose-delete-filings = الطلبات: { $n }
caseClose-delete-alerts = النشرات: { $n }
caseClose-delete-events = الأحداث: { $n }
caseClose-delete-untouched = لا تُمسّ النسخ الاحتياطية ولا النسخ المتزامنة من مجلد الخزنة ولا الملفات التي صدّرتها: احذفها بنفسك.
caseClose-delete-history = سجل تغييراتها، مع سلسلة حفظ الأدلة: كل ما كُتب في هذه القضية
caseClose-delete-trace = يحتفظ السجل بسطر واحد يفيد بأن قضية حُذفت، مع هذه الأعداد ولا شيء غيرها: لا اسم، ولا تفاصيل.
caseClose-delete-closeInstead = للإبقاء على كل شيء مع إخراج القضية من القائمة، أغلقها بدلًا من ذلك.
caseClose-delete-go = احذف القضية وملفاتها
caseClose-delete-cancel = إلغاء
caseClose-deleted = { $n ->
        [zero] حُذفت القضية، دون ملفات أدلة.
        [one] حُذفت القضية، مع ملف أدلة واحد.
        [two] حُذفت القضية، مع ملفَّي أدلة.
        [few] حُذفت القضية، مع { $n } ملفات أدلة.
        [many] حُذفت القضية، مع { $n } ملفًا من ملفات الأدلة.
       *[other] حُذفت القضية، مع { $n } ملف أدلة.
    }
caseClose-deleted-filesLeft = { $n ->
        [zero] أُزيلت كل ملفات الأدلة من مجلد الخزنة.
        [one] تعذّرت إزالة ملف أدلة واحد من مجلد الخزنة: يذكره فحص الخزنة.
        [two] تعذّرت إزالة ملفَّي أدلة من مجلد الخزنة: يذكرهما فحص الخزنة.
        [few] تعذّرت إزالة { $n } ملفات أدلة من مجلد الخزنة: يذكرها فحص الخزنة.
        [many] تعذّرت إزالة { $n } ملفًا من ملفات الأدلة من مجلد الخزنة: يذكرها فحص الخزنة.
       *[other] تعذّرت إزالة { $n } ملف أدلة من مجلد الخزنة: يذكرها فحص الخزنة.
    }

error-detail = الرسالة كاملة (للإبلاغ)

language-title = اللغة
language-label = لغة التطبيق
language-help = تُحفظ في الخزنة وتُتذكَّر على هذا الجهاز: تُفتح شاشة فتح القفل بآخر لغة استُخدمت هنا. تُختار لغة الطلب مع الطلب نفسه.
language-unreviewed = ترجمها فريق Habeas؛ ولم يراجعها بعدُ محامٍ لغتُه الأم هذه اللغة.
review-unreviewed = النصوص التي يكتبها Habeas لهذا الطلب باللغة { $language } (العناوين، والأجزاء الثابتة، وفقرات المكتبة) ترجمها فريق Habeas ولم يراجعها كلها محامٍ لغتُه الأم هذه اللغة (رُوجع { $reviewed } من { $total }). اقرأها كلها قبل التقديم أو الإرسال.

## الاستعادة من نسخة احتياطية (شاشة فتح القفل، issue 19.2)
restore-start = الاستعادة من نسخة احتياطية
restore-title = الاستعادة من نسخة احتياطية
restore-intro = تحتوي النسخة الاحتياطية على الخزنة كلها كما كانت وقت إنشائها. وتُفتح بعبارة المرور أو مفتاح الاسترداد اللذين كانا للخزنة حينها.
restore-neverOverwrites = تتم الاستعادة في مجلد جديد فارغ. لا تكتب أبدًا فوق خزنة، ولا تغيّر النسخة الاحتياطية.
restore-step-backup = ١. مجلد النسخ الاحتياطية
restore-backup-label = مجلد النسخ الاحتياطية
restore-backup-choose = اختيار…
restore-backup-dialogTitle = اختر المجلد الذي حفظت فيه النسخ الاحتياطية
restore-backup-read = عرض نسخه الاحتياطية
restore-backup-hint = المجلد الذي اخترته عند النسخ الاحتياطي (على ذاكرة USB أو مجلد متزامن أو مشاركة شبكية). يحتوي على ملف اسمه habeas-backup.json.
restore-generations-none = لا يحتوي هذا المجلد بعدُ على أي نسخة احتياطية مكتملة. اختر مجلدًا آخر، أو أنشئ نسخة احتياطية من الخزنة من جديد.
restore-step-generation = ٢. أي نسخة احتياطية
restore-generations-holds = تحتوي كل نسخة احتياطية على جميع قضايا الخزنة وملفات أدلتها وسجلّها في تلك اللحظة. قائمة القضايا مشفّرة: تظهر بعد أن تفتحها الاستعادة.
restore-generations-madeAt = أُنشئت في { $when }
restore-generations-newest = (الأحدث)
restore-generations-olderSecret = أُنشئت قبل تغيير عبارة المرور أو مفتاح الاسترداد: لا تُفتح إلا بالقديم.
restore-step-target = ٣. مجلد جديد للخزنة المستعادة
restore-target-label = الاستعادة في
restore-target-choose = اختيار…
restore-target-dialogTitle = اختر مجلدًا جديدًا فارغًا للخزنة المستعادة
restore-target-hint = مجلد غير موجود بعدُ، أو مجلد فارغ، خارج مجلد النسخ الاحتياطية. إن كان يحتوي على أي شيء، يرفض Habeas ولا يغيّر شيئًا.
restore-step-secret = ٤. السرّ الذي كان حينها
restore-secret-kind = فتح النسخة الاحتياطية بـ
restore-secret-passphrase = عبارة المرور
restore-secret-recoveryKey = مفتاح الاسترداد
restore-secret-passphraseLabel = عبارة المرور
restore-secret-recoveryKeyLabel = مفتاح الاسترداد
restore-secret-hint = الذي كان للخزنة في { $when }، حين أُنشئت هذه النسخة. إن كنت غيّرته منذ ذلك الحين، فاستعمل القديم.
restore-run = استعادة
restore-cancel = إلغاء الاستعادة
restore-progress-label = تقدّم الاستعادة
restore-progress-starting = جارٍ فتح النسخة الاحتياطية والتحقق من المفاتيح والفهرس…
restore-progress-files = جارٍ نسخ ملف الأدلة { $done } من { $total } والتحقق منه…
restore-done-title = تمت الاستعادة
restore-done-what = من النسخة الاحتياطية المنشأة في { $when }: القضايا { $cases }، ملفات الأدلة { $files } (تم التحقق من كل منها ببصمته).
restore-done-folder = الخزنة المستعادة موجودة في { $folder }.
restore-done-nextPassphrase = افتحها بعبارة المرور التي استعملتها للتو. خزنتك الأخرى، إن وُجدت، لم تتغيّر.
restore-done-nextRecoveryKey = افتحها بمفتاح الاسترداد الذي استعملته للتو، واختر لها عبارة مرور جديدة.
restore-done-open = فتح الخزنة المستعادة
restore-back = العودة إلى فتح قفل خزنة
restore-advice-notEmpty = اختر مجلدًا غير موجود بعدُ (اكتب اسمًا جديدًا)، أو مجلدًا فارغًا. لم تُستعد أي بيانات ولم يتغيّر شيء.
restore-advice-secretOfItsTime = استعمل عبارة المرور أو مفتاح الاسترداد كما كانا حين أُنشئت هذه النسخة، لا الأحدث. لم تُستعد أي بيانات.
restore-advice-olderSecret = أُنشئت هذه النسخة قبل تغيير عبارة المرور أو مفتاح الاسترداد: أدخل القديم. لم تُستعد أي بيانات.
restore-advice-notABackup = اختر المجلد الذي حفظت فيه النسخ الاحتياطية، لا مجلد خزنة ولا مجلدًا داخل النسخة الاحتياطية. لم يتغيّر شيء.
restore-advice-gone = أعد توصيل وحدة التخزين (أو المشاركة الشبكية)، وانتظر حتى تظهر، ثم اختر المجلد من جديد. لم تُستعد أي بيانات؛ والنسخة الاحتياطية لم تتغيّر.
restore-advice-damaged = هذه النسخة الاحتياطية تالفة. جرّب نسخة أقدم من القائمة، أو مجلد نسخ احتياطية آخر. لم تُستعد أي بيانات؛ والنسخة الاحتياطية لم تتغيّر.
restore-advice-cancelled = لم تُستعد أي بيانات ولم يبقَ أي مجلد. يمكنك البدء من جديد في أي وقت.
travelMode-open = وضع السفر
travelMode-title = وضع السفر: إخراج قضايا من هذا الجهاز
travelMode-intro = قبل عبور حدود، يمكنك إخراج قضايا من هذا الحاسوب كي لا يحملها أثناء سفرك. تنتظر في نسخة احتياطية، وتعود منها بعد ذلك.
travelMode-backupFirst = أولًا، ينشئ Habeas نسخة احتياطية جديدة في المجلد الذي تختاره، ويعيد قراءتها ويتحقق من أنها تحتوي على كل قضية وكل ملف أدلة. وبعد ذلك فقط تُحذف القضايا من هذا الجهاز. إن تعذّر إنشاء النسخة أو التحقق منها، لا يُحذف شيء.
travelMode-which-title = أي القضايا
travelMode-which-every = كل القضايا
travelMode-which-some = القضايا التي أختارها فقط
travelMode-which-list = القضايا المراد إخراجها من هذا الجهاز
travelMode-folder-title = أين تذهب النسخة الاحتياطية
travelMode-folder-label = مجلد النسخ الاحتياطية
travelMode-folder-choose = اختيار…
travelMode-folder-dialogTitle = اختر مجلد النسخ الاحتياطية لوضع السفر
travelMode-folder-hint = أبقِه بعيدًا عن هذا الجهاز: ذاكرة USB تسافر منفصلة، أو مجلد متزامن أو شبكي يمكنك الوصول إليه من الخارج. ستحتاج إليه، وإلى عبارة المرور الحالية، لإعادة القضايا.
travelMode-leave-every = نسخ احتياطي وتحقق ثم إخراج كل القضايا من هذا الجهاز
travelMode-leave-some = { $cases ->
        [zero] نسخ احتياطي وتحقق ثم إخراج القضايا المختارة من هذا الجهاز
        [one] نسخ احتياطي وتحقق ثم إخراج قضية واحدة من هذا الجهاز
        [two] نسخ احتياطي وتحقق ثم إخراج قضيتين من هذا الجهاز
        [few] نسخ احتياطي وتحقق ثم إخراج { $cases } قضايا من هذا الجهاز
        [many] نسخ احتياطي وتحقق ثم إخراج { $cases } قضية من هذا الجهاز
       *[other] نسخ احتياطي وتحقق ثم إخراج { $cases } قضية من هذا الجهاز
    }
travelMode-progress-label = تقدّم وضع السفر
travelMode-progress-starting = جارٍ النسخ الاحتياطي والتحقق من المفاتيح والفهرس…
travelMode-progress-files = ملف الأدلة { $done } من { $total }…
travelMode-cancel = إلغاء
travelMode-close = إغلاق
travelMode-left-what = تم. القضايا المُخرجة: { $cases }؛ ملفات الأدلة المحذوفة: { $files }. النسخة الاحتياطية المنشأة في { $when } في { $place } تحتويها، وقد تم التحقق منها.
travelMode-returned-what = عادت إلى هذا الجهاز: القضايا { $cases }، ملفات الأدلة { $files } (تم التحقق من كل منها)، قيود السجل { $entries }.
travelMode-holds-title = ما يحتويه هذا الجهاز الآن
travelMode-holds-device = في خزنة هذا الحاسوب: القضايا { $cases }، ملفات الأدلة { $files }، وكلها مشفّرة.
travelMode-holds-away = خارج هذا الجهاز: القضايا { $cases }، تنتظر في النسخة الاحتياطية في { $place }.
travelMode-forensic = القضايا المُخرجة محذوفة من مجلد الخزنة: لم تعد سجلاتها وتاريخها وملفات أدلتها فيه، وما تبقّى مشفّر. لكن حذف ملف لا يكتب فوق مساحة القرص التي كان يشغلها، لذا قد يعثر فحص جنائي لهذا القرص على أجزاء من ملفات سابقة (مشفّرة، ونسخ صنعها نظام التشغيل أو برامج أخرى، مثل ملفات فتحتها خارج Habeas). أبقِ النسخة الاحتياطية بعيدًا عن هذا الجهاز.
travelMode-return-title = إعادة القضايا
travelMode-return-intro = وصّل النسخة الاحتياطية التي غادرت فيها القضايا، ثم أعِدها. يُتحقق من كل ملف أدلة عند نسخه؛ ويعود تاريخها معها، ويسجّل سطرٌ العودة.
travelMode-return-go = إعادة القضايا
travelMode-away-notice = { $cases ->
        [zero] لا قضايا خارج هذا الجهاز منذ { $when }، في النسخة الاحتياطية في { $place }.
        [one] قضية واحدة خارج هذا الجهاز منذ { $when }. تنتظر في النسخة الاحتياطية في { $place }.
        [two] قضيتان خارج هذا الجهاز منذ { $when }. تنتظران في النسخة الاحتياطية في { $place }.
        [few] { $cases } قضايا خارج هذا الجهاز منذ { $when }. تنتظر في النسخة الاحتياطية في { $place }.
        [many] { $cases } قضية خارج هذا الجهاز منذ { $when }. تنتظر في النسخة الاحتياطية في { $place }.
       *[other] { $cases } قضية خارج هذا الجهاز منذ { $when }. تنتظر في النسخة الاحتياطية في { $place }.
    }
travelMode-away-return = إعادتها
# legal: the argument library in the filing's language (issue 17.2)
legal-library-otherLanguage = تُعرض المكتبة باللغة التي حُفظ بها هذا الطلب آخر مرة. احفظ الطلب لترى فقراتها باللغة { $language }.
# share- (issue 19.4: sharing a case with co-counsel)
share-open = مشاركة مع محامٍ زميل…
share-title = مشاركة هذه القضية مع محامٍ زميل
share-explain = يكتب Habeas القضية، مع الأدلة والطلبات التي تحددها، في ملف واحد لا تفتحه إلا خزنة جهة الاتصال، موقَّعًا من خزنتك ليتحقق أنه منك. أرسل الملف بأي وسيلة: دون خزنته لا يكشف شيئًا.
share-evidence = الأدلة المضمَّنة: { $n } ({ $size })
share-evidence-none = لا أدلة في هذه القضية.
share-filings = الطلبات المضمَّنة: { $n }
share-filings-none = لا طلبات في هذه القضية.
share-filings-blocked = يرفق أدلة لم تحددها: حدِّدها لتضمين هذا الطلب
share-to = المشاركة مع
share-to-contact = جهة الاتصال
share-to-fingerprint = بصمته. قبل إرسال الملف اتصل به واطلب منه قراءة البصمة في الإعدادات ← المشاركة لديه: يجب أن يتطابق كل رقم.
share-to-noContacts = لا جهات اتصال بعد. أضف الشخص الذي تشارك معه: الصق هوية المشاركة التي أرسلها إليك.
share-to-add = إضافة جهة اتصال…
share-to-identity = هوية المشاركة الخاصة به (habeas1-…) كما أرسلها
share-to-addExplain = بعد الإضافة تظهر بصمتها هنا: قارنها معه هاتفيًا قبل المشاركة.
share-progress = جارٍ كتابة الملف المشترك: { $percent } ٪
share-stop = إيقاف
share-cancel = إلغاء
share-go = حفظ الملف المشترك…
share-close = إغلاق
share-notContact = مفتاح ليس في جهات اتصالك
share-done = تمت المشاركة مع { $name } في الملف { $file }: القضية، الأدلة: { $evidence }، الطلبات: { $filings }. أرسل إليه هذا الملف.
share-done-fingerprint = بصمته:
share-done-custody = يسجّل الآن سجل القضية وسلسلة حيازة كل دليل مشترك أنه شورك معه.
share-receive-open = استلام قضية مشتركة…
share-receive-title = استلام قضية مشتركة
share-receive-from = من: { $name }
share-receive-fingerprint = بصمة المفتاح الذي وقّعه:
share-receive-unknown = مفتاح مجهول: وقّع هذا الملف مفتاح لم تسمِّه في جهات اتصالك.
share-receive-unknownExplain = لا تستلمه الآن. اتصل بالشخص الذي تنتظره منه، على رقم تعرفه مسبقًا، واطلب منه قراءة البصمة في الإعدادات ← المشاركة لديه. استلمه فقط إذا تطابق كل رقم؛ وإلا فأغلق هذه النافذة. لم يتغير شيء في خزنتك.
share-receive-compared = اتصلت بالمرسل وكل رقم من هذه البصمة يطابق ما قرأه لي
share-receive-holds = قضية { $name }، شوركت في { $when }. الأدلة: { $evidence }؛ الطلبات: { $filings }.
share-receive-update = هذا يحدّث نسختك من هذه القضية. ما الذي تغيّر:
share-receive-noChange = لم يتغير شيء منذ آخر استلام.
share-receive-localEdits = { $n ->
        [zero] لا يستبدل أي تعديل أُجري في خزنتك:
        [one] سيستبدل تعديلًا واحدًا أُجري في خزنتك منذ آخر استلام:
        [two] سيستبدل تعديلين أُجريا في خزنتك منذ آخر استلام:
        [few] سيستبدل { $n } تعديلات أُجريت في خزنتك منذ آخر استلام:
        [many] سيستبدل { $n } تعديلًا أُجري في خزنتك منذ آخر استلام:
       *[other] سيستبدل { $n } تعديل أُجري في خزنتك منذ آخر استلام:
    }
share-receive-replace = استبدال تعديلاتي بتعديلات المرسل (تبقى تعديلاتي في سجل القضية)
share-receive-go = استلام القضية
share-receive-goUpdate = استلام التحديث
share-what-case = القضية
share-what-alert = نشرة
share-what-event = حدث
share-what-evidence = دليل
share-what-filing = طلب
share-change-added = أُضيف: { $what }
share-change-changed = تغيّر: { $what } ({ $fields })
share-change-removed = حذفه المرسل: { $what }
share-revoked-contact = ألغاه صاحبه في { $date }: تُرفض الملفات الموقعة بهذا المفتاح
share-revoke-title = إذا كان مفتاح المشاركة قد يكون مخترقًا
share-revoke-explain = إذا كان هذا الجهاز أو نسخة من خزنتك قد يكون بيد غيرك، فأنشئ هوية مشاركة جديدة. يكتب Habeas إعلانًا موقّعًا بمفتاحك القديم يطلب من جهات اتصالك رفض الملفات الموقعة به من الآن. لن تُفتح هنا الملفات المشتركة مع هويتك القديمة: اطلبها من جديد.
share-revoke-open = قد يكون مفتاح المشاركة الخاص بي مخترقًا…
share-revoke-confirm = إنشاء هوية مشاركة جديدة الآن؟ تتوقف القديمة عن العمل هنا فورًا. أرسل الإعلان التالي إلى كل جهة اتصال، ثم اقرأ لها بصمتك الجديدة هاتفيًا.
share-revoke-go = إنشاء هوية جديدة وإلغاء القديمة
share-revoke-done = أُلغيت هوية المشاركة القديمة اعتبارًا من { $date }. تظهر هويتك الجديدة وبصمتها في الأعلى.
share-revoke-statement = إعلان الإلغاء: أرسله كاملًا إلى كل جهة اتصال.
share-revocation-title = ألغت جهة اتصال مفتاحها
share-revocation-label = الصق إعلان الإلغاء الذي أرسلته إليك
share-revocation-go = استيراد الإعلان
share-revocation-done = ألغى صاحب مفتاح { $name } مفتاحه في { $date }: تُرفض الملفات الموقعة به من الآن. بصمة هويته الجديدة { $fingerprint }: أضفها جهة اتصال فقط بعد أن يقرأ لك هذه البصمة هاتفيًا.
# travel2: trips on the timeline, the reminder's reasons, notes on countries (issue 18)
travel2-timeline-trip = رحلة: { $label }
travel2-timeline-checkAgain = أعد الفحص
travel2-timeline-leg = { $date }: من { $from } إلى { $to }
travel2-timeline-legend = رحلة (كل يوم سفر معلَّم)
travel2-reminder-text = تغادر { $label } في { $date }. أعد تشغيل الفحص قبل أن تسافر.
travel2-reminder-changed = ما تغيّر منذ آخر فحص:
travel2-notes-title = ملاحظاتك عن ممارسات الدول
travel2-notes-intro = ما تعرفه عن تعامل دولة ما مع التعميمات (اعتقالات بناءً على نشرات الإنتربول، ترحيل)، ومن أين عرفته. يعرض الفحص كل ملاحظة على أنها ملاحظتك أنت، لا على أنها مصدر.
travel2-notes-country = بلد الملاحظة { $n }
travel2-notes-text = ملاحظتك { $n }
travel2-notes-add = أضف ملاحظة
travel2-notes-remove = احذف الملاحظة { $n }
travel2-notes-incomplete = كل ملاحظة تحتاج إلى بلدها وإلى نص.
## الرسائل: لغة الرسالة (issue 17.4) ولغة ورقة «إذا احتُجزت» (issue 18.3)
letters-language = لغة الرسالة
letters-unreviewed = ترجم فريق Habeas الرسائل إلى { $language } ولم يراجعها محامٍ لغته الأم هذه اللغة (رُوجع { $reviewed } من أصل { $total } نصاً). اقرأ الرسالة قبل استعمالها؛ والنسخة الإنكليزية هي المرجع.
letters-sheet-languages = ورقة «إذا احتُجزت» بالإنكليزية وبلغة البلد المختار أعلاه إن كانت متوفرة في Habeas؛ وإلا فبالإنكليزية وباللغة المختارة هنا.
# case-needed: a deadline Habeas cannot date leads the case (texts2)
case-needed-title = مهلة لا يستطيع Habeas حسابها بعد
case-needed-more = { $count ->
        [zero] ولا تاريخ آخر مطلوب.
        [one] وهناك تاريخ آخر مطلوب.
        [two] وهناك تاريخان آخران مطلوبان.
        [few] وهناك { $count } تواريخ أخرى مطلوبة.
        [many] وهناك { $count } تاريخًا آخر مطلوبًا.
       *[other] وهناك { $count } تاريخ آخر مطلوب.
    }
case-needed-open = اعرض ما هو مطلوب
case-needed-next = لا يمكن عرض أي مهلة حتى يُعرف التاريخ المذكور أعلاه: قد تكون أكثر المهل إلحاحًا في هذا الملف.
# devices: the devices that save to this vault (issue 20.3)
devices-title = الأجهزة التي تحفظ في هذه الخزنة
devices-intro = عندما يُزامَن مجلد هذه الخزنة بين عدة حواسيب (Syncthing أو Nextcloud أو قرص مشترك)، يظهر هنا كل حاسوب يحفظ فيه.
devices-thisDevice = { $name } (هذا الجهاز)
devices-unnamed = لم يصل الاسم بعد
devices-id = المعرّف { $id }
devices-saves = { $saves ->
        [zero] لا حفظ.
        [one] حفظ واحد، في { $when }.
        [two] حفظان، آخرهما في { $when }.
        [few] { $saves } مرات حفظ، آخرها في { $when }.
        [many] { $saves } مرة حفظ، آخرها في { $when }.
       *[other] عدد مرات الحفظ: { $saves }، آخرها في { $when }.
    }
devices-noSaves = لا حفظ بعد.
devices-seen = وصلت آخر تغييراته إلى هذا الجهاز في { $when }.
devices-notSeen = لم تصل تغييراته إلى هذا الجهاز بعد.
devices-unknownTime = في وقت غير مسجَّل
