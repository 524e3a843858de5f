# Русский: перевод locales/en/app.ftl, подготовленный командой Habeas (черновик).
# Ни один из этих переводов ещё не проверен юристом, для которого русский язык родной:
# проверка отмечается, сообщение за сообщением, в app.reviewed.

app-name = Habeas
app-skipToContent = Перейти к содержимому
app-vaultState-none = Хранилище не открыто
app-vaultState-open = Хранилище открыто
app-notBuiltYet = Пока не готово
app-notBuiltYet-noData = На этом экране нет данных дела: он лишь говорит, что здесь будет.
app-loading = Загрузка…

nav-label = Основная навигация
nav-shortcut = Ctrl+{ $n }
nav-vault = Хранилище
nav-cases = Дела
nav-caseWorkspace = Рабочее место дела
nav-settings = Настройки
nav-lockedHint = Разблокируйте хранилище, чтобы увидеть свои дела.
nav-shortcutsHint = Сочетания клавиш (?)

shortcuts-title = Сочетания клавиш
shortcuts-newCase = Новое дело
shortcuts-search = Поиск по делам, людям, уведомлениям и событиям
shortcuts-screens = Перейти к Хранилищу, Делам, Рабочему месту дела или Настройкам
shortcuts-tabs = Переходить между вкладками дела (когда вкладка в фокусе)
shortcuts-lock = Заблокировать хранилище сейчас
shortcuts-escape = Закрыть этот список, создаваемую форму или поиск
shortcuts-help = Показать этот список
shortcuts-or = или
shortcuts-mac = На Mac используйте Cmd там, где в списке указано Ctrl.
shortcuts-close = Закрыть

vault-title = Хранилище
vault-lock = Заблокировать
vault-lockHint = Заблокировать сейчас (Ctrl+L)
vault-open-title = Откройте своё хранилище
vault-open-intro = Всё в хранилище зашифровано на вашем собственном диске. Выберите его папку и введите парольную фразу.
vault-folder = Папка хранилища
vault-folder-choose = Выбрать…
vault-folder-dialogTitle = Выберите папку хранилища
vault-folder-newHint = Новая или пустая папка. Лучше зашифрованный диск; избегайте папок, синхронизируемых с облаком.
vault-passphrase = Парольная фраза
vault-unlock = Разблокировать
vault-unlocking = Разблокировка… (вычисление ключа занимает некоторое время)
vault-unlockDevice = Разблокировать с помощью связки ключей этого устройства
vault-useRecovery = Забыли парольную фразу? Используйте ключ восстановления
vault-createInstead = Создать новое хранилище
vault-openInstead = Открыть существующее хранилище
vault-create-title = Создать новое хранилище
vault-create-intro = Habeas хранит каждое дело в зашифрованной папке на этом компьютере. Открыть её может только ваша парольная фраза или ключ восстановления: если вы потеряете и то и другое, никто не сможет восстановить данные, даже мы.
vault-newPassphrase = Новая парольная фраза
vault-repeatPassphrase = Повторите парольную фразу
vault-passphraseAdvice = Используйте четыре или больше не связанных между собой слов, которые вы запомните, на любом языке. Не используйте пароль, который вы уже где-то применяли.
vault-mismatch = Парольные фразы не совпадают.
vault-strength-checking = Проверяем, насколько её легко угадать…
vault-strength-accepted = Трудно угадать (надёжность { $score } из 4).
vault-strength-refused = Слишком легко угадать: { $why }. Habeas её не примет. Добавьте ещё несколько не связанных слов или создайте парольную фразу.
vault-strength-why-too_short = в ней меньше { $min ->
        [one] { $min } символа
        [few] { $min } символов
        [many] { $min } символов
       *[other] { $min } символа
    }
vault-strength-why-common_password = это очень распространённый пароль или его небольшая вариация
vault-strength-why-common_word = это распространённое слово
vault-strength-why-name = это распространённое имя
vault-strength-why-date = она содержит дату
vault-strength-why-year = она содержит недавний год
vault-strength-why-keyboard_pattern = это последовательность клавиш на клавиатуре
vault-strength-why-repeat = в ней повторяются символы или группы символов
vault-strength-why-sequence = это последовательность вроде abc или 6543
vault-strength-why-too_simple = она слишком простая
vault-generate = Создать парольную фразу
vault-generated-title = Ваша парольная фраза: запишите эти шесть слов в этом порядке
vault-generated-note = Храните бумагу вдали от этого компьютера. Введите слова ещё раз ниже, через пробел, чтобы проверить, что они у вас есть.
vault-generated-failed = Habeas не удалось создать парольную фразу. Введите свою или попробуйте ещё раз.
vault-create = Создать хранилище
vault-creating = Создание… (вычисление ключей занимает несколько секунд)
vault-recover-title = Открыть с помощью ключа восстановления
vault-recover-intro = Введите ключ восстановления с листа восстановления, затем выберите новую парольную фразу. Старая фраза больше не откроет эту папку хранилища (копия папки, сделанная раньше, по-прежнему открывается ею).
vault-recoveryKey = Ключ восстановления
vault-recover = Восстановить и задать новую парольную фразу
vault-recoveryShown-title = Ваш ключ восстановления
vault-recoveryShown-intro = Этот ключ открывает хранилище, если вы забудете парольную фразу. Он показывается только один раз и нигде не хранится.
vault-recoveryShown-advice = Запишите его на бумаге и храните в надёжном месте, вдали от этого компьютера. Любой, у кого он есть, может открыть хранилище.
vault-recoveryShown-confirmLabel = Чтобы подтвердить, что вы его записали, введите его последние четыре символа
vault-recoveryShown-confirm = Я его сохранил(а) — продолжить
vault-recoveryShown-sheet = Сохранить лист восстановления для печати (PDF)…
vault-recoveryShown-sheetWarning = На листе ключ показан буквами и QR-кодом. PDF-файл содержит ключ без защиты: распечатайте его, затем удалите файл и очистите корзину.
vault-recoveryShown-sheetSaved = Лист восстановления сохранён как { $name }. Распечатайте его сейчас, затем удалите файл.
vault-recoveryShown-wrong = Это не последние четыре символа. Проверьте, что вы записали.
vault-recoveryShown-confirming = Проверка… (это занимает некоторое время)
vault-recoveryShown-autoLockPaused = Автоблокировка ждёт, пока этот ключ на экране.
vault-recoveryShown-pendingNote = Текущий ключ восстановления продолжает открывать хранилище, пока вы не подтвердите новый. После подтверждения старый ключ больше не открывает эту папку хранилища (копия папки, сделанная раньше, по-прежнему открывается им).
vault-recoveryShown-discard = Отказаться от нового ключа
vault-unlocked-recoveryUnconfirmed = Вы так и не подтвердили, что сохранили ключ восстановления этого хранилища. Если вы забудете парольную фразу, без него никто не сможет открыть хранилище.
vault-unlocked-recoveryPending = Новый ключ восстановления ждёт вашего подтверждения; текущий ключ по-прежнему открывает хранилище.
vault-unlocked-recoveryGo = Настройки ключа восстановления
vault-unlocked-syncCopiesTitle = Здесь может не хватать сохранения, сделанного на другом устройстве.
vault-unlocked-exposureTitle = Другие пользователи этого компьютера могут заглянуть в папку этого хранилища.
vault-unlocked-title = Хранилище открыто
vault-firstCase-title = Ваше хранилище готово
vault-firstCase-intro = Теперь создайте дело человека, которому вы помогаете: его имя, где он находится и уведомление против него. Остальное можно добавить по мере того, как вы узнаёте.
vault-firstCase-create = Создать первое дело
vault-missing-title = Хранилища больше нет в его папке
vault-missing-explain = В { $dir } больше нет хранилища. Возможно, его переместили или переименовали, или оно на неподключённом диске. Если вы его переместили, откройте его там, где оно сейчас. Если вы начинаете заново, создайте новое хранилище.
vault-missing-open = Открыть хранилище там, где оно сейчас
vault-missing-create = Создать новое хранилище
vault-rescue-title = Открыть то, что ещё можно прочитать
vault-rescue-explain = Одно сохранение в этом хранилище не читается (файл назван выше). Habeas может открыть хранилище таким, каким оно было непосредственно перед этим сохранением: это сохранение и все последующие переносятся, не читаясь, в папку внутри хранилища (index/set-aside). Ничего не удаляется. Работа, сохранённая после повреждённого сохранения, будет отсутствовать, пока вы не восстановите её из резервной копии.
vault-rescue-backupFirst = Если у вас есть недавняя резервная копия папки хранилища, её восстановление может вернуть всё: попробуйте сначала это.
vault-rescue-open = Открыть без повреждённого сохранения
vault-rescue-needPassphrase = Введите парольную фразу выше, затем нажмите эту кнопку.
vault-rescue-done = Открыто в состоянии до сохранения { $damaged }, которое отсутствует или повреждено. { $records ->
        [one] { $records } последующий файл журнала перенесён
        [few] { $records } последующих файла журнала перенесены
        [many] { $records } последующих файлов журнала перенесены
       *[other] { $records } последующего файла журнала перенесены
    }, не читаясь, в { $folder } внутри папки хранилища. Ничего не удалено.
vault-rescue-doneAdvice = Проверьте дела, с которыми вы работали последними: изменения, сделанные после повреждённого сохранения, не показаны. Резервная копия папки хранилища, сделанная после них, может их вернуть.
vault-unlocked-folder = Папка: { $dir }
vault-unlocked-autoLock = Оно блокируется само после { $minutes ->
        [one] { $minutes } минуты
        [few] { $minutes } минут
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } бездействия и когда вы нажимаете Ctrl+L.

cases-title = Дела
cases-new = Новое дело
cases-new-title = Открыть новое дело
cases-new-nameLatin = Имя латиницей (как в паспорте)
cases-new-nameOriginal = Имя в исходном письме (необязательно)
cases-new-create = Создать дело
cases-new-cancel = Отмена
cases-new-nameNeeded = Укажите имя человека, любым письмом.
cases-empty = Дел пока нет. Откройте дело кнопкой «Новое дело»: всё, что вы вводите, остаётся зашифрованным в этом хранилище.
cases-emptyAllAway = { $count ->
        [one] На этом устройстве нет дел: { $count } дело этого хранилища вне устройства в режиме поездки (см. выше).
        [few] На этом устройстве нет дел: { $count } дела этого хранилища вне устройства в режиме поездки (см. выше).
        [many] На этом устройстве нет дел: { $count } дел этого хранилища вне устройства в режиме поездки (см. выше).
       *[other] На этом устройстве нет дел: { $count } дел этого хранилища вне устройства в режиме поездки (см. выше).
    }
cases-search-label = Поиск по делам, людям, уведомлениям, событиям и заметкам
cases-search-placeholder = Имя любым письмом, страна, преступление…
cases-search-none = Ничего не найдено по запросу «{ $query }».
cases-search-results = { $count ->
        [one] Найден { $count } результат
        [few] Найдено { $count } результата
        [many] Найдено { $count } результатов
       *[other] Найдено { $count } результата
    }
cases-search-kind-case = Дело
cases-search-kind-alert = Уведомление
cases-search-kind-event = Событие
cases-search-kind-evidence = Доказательство
cases-col-name = Человек
cases-col-flags = Признаки риска
cases-col-next = Ближайший срок
cases-col-daysLeft = Осталось дней
cases-col-updated = Последнее изменение
cases-noDeadline = Открытых нет
cases-table-label = Дела, ближайший срок первым
cases-exportAll = Экспортировать все сроки в календарь (.ics)

days-today = Сегодня
days-tomorrow = Завтра
days-in = { $n ->
        [one] Через { $n } день
        [few] Через { $n } дня
        [many] Через { $n } дней
       *[other] Через { $n } дня
    }
days-ago = { $n ->
        [one] { $n } день назад
        [few] { $n } дня назад
        [many] { $n } дней назад
       *[other] { $n } дня назад
    }
days-agoOne = Вчера

case-back = ← Все дела
case-noneOpen = Ни одно дело не открыто. Выберите дело в списке всех дел.
case-saved = Сохранено.
case-save = Сохранить

drafts-unsaved = Несохранённые изменения: хранятся, пока вы смотрите в другом месте, и сохраняются (или остаются зашифрованными), когда хранилище блокируется.
drafts-restored = Несохранённые изменения, которые вы вводили раньше, вернулись. Сохраните, чтобы их оставить.
drafts-form-person = форма человека
drafts-form-alert = уведомление
drafts-form-event = событие
drafts-form-override = дата на хронологии
drafts-form-evidence = сведения о доказательстве
drafts-form-filing = обращение
drafts-form-situation = положение по делу
drafts-form-checklist = заметки контрольного списка
drafts-form-new = новое дело
drafts-form-auto-lock = время автоблокировки
drafts-notSaved = Когда хранилище заблокировалось, последние изменения в этом не удалось сохранить; введите их снова: { $forms }.
drafts-keptAtLock = Несохранённые изменения сохранены в зашифрованном виде в хранилище; они вернутся после разблокировки: { $forms }.
drafts-restoredList = Несохранённые изменения, сделанные до блокировки, вернулись: { $forms }. Откройте их, чтобы сохранить или отменить.
drafts-discard = Отменить изменения

case-saving = Сохранение…
case-delete = Удалить
case-edit = Изменить
case-cancel = Отмена
case-none = Пока ничего не записано.
case-tab-checklist = Контрольный список
case-tab-history = История
case-nextDue = Далее: { $title }, { $when } ({ $date }).

alarm-title = Срок содержания под стражей истёк
alarm-limit_passed = Срок содержания под стражей истёк { $date } — { $title } — и не записано ни то, чего он ждал (по договору — запрос об экстрадиции; по европейскому ордеру на арест — решение о передаче), ни освобождение. Немедленно просите суд освободить человека или указать, на каком основании он всё ещё содержится под стражей, и узнайте у властей, поступило ли это вовремя. Запишите, что произошло, чтобы снять эту тревогу.
alarm-arrived_late = То, чего ждал срок содержания под стражей ({ $title }), записано { $closed }, после истечения срока { $date }, и освобождение не записано. Немедленно просите суд освободить человека или указать, на каком основании он содержится под стражей после истечения срока. Запишите освобождение, чтобы снять эту тревогу.
alarm-list = Срок содержания под стражей истёк { $date }

deadlines-late = Записано { $date }, после истечения срока.
deadlines-closingFuture = Проверьте дату: { $what } записано на { $date }, позже сегодняшнего дня. До тех пор этот срок считается ещё текущим.

case-nothingDue = Открытых сроков нет. Сроки появляются, когда вы записываете события, например арест или обращение в CCF.

person-title = Человек
person-nameLatin = Имя латиницей
person-nameOriginal = Имя в исходном письме
person-otherNames = Другие написания и псевдонимы (по одному в строке)
person-sex = Пол (как в документе)
person-birthDate = Дата рождения
person-birthPlace = Место рождения
person-nationalities = Гражданство
person-residenceCountry = Страна проживания
person-residenceAddress = Адрес (не сообщается НЦБ, Устав CCF, ст. 20)
person-contacts = Контакты
person-profile = Почему человек может быть мишенью преследования
person-documents = Документы, удостоверяющие личность
person-document-number = Номер
person-document-issuer = Кем выдан
person-document-expiry = Действителен до
person-document-add = Добавить документ
person-document-expired = Истёк { $date }: обращение в CCF с просроченным документом неприемлемо. Обновите его или используйте другой документ.
person-protection = Статус беженца или убежище
person-protection-none = Нет
person-protection-country = Страна, предоставившая или рассматривающая его
person-protection-date = Дата
person-protection-feared = Государство, преследования со стороны которого опасается человек
person-protection-grounds = Основания
person-protection-kind = Что предоставлено или запрошено
person-protection-naturalised = С тех пор получил(а) гражданство этой страны
person-notes = Заметки
person-misuse = Сведения о злоупотреблениях страны-инициатора (ваша заметка)
person-nameNeeded = Укажите имя хотя бы одним письмом.

country-none = — не указано —
country-remove = Убрать { $name }

flags-title = Признаки риска
flags-none = Признаков риска нет. Признаки берутся из данных (убежище, история уведомлений, профиль) или ставятся вручную.
flags-fromData = По данным
flags-byHand = Поставлен вручную
flags-set = Поставить вручную
flags-clear = Снять
flags-reset = Вернуться к данным
flags-reason = Причина (одна строка)
flags-manage = Поставить или снять признак

alerts-title = Уведомления Интерпола
alerts-add = Добавить уведомление
alerts-edit = Изменить уведомление
alerts-kind = Вид
alerts-country = Страна-инициатор
alerts-ncb = НЦБ или орган, направивший его
alerts-date = Дата выдачи
alerts-precision = Точность
alerts-asks = О чём просит
alerts-allMembers = Направлено всем странам-членам
alerts-recipients = Страны-получатели
alerts-warrant = Национальный ордер, на котором основано
alerts-warrant-authority = Суд или орган
alerts-warrant-date = Дата ордера
alerts-warrant-reference = Номер
alerts-warrant-inAbsentia = Осуждён(а) заочно
alerts-warrant-notified = Был(а) извещён(а) о процессе
alerts-warrant-represented = Защищался(ась) адвокатом по своему выбору
alerts-warrant-retrial = Право на новое рассмотрение после выдачи
alerts-warrant-invalid = Ордер отменён, истёк или выдан без надлежащей юрисдикции
alerts-warrant-torture = Разбирательство опиралось на доказательства, полученные под пыткой или при жестоком обращении
alerts-warrant-notIndependent = Суд или орган не независим от исполнительной власти
alerts-warrant-maxPenalty = Максимальное наказание за преступление (месяцев)
alerts-warrant-sentence = Назначенное наказание (месяцев)
alerts-unknown = Неизвестно
alerts-yes = Да
alerts-no = Нет
alerts-offence = Вменяемое преступление
alerts-learned = Как о нём стало известно
alerts-status = Статус
alerts-status-date = С
alerts-status-by = Удалено или отклонено кем
alerts-status-ground = На каком основании
alerts-status-history = История статуса
alerts-notes = Заметки
alerts-from = от { $country }
alerts-unknownCountry = страна-инициатор неизвестна
alerts-confirmDelete = Удалить это уведомление? В истории останется запись о нём.
alerts-diffusionHint = Диффузия направляется напрямую НЦБ одной страны, без предварительной проверки Интерполом.

timeline-title = Хронология
timeline-today = Сегодня
timeline-label = Хронология событий и сроков
timeline-textEquivalent = Те же события и сроки приведены текстом под рисунком: в таблице сроков и в списке событий.
timeline-legend-overdue = Истёк
timeline-legend-urgent = 7 дней или меньше
timeline-legend-soon = 30 дней или меньше
timeline-legend-later = Позже
timeline-legend-met = Соблюдён
timeline-empty = Запишите событие, чтобы начать хронологию.

events-title = События
events-add = Добавить событие
events-edit = Изменить событие
events-kind = Что произошло
events-date = Дата
events-country = Где
events-regime = Режим экстрадиции (определяет сроки)
events-regime-none = — неизвестен —
events-regime-bilateralMissing = Сначала опишите двусторонний договор на вкладке «Обзор»: его дни и от чего они отсчитываются.
events-notifiedOn = Запрашивающее государство уведомлено об аресте
events-ccfRequest = О чём просит обращение
events-admissible = Признано приемлемым
events-alerts = Уведомления, к которым относится
events-notes = Заметки
events-dateNeeded = Укажите дату (приблизительная лучше, чем никакой).
events-notifiedBefore = Уведомление не может быть раньше ареста.
events-confirmDelete = Удалить это событие? Сроки, рассчитанные от него, исчезнут; в истории останется запись.

deadlines-title = Сроки
deadlines-why = Почему это правило:

events-oneTypePerSubmission = С 26 марта 2026 года портал CCF принимает один тип обращения за одну подачу (по словам практикующего юриста): если доступ и удаление были двумя подачами, запишите их как два события, каждое со своей датой.

filing-submitted-offer = Экспорт не подаёт обращение. Когда вы подадите его через портал CCF, запишите это здесь: сроки CCF отсчитываются от этого дня, и в деле обращение будет показано как поданное.
filing-submitted-date = Дата подачи
filing-submitted-record = Записать как поданное
filing-submitted-done = Записано в хронологию дела: подано { $date }.

ccf-title = Обращения в CCF
ccf-intro = Доступ, затем исправление или удаление, затем пересмотр. Доступ и удаление можно запросить одновременно; портал принимает каждое как отдельную подачу. Шаг считается поданным, только когда записано его событие «Обращение в CCF подано».

enum-ccfStep-access = Доступ к данным
enum-ccfStep-correction_or_deletion = Исправление или удаление
enum-ccfStep-revision = Пересмотр решения

ccf-state-not_asked = Не запрошено
ccf-state-drafted = Составлено в Habeas, не подано
ccf-drafted-hint = Черновик — это ещё не обращение. Когда оно будет подано через портал, запишите событие «Обращение в CCF подано»: от него отсчитываются сроки CCF.
ccf-state-filed = Подано { $date }: ответ о приемлемости не записан
ccf-state-admissible = Подано { $filed }, признано приемлемым { $date }: решение не записано
ccf-state-inadmissible = Признано неприемлемым { $date }: исправьте то, на что указала CCF, и подайте снова
ccf-state-decided = Решение принято { $date }
ccf-combined = Записано как одна подача с несколькими типами обращения. С 26 марта 2026 года портал принимает один тип обращения за подачу (по словам практикующего юриста): записывайте каждую подачу как отдельное событие.
ccf-overdue = Срок CCF для принятия решения (Устав, ст. 40, по вторичному источнику) истёк { $date }, а решение не записано.
ccf-followUp = Написать в CCF с просьбой о решении…
ccf-revision-hint = Только после решения, на основании вновь открывшегося факта, в течение шести месяцев с его обнаружения (Устав, ст. 42(2), по вторичному источнику).

datesNeeded-title = Даты, которые Habeas не может рассчитать
datesNeeded-intro = Для них у Habeas нет надёжного срока. Найдите дату в договоре, национальном законе, решении суда или сообщении CCF и введите её вместе с источником. До тех пор срок для них не показывается.
datesNeeded-enter = Ввести дату
datesNeeded-from = С: { $start }
datesNeeded-reason = Откуда дата (статья договора, закон, решение суда, сообщение CCF)
datesNeeded-both = Введите дату и её источник: и то и другое сохраняется в истории.

deadlines-none = Сроков пока нет. Они рассчитываются по событиям: предварительный арест с его режимом, обращение в CCF, решение о приемлемости, новый факт.
deadlines-col-what = Что нужно сделать
deadlines-col-date = Дата
deadlines-col-left = Осталось дней
deadlines-col-basis = Правовое основание
deadlines-soft = Первый шаг: { $date }
deadlines-due = Срок: { $date }
deadlines-period = { $period } с { $start }
deadlines-counting = Как считается
deadlines-source = Источник
deadlines-overridden = Дата задана вручную (рассчитанная: { $date }). Причина: { $reason }
deadlines-override = Задать другую дату
deadlines-override-date = Действующая дата
deadlines-override-reason = Почему (договор, решение суда, национальное право)
deadlines-override-reasonNeeded = Укажите, почему эта дата заменяет рассчитанную: это сохраняется в истории.
deadlines-override-remove = Использовать рассчитанную дату
deadlines-exportCase = Экспортировать сроки этого дела (.ics)
deadlines-exportNames = Указывать имя человека в событиях календаря (приложения календаря могут синхронизироваться с облаком)
deadlines-exported = Сохранено: { $file }. Этот файл не зашифрован.
deadlines-exportCancelled = Ничего не экспортировано.
deadlines-treaty = Двусторонний договор о предварительном аресте
deadlines-treaty-name = Договор и статья
deadlines-treaty-soft = Дней до первого шага (необязательно)
deadlines-treaty-hard = Дней до предельного срока
deadlines-treaty-start = Отсчёт от
deadlines-treaty-start-arrest = Ареста
deadlines-treaty-start-notification = Уведомления об аресте
deadlines-treaty-none = Двусторонний договор не описан.
deadlines-treaty-describe = Описать договор
deadlines-treaty-remove = Убрать
deadlines-treaty-daysInvalid = Укажите от 1 до { $max } дней; первый шаг не позже предельного срока.
deadlines-reminder = Напоминать повторить запрос о доступе каждые (месяцев, пусто — никогда)
deadlines-reminderInvalid = От 1 до { $max } месяцев.

checklist-title = Что делать
checklist-prevention = Профилактика
checklist-doneByData = Сделано: { $evidence }
checklist-doneByHand = Отмечено вручную
checklist-undoneByHand = Отметка снята вручную
checklist-backToData = Пусть решают данные
checklist-why = Почему это важно здесь
checklist-caution = Осторожно
checklist-note = Заметка

history-title = История изменений
history-intro = Каждое изменение, от самого раннего. Журнал только дополняется и связан в цепочку: любая правка была бы заметна.
history-empty = Изменений не записано.
history-created = Создано
history-deleted = Удалено

custody-imported = Импортирован «{ $name }» ({ $size ->
        [one] { $size } байт
        [few] { $size } байта
        [many] { $size } байт
       *[other] { $size } байта
    })
custody-sha256 = SHA-256
custody-viewed = Открыт для просмотра
custody-exported = Расшифрованная копия экспортирована в { $to }

custody-certificate = Выдана справка о хранении
custody-annexed = Приложен к обращению как { $label }
custody-unannexed = Исключён из приложений к обращению
custody-filed = Экспортирован как приложение { $label } к обращению
custody-changed = Изменено: { $what }
custody-field-category = категория
custody-field-document_date = дата документа
custody-field-source = источник
custody-field-language = язык
custody-field-description = описание
custody-field-tags = метки
custody-field-events = связанные события
custody-field-alerts = связанные уведомления
custody-field-translation_of = перевод документа
custody-field-translator = переводчик
custody-field-other = сведения
evidence-title = Доказательства
evidence-intro = Файлы шифруются в хранилище при импорте; одновременно снимается их отпечаток SHA-256, чтобы позже можно было доказать, что ничего не изменено. Исходные имя, размер и тип хранятся только внутри хранилища.
evidence-drop = Можно также перетащить файлы или папки в любое место этого окна.
evidence-drop-now = Отпустите, чтобы импортировать в это дело.
evidence-empty = В этом деле пока нет доказательств. Импортируйте документы, удостоверяющие личность, ордер, решения, переписку…
evidence-import-files = Импортировать файлы…
evidence-import-folder = Импортировать папку…
evidence-import-starting = Подготовка импорта…
evidence-import-file = Файл { $n } из { $of }: { $name }
evidence-import-fileProgress = Этот файл
evidence-import-total = Все файлы: { $pct } %
evidence-import-totalProgress = Все файлы
evidence-import-cancel = Отменить импорт
evidence-import-done = { $n ->
        [one] Импортирован { $n } файл.
        [few] Импортировано { $n } файла.
        [many] Импортировано { $n } файлов.
       *[other] Импортировано { $n } файла.
    }
evidence-import-cancelled = Импорт отменён. Файл, который обрабатывался, ничего не оставил; последующие файлы не импортированы.
evidence-import-failed = Не импортирован: { $name }.
evidence-dup-title = { $n ->
        [one] { $n } файл уже есть в этом деле
        [few] { $n } файла уже есть в этом деле
        [many] { $n } файлов уже есть в этом деле
       *[other] { $n } файла уже есть в этом деле
    }
evidence-dup-item = «{ $name }» — тот же файл, байт в байт, что и «{ $existing }».
evidence-dup-explain = Их отпечатки SHA-256 совпадают. Пропустите их или импортируйте вторую запись, только если она вам нужна.
evidence-dup-skip = Пропустить
evidence-dup-import = Всё равно импортировать
evidence-verify = Проверить все файлы
evidence-verify-running = Проверка…
evidence-verify-progress = Расшифровка каждого файла и сравнение его SHA-256: выполнено { $pct } %.
evidence-verify-cancel = Остановить проверку
evidence-verify-ok = { $n ->
        [one] { $n } файл совпадает
        [few] Все { $n } файла совпадают
        [many] Все { $n } файлов совпадают
       *[other] Все { $n } файла совпадают
    } с SHA-256, снятым при импорте: ничего не изменено.
evidence-verify-bad = { $n ->
        [one] { $n } файл не совпадает со своим SHA-256 или не читается: он отмечен ниже.
        [few] { $n } файла не совпадают со своим SHA-256 или не читаются: они отмечены ниже.
        [many] { $n } файлов не совпадают со своим SHA-256 или не читаются: они отмечены ниже.
       *[other] { $n } файла не совпадают со своим SHA-256 или не читаются: они отмечены ниже.
    } Восстановите папку хранилища из резервной копии.
evidence-verify-itemBad = Изменён или отсутствует
evidence-table-label = Доказательства по этому делу
evidence-col-name = Файл
evidence-col-category = Категория
evidence-col-date = Дата документа
evidence-col-size = Размер
evidence-col-sha256 = SHA-256
evidence-size-bytes = { $n ->
        [one] { $n } байт
        [few] { $n } байта
        [many] { $n } байт
       *[other] { $n } байта
    }
evidence-deleted = Удалено
evidence-deleted-explain = Удалено { $when }. Файла больше нет в хранилище; эта запись и её цепочка хранения остаются.
evidence-field-type = Тип (по содержимому)
evidence-field-size = Размер
evidence-field-sha256 = SHA-256
evidence-field-imported = Импортирован
evidence-field-modified = Последнее изменение до импорта
evidence-field-category = Категория
evidence-field-documentDate = Дата документа
evidence-field-source = Источник (кто передал, как)
evidence-field-source-hint = напр., флешка от клиента, 3 марта
evidence-field-language = Язык
evidence-field-tags = Метки
evidence-field-tags-hint = Через запятую
evidence-field-translationOf = Перевод документа
evidence-field-translator = Переводчик
evidence-field-description = Описание
evidence-sha256-how = Чтобы независимо проверить копию оригинала: sha256sum ФАЙЛ (Linux), shasum -a 256 ФАЙЛ (macOS), certutil -hashfile ФАЙЛ SHA256 (Windows). Результат должен совпадать с SHA-256 выше.
evidence-save = Сохранить сведения
evidence-preview-open = Открыть предпросмотр
evidence-preview-none = Предпросмотра нет: { $reason }.
evidence-preview-failed = Не удалось показать этот файл. Возможно, он повреждён или его формат здесь не поддерживается. Экспортируйте копию, чтобы открыть её в другом месте.
evidence-preview-pdfFailed = Не удалось показать этот PDF. Экспортируйте копию, чтобы открыть её в другой программе.
evidence-preview-pdfPages = Страницы документа (прокрутка клавишами со стрелками)
evidence-preview-page = Страница { $n } из { $of }
evidence-preview-imageAlt = Предпросмотр выбранного доказательства
evidence-preview-textCut = Показан первый мегабайт этого текста.
evidence-export = Экспортировать копию…
evidence-export-title = Экспортировать незащищённую копию?
evidence-export-warning = Копия НЕ будет зашифрована: любой, у кого есть доступ к месту её сохранения, сможет её прочитать, а удалённые файлы часто можно восстановить. Экспорт записывается в цепочку хранения.
evidence-export-go = Выбрать, куда сохранить…
evidence-export-done = Сохранено как { $name }. Удалите эту копию, когда она больше не нужна.

metadata-title-one = Этот файл содержит больше, чем изображение
metadata-title-annexes = Некоторые приложения содержат больше, чем изображения
metadata-explain = Фотографии хранят, где и как они сделаны. Любой получатель файла может это прочитать: CCF может передать обращение государству, выдавшему уведомление.
metadata-kind-location = Место:
metadata-kind-device = Камера или телефон:
metadata-kind-owner = Владелец или автор:
metadata-kind-date = Дата:
metadata-kind-software = Программа:
metadata-kind-thumbnail = Миниатюра:
metadata-kind-other = Также:
metadata-unreadable = Habeas не смог прочитать всё, что в нём содержится ({ $why }).
metadata-notRemovable = Habeas не может удалить это из файла такого типа; преобразуйте его в JPEG или PNG и импортируйте результат.
metadata-remove = Удалить место и остальное из копии, которая выходит наружу
metadata-removeExplain = Копия делается один раз и хранится в хранилище со своим отпечатком SHA-256, связанным с оригиналом и записанным в обе цепочки хранения. Оригинал остаётся точно таким, каким был импортирован.
metadata-keepExplain = Файл выходит точно таким, каким был импортирован, со всем перечисленным выше.
metadata-export = Экспортировать
metadata-custody-derive = Сделана копия для выдачи из хранилища ({ $what }); этот файл не изменён
metadata-custody-derived = Создан Habeas из другого доказательства по делу ({ $what })
metadata-copyOf = Копия { $name }, сделанная Habeas: { $what }. Оригинал остаётся в списке таким, каким был импортирован.

evidence-certificate-chosen = Справка о хранении (выбрано: { $n })…
evidence-certificate-one = Справка о хранении…
evidence-certificate-choose = Включить { $name } в справку о хранении
evidence-certificate-chooseAll = Включить все доказательства в справку о хранении
evidence-certificate-title = { $n ->
        [one] Справка о хранении { $n } доказательства
        [few] Справка о хранении { $n } доказательств
        [many] Справка о хранении { $n } доказательств
       *[other] Справка о хранении { $n } доказательства
    }
evidence-certificate-explain = PDF для печати или подачи: для каждого доказательства — отпечаток SHA-256 файла в том виде, в каком он был импортирован, его сведения, каждое событие его цепочки хранения и то, как любой может проверить копию стандартными средствами. Выдача справки записывается в цепочку хранения каждого доказательства.
evidence-certificate-plain = PDF не зашифрован: в нём видны имена файлов, сведения и журнал хранения этих доказательств. Сохраните его там, где его смогут прочитать только вы и те, кому он предназначен.
evidence-certificate-go = Выбрать, куда сохранить…
evidence-certificate-done = Справка сохранена как { $name }.

paper-label = Бумага
paper-a4 = A4
paper-letter = US Letter

evidence-delete = Удалить…
evidence-delete-title = Удалить этот файл из хранилища?
evidence-delete-warning = Файл удаляется, и восстановить его из хранилища нельзя. Его запись и цепочка хранения остаются с пометкой «удалено».
evidence-delete-go = Удалить файл
evidence-cancel = Отмена
evidence-import-leftOut = Пропущено в папках: { $n } (не импортировано; откройте, чтобы увидеть что и почему)
evidence-import-leftOut-hidden = скрытый (имя начинается с точки)
evidence-import-leftOut-link = ссылка на другое место: импортируйте то, на что она указывает, напрямую
evidence-import-leftOut-not_a_file = не файл (устройство или канал)
evidence-custody-title = Цепочка хранения
evidence-custody-intro = Каждый импорт, просмотр, экспорт, изменение и удаление, от самого раннего. Только дополняется и связана в цепочку с историей хранилища.
evidence-category-identity_document = Документ, удостоверяющий личность
evidence-category-power_of_attorney = Доверенность
evidence-category-relationship_proof = Подтверждение родства (несовершеннолетний)
evidence-category-entity_registration = Регистрация организации
evidence-category-authority_to_represent = Полномочия представлять организацию
evidence-category-property_record = Подтверждение права собственности на имущество
evidence-category-court_record = Судебный документ
evidence-category-arrest_warrant = Ордер на арест
evidence-category-extradition_papers = Документы об экстрадиции
evidence-category-asylum_decision = Решение о статусе беженца или убежище
evidence-category-human_rights_report = Доклад о правах человека в стране-инициаторе
evidence-category-correspondence_ncb = Переписка с НЦБ
evidence-category-correspondence_ccf = Переписка с CCF
evidence-category-correspondence_authorities = Переписка с властями
evidence-category-press = Пресса или СМИ
evidence-category-narrative_draft = Черновик изложения
evidence-category-translation = Перевод
evidence-category-other = Другое

history-empty-value = (пусто)

enum-flag-refugee = Беженец или лицо, ищущее убежища
enum-flag-refugee_from_issuing_state = Статус беженца в отношении страны-инициатора
enum-flag-political_profile = Политический оппонент, журналист или активист
enum-flag-private_dispute = Коммерческий или частный спор
enum-flag-in_absentia = Осуждён(а) заочно
enum-flag-reissued_after_deletion = Уведомление выдано повторно после удаления
enum-flag-diffusion_after_red_notice = Диффузия после отклонённого или удалённого красного уведомления
enum-flag-country_misuse = Сведения о злоупотреблениях страны-инициатора
enum-sex-female = Женский
enum-sex-male = Мужской
enum-sex-other = Другой / X
enum-profile-political_opponent = Политический оппонент
enum-profile-journalist = Журналист
enum-profile-activist = Активист или правозащитник
enum-profile-business_dispute = Сторона коммерческого или частного спора
enum-docKind-passport = Паспорт
enum-docKind-national_id = Национальное удостоверение личности
enum-docKind-refugee_travel_document = Проездной документ беженца
enum-docKind-residence_permit = Вид на жительство
enum-docKind-other = Другой документ
enum-protection-pending = Ходатайство об убежище рассматривается
enum-protection-granted = Предоставлено
enum-protection-refused = В убежище отказано
enum-protectionKind-unspecified = Не указано
enum-protectionKind-convention_refugee = Статус беженца (Конвенция 1951 года)
enum-protectionKind-subsidiary = Дополнительная защита
enum-protectionKind-humanitarian = Гуманитарная или иная защита
enum-removedBy-ccf = CCF
enum-removedBy-general_secretariat = Генеральный секретариат Интерпола
enum-removalGround-article3 = Статья 3 (политический, военный, религиозный или расовый характер)
enum-removalGround-article2 = Статья 2 (права человека)
enum-removalGround-data_quality = Качество данных (факты не описаны, данные неточны)
enum-removalGround-refugee_policy = Политика в отношении беженцев
enum-removalGround-red_notice_criteria = Критерий красного уведомления (тяжесть, порог наказания)
enum-removalGround-other = Другое основание
enum-alertKind-diffusion = Диффузия
enum-alertKind-red_notice = Красное уведомление
enum-alertKind-blue_notice = Синее уведомление
enum-alertKind-yellow_notice = Жёлтое уведомление
enum-alertKind-green_notice = Зелёное уведомление
enum-alertKind-black_notice = Чёрное уведомление
enum-alertKind-orange_notice = Оранжевое уведомление
enum-alertKind-purple_notice = Фиолетовое уведомление
enum-alertKind-silver_notice = Серебряное уведомление
enum-alertKind-un_special_notice = Специальное уведомление Интерпола и Совета Безопасности ООН
enum-alertKind-ncb_message = Прямое сообщение между национальными центральными бюро
enum-request-arrest = Арест или предварительный арест
enum-request-locate = Установить местонахождение
enum-request-identify = Установить личность
enum-request-information = Дополнительная информация
enum-request-surveillance = Наблюдение
enum-request-warning = Предупреждение
enum-alertStatus-suspected = Предполагается
enum-alertStatus-confirmed = Подтверждено
enum-alertStatus-challenged = Оспорено в CCF
enum-alertStatus-deleted = Удалено
enum-alertStatus-blocked = Заблокировано
enum-alertStatus-refused = Отклонено Интерполом
enum-alertStatus-reissued = Выдано повторно
enum-precision-day = Точный день
enum-precision-month = Известен месяц
enum-precision-year = Известен год
enum-eventKind-national_warrant = Выдан национальный ордер
enum-eventKind-alert_issued = Выдано уведомление
enum-eventKind-visa_refusal = Отказ в визе
enum-eventKind-denied_boarding = Отказ в посадке
enum-eventKind-border_refusal = Отказ во въезде на границе
enum-eventKind-detention = Задержание
enum-eventKind-provisional_arrest = Предварительный арест
enum-eventKind-consent_to_surrender = Согласие на экстрадицию
enum-eventKind-release = Освобождение
enum-eventKind-extradition_request_received = Получен запрос об экстрадиции
enum-eventKind-hearing = Судебное заседание
enum-eventKind-extradition_decision = Решение об экстрадиции
enum-eventKind-ccf_request_filed = Обращение в CCF подано
enum-eventKind-ccf_acknowledgement = Подтверждение получения от CCF
enum-eventKind-admissibility_decision = Решение CCF о приемлемости
enum-eventKind-ccf_query = Запрос CCF
enum-eventKind-ccf_query_answered = Ответ направлен в CCF
enum-eventKind-ccf_decision = Решение CCF
enum-eventKind-new_fact_discovered = Обнаружен новый факт
enum-eventKind-revision_filed = Подано заявление о пересмотре
enum-eventKind-asylum_applied = Подано ходатайство об убежище
enum-eventKind-asylum_granted = Убежище предоставлено
enum-eventKind-asylum_refused = В убежище отказано
enum-eventKind-unhcr_notified = УВКБ ООН уведомлено
enum-eventKind-border_authorities_notified = Пограничные органы уведомлены
enum-eventKind-judicial_review_filed = Подана жалоба habeas corpus или в суд
enum-eventKind-advocacy = Правозащитная кампания или СМИ
enum-eventKind-other = Другое событие
enum-regime-european_convention = Европейская конвенция о выдаче 1957 года
enum-regime-minsk1993 = Минская конвенция 1993 года (СНГ)
enum-regime-riyadh1983 = Эр-Риядское арабское соглашение 1983 года
enum-regime-european_arrest_warrant = Европейский ордер на арест
enum-regime-us_modern_treaty = Договор с США (современный)
enum-regime-montevideo1933 = Конвенция Монтевидео 1933 года
enum-regime-bilateral = Двусторонний договор (описан в этом деле)
enum-ccfRequest-access = Доступ
enum-ccfRequest-correction = Исправление
enum-ccfRequest-deletion = Удаление
enum-confidence-verified = Проверенный источник
enum-confidence-secondary = Вторичный источник: подтвердите
enum-confidence-unverified = Не проверено: только практика
enum-confidence-entered_by_you = Введено вами: Habeas не проверял
enum-deadlineState-open = Открыт
enum-deadlineState-met = Соблюдён
enum-deadlineState-passed = Истёк
enum-deadlineState-late = С опозданием
enum-applicantKind-person = Сам заинтересованный человек (совершеннолетний)
enum-applicantKind-minor = Несовершеннолетний, через родителя или опекуна
enum-applicantKind-entity = Компания или иная организация
enum-filingKind-access = Доступ к данным
enum-filingKind-correction = Исправление данных
enum-filingKind-deletion = Удаление данных
enum-filingKind-correction_and_deletion = Исправление и удаление
enum-filingKind-revision = Пересмотр решения (ст. 42)
enum-language-en = Английский
enum-language-fr = Французский
enum-language-es = Испанский
enum-language-ar = Арабский
enum-severity-problem = Проблема
enum-severity-warning = Предупреждение
enum-travelLevel-highest = Наивысший
enum-travelLevel-high = Высокий
enum-travelLevel-raised = Повышенный
enum-travelLevel-not_safe_lower = Ниже, но не безопасно
enum-travelRole-departure = отправление
enum-travelRole-transit = транзит
enum-travelRole-arrival = прибытие

filing-title = Обращения
filing-intro = Обращения в CCF и заявления о пересмотре, составленные по данным дела. Habeas проверяет приемлемость перед экспортом и создаёт PDF, которые принимает портал CCF (по одному на часть), или один пакет для печати и подписи.
filing-kind = Тип
filing-language = Язык обращения
filing-new = Новое обращение
filing-empty = В этом деле пока нет обращений.
filing-annexCount = { $n ->
        [one] { $n } приложение
        [few] { $n } приложения
        [many] { $n } приложений
       *[other] { $n } приложения
    }
filing-check-pending = Проверка приемлемости…
filing-check-ok = Приемлемость: проблем не найдено.
filing-check-title = Приемлемость: { $problems ->
        [one] { $problems } проблема
        [few] { $problems } проблемы
        [many] { $problems } проблем
       *[other] { $problems } проблемы
    }, всего { $all ->
        [one] { $all } замечание
        [few] { $all } замечания
        [many] { $all } замечаний
       *[other] { $all } замечания
    }
filing-check-go = Перейти к полю
filing-check-basis = Основание и источник
filing-section-kind = Тип и язык
filing-language-headings = Заголовки на французском, испанском и арабском написаны командой Habeas и ещё не проверены носителем языка: прочитайте их перед подачей. То, что пишете вы, печатается как написано.
filing-section-applicant = Заявитель
filing-applicant-kind = Обращение подаётся от имени
filing-applicant-minorNeeds = Для несовершеннолетнего CCF требует документ, подтверждающий родство (свидетельство о рождении, решение об опеке), и копию собственного документа несовершеннолетнего. Импортируйте их как доказательства и приложите.
filing-applicant-guardian = Родитель или опекун, действующий за несовершеннолетнего
filing-applicant-relationship = Родство (мать, законный опекун…)
filing-applicant-entityNeeds = Для организации CCF требует официальный документ с её полным наименованием, датой учреждения или регистрации и регистрационным номером, а также подтверждение того, что подписант может её представлять. Документ, удостоверяющий личность, для организации не нужен.
filing-applicant-entityName = Полное наименование организации
filing-applicant-registrationNumber = Регистрационный номер (если есть)
filing-applicant-registeredOn = Дата учреждения или регистрации
filing-applicant-office = Юридический адрес
filing-applicant-signatory = Лицо, представляющее организацию
filing-applicant-authority = На каком основании (директор, решение совета от…)
filing-applicant-property = Имущество, к которому относятся данные, если есть (транспортное средство, судно, документ)
filing-applicant-propertyHint = CCF принимает обращения о данных, касающихся имущества заявителя. Приложите подтверждение того, что оно принадлежит заявителю.
filing-section-submitter = Подаёт
filing-submitter-representative = Подаёт представитель (адвокат, член семьи, организация)
filing-submitter-name = Имя представителя
filing-submitter-firm = Фирма или организация
filing-submitter-email = Электронная почта
filing-submitter-phone = Телефон
filing-submitter-address = Почтовый адрес
filing-submitter-poa = Доверенность (доказательство)
filing-submitter-poaSigned = Доверенность подписана заявителем
filing-none = Нет
filing-section-data = Затрагиваемые данные
filing-data-none = В этом деле не записано уведомлений: добавьте их на вкладке «Уведомления».
filing-data-learned = Как заявитель узнал о данных
filing-section-revision = Решение и новый факт (Устав, ст. 42)
filing-revision-decision = Решение (номер)
filing-revision-decisionDate = Дата решения
filing-revision-discovered = Дата обнаружения нового факта
filing-revision-newFact = Вновь открывшийся факт
filing-section-facts = Изложение фактов
filing-facts-drafted = Новое обращение на английском начинается с фактов, записанных в деле (человек, уведомления, события с датами), по одной строке. Перепишите это как рассказ заявителя и добавьте то, чего в деле нет.
filing-section-grounds = Основания
filing-ground-label = Пункт { $n }
filing-ground-citationsChecked = Я сверил(а) его ссылки с первоисточниками (до этого обращение помечает вторичные и непроверенные ссылки «требует проверки»)
filing-remove = Убрать
filing-library-title = Библиотека аргументов: абзацы с источниками, чтобы вставить и затем отредактировать
filing-library-suggested = Рекомендовано для этого дела
filing-library-insert = Вставить
filing-section-outcome = Запрашиваемый результат
filing-section-confidential = Конфиденциальные сведения (Устав, ст. 20)
filing-confidential-explain = По одному в строке. CCF не передаёт их национальному центральному бюро. Сокрытие сведений может ослабить проверку: CCF сама об этом предупреждает.
filing-section-annexes = Приложения
filing-annexes-explain = Перетащите, чтобы изменить порядок, или используйте стрелки. Первое — A-1. На каждом приложении ставится его обозначение и номер страницы.
filing-annexes-title = Название в описи (необязательно)
filing-annexes-titleOf = Название приложения { $label }
filing-annexes-up = Переместить { $label } вверх
filing-annexes-down = Переместить { $label } вниз
filing-annexes-add = Добавить доказательство…
filing-annexes-addButton = Добавить как приложение
filing-section-idCopy = На копии документа видны
filing-idCopy-name = полное имя
filing-idCopy-birth = дата рождения
filing-idCopy-photo = фотография
filing-section-signature = Подпись
filing-signature-by = Подписал(а)
filing-signature-place = Место
filing-signature-date = Дата
filing-bates = Префикс страниц приложений
filing-save = Сохранить
filing-unsaved = Несохранённые изменения
filing-delete = Удалить обращение
filing-delete-title = Удалить это обращение?
filing-delete-warning = Обращение и его текст удаляются; доказательства остаются в деле, а в истории дела остаётся запись о том, что обращение существовало. Уже экспортированные PDF не затрагиваются.
filing-delete-go = Удалить обращение
filing-export-portal = Комплект для портала (папка PDF)…
filing-export-packet = Пакет для печати (один PDF)…
filing-export-plain = PDF не зашифрованы: порталы и суды не принимают зашифрованные PDF. Храните их там, где их могут прочитать только те, для кого они предназначены. Каждый экспорт записывается в журнал хранения каждого приложения.
filing-export-anywayTitle = { $n ->
        [one] Экспортировать с { $n } проблемой приемлемости?
        [few] Экспортировать с { $n } проблемами приемлемости?
        [many] Экспортировать с { $n } проблемами приемлемости?
       *[other] Экспортировать с { $n } проблемы приемлемости?
    }
filing-export-anyway = CCF может признать обращение в нынешнем виде неприемлемым. Экспортируйте всё равно, только если исправите проблемы вне Habeas (например, подпишете распечатанный пакет).
filing-export-go = Всё равно экспортировать
filing-export-running = Создание PDF…
filing-export-done = Создано: { $name }.

letter-title = Письма
letter-explain = В один шаг по данным дела, на английском: уведомление для пограничных и миграционных властей страны (носите его с подтверждением статуса и поданного обращения) или сопроводительное письмо для органа по вопросам убежища. Осторожно: сначала поговорите с адвокатом в этой стране; обращение к пограничным или полицейским властям само по себе может привести к аресту по уведомлению; никогда не связывайтесь с властями государства, выдавшего уведомление, или государств, тесно с ним сотрудничающих.
letter-country = Страна-адресат
letter-border = Письмо пограничным властям…
letter-asylum = Письмо в орган по вопросам убежища…
letter-detainedNow = Лист, который нужно иметь при себе на случай задержания…
letter-lawyerBrief = Записка для адвоката при задержании…

case-title = Рабочее место дела
case-tabs-label = Разделы дела
case-tab-overview = Обзор
case-tab-alerts = Уведомления
case-tab-timeline = Хронология и сроки
case-tab-evidence = Доказательства
case-tab-filings = Обращения
case-tab-travel = Поездки

travel-title = Проверка поездки
travel-intro = Спланируйте поездку по участкам и проверьте её: для каждой страны — насколько вы уязвимы в день пребывания там и почему. Ни одна страна не называется безопасной.
travel-trips = Поездки
travel-noTrips = Поездок пока нет.
travel-untitled = Поездка без названия
travel-departure = Отправление { $date }
travel-noDate = без даты
travel-lastChecked = Последняя проверка { $date }.
travel-neverChecked = Ни разу не проверялась.
travel-edit = Изменить
travel-check = Проверить поездку
travel-delete = Удалить
travel-deleteConfirm = Удалить поездку и её последнюю проверку?
travel-deleteYes = Удалить поездку
travel-newTrip = Новая поездка
travel-editing = Изменение поездки
travel-label = Название поездки
travel-leg = Участок { $n }
travel-date = День поездки
travel-from = Откуда
travel-to = Куда
travel-transits = Транзит (транзит через аэропорт считается: его пограничная полиция может вас задержать)
travel-incomplete = Для каждого участка нужны день, откуда и куда.
travel-removeLeg = Убрать участок { $n }
travel-addLeg = Добавить участок
travel-save = Сохранить поездку
travel-saved = Поездка сохранена. Проверьте её, чтобы увидеть каждую страну.
travel-savedRecheck = Поездка сохранена. Её последняя проверка относилась к маршруту до этого изменения: проверьте её снова.
travel-reminder-title = Проверьте снова перед поездкой
travel-reminder-open = Открыть вкладку «Поездки»
travel-result-title = Проверка «{ $label }» от { $date }
travel-result-tripLevel = Уровень поездки: { $level }
travel-result-changes = Что изменилось с последней проверки
travel-result-firstCheck = Это первая проверка поездки.
travel-result-noChanges = С проверки { $date } ничего не изменилось.
travel-result-changesSince = С проверки { $date }:
travel-result-countries = Каждая страна поездки в день вашего пребывания
travel-result-country = Страна
travel-result-level = Уровень
travel-result-reasons = Причины, с достоверностью и источником
travel-result-source = Источник: { $source }
travel-result-carry = Что взять с собой
travel-result-carryNothing = Проверка не называет ничего, что нужно взять.
travel-map-title = Карта
travel-map-textEquivalent = Таблица выше говорит то же, что карта, страна за страной. На карте у каждого уровня есть штриховка и подпись, а не только цвет.
travel-export = Экспортировать справку для печати (PDF)…
travel-exported = Справка сохранена как { $file }. Она не зашифрована: храните её надёжно.
travel-exportCancelled = Экспорт отменён: ничего не записано.

settings-title = Настройки
settings-planned = Здесь будут настраиваться резервные копии.
settings-autoLock-title = Автоблокировка
settings-autoLock-label = Блокировать хранилище после стольких минут бездействия
settings-autoLock-help = От { $min } до { $max } минут. Сохраняется в хранилище. Ctrl+L блокирует сразу.
settings-autoLock-save = Сохранить
settings-autoLock-saved = Сохранено: хранилище блокируется после { $minutes ->
        [one] { $minutes } минуты бездействия
        [few] { $minutes } минут бездействия
        [many] { $minutes } минут бездействия
       *[other] { $minutes } минуты бездействия
    }.
settings-passphrase-title = Парольная фраза
settings-passphrase-current = Текущая парольная фраза
settings-passphrase-change = Сменить парольную фразу
settings-passphrase-changing = Смена… (вычисление ключа занимает некоторое время)
settings-recovery-title = Ключ восстановления
settings-recovery-explain = Потеряли лист восстановления или кто-то мог его увидеть? Создайте новый ключ. Он показывается один раз, с листом для печати, и заменяет старый только после того, как вы подтвердите, что сохранили его. С этого момента старый ключ больше не открывает эту папку хранилища, но копия папки, сделанная раньше (резервная, синхронизированная), по-прежнему им открывается.
settings-recovery-new = Создать новый ключ восстановления
settings-recovery-pending = Новый ключ восстановления создан, но не подтверждён, поэтому текущий ключ по-прежнему открывает хранилище. Если вы сохранили новый ключ, введите его полностью для подтверждения; если нет, откажитесь от него.
settings-recovery-unconfirmed = Ключ восстановления, показанный при создании этого хранилища, так и не был подтверждён как сохранённый. Если он у вас есть, введите его полностью для подтверждения; если нет, создайте новый ниже.
settings-recovery-typeWhole = Ключ восстановления (все восемь групп по четыре)
settings-recovery-confirm = Подтвердить этот ключ
settings-recovery-discard = Отказаться от нового ключа
settings-recovery-confirmed = Ключ восстановления подтверждён.
settings-passphrase-changed = Парольная фраза изменена. Старая больше не открывает эту папку хранилища (копия папки, сделанная раньше, по-прежнему ею открывается); ключ восстановления по-прежнему открывает.
settings-sharing-title = Обмен делами с коллегами-адвокатами
settings-sharing-explain = Чтобы получить дело от коллеги, дайте ему свой идентификатор для обмена, указанный ниже (он открытый). Когда приходит переданный файл, Habeas показывает, кто его подписал: сверьте отпечаток с этим человеком по телефону.
settings-sharing-qr = Ваш идентификатор для обмена в виде QR-кода
settings-sharing-text = Ваш идентификатор для обмена:
settings-sharing-fingerprint = Отпечаток (прочитайте его собеседнику по телефону):
settings-sharing-contacts = Контакты
settings-sharing-noContacts = Контактов пока нет.
settings-sharing-contactName = Имя
settings-sharing-contactIdentity = Идентификатор для обмена этого человека (habeas1-…)
settings-sharing-add = Добавить контакт
settings-device-title = Это устройство
settings-device-explain = Если запомнить хранилище на этом устройстве, его можно открыть без парольной фразы, через связку ключей этого компьютера. Тогда любой, кто может пользоваться вашей учётной записью на этом компьютере, пока связка ключей разблокирована, сможет открыть хранилище. Не включайте это на компьютере, который могут изъять, использовать совместно или потерять.
settings-device-remembered = Запомнено на этом устройстве.
settings-device-notRemembered = Не запомнено на этом устройстве (нужна парольная фраза).
settings-device-remember = Запомнить на этом устройстве
settings-device-forget = Забыть это устройство
settings-backup-title = Резервные копии
settings-backup-explain = Резервная копия — это копия зашифрованного хранилища в выбранной вами папке: на USB-накопителе, в синхронизируемой папке или в сетевой папке. Копируются только новые файлы, и каждая копия перечитывается и проверяется. Она открывается той парольной фразой и тем ключом восстановления, которые были у вас при её создании.
settings-backup-never = Резервная копия этого хранилища ещё ни разу не создавалась.
settings-backup-last = Последняя резервная копия: { $at }, в { $place }, проверена.
settings-backup-lastFailed = Последняя резервная копия: { $at }, в { $place }, не удалась; ничего не создано.
settings-backup-lastGood = Последняя успешная резервная копия: { $at }, в { $place }.
settings-backup-reminder = Сделайте резервную копию сейчас: последней успешной копии больше { $days ->
        [one] { $days } дня
        [few] { $days } дней
        [many] { $days } дней
       *[other] { $days } дня
    }, или её нет совсем.
settings-backup-run = Создать резервную копию…
settings-backup-choose = Выбрать папку для резервных копий
settings-backup-cancel = Отменить резервное копирование
settings-backup-progress = Копирование и проверка файлов доказательств: { $done } из { $total }
settings-backup-made = Резервная копия создана и проверена: дел — { $cases }, файлов доказательств — { $files } (скопировано сейчас — { $copied }).
settings-backup-keep = Сколько резервных копий хранить в каждой папке
settings-backup-remind = Напоминать через (дней)
settings-backup-save = Сохранить
settings-about-title = Об этой сборке
settings-about-appVersion = Версия приложения
settings-about-coreVersion = Версия ядра
settings-about-platform = Платформа
settings-about-buildType = Тип сборки
settings-about-buildType-release = Выпуск
settings-about-buildType-development = Разработка (не для реальных дел)
settings-about-coreDumps = Копии памяти при сбое (дампы памяти)
settings-about-coreDumps-disabled = Отключены: сбой не записывает память на диск
settings-about-coreDumps-allowed = Разрешены: сбой может записать память на диск. Перезапустите Habeas; если это не изменится, сообщите об этом.
settings-about-coreDumps-not_controlled = Не контролируются Habeas в этой системе (см. модель угроз)

date-pattern-day_month_year = ДД.ММ.ГГГГ
date-pattern-month_day_year = ММ/ДД/ГГГГ
date-pattern-year_month_day = ГГГГ-ММ-ДД
date-problem-unreadable = Habeas не может прочитать эту дату. Введите её как { $pattern }, например { $example }.
date-problem-shortYear = Введите год полностью (четыре цифры), например { $example }.
date-problem-noMonth = Месяца { $month } нет. Даты здесь вводятся как { $pattern }.
date-problem-noMonthSwapped = Месяца { $month } нет: даты здесь вводятся как { $pattern }. Для «{ $words }» введите { $typed } или измените формат даты в Настройках.
date-problem-noDay = В месяце { $month } { $last } дней: дня { $day } нет.
date-problem-ambiguous = Это может быть { $first } или { $second }. Введите { $a } или { $b }, чтобы уточнить, или выберите формат «день-месяц» или «месяц-день» в Настройках.
date-problem-tooEarly = Эта дата раньше { $limit }, самой ранней возможной здесь.
date-problem-tooLate = Эта дата позже { $limit }, самой поздней возможной здесь.
date-settings-title = Даты
date-settings-label = Вводить и показывать даты как
date-settings-system = Как их пишет система ({ $pattern })
date-settings-option = { $pattern }: { $example }
date-settings-help = Сохраняется в хранилище. Меняет то, как даты вводятся и показываются здесь, а не сами даты.
date-settings-saved = Сохранено: даты вводятся как { $pattern }.

error-title = Что-то пошло не так
error-internal-hint = Это ошибка Habeas, а не ваша. Сохранённая работа не затронута.
error-unexpected = Habeas получил ответ, который не понял.
error-retry = Попробовать ещё раз

caseStatus-column = Положение
caseStatus-label = Положение человека
caseStatus-at_liberty = На свободе
caseStatus-at_liberty-basis = арест или задержание не записаны
caseStatus-detained = Под стражей с { $date }
caseStatus-released = Освобождён(а) { $date }
caseStatus-extradited = Выдан(а) { $date }
caseStatus-setByYou = указано вами
caseStatus-protection-refugee_status = Статус беженца
caseStatus-protection-protection_granted = Защита предоставлена
caseStatus-protection-against_extradition = Защищён(а) от экстрадиции
caseStatus-since = с { $date }
caseStatus-closed = Закрыто
caseStatus-edit = То, чего не показывает ни одно событие
caseStatus-edit-explain = Арест, задержание и освобождение берутся из хронологии: записывайте их там. Здесь записывайте то, чего не может показать ни одно событие.
caseStatus-extraditedOn = Передан(а) запрашивающему государству
caseStatus-protectedNote = Защищён(а) от экстрадиции на основании
caseStatus-protectedNote-hint = Например: суд отказал в экстрадиции. Оставьте пустым, если ничто не защищает человека.
caseStatus-protectedSince = Защищён(а) с
caseStatus-save = Сохранить положение

caseClose-close = Закрыть дело
caseClose-reopen = Открыть дело снова
caseClose-closedNote = Это дело закрыто: его нет в основном списке. Всё в нём сохранено; откройте его снова, чтобы вернуть.
caseClose-showClosed = Показать закрытые дела
caseClose-showOpen = Показать открытые дела
caseClose-closedTitle = Закрытые дела
caseClose-noneClosed = Закрытых дел нет.
caseClose-delete = Удалить дело…
caseClose-delete-title = Удалить дело { $name }?
caseClose-delete-intro = Это безвозвратно удаляет из хранилища:
caseClose-delete-case = само дело: сведения о человеке, заметки и контрольный список
caseClose-delete-evidence = файлы доказательств: { $n } ({ $size }), удаляются из папки хранилища
caseClose-delete-filings = обращения: { $n }
caseClose-delete-alerts = уведомления: { $n }
caseClose-delete-events = события: { $n }
caseClose-delete-untouched = Резервные копии, синхронизированные копии папки хранилища и экспортированные вами файлы не затрагиваются: удалите их сами.
caseClose-delete-history = его историю изменений вместе с цепочкой хранения доказательств: всё, что вводилось в это дело
caseClose-delete-trace = В истории остаётся одна строка о том, что дело было удалено, с этими числами и больше ничего: ни имени, ни подробностей.
caseClose-delete-closeInstead = Чтобы сохранить всё, но убрать дело из списка, лучше закройте его.
caseClose-delete-go = Удалить дело и его файлы
caseClose-delete-cancel = Отмена
caseClose-deleted = { $n ->
        [one] Дело удалено вместе с { $n } файлом доказательств.
        [few] Дело удалено вместе с { $n } файлами доказательств.
        [many] Дело удалено вместе с { $n } файлами доказательств.
       *[other] Дело удалено вместе с { $n } файла доказательств.
    }
caseClose-deleted-filesLeft = { $n ->
        [one] { $n } файл доказательств не удалось удалить из папки хранилища: проверка хранилища его покажет.
        [few] { $n } файла доказательств не удалось удалить из папки хранилища: проверка хранилища их покажет.
        [many] { $n } файлов доказательств не удалось удалить из папки хранилища: проверка хранилища их покажет.
       *[other] { $n } файла доказательств не удалось удалить из папки хранилища: проверка хранилища их покажет.
    }

error-detail = Полное сообщение (для отчёта об ошибке)

language-title = Язык
language-label = Язык приложения
language-help = Сохраняется в хранилище и запоминается на этом устройстве: экран разблокировки открывается на языке, использованном здесь последним. Язык обращения выбирается вместе с обращением.
language-unreviewed = Переведено командой Habeas; ещё не проверено юристом — носителем языка.
review-unreviewed = Тексты, которые Habeas пишет для этого обращения на языке «{ $language }» (заголовки, постоянные части, абзацы из библиотеки), переведены командой Habeas и проверены юристом — носителем языка не полностью (проверено { $reviewed } из { $total }). Прочитайте их все перед подачей или отправкой.

## Восстановление из резервной копии (экран разблокировки, issue 19.2)
restore-start = Восстановить из резервной копии
restore-title = Восстановление из резервной копии
restore-intro = Резервная копия содержит всё хранилище в том виде, в каком оно было в момент её создания. Она открывается парольной фразой или ключом восстановления, которые были у хранилища тогда.
restore-neverOverwrites = Восстановление выполняется в новую пустую папку. Оно никогда не записывает поверх хранилища и не меняет резервную копию.
restore-step-backup = 1. Папка резервных копий
restore-backup-label = Папка резервных копий
restore-backup-choose = Выбрать…
restore-backup-dialogTitle = Выберите папку, в которую вы делали резервные копии
restore-backup-read = Показать её копии
restore-backup-hint = Папка, выбранная при резервном копировании (на USB-накопителе, в синхронизируемой папке или сетевом ресурсе). В ней есть файл habeas-backup.json.
restore-generations-none = В этой папке пока нет ни одной завершённой резервной копии. Выберите другую папку или сделайте копию из хранилища заново.
restore-step-generation = 2. Какая копия
restore-generations-holds = Каждая копия содержит все дела, файлы доказательств и записи истории хранилища на тот момент. Список дел зашифрован: он будет показан, когда восстановление его откроет.
restore-generations-madeAt = Сделана { $when }
restore-generations-newest = (самая новая)
restore-generations-olderSecret = Сделана до смены парольной фразы или ключа восстановления: открывается только прежним.
restore-step-target = 3. Новая папка для восстановленного хранилища
restore-target-label = Восстановить в
restore-target-choose = Выбрать…
restore-target-dialogTitle = Выберите новую пустую папку для восстановленного хранилища
restore-target-hint = Папка, которой ещё нет, или пустая папка вне папки резервных копий. Если в ней что-то есть, Habeas откажется и ничего не изменит.
restore-step-secret = 4. Секрет того времени
restore-secret-kind = Открыть копию с помощью
restore-secret-passphrase = Парольной фразы
restore-secret-recoveryKey = Ключа восстановления
restore-secret-passphraseLabel = Парольная фраза
restore-secret-recoveryKeyLabel = Ключ восстановления
restore-secret-hint = Та, что была у хранилища { $when }, когда сделана эта копия. Если вы её потом сменили, введите прежнюю.
restore-run = Восстановить
restore-cancel = Отменить восстановление
restore-progress-label = Ход восстановления
restore-progress-starting = Открытие копии и проверка ключей и индекса…
restore-progress-files = Копирование и проверка файла доказательств { $done } из { $total }…
restore-done-title = Восстановлено
restore-done-what = Из копии, сделанной { $when }: дел { $cases }, файлов доказательств { $files } (каждый проверен по отпечатку).
restore-done-folder = Восстановленное хранилище находится в { $folder }.
restore-done-nextPassphrase = Откройте его парольной фразой, которую вы только что ввели. Ваше другое хранилище, если оно есть, не изменилось.
restore-done-nextRecoveryKey = Откройте его ключом восстановления, который вы только что ввели, и задайте для него новую парольную фразу.
restore-done-open = Открыть восстановленное хранилище
restore-back = Назад к разблокировке хранилища
restore-advice-notEmpty = Выберите папку, которой ещё нет (введите новое имя), или пустую папку. Ничего не восстановлено и не изменено.
restore-advice-secretOfItsTime = Введите парольную фразу или ключ восстановления, какими они были при создании этой копии, а не более новые. Ничего не восстановлено.
restore-advice-olderSecret = Эта копия сделана до смены парольной фразы или ключа восстановления: введите прежний секрет. Ничего не восстановлено.
restore-advice-notABackup = Выберите папку, в которую вы делали резервные копии, а не папку хранилища и не папку внутри копии. Ничего не изменено.
restore-advice-gone = Снова подключите накопитель (или сетевой ресурс), дождитесь его появления и выберите папку ещё раз. Ничего не восстановлено; копия не изменилась.
restore-advice-damaged = Эта копия повреждена. Попробуйте более раннюю копию из списка или другую папку резервных копий. Ничего не восстановлено; копия не изменилась.
restore-advice-cancelled = Ничего не восстановлено, и ни одной папки не осталось. Можно начать заново в любой момент.
travelMode-open = Режим поездки
travelMode-title = Режим поездки: убрать дела с этого устройства
travelMode-intro = Перед пересечением границы можно убрать дела с этого компьютера, чтобы их на нём не было во время поездки. Они ждут в резервной копии и потом возвращаются из неё.
travelMode-backupFirst = Сначала Habeas делает новую резервную копию в выбранной вами папке, перечитывает её и проверяет, что в ней есть каждое дело и каждый файл доказательств. Только после этого дела удаляются с этого устройства. Если копию нельзя сделать или проверить, ничего не удаляется.
travelMode-which-title = Какие дела
travelMode-which-every = Все дела
travelMode-which-some = Только выбранные мной дела
travelMode-which-list = Дела, которые нужно убрать с этого устройства
travelMode-folder-title = Куда идёт резервная копия
travelMode-folder-label = Папка резервных копий
travelMode-folder-choose = Выбрать…
travelMode-folder-dialogTitle = Выберите папку резервных копий для режима поездки
travelMode-folder-hint = Храните её отдельно от этого устройства: USB-накопитель, который едет отдельно, или синхронизируемая либо сетевая папка, доступная из-за границы. Она понадобится вам вместе с сегодняшней парольной фразой, чтобы вернуть дела.
travelMode-leave-every = Сделать копию, проверить и убрать все дела с этого устройства
travelMode-leave-some = { $cases ->
        [one] Сделать копию, проверить и убрать { $cases } дело с этого устройства
        [few] Сделать копию, проверить и убрать { $cases } дела с этого устройства
        [many] Сделать копию, проверить и убрать { $cases } дел с этого устройства
       *[other] Сделать копию, проверить и убрать { $cases } дела с этого устройства
    }
travelMode-progress-label = Ход режима поездки
travelMode-progress-starting = Резервное копирование и проверка ключей и индекса…
travelMode-progress-files = Файл доказательств { $done } из { $total }…
travelMode-cancel = Отменить
travelMode-close = Закрыть
travelMode-left-what = Готово. Убрано дел: { $cases }; удалено файлов доказательств: { $files }. Они есть в резервной копии, сделанной { $when } в { $place }, и она проверена.
travelMode-returned-what = Снова на этом устройстве: дел { $cases }, файлов доказательств { $files } (каждый проверен), записей истории { $entries }.
travelMode-holds-title = Что теперь хранится на этом устройстве
travelMode-holds-device = В хранилище на этом компьютере: дел { $cases }, файлов доказательств { $files }, всё зашифровано.
travelMode-holds-away = Вне этого устройства: дел { $cases }, они ждут в резервной копии в { $place }.
travelMode-forensic = Убранные дела удалены из папки хранилища: их записей, истории и файлов доказательств в ней больше нет, а то, что осталось, зашифровано. Но удаление файла не перезаписывает место на диске, которое он занимал, поэтому криминалистическая экспертиза этого диска всё ещё может найти фрагменты прежних файлов (зашифрованных, а также копий, сделанных системой или другими программами, например файлов, открытых вне Habeas). Храните резервную копию отдельно от этого устройства.
travelMode-return-title = Вернуть дела
travelMode-return-intro = Подключите резервную копию, в которую ушли дела, и верните их. Каждый файл доказательств проверяется при копировании; история дел возвращается вместе с ними, а отдельная запись отмечает возвращение.
travelMode-return-go = Вернуть дела
travelMode-away-notice = { $cases ->
        [one] { $cases } дело вне этого устройства с { $when }. Оно ждёт в резервной копии в { $place }.
        [few] { $cases } дела вне этого устройства с { $when }. Они ждут в резервной копии в { $place }.
        [many] { $cases } дел вне этого устройства с { $when }. Они ждут в резервной копии в { $place }.
       *[other] { $cases } дела вне этого устройства с { $when }. Они ждут в резервной копии в { $place }.
    }
travelMode-away-return = Вернуть их
# legal: the argument library in the filing's language (issue 17.2)
legal-library-otherLanguage = Библиотека показана на языке, в котором это обращение было сохранено в последний раз. Сохраните обращение, чтобы увидеть её абзацы на языке «{ $language }».
# share- (issue 19.4: sharing a case with co-counsel)
share-open = Поделиться с коллегой…
share-title = Поделиться этим делом с коллегой
share-explain = Habeas записывает дело с отмеченными доказательствами и заявлениями в один файл, который может открыть только хранилище вашего контакта; файл подписан вашим хранилищем, чтобы получатель мог проверить, что он от вас. Отправьте файл любым способом: без хранилища получателя он ничего не раскрывает.
share-evidence = Доказательства в файле: { $n } ({ $size })
share-evidence-none = В этом деле нет доказательств.
share-filings = Заявления в файле: { $n }
share-filings-none = В этом деле нет заявлений.
share-filings-blocked = прилагает доказательства, которые вы не отметили: отметьте их, чтобы включить это заявление
share-to = Получатель
share-to-contact = Контакт
share-to-fingerprint = Его отпечаток. Прежде чем отправить файл, позвоните получателю и попросите прочитать отпечаток из его Настроек → Обмен: каждая цифра должна совпасть.
share-to-noContacts = Контактов пока нет. Добавьте человека, с которым делитесь: вставьте присланный им идентификатор для обмена.
share-to-add = Добавить контакт…
share-to-identity = Его идентификатор для обмена (habeas1-…), как он его прислал
share-to-addExplain = После добавления здесь появится отпечаток: сверьте его по телефону, прежде чем делиться.
share-progress = Запись файла: { $percent } %
share-stop = Остановить
share-cancel = Отмена
share-go = Сохранить файл для передачи…
share-close = Закрыть
share-notContact = ключ не из ваших контактов
share-done = Передано: { $name }, файл { $file }: дело, доказательства: { $evidence }, заявления: { $filings }. Отправьте ему этот файл.
share-done-fingerprint = Его отпечаток:
share-done-custody = История дела и цепочка хранения каждого переданного доказательства теперь отмечают эту передачу.
share-receive-open = Получить переданное дело…
share-receive-title = Получить переданное дело
share-receive-from = От: { $name }
share-receive-fingerprint = Отпечаток ключа, которым подписан файл:
share-receive-unknown = Неизвестный ключ: файл подписан ключом, которого нет среди ваших контактов.
share-receive-unknownExplain = Пока не принимайте его. Позвоните человеку, от которого вы его ждёте, по уже известному вам номеру, и попросите прочитать отпечаток из его Настроек → Обмен. Принимайте файл, только если совпадает каждая цифра; иначе закройте это окно. В вашем хранилище ничего не изменилось.
share-receive-compared = Я позвонил отправителю, и каждая цифра этого отпечатка совпадает с тем, что он прочитал
share-receive-holds = Дело: { $name }, передано { $when }. Доказательства: { $evidence }; заявления: { $filings }.
share-receive-update = Это обновление вашей копии дела. Что изменилось:
share-receive-noChange = С последнего получения ничего не изменилось.
share-receive-localEdits = { $n ->
        [one] Оно заменит { $n } изменение, сделанное в вашем хранилище после последнего получения:
        [few] Оно заменит { $n } изменения, сделанные в вашем хранилище после последнего получения:
        [many] Оно заменит { $n } изменений, сделанных в вашем хранилище после последнего получения:
       *[other] Оно заменит { $n } изменений, сделанных в вашем хранилище после последнего получения:
    }
share-receive-replace = Заменить мои изменения изменениями отправителя (мои останутся в истории дела)
share-receive-go = Получить дело
share-receive-goUpdate = Получить обновление
share-what-case = дело
share-what-alert = уведомление
share-what-event = событие
share-what-evidence = доказательство
share-what-filing = заявление
share-change-added = Добавлено: { $what }
share-change-changed = Изменено: { $what } ({ $fields })
share-change-removed = Удалено отправителем: { $what }
share-revoked-contact = отозван владельцем { $date }: файлы, подписанные этим ключом, отклоняются
share-revoke-title = Если ваш ключ для обмена мог быть скомпрометирован
share-revoke-explain = Если это устройство или копия вашего хранилища могли попасть в чужие руки, создайте новый идентификатор для обмена. Habeas составит заявление, подписанное старым ключом, которое попросит ваши контакты отныне отклонять файлы, подписанные им. Файлы, переданные на ваш старый идентификатор, здесь больше не откроются: попросите их заново.
share-revoke-open = Мой ключ для обмена мог быть скомпрометирован…
share-revoke-confirm = Создать новый идентификатор для обмена сейчас? Старый сразу перестанет здесь работать. Отправьте следующее заявление каждому контакту, затем прочитайте им новый отпечаток по телефону.
share-revoke-go = Создать новый идентификатор и отозвать старый
share-revoke-done = Ваш старый идентификатор для обмена отозван с { $date }. Новый идентификатор и его отпечаток показаны выше.
share-revoke-statement = Заявление об отзыве: отправьте его целиком каждому контакту.
share-revocation-title = Контакт отозвал свой ключ
share-revocation-label = Вставьте присланное им заявление об отзыве
share-revocation-go = Импортировать заявление
share-revocation-done = Ключ контакта { $name } отозван владельцем { $date }: файлы, подписанные им, отныне отклоняются. Отпечаток его нового идентификатора: { $fingerprint }. Добавьте его в контакты только после того, как он прочитает вам этот отпечаток по телефону.
# travel2: trips on the timeline, the reminder's reasons, notes on countries (issue 18)
travel2-timeline-trip = Поездка: { $label }
travel2-timeline-checkAgain = проверить снова
travel2-timeline-leg = { $date }: из { $from } в { $to }
travel2-timeline-legend = Поездка (отмечен каждый день в пути)
travel2-reminder-text = Поездка «{ $label }» начинается { $date }. Повторите проверку перед поездкой.
travel2-reminder-changed = Что изменилось с последней проверки:
travel2-notes-title = Ваши заметки о практике стран
travel2-notes-intro = Что вы знаете о том, как страна поступает с уведомлениями (аресты по диффузиям, высылки), и откуда вы это знаете. Проверка показывает каждую заметку как вашу собственную, а не как источник.
travel2-notes-country = Страна заметки { $n }
travel2-notes-text = Ваша заметка { $n }
travel2-notes-add = Добавить заметку
travel2-notes-remove = Удалить заметку { $n }
travel2-notes-incomplete = У каждой заметки должны быть страна и текст.
## Письма: язык письма (issue 17.4) и памятки «если меня задержали» (issue 18.3)
letters-language = Язык письма
letters-unreviewed = Письма на языке «{ $language }» переведены командой Habeas и не проверены юристом — носителем языка (проверено текстов: { $reviewed } из { $total }). Прочитайте письмо, прежде чем им пользоваться; образцом служит английская версия.
letters-sheet-languages = Памятка «Если меня задержали» составляется на английском и на языке страны, выбранной выше, если он есть в Habeas; иначе — на английском и на выбранном здесь языке.
# case-needed: a deadline Habeas cannot date leads the case (texts2)
case-needed-title = Срок, который Habeas пока не может рассчитать
case-needed-more = { $count ->
        [one] Нужна ещё { $count } дата.
        [few] Нужны ещё { $count } даты.
        [many] Нужно ещё { $count } дат.
       *[other] Нужно ещё { $count } даты.
    }
case-needed-open = Посмотреть, что нужно
case-needed-next = Ни один срок нельзя показать, пока неизвестна дата выше: возможно, это самый срочный срок по этому делу.
# devices: the devices that save to this vault (issue 20.3)
devices-title = Устройства, сохраняющие в это хранилище
devices-intro = Когда папка этого хранилища синхронизируется между компьютерами (Syncthing, Nextcloud, общий диск), здесь показан каждый компьютер, который в неё сохраняет.
devices-thisDevice = { $name } (это устройство)
devices-unnamed = Имя ещё не получено
devices-id = идентификатор { $id }
devices-saves = { $saves ->
        [one] Сохранений: { $saves }, последнее { $when }.
        [few] Сохранений: { $saves }, последнее { $when }.
        [many] Сохранений: { $saves }, последнее { $when }.
       *[other] Сохранений: { $saves }, последнее { $when }.
    }
devices-noSaves = Сохранений пока нет.
devices-seen = Его последние изменения дошли до этого устройства { $when }.
devices-notSeen = Его изменения ещё не дошли до этого устройства.
devices-unknownTime = в незаписанное время
