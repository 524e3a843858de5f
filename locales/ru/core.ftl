# Тексты ядра Habeas, русский. Перевод подготовлен командой и не проверен юристом — носителем
# языка (см. core.reviewed и locales/README.md).

## Сообщения об ошибках (core/src/error.rs; docs/errors.md).

error-invalid-input = Проверьте поле «{ $field }»: { $reason }.
error-platform = Habeas не удалось { $action } ({ $detail }). Ваши данные в безопасности, но при сбое Habeas этот компьютер может сохранить копию памяти. Перезапустите Habeas; если это повторится, сообщите об ошибке с этим текстом.
error-wrong-passphrase = Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова. Если вы её потеряли, откройте хранилище ключом восстановления.
error-wrong-recovery-key = Этот ключ восстановления не открывает это хранилище. Сверьте каждую группу из четырёх символов с листом восстановления (0 и O, 1 и I считаются одинаковыми).
error-not-a-vault = Эта папка не является хранилищем Habeas (в ней нет vault.json). Выберите папку, в которой есть vault.json.
error-folder-missing = Папка хранилища не существует. Возможно, её переместили или переименовали, или она на неподключённом диске.
error-folder-not-empty = Эта папка не пуста. Создайте хранилище в новой или пустой папке, чтобы с ним ничего не смешивалось.
error-vault-too-new = Это хранилище создано более новой версией Habeas (формат данных { $found }; эта версия читает до { $supported }). Обновите Habeas, чтобы открыть его. Хранилище не изменено.
error-weak-kdf = Файл настроек этого хранилища (vault.json) требует гораздо более слабой защиты парольной фразы, чем допускает Habeas (коэффициент сложности { $found }; нужно не меньше { $pinned }). Возможно, его изменили, чтобы вашу следующую парольную фразу было легко взломать. Habeas не открыл хранилище и ничего не изменил. Восстановите vault.json из резервной копии папки хранилища или верните в нём «log_n» к { $pinned }.
error-missing-file = Отсутствует файл хранилища: { $which }. Восстановите его из резервной копии папки хранилища. Ничего не изменено.
error-damaged-file = Файл хранилища повреждён или изменён: { $which }. Восстановите его из резервной копии папки хранилища. Ничего не изменено.
error-damaged-save =
    { $state ->
        [missing] Одно сохранение этого хранилища отсутствует
       *[damaged] Одно сохранение этого хранилища повреждено или изменено
    }: { $which }. Остальное хранилище цело. Восстановите папку хранилища из резервной копии, если она есть; иначе откройте хранилище в том виде, в каком оно было до этого сохранения (Спасение): это и все последующие сохранения будут отложены в папке хранилища, а не удалены.
error-forged-save = Одно сохранение этого хранилища сделано не его ключами: { $which }. Возможно, его добавил или изменил тот, кто мог писать в папку хранилища. Habeas его не применил. Восстановите папку хранилища из резервной копии, если она есть; иначе откройте хранилище в состоянии до этого сохранения (Восстановление): это и последующие сохранения откладываются в папке хранилища, а не удаляются.
error-forged-file = Один файл хранилища сделан не его ключами: { $which }. Возможно, его подменил тот, кто мог писать в папку хранилища. Habeas не открыл хранилище и ничего не изменил. Восстановите папку хранилища из более ранней резервной копии.
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
error-busy = { $what } уже выполняется. Дождитесь окончания или отмените, затем попробуйте снова.
error-already-exists = Ничего не записано: { $what } уже существует. Выберите другое имя или пустую папку.
error-vault-in-use = Это хранилище уже открыто в другом окне или программе Habeas. Сначала закройте его там. (Если Habeas аварийно завершился, это пройдёт само.)
error-cancelled = Отменено. Ничего не изменено.
error-vault-locked = Хранилище заблокировано. Разблокируйте его и попробуйте снова.
error-not-found = Этот объект ({ $what }) больше не существует в хранилище. Возможно, его удалили в другом окне; вернитесь к списку дел.
error-duplicate = Этот файл уже есть в этом деле: его отпечаток SHA-256 совпадает с ранее импортированным, то есть это тот же файл байт в байт. Ничего не импортировано. Импортируйте его снова, только если нужна вторая запись.
error-keyring-unavailable = Связку ключей этого компьютера использовать нельзя ({ $detail }), поэтому Habeas не может запомнить хранилище здесь. Разблокируйте его парольной фразой; ничего не изменено.
error-not-remembered = Это хранилище не запомнено на этом устройстве. Разблокируйте его парольной фразой.
error-disk-full = Диск заполнен, поэтому Habeas не смог сохранить. Последняя сохранённая работа в безопасности. Освободите место и попробуйте снова.
error-read-only = Habeas не может записывать в папку хранилища: диск только для чтения или нет прав. Последняя сохранённая работа в безопасности. Проверьте права на папку или скопируйте хранилище в папку, доступную для записи.
error-io = Habeas не удалось { $action } ({ $detail }). Последняя сохранённая работа в безопасности; попробуйте снова.
error-internal = Внутри Habeas произошла ошибка ({ $what }). Сохранённая работа в безопасности. Пожалуйста, сообщите об этом сообщении.

## Даты словами (core/src/clock.rs): месяц в родительном падеже.

date-month-1 = { $day } января { $year } г.
date-month-2 = { $day } февраля { $year } г.
date-month-3 = { $day } марта { $year } г.
date-month-4 = { $day } апреля { $year } г.
date-month-5 = { $day } мая { $year } г.
date-month-6 = { $day } июня { $year } г.
date-month-7 = { $day } июля { $year } г.
date-month-8 = { $day } августа { $year } г.
date-month-9 = { $day } сентября { $year } г.
date-month-10 = { $day } октября { $year } г.
date-month-11 = { $day } ноября { $year } г.
date-month-12 = { $day } декабря { $year } г.

## Сроки и правила их исчисления (core/src/rules/deadlines.rs). В русском три формы числа.

period-days =
    { $count ->
        [one] { $count } день
        [few] { $count } дня
       *[many] { $count } дней
    }
period-months =
    { $count ->
        [one] { $count } месяц
        [few] { $count } месяца
       *[many] { $count } месяцев
    }
period-soft-and-hard = { $soft }, не более { $hard }
period-every = каждые { $period }
period-ccf-set = дата, установленная ККФ
period-you-entered = дата, которую вы ввели
counting-days = Календарные дни. День исходного события — день 0; указанная дата — последний день срока. Выходные и праздники не пропускаются; проверьте местные правила.
counting-months = Календарные месяцы: то же число через столько месяцев или последний день того месяца, если он короче (31 января + 1 месяц = конец февраля).
counting-entered = Дата, которую вы ввели, с вашей причиной: Habeas её не вычислял.
days-left =
    { $count ->
        [0] срок сегодня
        [one] остался { $count } день
        [few] осталось { $count } дня
       *[many] осталось { $count } дней
    }

## Названия сроков (core/src/rules/deadlines.rs, RULES).

deadline-title-ccf-access-decision = Решение ККФ по запросу о доступе
deadline-title-ccf-deletion-decision = Решение ККФ по запросу об исправлении или удалении
deadline-title-ccf-admissibility-answer = Ожидаемый ответ о приемлемости
deadline-title-ccf-revision = Последний день для заявления о пересмотре решения ККФ
deadline-title-ccf-query-answer = Срок ответа на вопрос ККФ
deadline-title-access-reminder = Повторить запрос о доступе в ККФ
deadline-title-european-convention = Срок поступления запроса об экстрадиции (предварительный арест)
deadline-title-minsk1993 = Срок поступления запроса о выдаче (содержание под стражей)
deadline-title-riyadh1983 = Срок поступления документов о выдаче (предварительное задержание)
deadline-title-eaw-after-arrest = Срок окончательного решения о передаче (европейский ордер на арест)
deadline-title-eaw-after-consent = Срок окончательного решения о передаче после согласия (европейский ордер на арест)
deadline-title-us-modern-treaty = Срок поступления запроса об экстрадиции (договор США)
deadline-title-montevideo1933 = Срок поступления запроса об экстрадиции (Конвенция Монтевидео)
deadline-title-bilateral = Срок поступления запроса об экстрадиции (двусторонний договор)
deadline-title-date-you-entered = Дата, которую вы ввели

## Alarms on a custody limit (core/src/rules/deadlines.rs, Alarm).

alarm-limit-passed = Предельный срок содержания под стражей истёк, а ни то, чего он ждал (по договору — запрос о выдаче; по европейскому ордеру на арест — решение о передаче), ни освобождение не записаны. Немедленно попросите суд освободить человека или указать, на каком основании он всё ещё содержится под стражей, и узнайте у властей, поступило ли это вовремя. Запишите, что произошло, чтобы снять эту тревогу.
alarm-arrived-late = То, чего ждал предельный срок содержания под стражей, записано после его истечения, а освобождение не записано. Немедленно попросите суд освободить человека или указать, на каком основании он содержится под стражей после истечения срока. Запишите освобождение, чтобы снять эту тревогу.

## Экспорт календаря (core/src/export/ics.rs) и степень достоверности основания.

confidence-verified = проверено
confidence-secondary = вторичный источник
confidence-unverified = не проверено
confidence-entered-by-you = введено вами
ics-first-step = (первый этап)
ics-description =
    { $title }
    Основание: { $basis } ({ $confidence }).
    Срок: { $period } с { $start } ({ $explanation }).
    Исчисление: { $counting }
    { $source }
ics-set-by-hand = Дата задана вручную (расчётная: { $computed }): { $reason }

## Список сроков в командной строке (cli/src/case.rs).

cli-days-ahead =
    { $count ->
        [0] сегодня
        [1] завтра
        [one] через { $count } день
        [few] через { $count } дня
       *[many] через { $count } дней
    }
cli-days-ago =
    { $count ->
        [one] { $count } день назад
        [few] { $count } дня назад
       *[many] { $count } дней назад
    }
cli-state-met = соблюдён
cli-state-passed = истёк
cli-state-late = С ОПОЗДАНИЕМ
cli-state-late-recorded = С ОПОЗДАНИЕМ: { $what } записано { $date }
cli-alarm = ТРЕВОГА
cli-check-date = проверьте дату: { $what } записано { $date }, позже сегодняшнего дня
cli-first-step = первый этап { $date },
cli-due = срок { $date }; { $period } с { $start }
cli-set-by-hand = дата задана вручную (расчётная { $computed }): { $reason }
cli-why = почему: { $reasoning }
cli-applies = применимость: { $confidence }
cli-no-deadlines = В этом промежутке сроков нет.
