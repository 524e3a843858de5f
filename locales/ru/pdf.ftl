# The words around the content of every PDF: headings, stamps, index, packet cover, certificate, recovery sheet (locales/README.md).

## Every PDF's footer.
pdf-page-of = Страница { $n } из { $m }

## A filing's documents (core/src/filing/pdf.rs), in the filing's language. The CCF does not work in Russian: no filing is made in it; these serve a reader's preview.
pdf-filing-ccf = Комиссия по контролю за файлами Интерпола (ККФ)
pdf-filing-portal = Подано через онлайн-портал ККФ
pdf-filing-kind-access = Запрос о доступе к данным
pdf-filing-kind-correction = Запрос об исправлении данных
pdf-filing-kind-deletion = Запрос об удалении данных
pdf-filing-kind-correction-and-deletion = Запрос об исправлении и удалении данных
pdf-filing-kind-revision = Заявление о пересмотре решения
pdf-filing-applicant = Заявитель
pdf-filing-submitted-by = Подано
pdf-filing-in-person = Лично заявителем
pdf-filing-by-entity = Организацией, через её представителя (см. выше)
pdf-filing-by-guardian = Родителем или опекуном, указанным выше, за несовершеннолетнего
pdf-filing-name = Имя
pdf-filing-birth = Дата рождения
pdf-filing-birth-place = Место рождения
pdf-filing-nationality = Гражданство
pdf-filing-guardian = Родитель или опекун, действующий за несовершеннолетнего
pdf-filing-registration = Регистрационный номер
pdf-filing-registered-on = Дата учреждения или регистрации
pdf-filing-office = Юридический адрес
pdf-filing-represented-by = В лице
pdf-filing-authority = Полномочия представителя
pdf-filing-property = Имущество
pdf-filing-data = Данные, о которых идёт речь
pdf-filing-learned = Как заявитель узнал о данных
pdf-filing-facts = Изложение фактов
pdf-filing-grounds = Основания
pdf-filing-sources = Источники: { $list }.
pdf-filing-to-check = { $citation } [проверить до подачи: { $level }]
pdf-filing-secondary = известно только из вторичного источника
pdf-filing-unverified = не проверено
pdf-filing-outcome = Просьба
pdf-filing-confidential = Конфиденциальная информация (Устав ККФ, ст. 20)
pdf-filing-revision = Решение и новый факт
pdf-filing-decision = Решение
pdf-filing-new-fact = Новый факт
pdf-filing-discovered = Обнаружен
pdf-filing-annexes = Приложения
pdf-filing-index = Опись приложений
pdf-filing-index-row = Дата: { $date } · Страниц: { $pages }
pdf-filing-no-date = —
pdf-filing-title = Название
pdf-filing-type = Тип
pdf-filing-bytes = Размер в байтах
pdf-filing-date = Дата
pdf-filing-signature = Подпись
pdf-filing-place = Место
pdf-filing-packet = Комплект документов
pdf-filing-contents = Содержание
pdf-filing-not-pdf = Это приложение — файл, который нельзя показать как страницу. Здесь он указан по имени, типу, размеру и отпечатку SHA-256 и предоставляется отдельно.

## The evidence custody certificate (core/src/evidence/certificate.rs), in the user's language.
pdf-certificate-title = Справка о хранении доказательств
pdf-certificate-footer = Habeas — справка о хранении доказательств
pdf-certificate-subject = Цепочка хранения { $count ->
        [one] { $count } доказательства
        [few] { $count } доказательств
        [many] { $count } доказательств
       *[other] { $count } доказательства
    }
pdf-certificate-intro = Эта справка описывает { $count ->
        [one] { $count } доказательство, хранящееся
        [few] { $count } доказательства, хранящиеся
        [many] { $count } доказательств, хранящихся
       *[other] { $count } доказательства, хранящиеся
    } в зашифрованном хранилище Habeas: отпечаток SHA-256 каждого файла, вычисленный при импорте, записанные о нём сведения и каждое событие цепочки хранения (импорт, просмотр, экспорт, изменение, приложение, удаление). Составлена { $made } программой { $program }.
pdf-certificate-chain-intact = Целостность журнала: при составлении справки проверена каждая запись журнала аудита хранилища; цепочка отпечатков не нарушена: ни одна запись ниже не удалена, не переставлена и не изменена, если только не переписаны и все записи после неё. Цепочка не подписана: владелец хранилища мог бы переписать её целиком. Чтобы закрепить её во времени, заверьте отметкой времени голову цепочки (ниже) вне хранилища (у нотариуса, в надёжной службе меток времени) в момент составления справки.
pdf-certificate-chain-broken = ВНИМАНИЕ: журнал аудита хранилища не сцепляется на записи { $seq }. Записи начиная с неё могли быть изменены или удалены. Не полагайтесь на эту справку, пока хранилище не проверено.
pdf-certificate-chain-head = Голова цепочки
pdf-certificate-chain-head-value = запись { $seq }, SHA-256 { $hash }
pdf-certificate-items = Доказательства
pdf-certificate-check = Как проверить файл самостоятельно
pdf-certificate-check-how = Отпечаток SHA-256 определяет точное содержимое файла: изменение одного байта даёт совершенно другой отпечаток. Чтобы проверить, что копия файла — та, что описана здесь, вычислите её отпечаток стандартной программой и сравните все 64 символа с SHA-256 выше.
pdf-certificate-file = ФАЙЛ
pdf-certificate-check-case = Windows выводит отпечаток заглавными буквами: сравнивайте без учёта регистра. Копия, экспортированная из Habeas, сверяется с этим отпечатком во время записи.
pdf-certificate-limits = Чего эта справка не доказывает: откуда файл взялся до импорта (см. «Источник») и что его содержание правдиво. Журнал ведёт копия Habeas владельца хранилища; он фиксирует, как владелец обращался с файлами, и не является заверением третьего лица.
pdf-certificate-certified-by = Удостоверил
pdf-certificate-name = Имя
pdf-certificate-date-place = Дата и место
pdf-certificate-signature = Подпись
pdf-certificate-item = Доказательство { $n }: { $name }
pdf-certificate-size = Размер
pdf-certificate-type = Тип
pdf-certificate-category = Категория
pdf-certificate-imported = Импортировано
pdf-certificate-file-modified = Последнее изменение файла
pdf-certificate-document-date = Дата документа
pdf-certificate-source = Источник
pdf-certificate-language = Язык
pdf-certificate-description = Описание
pdf-certificate-translator = Переводчик
pdf-certificate-translation-of = Перевод документа
pdf-certificate-habeas-id = Идентификатор в Habeas
pdf-certificate-status = Состояние
pdf-certificate-deleted = Удалено { $when }: файла больше нет в хранилище; его запись и журнал сохранены.
pdf-certificate-custody = Цепочка хранения
pdf-certificate-log-entry = Запись журнала { $seq }, отпечаток цепочки:
pdf-certificate-no-events = Для этого доказательства не записано событий хранения.
pdf-certificate-bytes = { $count ->
        [one] { $bytes } байт
        [few] { $bytes } байта
        [many] { $bytes } байт
       *[other] { $bytes } байта
    }
pdf-certificate-kilobytes = { $value } КБ
pdf-certificate-megabytes = { $value } МБ
pdf-certificate-gigabytes = { $value } ГБ
pdf-certificate-empty = (пусто)
pdf-certificate-none = (нет)
pdf-certificate-details = сведения
pdf-certificate-event-import = Импортирован «{ $name }» ({ $size }), SHA-256 { $sha256 }, тип { $type }.
pdf-certificate-event-import-source = Источник: { $source }.
pdf-certificate-event-view = Открыт для просмотра в Habeas (расшифрован только в памяти).
pdf-certificate-event-export = Расшифрованная копия экспортирована в { $to }; её SHA-256 проверен при записи.
pdf-certificate-event-export-failed = Экспорт в { $to }, записанный выше, не был завершён: копия там не осталась.
pdf-certificate-event-update = Изменено поле { $field }: было «{ $old }», стало «{ $new }».
pdf-certificate-event-delete = Удалён: файл убран из хранилища; эта запись сохранена.
pdf-certificate-event-certificate = Выдана справка о хранении.
pdf-certificate-event-annex = Приложен к обращению как { $label }.
pdf-certificate-event-unannex = Убран из приложений к обращению.
pdf-certificate-event-filed = Экспортирован как приложение { $label } к обращению ({ $as }) в { $to }.
pdf-certificate-event-filed-copy = Помещена его копия без метаданных, SHA-256 { $sha256 }.
pdf-certificate-event-derive = Для экспорта сделана копия ({ $what }): доказательство { $copy }, SHA-256 { $sha256 }. Этот файл не изменён.
pdf-certificate-event-derived = Сделано программой Habeas из доказательства { $from } (SHA-256 { $fromsha }): { $what }. SHA-256 этой копии { $sha256 }.
pdf-certificate-event-other = { $action }.

## The recovery sheet (core/src/vault/recovery.rs), in the user's language.
pdf-recovery-title = Лист восстановления Habeas
pdf-recovery-footer = Habeas — лист восстановления — храните в тайне
pdf-recovery-subject = Ключ восстановления хранилища Habeas
pdf-recovery-intro = Этот ключ открывает ваше хранилище Habeas, если вы забудете парольную фразу. Любой, у кого есть этот лист и копия папки вашего хранилища, может прочитать всё, что в нём есть: храните лист в надёжном месте, отдельно от компьютера и его сумки (в запертом ящике, у доверенного человека).
pdf-recovery-vault = Хранилище
pdf-recovery-printed = Напечатано
pdf-recovery-open = Как открыть хранилище этим ключом
pdf-recovery-in-habeas = В Habeas: на экране разблокировки выберите «Используйте ключ восстановления», введите ключ (дефисы необязательны; 0 и O, 1 и I считаются одним знаком), затем задайте новую парольную фразу. Ключ и после этого продолжает действовать.
pdf-recovery-without-habeas = Без Habeas, стандартной программой age, в папке хранилища: выполните две команды ниже и, когда первая попросит, введите ключ точно так, как он напечатан выше, с дефисами. Вторая выводит идентичность хранилища, которая открывает все остальные его файлы (docs/vault-format.md описывает каждый). Затем удалите slot.txt. В хранилище без keys/identity.age (формат 1) идентичность даёт одна первая команда.
pdf-recovery-lost = Если лист потерян или его видел кто-то другой
pdf-recovery-lost-how = Откройте хранилище и создайте новый ключ восстановления (Настройки), затем смените парольную фразу: после подтверждения нового ключа ключ с этого листа не открывает ничего, сохранённого позже. Он по-прежнему открывает любую копию папки хранилища, сделанную раньше (резервную, синхронизированную), в том виде, какой она была тогда: этого не отменить. Хранилище без keys/identity.age (формат 1) сохраняет свою идентичность: в этом случае создайте новое хранилище и перенесите в него дела.
pdf-recovery-in-clear = В этом PDF-файле ключ записан открытым текстом. Распечатайте его, затем удалите файл и очистите корзину.
