# Español: traducción de locales/en/app.ftl, redactada por el equipo de Habeas (borrador).
# Ninguna de estas traducciones ha sido revisada todavía por un abogado hispanohablante nativo:
# la revisión se anota, mensaje por mensaje, en app.reviewed.

app-name = Habeas
app-skipToContent = Ir al contenido
app-vaultState-none = Ninguna bóveda abierta
app-vaultState-open = Bóveda abierta
app-notBuiltYet = Aún no disponible
app-notBuiltYet-noData = Nada en esta pantalla son datos de un caso: solo dice lo que habrá aquí.
app-loading = Cargando…

nav-label = Navegación principal
nav-shortcut = Ctrl+{ $n }
nav-vault = Bóveda
nav-cases = Casos
nav-caseWorkspace = Espacio del caso
nav-settings = Ajustes
nav-lockedHint = Desbloquee una bóveda para ver sus casos.
nav-shortcutsHint = Atajos de teclado (?)

shortcuts-title = Atajos de teclado
shortcuts-newCase = Nuevo caso
shortcuts-search = Buscar casos, personas, notificaciones y hechos
shortcuts-screens = Ir a Bóveda, Casos, Espacio del caso o Ajustes
shortcuts-tabs = Pasar de una pestaña del caso a otra (cuando una pestaña tiene el foco)
shortcuts-lock = Bloquear la bóveda ahora
shortcuts-escape = Cerrar esta lista, un formulario en creación o la búsqueda
shortcuts-help = Mostrar esta lista
shortcuts-or = o
shortcuts-mac = En un Mac, use Cmd donde esta lista dice Ctrl.
shortcuts-close = Cerrar

vault-title = Bóveda
vault-lock = Bloquear
vault-lockHint = Bloquear ahora (Ctrl+L)
vault-open-title = Abrir su bóveda
vault-open-intro = Todo lo que hay en una bóveda está cifrado en su propio disco. Elija su carpeta e introduzca su frase de contraseña.
vault-folder = Carpeta de la bóveda
vault-folder-choose = Elegir…
vault-folder-dialogTitle = Elegir la carpeta de la bóveda
vault-folder-newHint = Una carpeta nueva o vacía. Prefiera un disco cifrado; evite carpetas que se sincronizan con un servicio en la nube.
vault-passphrase = Frase de contraseña
vault-unlock = Desbloquear
vault-unlocking = Desbloqueando… (derivar la clave lleva un momento)
vault-unlockDevice = Desbloquear con el llavero de este dispositivo
vault-useRecovery = ¿Perdió su frase de contraseña? Use la clave de recuperación
vault-createInstead = Crear una bóveda nueva
vault-openInstead = Abrir una bóveda existente
vault-create-title = Crear una bóveda nueva
vault-create-intro = Habeas guarda cada caso en una carpeta cifrada en este ordenador. Solo su frase de contraseña o su clave de recuperación la abren: si pierde ambas, nadie puede recuperar los datos, ni siquiera nosotros.
vault-newPassphrase = Nueva frase de contraseña
vault-repeatPassphrase = Repita la frase de contraseña
vault-passphraseAdvice = Use cuatro o más palabras sin relación entre sí que pueda recordar, en cualquier idioma. No reutilice una contraseña de otro sitio.
vault-mismatch = Las dos frases de contraseña no coinciden.
vault-strength-checking = Comprobando lo fácil que es adivinarla…
vault-strength-accepted = Difícil de adivinar (fuerza { $score } de 4).
vault-strength-refused = Demasiado fácil de adivinar: { $why }. Habeas no la aceptará. Añada algunas palabras más sin relación, o genere una frase de contraseña.
vault-strength-why-too_short = tiene menos de { $min ->
        [one] { $min } carácter
       *[other] { $min } caracteres
    }
vault-strength-why-common_password = es una contraseña muy común, o una con pequeños cambios
vault-strength-why-common_word = es una palabra común
vault-strength-why-name = es un nombre común
vault-strength-why-date = contiene una fecha
vault-strength-why-year = contiene un año reciente
vault-strength-why-keyboard_pattern = es un patrón del teclado
vault-strength-why-repeat = repite caracteres o grupos de caracteres
vault-strength-why-sequence = es una secuencia como abc o 6543
vault-strength-why-too_simple = es demasiado simple
vault-generate = Generar una frase de contraseña
vault-generated-title = Su frase de contraseña: anote estas seis palabras, en este orden
vault-generated-note = Guarde el papel lejos de este ordenador. Escriba de nuevo las palabras abajo, separadas por un espacio, para comprobar que las tiene.
vault-generated-failed = Habeas no pudo crear una frase de contraseña. Escriba la suya, o inténtelo de nuevo.
vault-create = Crear la bóveda
vault-creating = Creando… (derivar las claves lleva unos segundos)
vault-recover-title = Abrir con la clave de recuperación
vault-recover-intro = Introduzca la clave de recuperación de su hoja de recuperación y luego elija una nueva frase de contraseña. La frase antigua ya no abrirá esta carpeta de bóveda (una copia de la carpeta hecha antes todavía se abre con ella).
vault-recoveryKey = Clave de recuperación
vault-recover = Recuperar y establecer la nueva frase de contraseña
vault-recoveryShown-title = Su clave de recuperación
vault-recoveryShown-intro = Esta clave abre la bóveda si olvida su frase de contraseña. Se muestra solo esta vez y no se guarda en ningún sitio.
vault-recoveryShown-advice = Escríbala en papel y guárdela en un lugar seguro, lejos de este ordenador. Cualquiera que la tenga puede abrir la bóveda.
vault-recoveryShown-confirmLabel = Para confirmar que la ha anotado, escriba sus cuatro últimos caracteres
vault-recoveryShown-confirm = La he guardado — continuar
vault-recoveryShown-sheet = Guardar una hoja de recuperación para imprimir (PDF)…
vault-recoveryShown-sheetWarning = La hoja muestra la clave en letras y como código QR. El archivo PDF contiene la clave sin protección: imprímalo, luego borre el archivo y vacíe la papelera.
vault-recoveryShown-sheetSaved = Hoja de recuperación guardada como { $name }. Imprímala ahora y luego borre el archivo.
vault-recoveryShown-wrong = Esos no son los cuatro últimos caracteres. Compruebe lo que anotó.
vault-recoveryShown-confirming = Comprobando… (esto lleva un momento)
vault-recoveryShown-autoLockPaused = El bloqueo automático espera mientras esta clave está en pantalla.
vault-recoveryShown-pendingNote = Su clave de recuperación actual sigue abriendo la bóveda hasta que confirme esta nueva. Una vez confirmada, la clave antigua ya no abre esta carpeta de bóveda (una copia de la carpeta hecha antes todavía se abre con ella).
vault-recoveryShown-discard = Descartar esta nueva clave
vault-unlocked-recoveryUnconfirmed = Nunca confirmó que guardó la clave de recuperación de esta bóveda. Si olvida su frase de contraseña sin ella, nadie puede abrir la bóveda.
vault-unlocked-recoveryPending = Una nueva clave de recuperación espera su confirmación; su clave actual todavía abre la bóveda.
vault-unlocked-recoveryGo = Ajustes de la clave de recuperación
vault-unlocked-syncCopiesTitle = Puede que aquí falte algo guardado en otro dispositivo.
vault-unlocked-exposureTitle = Otras personas que usan este ordenador pueden mirar dentro de la carpeta de esta bóveda.
vault-unlocked-title = Bóveda abierta
vault-firstCase-title = Su bóveda está lista
vault-firstCase-intro = Ahora cree el caso de la persona a la que ayuda: su nombre, dónde está y la notificación contra ella. Puede añadir el resto a medida que lo sepa.
vault-firstCase-create = Crear su primer caso
vault-missing-title = La bóveda ya no está en su carpeta
vault-missing-explain = Ya no hay ninguna bóveda en { $dir }. Puede que se haya movido o renombrado, o que esté en una unidad no conectada. Si la movió, ábrala donde está ahora. Si es un nuevo comienzo, cree una bóveda nueva.
vault-missing-open = Abrir la bóveda donde está ahora
vault-missing-create = Crear una bóveda nueva
vault-rescue-title = Abrir lo que todavía se puede leer
vault-rescue-explain = Un guardado de esta bóveda no se puede leer (el archivo indicado arriba). Habeas puede abrir la bóveda tal como estaba justo antes de ese guardado: ese guardado y todos los posteriores se trasladan, sin leerse, a una carpeta dentro de la bóveda (index/set-aside). No se borra nada. El trabajo guardado después del guardado dañado faltará hasta que lo restaure desde una copia de seguridad.
vault-rescue-backupFirst = Si tiene una copia de seguridad reciente de la carpeta de la bóveda, restaurarla puede recuperarlo todo: pruebe eso primero.
vault-rescue-open = Abrir sin el guardado dañado
vault-rescue-needPassphrase = Introduzca la frase de contraseña arriba y luego pulse este botón.
vault-rescue-done = Abierta tal como estaba antes del guardado { $damaged }, que falta o está dañado. { $records ->
        [one] El archivo de registro posterior se trasladó
       *[other] Los { $records } archivos de registro posteriores se trasladaron
    }, sin leerse, a { $folder } dentro de la carpeta de la bóveda. No se borró nada.
vault-rescue-doneAdvice = Revise los casos en los que trabajó más recientemente: los cambios hechos después del guardado dañado no se muestran. Una copia de seguridad de la carpeta de la bóveda hecha después de ellos puede recuperarlos.
vault-unlocked-folder = Carpeta: { $dir }
vault-unlocked-autoLock = Se bloquea sola tras { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } sin actividad, y cuando pulsa Ctrl+L.

cases-title = Casos
cases-new = Nuevo caso
cases-new-title = Abrir un caso nuevo
cases-new-nameLatin = Nombre en letras latinas (como en el pasaporte)
cases-new-nameOriginal = Nombre en la escritura original (opcional)
cases-new-create = Crear el caso
cases-new-cancel = Cancelar
cases-new-nameNeeded = Indique el nombre de la persona, en cualquier escritura.
cases-empty = Aún no hay casos. Abra uno con «Nuevo caso»: todo lo que introduzca queda cifrado en esta bóveda.
cases-emptyAllAway = { $count ->
        [one] No hay ningún caso en este dispositivo: el único caso de esta bóveda está fuera en modo viaje (arriba).
       *[other] No hay ningún caso en este dispositivo: los { $count } casos de esta bóveda están fuera en modo viaje (arriba).
    }
cases-search-label = Buscar casos, personas, notificaciones, hechos y notas
cases-search-placeholder = Un nombre en cualquier escritura, un país, un delito…
cases-search-none = Nada coincide con «{ $query }».
cases-search-results = { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    }
cases-search-kind-case = Caso
cases-search-kind-alert = Notificación
cases-search-kind-event = Hecho
cases-search-kind-evidence = Prueba
cases-col-name = Persona
cases-col-flags = Indicadores de riesgo
cases-col-next = Próximo plazo
cases-col-daysLeft = Días restantes
cases-col-updated = Último cambio
cases-noDeadline = Ninguno abierto
cases-table-label = Casos, el plazo más próximo primero
cases-exportAll = Exportar todos los plazos a un calendario (.ics)

days-today = Hoy
days-tomorrow = Mañana
days-in = { $n ->
        [one] Dentro de { $n } día
       *[other] Dentro de { $n } días
    }
days-ago = { $n ->
        [one] Hace { $n } día
       *[other] Hace { $n } días
    }
days-agoOne = Ayer

case-back = ← Todos los casos
case-noneOpen = No hay ningún caso abierto. Elija uno en la lista de casos.
case-saved = Guardado.
case-save = Guardar

drafts-unsaved = Cambios sin guardar: se conservan mientras mira otra cosa, y se guardan (o se conservan cifrados) cuando la bóveda se bloquea.
drafts-restored = Han vuelto los cambios sin guardar que escribió antes. Guarde para conservarlos.
drafts-form-person = el formulario de la persona
drafts-form-alert = una notificación
drafts-form-event = un hecho
drafts-form-override = una fecha de la cronología
drafts-form-evidence = los detalles de una prueba
drafts-form-filing = una solicitud
drafts-form-situation = la situación del caso
drafts-form-checklist = las notas de la lista de tareas
drafts-form-new = un caso nuevo
drafts-form-auto-lock = el tiempo de bloqueo automático
drafts-notSaved = Cuando la bóveda se bloqueó, no se pudieron conservar los últimos cambios de estos elementos; vuelva a introducirlos: { $forms }.
drafts-keptAtLock = Los cambios sin guardar se conservaron, cifrados en la bóveda; vuelven al desbloquear: { $forms }.
drafts-restoredList = Han vuelto los cambios sin guardar de antes del bloqueo: { $forms }. Ábralos para guardarlos o descartarlos.
drafts-discard = Descartar los cambios

case-saving = Guardando…
case-delete = Borrar
case-edit = Editar
case-cancel = Cancelar
case-none = Nada registrado todavía.
case-tab-checklist = Lista de tareas
case-tab-history = Historial
case-nextDue = Próximo: { $title }, { $when } ({ $date }).

alarm-title = Plazo de detención vencido
alarm-limit_passed = El plazo de detención venció el { $date } — { $title } — y no consta ni lo que esperaba (según un tratado, la solicitud de extradición; según una orden europea de detención, la decisión de entrega) ni una puesta en libertad. Pida ahora al tribunal que libere a la persona o que diga en qué se basa para mantenerla detenida, y compruebe con las autoridades si llegó a tiempo. Registre lo ocurrido para quitar esta alarma.
alarm-arrived_late = Lo que esperaba el plazo de detención ({ $title }) se registró el { $closed }, después del vencimiento del { $date }, y no consta ninguna puesta en libertad. Pida ahora al tribunal que libere a la persona o que diga en qué se basa para mantenerla detenida después del plazo. Registre la puesta en libertad para quitar esta alarma.
alarm-list = Plazo de detención vencido el { $date }

deadlines-late = Registrado el { $date }, después del plazo.
deadlines-closingFuture = Compruebe la fecha: { $what } consta el { $date }, después de hoy. Hasta entonces este plazo cuenta como pendiente.

case-nothingDue = Ningún plazo abierto. Los plazos aparecen cuando registra hechos como una detención o una solicitud a la CCF.

person-title = La persona
person-nameLatin = Nombre en letras latinas
person-nameOriginal = Nombre en la escritura original
person-otherNames = Otras grafías y alias (uno por línea)
person-sex = Sexo (como en el documento de identidad)
person-birthDate = Fecha de nacimiento
person-birthPlace = Lugar de nacimiento
person-nationalities = Nacionalidades
person-residenceCountry = País de residencia
person-residenceAddress = Dirección (no se comunica a la OCN, Estatuto de la CCF, art. 20)
person-contacts = Contactos
person-profile = Por qué la persona puede ser objeto de persecución
person-documents = Documentos de identidad
person-document-number = Número
person-document-issuer = Expedido por
person-document-expiry = Caduca
person-document-add = Añadir un documento
person-document-expired = Caducó el { $date }: una solicitud a la CCF con un documento de identidad caducado es inadmisible. Renuévelo o use otro documento.
person-protection = Condición de refugiado o asilo
person-protection-none = Ninguna
person-protection-country = País que la concede o la examina
person-protection-date = Fecha
person-protection-feared = Estado del que la persona teme persecución
person-protection-grounds = Motivos
person-protection-kind = Lo concedido o solicitado
person-protection-naturalised = Se ha nacionalizado desde entonces en ese país
person-notes = Notas
person-misuse = Antecedentes de abuso del país emisor (su nota)
person-nameNeeded = Indique el nombre en al menos una escritura.

country-none = — sin indicar —
country-remove = Quitar { $name }

flags-title = Indicadores de riesgo
flags-none = Ningún indicador de riesgo. Los indicadores provienen de los datos (asilo, historial de notificaciones, perfil) o pueden fijarse a mano.
flags-fromData = Según los datos
flags-byHand = Fijado a mano
flags-set = Fijar a mano
flags-clear = Quitar
flags-reset = Volver a los datos
flags-reason = Motivo (una línea)
flags-manage = Fijar o quitar un indicador

alerts-title = Notificaciones de INTERPOL
alerts-add = Añadir una notificación
alerts-edit = Editar la notificación
alerts-kind = Tipo
alerts-country = País emisor
alerts-ncb = OCN o entidad que la envió
alerts-date = Fecha de emisión
alerts-precision = Precisión
alerts-asks = Qué solicita
alerts-allMembers = Enviada a todos los países miembros
alerts-recipients = Países destinatarios
alerts-warrant = Orden nacional en que se basa
alerts-warrant-authority = Tribunal o autoridad
alerts-warrant-date = Fecha de la orden
alerts-warrant-reference = Referencia
alerts-warrant-inAbsentia = Condenado en rebeldía
alerts-warrant-notified = Informado del juicio
alerts-warrant-represented = Defendido por un abogado de su elección
alerts-warrant-retrial = Derecho a un nuevo juicio tras la entrega
alerts-warrant-invalid = La orden fue anulada, caducó o se dictó sin competencia
alerts-warrant-torture = El procedimiento se basó en pruebas obtenidas mediante tortura o malos tratos
alerts-warrant-notIndependent = El tribunal o la autoridad no es independiente del poder ejecutivo
alerts-warrant-maxPenalty = Pena máxima prevista para el delito (meses)
alerts-warrant-sentence = Pena impuesta (meses)
alerts-unknown = No se sabe
alerts-yes = Sí
alerts-no = No
alerts-offence = Delito imputado
alerts-learned = Cómo se supo de ella
alerts-status = Estado
alerts-status-date = Desde
alerts-status-by = Suprimida o denegada por
alerts-status-ground = Por qué motivo
alerts-status-history = Historial del estado
alerts-notes = Notas
alerts-from = de { $country }
alerts-unknownCountry = país emisor desconocido
alerts-confirmDelete = ¿Borrar esta notificación? El historial conserva constancia de ella.
alerts-diffusionHint = Una difusión la envía directamente la OCN de un país, sin examen previo de INTERPOL.

timeline-title = Cronología
timeline-today = Hoy
timeline-label = Cronología de hechos y plazos
timeline-textEquivalent = Los mismos hechos y plazos aparecen como texto debajo del dibujo: la tabla de plazos y la lista de hechos.
timeline-legend-overdue = Vencido
timeline-legend-urgent = 7 días o menos
timeline-legend-soon = 30 días o menos
timeline-legend-later = Más adelante
timeline-legend-met = Cumplido
timeline-empty = Registre un hecho para empezar la cronología.

events-title = Hechos
events-add = Añadir un hecho
events-edit = Editar el hecho
events-kind = Qué ocurrió
events-date = Fecha
events-country = Dónde
events-regime = Régimen de extradición (fija los plazos)
events-regime-none = — desconocido —
events-regime-bilateralMissing = Describa primero el tratado bilateral en la pestaña Resumen: sus días y desde cuándo se cuentan.
events-notifiedOn = Estado requirente notificado de la detención el
events-ccfRequest = Qué pide la solicitud
events-admissible = Declarada admisible
events-alerts = Notificaciones a las que se refiere
events-notes = Notas
events-dateNeeded = Indique la fecha (una estimación es mejor que nada).
events-notifiedBefore = La notificación no puede ser anterior a la detención.
events-confirmDelete = ¿Borrar este hecho? Los plazos calculados a partir de él desaparecen; el historial conserva constancia.

deadlines-title = Plazos
deadlines-why = Por qué esta regla:

events-oneTypePerSubmission = Desde el 26 de marzo de 2026 el portal de la CCF admite un solo tipo de solicitud por envío (según un profesional): si el acceso y la supresión fueron dos envíos, regístrelos como dos hechos, cada uno con su fecha.

filing-submitted-offer = Exportar no presenta la solicitud. Una vez enviada por el portal de la CCF, regístrela aquí: los plazos de la CCF corren desde ese día, y el caso muestra la solicitud como presentada.
filing-submitted-date = Fecha de envío
filing-submitted-record = Registrar como enviada
filing-submitted-done = Registrado en la cronología del caso: enviada el { $date }.

ccf-title = Solicitudes a la CCF
ccf-intro = Acceso, después rectificación o supresión, después revisión. El acceso y la supresión pueden pedirse a la vez; el portal trata cada uno como un envío propio. Un paso solo cuenta como presentado cuando se registra su hecho «Solicitud a la CCF presentada».

enum-ccfStep-access = Acceso a los datos
enum-ccfStep-correction_or_deletion = Rectificación o supresión
enum-ccfStep-revision = Revisión de una decisión

ccf-state-not_asked = No solicitado
ccf-state-drafted = Redactada en Habeas, no presentada
ccf-drafted-hint = Un borrador no es una solicitud. Una vez enviada por el portal, registre el hecho «Solicitud a la CCF presentada»: los plazos de la CCF corren desde él.
ccf-state-filed = Presentada el { $date }: no consta respuesta sobre la admisibilidad
ccf-state-admissible = Presentada el { $filed }, declarada admisible el { $date }: no consta decisión
ccf-state-inadmissible = Declarada inadmisible el { $date }: corrija lo que señaló la CCF y preséntela de nuevo
ccf-state-decided = Resuelta el { $date }
ccf-combined = Registrada como un solo envío que pide más de un tipo de solicitud. Desde el 26 de marzo de 2026 el portal admite un solo tipo por envío (según un profesional): registre cada envío como un hecho propio.
ccf-overdue = El plazo de la CCF para resolver (Estatuto, art. 40, leído en una fuente secundaria) venció el { $date } y no consta ninguna decisión.
ccf-followUp = Escribir a la CCF para pedir su decisión…
ccf-revision-hint = Solo después de una decisión, sobre un hecho nuevo descubierto, dentro de los seis meses siguientes a su descubrimiento (Estatuto, art. 42(2), leído en una fuente secundaria).

datesNeeded-title = Fechas que Habeas no puede calcular
datesNeeded-intro = Para estas, Habeas no tiene un plazo fiable. Busque la fecha en el tratado, la ley nacional, la resolución judicial o el mensaje de la CCF, e introdúzcala con su procedencia. Hasta entonces no se muestra ningún plazo para ellas.
datesNeeded-enter = Introducir la fecha
datesNeeded-from = Desde: { $start }
datesNeeded-reason = De dónde viene la fecha (artículo del tratado, ley, resolución judicial, mensaje de la CCF)
datesNeeded-both = Introduzca la fecha y su procedencia: ambas se guardan en el historial.

deadlines-none = Aún no hay plazos. Se calculan a partir de los hechos: una detención provisional con su régimen, una solicitud a la CCF, una decisión de admisibilidad, un hecho nuevo.
deadlines-col-what = Qué vence
deadlines-col-date = Fecha
deadlines-col-left = Días restantes
deadlines-col-basis = Fundamento jurídico
deadlines-soft = Primer paso: { $date }
deadlines-due = Vence: { $date }
deadlines-period = { $period } desde { $start }
deadlines-counting = Cómo se cuenta
deadlines-source = Fuente
deadlines-overridden = Fecha fijada a mano (calculada: { $date }). Motivo: { $reason }
deadlines-override = Fijar otra fecha
deadlines-override-date = Fecha aplicable
deadlines-override-reason = Por qué (tratado, resolución judicial, derecho interno)
deadlines-override-reasonNeeded = Diga por qué esta fecha sustituye a la calculada: se guarda en el historial.
deadlines-override-remove = Usar la fecha calculada
deadlines-exportCase = Exportar los plazos de este caso (.ics)
deadlines-exportNames = Poner el nombre de la persona en los eventos del calendario (las aplicaciones de calendario pueden sincronizarse con la nube)
deadlines-exported = Guardado { $file }. Este archivo no está cifrado.
deadlines-exportCancelled = No se exportó nada.
deadlines-treaty = Tratado bilateral para la detención provisional
deadlines-treaty-name = Tratado y artículo
deadlines-treaty-soft = Días hasta el primer paso (opcional)
deadlines-treaty-hard = Días hasta el límite máximo
deadlines-treaty-start = Contados desde
deadlines-treaty-start-arrest = La detención
deadlines-treaty-start-notification = La notificación de la detención
deadlines-treaty-none = Ningún tratado bilateral descrito.
deadlines-treaty-describe = Describir un tratado
deadlines-treaty-remove = Quitar
deadlines-treaty-daysInvalid = Indique de 1 a { $max } días; el primer paso no después del límite.
deadlines-reminder = Recordarme repetir la solicitud de acceso cada (meses, vacío para nunca)
deadlines-reminderInvalid = Entre 1 y { $max } meses.

checklist-title = Qué hacer
checklist-prevention = Prevención
checklist-doneByData = Hecho: { $evidence }
checklist-doneByHand = Marcado a mano
checklist-undoneByHand = Desmarcado a mano
checklist-backToData = Dejar que decidan los datos
checklist-why = Por qué importa aquí
checklist-caution = Precaución
checklist-note = Nota

history-title = Historial de cambios
history-intro = Cada cambio, del más antiguo al más reciente. El registro solo admite añadidos y está encadenado: cualquier retoque se notaría.
history-empty = No hay cambios registrados.
history-created = Creado
history-deleted = Borrado

custody-imported = Importado «{ $name }» ({ $size ->
        [one] { $size } byte
       *[other] { $size } bytes
    })
custody-sha256 = SHA-256
custody-viewed = Abierto para verlo
custody-exported = Copia descifrada exportada a { $to }

custody-certificate = Se emitió un certificado de custodia
custody-annexed = Anexado a una solicitud como { $label }
custody-unannexed = Retirado de los anexos de una solicitud
custody-filed = Exportado como anexo { $label } de una solicitud
custody-changed = Modificado: { $what }
custody-field-category = categoría
custody-field-document_date = fecha del documento
custody-field-source = procedencia
custody-field-language = idioma
custody-field-description = descripción
custody-field-tags = etiquetas
custody-field-events = hechos vinculados
custody-field-alerts = notificaciones vinculadas
custody-field-translation_of = traducción de
custody-field-translator = traductor
custody-field-other = detalles
evidence-title = Pruebas
evidence-intro = Los archivos se cifran en la bóveda al importarlos; su huella SHA-256 se toma al mismo tiempo, para que pueda probar más tarde que nada se alteró. El nombre, el tamaño y el tipo originales se guardan solo dentro de la bóveda.
evidence-drop = También puede soltar archivos o carpetas en cualquier parte de esta ventana.
evidence-drop-now = Suelte para importar en este caso.
evidence-empty = Aún no hay pruebas en este caso. Importe documentos de identidad, la orden, las resoluciones, la correspondencia…
evidence-import-files = Importar archivos…
evidence-import-folder = Importar una carpeta…
evidence-import-starting = Preparando la importación…
evidence-import-file = Archivo { $n } de { $of }: { $name }
evidence-import-fileProgress = Este archivo
evidence-import-total = Todos los archivos: { $pct } %
evidence-import-totalProgress = Todos los archivos
evidence-import-cancel = Cancelar la importación
evidence-import-done = { $n ->
        [one] Se importó { $n } archivo.
       *[other] Se importaron { $n } archivos.
    }
evidence-import-cancelled = Importación cancelada. El archivo en curso no dejó nada; los archivos siguientes no se importaron.
evidence-import-failed = No importado: { $name }.
evidence-dup-title = { $n ->
        [one] { $n } archivo ya está en este caso
       *[other] { $n } archivos ya están en este caso
    }
evidence-dup-item = «{ $name }» es el mismo archivo, byte a byte, que «{ $existing }».
evidence-dup-explain = Sus huellas SHA-256 coinciden. Omítalos, o importe un segundo registro solo si lo necesita.
evidence-dup-skip = Omitirlos
evidence-dup-import = Importar de todos modos
evidence-verify = Verificar todos los archivos
evidence-verify-running = Verificando…
evidence-verify-progress = Descifrando cada archivo y comparando su SHA-256: { $pct } % hecho.
evidence-verify-cancel = Detener la verificación
evidence-verify-ok = { $n ->
        [one] El archivo coincide
       *[other] Los { $n } archivos coinciden
    } con el SHA-256 tomado al importar: nada se alteró.
evidence-verify-bad = { $n ->
        [one] { $n } archivo no coincide con su SHA-256 o no se puede leer: está marcado abajo.
       *[other] { $n } archivos no coinciden con su SHA-256 o no se pueden leer: están marcados abajo.
    } Restaure la carpeta de la bóveda desde una copia de seguridad.
evidence-verify-itemBad = Alterado o ausente
evidence-table-label = Pruebas de este caso
evidence-col-name = Archivo
evidence-col-category = Categoría
evidence-col-date = Fecha del documento
evidence-col-size = Tamaño
evidence-col-sha256 = SHA-256
evidence-size-bytes = { $n ->
        [one] { $n } byte
       *[other] { $n } bytes
    }
evidence-deleted = Borrado
evidence-deleted-explain = Borrado el { $when }. El archivo ya no está en la bóveda; este registro y su cadena de custodia permanecen.
evidence-field-type = Tipo (según su contenido)
evidence-field-size = Tamaño
evidence-field-sha256 = SHA-256
evidence-field-imported = Importado
evidence-field-modified = Última modificación antes de importar
evidence-field-category = Categoría
evidence-field-documentDate = Fecha del documento
evidence-field-source = Procedencia (quién lo dio, cómo)
evidence-field-source-hint = p. ej., memoria USB del cliente, 3 de marzo
evidence-field-language = Idioma
evidence-field-tags = Etiquetas
evidence-field-tags-hint = Separadas por comas
evidence-field-translationOf = Traducción de
evidence-field-translator = Traductor
evidence-field-description = Descripción
evidence-sha256-how = Para comprobar de forma independiente una copia del original: sha256sum ARCHIVO (Linux), shasum -a 256 ARCHIVO (macOS), certutil -hashfile ARCHIVO SHA256 (Windows). El resultado debe ser igual al SHA-256 de arriba.
evidence-save = Guardar los detalles
evidence-preview-open = Abrir la vista previa
evidence-preview-none = Sin vista previa: { $reason }.
evidence-preview-failed = No se pudo mostrar este archivo. Puede estar dañado, o su formato no es compatible aquí. Exporte una copia para abrirla en otro sitio.
evidence-preview-pdfFailed = No se pudo mostrar este PDF. Exporte una copia para abrirla en otro programa.
evidence-preview-pdfPages = Páginas del documento (desplácese con las teclas de flecha)
evidence-preview-page = Página { $n } de { $of }
evidence-preview-imageAlt = Vista previa de la prueba seleccionada
evidence-preview-textCut = Se muestra el primer megabyte de este texto.
evidence-export = Exportar una copia…
evidence-export-title = ¿Exportar una copia sin protección?
evidence-export-warning = La copia NO estará cifrada: cualquiera con acceso al lugar donde la guarde puede leerla, y los archivos borrados a menudo se pueden recuperar. La exportación queda registrada en la cadena de custodia.
evidence-export-go = Elegir dónde guardar…
evidence-export-done = Guardado como { $name }. Borre esta copia cuando ya no la necesite.

metadata-title-one = Este archivo contiene más que su imagen
metadata-title-annexes = Algunos anexos contienen más que sus imágenes
metadata-explain = Las fotos guardan dónde y cómo se tomaron. Quien reciba el archivo puede leerlo: la CCF puede compartir una solicitud con el Estado que emitió la notificación.
metadata-kind-location = Ubicación:
metadata-kind-device = Cámara o teléfono:
metadata-kind-owner = Propietario o autor:
metadata-kind-date = Fecha:
metadata-kind-software = Programa:
metadata-kind-thumbnail = Miniatura:
metadata-kind-other = Además:
metadata-unreadable = Habeas no pudo leer todo lo que contiene ({ $why }).
metadata-notRemovable = Habeas no puede quitarlo de este tipo de archivo; conviértalo a JPEG o PNG e importe ese.
metadata-remove = Quitar la ubicación y lo demás de la copia que sale
metadata-removeExplain = La copia se hace una vez y se guarda en la bóveda con su propia huella SHA-256, vinculada al original y registrada en ambas cadenas de custodia. El original queda exactamente como se importó.
metadata-keepExplain = El archivo sale exactamente como se importó, con todo lo indicado arriba.
metadata-export = Exportar
metadata-custody-derive = Se hizo una copia para salir de la bóveda ({ $what }); este archivo no ha cambiado
metadata-custody-derived = Hecho por Habeas a partir de otra prueba del caso ({ $what })
metadata-copyOf = Una copia de { $name } hecha por Habeas: { $what }. El original sigue en la lista tal como se importó.

evidence-certificate-chosen = Certificado de custodia ({ $n } elegidos)…
evidence-certificate-one = Certificado de custodia…
evidence-certificate-choose = Incluir { $name } en un certificado de custodia
evidence-certificate-chooseAll = Incluir todas las pruebas en un certificado de custodia
evidence-certificate-title = { $n ->
        [one] Certificado de custodia de { $n } prueba
       *[other] Certificado de custodia de { $n } pruebas
    }
evidence-certificate-explain = Un PDF para imprimir o presentar: para cada prueba, la huella SHA-256 del archivo tal como se importó, sus detalles, cada hecho de su cadena de custodia y cómo cualquiera puede comprobar una copia con herramientas corrientes. Su emisión queda registrada en la cadena de custodia de cada prueba.
evidence-certificate-plain = El PDF no está cifrado: muestra los nombres de archivo, los detalles y el registro de custodia de estas pruebas. Guárdelo donde solo usted y sus destinatarios puedan leerlo.
evidence-certificate-go = Elegir dónde guardar…
evidence-certificate-done = Certificado guardado como { $name }.

paper-label = Papel
paper-a4 = A4
paper-letter = Carta (EE. UU.)

evidence-delete = Borrar…
evidence-delete-title = ¿Borrar este archivo de la bóveda?
evidence-delete-warning = El archivo se elimina y no se puede recuperar desde la bóveda. Su registro y su cadena de custodia permanecen, marcados como borrados.
evidence-delete-go = Borrar el archivo
evidence-cancel = Cancelar
evidence-import-leftOut = Dejados fuera de las carpetas: { $n } (no importados; abra para ver cuáles y por qué)
evidence-import-leftOut-hidden = oculto (su nombre empieza por un punto)
evidence-import-leftOut-link = un enlace a otro lugar: importe directamente aquello a lo que apunta
evidence-import-leftOut-not_a_file = no es un archivo (un dispositivo o una tubería)
evidence-custody-title = Cadena de custodia
evidence-custody-intro = Cada importación, consulta, exportación, cambio y borrado, del más antiguo al más reciente. Solo admite añadidos y está encadenada con el historial de la bóveda.
evidence-category-identity_document = Documento de identidad
evidence-category-power_of_attorney = Poder
evidence-category-relationship_proof = Prueba del parentesco (menor)
evidence-category-entity_registration = Registro de una entidad
evidence-category-authority_to_represent = Facultad para representar a una entidad
evidence-category-property_record = Prueba de la propiedad de un bien
evidence-category-court_record = Documento judicial
evidence-category-arrest_warrant = Orden de detención
evidence-category-extradition_papers = Documentación de extradición
evidence-category-asylum_decision = Resolución sobre refugio o asilo
evidence-category-human_rights_report = Informe de derechos humanos sobre el país emisor
evidence-category-correspondence_ncb = Correspondencia con una OCN
evidence-category-correspondence_ccf = Correspondencia con la CCF
evidence-category-correspondence_authorities = Correspondencia con autoridades
evidence-category-press = Prensa o medios
evidence-category-narrative_draft = Borrador del relato
evidence-category-translation = Traducción
evidence-category-other = Otro

history-empty-value = (vacío)

enum-flag-refugee = Refugiado o solicitante de asilo
enum-flag-refugee_from_issuing_state = Refugiado respecto del Estado emisor
enum-flag-political_profile = Opositor político, periodista o activista
enum-flag-private_dispute = Litigio comercial o privado
enum-flag-in_absentia = Juzgado en rebeldía
enum-flag-reissued_after_deletion = Notificación reemitida tras una supresión
enum-flag-diffusion_after_red_notice = Difusión tras una notificación roja denegada o suprimida
enum-flag-country_misuse = Antecedentes de abuso del país emisor
enum-sex-female = Femenino
enum-sex-male = Masculino
enum-sex-other = Otro / X
enum-profile-political_opponent = Opositor político
enum-profile-journalist = Periodista
enum-profile-activist = Activista o defensor de derechos humanos
enum-profile-business_dispute = Parte en un litigio comercial o privado
enum-docKind-passport = Pasaporte
enum-docKind-national_id = Documento nacional de identidad
enum-docKind-refugee_travel_document = Documento de viaje para refugiados
enum-docKind-residence_permit = Permiso de residencia
enum-docKind-other = Otro documento
enum-protection-pending = Solicitud de asilo en trámite
enum-protection-granted = Concedido
enum-protection-refused = Asilo denegado
enum-protectionKind-unspecified = Sin registrar
enum-protectionKind-convention_refugee = Estatuto de refugiado (Convención de 1951)
enum-protectionKind-subsidiary = Protección subsidiaria
enum-protectionKind-humanitarian = Protección humanitaria u otra
enum-removedBy-ccf = La CCF
enum-removedBy-general_secretariat = La Secretaría General de INTERPOL
enum-removalGround-article3 = Artículo 3 (carácter político, militar, religioso o racial)
enum-removalGround-article2 = Artículo 2 (derechos humanos)
enum-removalGround-data_quality = Calidad de los datos (hechos no descritos, datos inexactos)
enum-removalGround-refugee_policy = Política sobre refugiados
enum-removalGround-red_notice_criteria = Un criterio de la notificación roja (gravedad, umbral de pena)
enum-removalGround-other = Otro motivo
enum-alertKind-diffusion = Difusión
enum-alertKind-red_notice = Notificación roja
enum-alertKind-blue_notice = Notificación azul
enum-alertKind-yellow_notice = Notificación amarilla
enum-alertKind-green_notice = Notificación verde
enum-alertKind-black_notice = Notificación negra
enum-alertKind-orange_notice = Notificación naranja
enum-alertKind-purple_notice = Notificación morada
enum-alertKind-silver_notice = Notificación plateada
enum-alertKind-un_special_notice = Notificación especial INTERPOL–Consejo de Seguridad de las Naciones Unidas
enum-alertKind-ncb_message = Mensaje directo entre Oficinas Centrales Nacionales
enum-request-arrest = Detención o detención provisional
enum-request-locate = Localizar
enum-request-identify = Identificar
enum-request-information = Información adicional
enum-request-surveillance = Vigilancia
enum-request-warning = Advertencia
enum-alertStatus-suspected = Sospechada
enum-alertStatus-confirmed = Confirmada
enum-alertStatus-challenged = Impugnada ante la CCF
enum-alertStatus-deleted = Suprimida
enum-alertStatus-blocked = Bloqueada
enum-alertStatus-refused = Denegada por INTERPOL
enum-alertStatus-reissued = Reemitida
enum-precision-day = Día exacto
enum-precision-month = Mes conocido
enum-precision-year = Año conocido
enum-eventKind-national_warrant = Orden nacional dictada
enum-eventKind-alert_issued = Notificación emitida
enum-eventKind-visa_refusal = Visado denegado
enum-eventKind-denied_boarding = Embarque denegado
enum-eventKind-border_refusal = Rechazado en una frontera
enum-eventKind-detention = Detención
enum-eventKind-provisional_arrest = Detención provisional
enum-eventKind-consent_to_surrender = Consentimiento a la extradición
enum-eventKind-release = Puesta en libertad
enum-eventKind-extradition_request_received = Solicitud de extradición recibida
enum-eventKind-hearing = Vista judicial
enum-eventKind-extradition_decision = Decisión sobre la extradición
enum-eventKind-ccf_request_filed = Solicitud a la CCF presentada
enum-eventKind-ccf_acknowledgement = Acuse de recibo de la CCF
enum-eventKind-admissibility_decision = Decisión de admisibilidad de la CCF
enum-eventKind-ccf_query = Consulta de la CCF
enum-eventKind-ccf_query_answered = Respuesta enviada a la CCF
enum-eventKind-ccf_decision = Decisión de la CCF
enum-eventKind-new_fact_discovered = Hecho nuevo descubierto
enum-eventKind-revision_filed = Revisión presentada
enum-eventKind-asylum_applied = Asilo solicitado
enum-eventKind-asylum_granted = Asilo concedido
enum-eventKind-asylum_refused = Asilo denegado
enum-eventKind-unhcr_notified = ACNUR informado
enum-eventKind-border_authorities_notified = Autoridades fronterizas informadas
enum-eventKind-judicial_review_filed = Hábeas corpus o recurso judicial presentado
enum-eventKind-advocacy = Incidencia o medios
enum-eventKind-other = Otro hecho
enum-regime-european_convention = Convenio Europeo de Extradición de 1957
enum-regime-minsk1993 = Convención de Minsk de 1993 (CEI)
enum-regime-riyadh1983 = Acuerdo Árabe de Riad de 1983
enum-regime-european_arrest_warrant = Orden europea de detención y entrega
enum-regime-us_modern_treaty = Tratado con Estados Unidos (moderno)
enum-regime-montevideo1933 = Convención de Montevideo de 1933
enum-regime-bilateral = Tratado bilateral (descrito en este caso)
enum-ccfRequest-access = Acceso
enum-ccfRequest-correction = Rectificación
enum-ccfRequest-deletion = Supresión
enum-confidence-verified = Fuente verificada
enum-confidence-secondary = Fuente secundaria: confirmar
enum-confidence-unverified = Sin verificar: solo práctica
enum-confidence-entered_by_you = Introducido por usted: no comprobado por Habeas
enum-deadlineState-open = Abierto
enum-deadlineState-met = Cumplido
enum-deadlineState-passed = Vencido
enum-deadlineState-late = Tardío
enum-applicantKind-person = La persona interesada (mayor de edad)
enum-applicantKind-minor = Un menor, por medio de un progenitor o tutor
enum-applicantKind-entity = Una empresa u otra entidad
enum-filingKind-access = Acceso a los datos
enum-filingKind-correction = Rectificación de los datos
enum-filingKind-deletion = Supresión de los datos
enum-filingKind-correction_and_deletion = Rectificación y supresión
enum-filingKind-revision = Revisión de una decisión (art. 42)
enum-language-en = Inglés
enum-language-fr = Francés
enum-language-es = Español
enum-language-ar = Árabe
enum-severity-problem = Problema
enum-severity-warning = Advertencia
enum-travelLevel-highest = El más alto
enum-travelLevel-high = Alto
enum-travelLevel-raised = Elevado
enum-travelLevel-not_safe_lower = Menor, no seguro
enum-travelRole-departure = salida
enum-travelRole-transit = tránsito
enum-travelRole-arrival = llegada

filing-title = Solicitudes
filing-intro = Solicitudes a la CCF y solicitudes de revisión, elaboradas a partir del caso. Habeas comprueba la admisibilidad antes de exportar, y genera los PDF que admite el portal de la CCF (uno por parte) o un único legajo para imprimir y firmar.
filing-kind = Tipo
filing-language = Idioma de la solicitud
filing-new = Nueva solicitud
filing-empty = Aún no hay solicitudes en este caso.
filing-annexCount = { $n ->
        [one] Un anexo
       *[other] { $n } anexos
    }
filing-check-pending = Comprobando la admisibilidad…
filing-check-ok = Admisibilidad: no se encontró ningún problema.
filing-check-title = Admisibilidad: { $problems ->
        [one] { $problems } problema
       *[other] { $problems } problemas
    }, { $all ->
        [one] { $all } observación
       *[other] { $all } observaciones
    } en total
filing-check-go = Ir al campo
filing-check-basis = Fundamento y fuente
filing-section-kind = Tipo e idioma
filing-language-headings = Los encabezados en francés, español y árabe los redactó el equipo de Habeas y aún no los ha revisado un hablante nativo: léalos antes de presentar. Lo que usted escribe se imprime tal cual.
filing-section-applicant = Solicitante
filing-applicant-kind = La solicitud se hace en nombre de
filing-applicant-minorNeeds = Para un menor, la CCF pide un documento que pruebe el vínculo (partida de nacimiento, resolución de tutela) y una copia del documento de identidad del propio menor. Impórtelos como pruebas y adjúntelos como anexos.
filing-applicant-guardian = Progenitor o tutor que actúa por el menor
filing-applicant-relationship = Vínculo (madre, tutor legal…)
filing-applicant-entityNeeds = Para una entidad, la CCF pide un documento oficial con su denominación completa, fecha de constitución o inscripción y número de registro, y la prueba de que quien firma puede representarla. No se necesita documento de identidad para la entidad.
filing-applicant-entityName = Denominación completa de la entidad
filing-applicant-registrationNumber = Número de registro (si lo hay)
filing-applicant-registeredOn = Fecha de constitución o inscripción
filing-applicant-office = Domicilio social
filing-applicant-signatory = Persona que representa a la entidad
filing-applicant-authority = Con qué facultad (administrador, acuerdo del consejo de…)
filing-applicant-property = Bien al que se refieren los datos, si lo hay (un vehículo, una embarcación, un documento)
filing-applicant-propertyHint = La CCF admite solicitudes sobre datos relativos a bienes del solicitante. Adjunte la prueba de que el bien es suyo.
filing-section-submitter = Presentada por
filing-submitter-representative = La presenta un representante (abogado, familiar, organización)
filing-submitter-name = Nombre del representante
filing-submitter-firm = Despacho u organización
filing-submitter-email = Correo electrónico
filing-submitter-phone = Teléfono
filing-submitter-address = Dirección postal
filing-submitter-poa = Poder (una prueba)
filing-submitter-poaSigned = El poder está firmado por el solicitante
filing-none = Ninguno
filing-section-data = Datos afectados
filing-data-none = No hay notificaciones registradas en este caso: añádalas en la pestaña Notificaciones.
filing-data-learned = Cómo supo el solicitante de los datos
filing-section-revision = La decisión y el hecho nuevo (Estatuto, art. 42)
filing-revision-decision = Decisión (referencia)
filing-revision-decisionDate = Fecha de la decisión
filing-revision-discovered = Fecha en que se descubrió el hecho nuevo
filing-revision-newFact = El hecho nuevo descubierto
filing-section-facts = Resumen de los hechos
filing-facts-drafted = Una nueva solicitud en inglés empieza con los hechos que registra el caso (la persona, las notificaciones, los hechos fechados), uno por línea. Reescríbalo como el relato del solicitante y añada lo que el caso no registra.
filing-section-grounds = Fundamentos
filing-ground-label = Párrafo { $n }
filing-ground-citationsChecked = He comprobado sus citas en los textos originales (hasta entonces la solicitud marca las fuentes secundarias y sin verificar «por comprobar»)
filing-remove = Quitar
filing-library-title = Biblioteca de argumentos: párrafos con sus fuentes, para insertar y luego editar
filing-library-suggested = Sugeridos para este caso
filing-library-insert = Insertar
filing-section-outcome = Resultado solicitado
filing-section-confidential = Elementos confidenciales (Estatuto, art. 20)
filing-confidential-explain = Uno por línea. La CCF no los transmite a la Oficina Central Nacional. Reservarse información puede debilitar el examen: la propia CCF lo dice.
filing-section-annexes = Anexos
filing-annexes-explain = Arrastre para reordenar, o use las flechas. El primero es A-1. Cada anexo lleva estampada su referencia y un número de página.
filing-annexes-title = Título en el índice (opcional)
filing-annexes-titleOf = Título del anexo { $label }
filing-annexes-up = Subir { $label }
filing-annexes-down = Bajar { $label }
filing-annexes-add = Añadir una prueba…
filing-annexes-addButton = Añadir como anexo
filing-section-idCopy = La copia del documento de identidad muestra
filing-idCopy-name = el nombre completo
filing-idCopy-birth = la fecha de nacimiento
filing-idCopy-photo = la fotografía
filing-section-signature = Firma
filing-signature-by = Firmado por
filing-signature-place = Lugar
filing-signature-date = Fecha
filing-bates = Prefijo de las páginas de anexos
filing-save = Guardar
filing-unsaved = Cambios sin guardar
filing-delete = Borrar la solicitud
filing-delete-title = ¿Borrar esta solicitud?
filing-delete-warning = La solicitud y su texto desaparecen; las pruebas siguen en el caso, y el historial del caso conserva constancia de que existió. Los PDF ya exportados no se tocan.
filing-delete-go = Borrar la solicitud
filing-export-portal = Juego para el portal (carpeta de PDF)…
filing-export-packet = Legajo para imprimir (un solo PDF)…
filing-export-plain = Los PDF no están cifrados: los portales y los tribunales rechazan los PDF cifrados. Guárdelos donde solo sus destinatarios puedan leerlos. Cada exportación queda registrada en el registro de custodia de cada anexo.
filing-export-anywayTitle = { $n ->
        [one] ¿Exportar con { $n } problema de admisibilidad?
       *[other] ¿Exportar con { $n } problemas de admisibilidad?
    }
filing-export-anyway = La CCF puede declarar inadmisible la solicitud tal como está. Exporte de todos modos solo si va a corregir los problemas fuera de Habeas (por ejemplo, firmando el legajo impreso).
filing-export-go = Exportar de todos modos
filing-export-running = Escribiendo los PDF…
filing-export-done = Escrito: { $name }.

letter-title = Cartas
letter-explain = En un paso a partir de los datos del caso, en inglés: una nota para las autoridades fronterizas y de inmigración de un país (llévela con la prueba de su condición y de la solicitud en trámite), o una carta de presentación para una autoridad de asilo. Precaución: hable primero con un abogado de ese país; presentarse ante autoridades fronterizas o policiales puede por sí mismo llevar a una detención por la notificación; nunca contacte con las autoridades del Estado que emitió la notificación, ni con las de Estados que colaboran estrechamente con él.
letter-country = País destinatario
letter-border = Carta a las autoridades fronterizas…
letter-asylum = Carta a la autoridad de asilo…
letter-detainedNow = Hoja para llevar encima en caso de detención…
letter-lawyerBrief = Nota para el abogado durante la detención…

case-title = Espacio del caso
case-tabs-label = Partes de un caso
case-tab-overview = Resumen
case-tab-alerts = Notificaciones
case-tab-timeline = Cronología y plazos
case-tab-evidence = Pruebas
case-tab-filings = Solicitudes
case-tab-travel = Viajes

travel-title = Comprobación de viaje
travel-intro = Planifique un viaje tramo a tramo y compruébelo: para cada país, su exposición el día que esté allí, y por qué. Ningún país se considera nunca seguro.
travel-trips = Viajes
travel-noTrips = Todavía no hay viajes.
travel-untitled = Viaje sin nombre
travel-departure = Salida el { $date }
travel-noDate = sin fecha
travel-lastChecked = Última comprobación el { $date }.
travel-neverChecked = Nunca comprobado.
travel-edit = Editar
travel-check = Comprobar este viaje
travel-delete = Eliminar
travel-deleteConfirm = ¿Eliminar este viaje y su última comprobación?
travel-deleteYes = Eliminar el viaje
travel-newTrip = Nuevo viaje
travel-editing = Editar el viaje
travel-label = Nombre del viaje
travel-leg = Tramo { $n }
travel-date = Día del viaje
travel-from = Desde
travel-to = Hasta
travel-transits = Tránsitos (un tránsito en aeropuerto cuenta: su policía de fronteras puede detenerle)
travel-incomplete = Cada tramo necesita su día, su origen y su destino.
travel-removeLeg = Quitar el tramo { $n }
travel-addLeg = Añadir un tramo
travel-save = Guardar el viaje
travel-saved = Viaje guardado. Compruébelo para ver cada país.
travel-savedRecheck = Viaje guardado. Su última comprobación era del itinerario anterior a este cambio: compruébelo de nuevo.
travel-reminder-title = Compruebe de nuevo antes de viajar
travel-reminder-open = Abrir la pestaña Viaje
travel-result-title = Comprobación de «{ $label }» del { $date }
travel-result-tripLevel = Nivel del viaje: { $level }
travel-result-changes = Qué cambió desde la última comprobación
travel-result-firstCheck = Es la primera comprobación de este viaje.
travel-result-noChanges = Nada cambió desde la comprobación del { $date }.
travel-result-changesSince = Desde la comprobación del { $date }:
travel-result-countries = Cada país del viaje, el día que esté allí
travel-result-country = País
travel-result-level = Nivel
travel-result-reasons = Razones, con su fiabilidad y su fuente
travel-result-source = Fuente: { $source }
travel-result-carry = Qué llevar
travel-result-carryNothing = La comprobación no indica nada que llevar.
travel-map-title = Mapa
travel-map-textEquivalent = La tabla de arriba dice lo que muestra el mapa, país por país. En el mapa cada nivel tiene un rayado y una etiqueta además de un color.
travel-export = Exportar el informe imprimible (PDF)…
travel-exported = Informe guardado como { $file }. No está cifrado: guárdelo en un lugar seguro.
travel-exportCancelled = Exportación cancelada: no se escribió nada.

settings-title = Ajustes
settings-planned = Aquí se ajustarán las copias de seguridad.
settings-autoLock-title = Bloqueo automático
settings-autoLock-label = Bloquear la bóveda tras estos minutos sin actividad
settings-autoLock-help = Entre { $min } y { $max } minutos. Se guarda en la bóveda. Ctrl+L bloquea al instante.
settings-autoLock-save = Guardar
settings-autoLock-saved = Guardado: la bóveda se bloquea tras { $minutes ->
        [one] { $minutes } minuto de inactividad
       *[other] { $minutes } minutos de inactividad
    }.
settings-passphrase-title = Frase de contraseña
settings-passphrase-current = Frase de contraseña actual
settings-passphrase-change = Cambiar la frase de contraseña
settings-passphrase-changing = Cambiando… (derivar la clave lleva un momento)
settings-recovery-title = Clave de recuperación
settings-recovery-explain = ¿Perdió su hoja de recuperación, o alguien pudo verla? Cree una clave nueva. Se muestra una vez, con una hoja para imprimir, y sustituye a la antigua solo cuando confirme que la guardó. Desde entonces la clave antigua ya no abre esta carpeta de bóveda, pero una copia de la carpeta hecha antes (una copia de seguridad, una copia sincronizada) todavía se abre con ella.
settings-recovery-new = Crear una clave de recuperación nueva
settings-recovery-pending = Se creó una clave de recuperación nueva pero no se confirmó, así que su clave actual todavía abre la bóveda. Si guardó la nueva clave, escríbala entera para confirmarla; si no, descártela.
settings-recovery-unconfirmed = Nunca se confirmó que se guardara la clave de recuperación mostrada al crear esta bóveda. Si la tiene, escríbala entera para confirmarla; si no, cree una nueva abajo.
settings-recovery-typeWhole = Clave de recuperación (los ocho grupos de cuatro)
settings-recovery-confirm = Confirmar esta clave
settings-recovery-discard = Descartar la clave nueva
settings-recovery-confirmed = Clave de recuperación confirmada.
settings-passphrase-changed = Frase de contraseña cambiada. La antigua ya no abre esta carpeta de bóveda (una copia de la carpeta hecha antes todavía se abre con ella); su clave de recuperación sigue abriéndola.
settings-sharing-title = Compartir con otros abogados del caso
settings-sharing-explain = Para recibir un caso de otro abogado, dele su identidad para compartir, que aparece abajo (es pública). Cuando llega un archivo compartido, Habeas muestra quién lo firmó: compare la huella con esa persona por teléfono.
settings-sharing-qr = Su identidad para compartir como código QR
settings-sharing-text = Su identidad para compartir:
settings-sharing-fingerprint = Huella (léasela por teléfono):
settings-sharing-contacts = Contactos
settings-sharing-noContacts = Todavía no hay contactos.
settings-sharing-contactName = Nombre
settings-sharing-contactIdentity = Identidad para compartir del contacto (habeas1-…)
settings-sharing-add = Añadir contacto
settings-device-title = Este dispositivo
settings-device-explain = Recordar la bóveda en este dispositivo permite abrirla sin la frase de contraseña, mediante el llavero de este ordenador. Cualquiera que pueda usar su cuenta en este ordenador mientras su llavero esté desbloqueado podría entonces abrir la bóveda. Déjelo desactivado en un ordenador que pudiera ser incautado, compartido o perdido.
settings-device-remembered = Recordada en este dispositivo.
settings-device-notRemembered = No recordada en este dispositivo (se necesita la frase de contraseña).
settings-device-remember = Recordar en este dispositivo
settings-device-forget = Olvidar este dispositivo
settings-backup-title = Copias de seguridad
settings-backup-explain = Una copia de seguridad copia la bóveda cifrada en la carpeta que usted elija: una memoria USB, una carpeta sincronizada o un recurso compartido de red. Solo se copian los archivos nuevos, y cada copia se vuelve a leer y se comprueba. Se abre con la frase de contraseña y la clave de recuperación que tenía cuando se hizo.
settings-backup-never = Nunca se ha hecho una copia de seguridad de esta bóveda.
settings-backup-last = Última copia de seguridad: { $at }, en { $place }, comprobada.
settings-backup-lastFailed = Última copia de seguridad: { $at }, en { $place }, fallida; no se hizo nada.
settings-backup-lastGood = Última copia de seguridad correcta: { $at }, en { $place }.
settings-backup-reminder = Haga una copia de seguridad ahora: la última copia correcta tiene más de { $days } días, o no hay ninguna.
settings-backup-run = Hacer copia de seguridad ahora…
settings-backup-choose = Elegir la carpeta de las copias de seguridad
settings-backup-cancel = Cancelar la copia de seguridad
settings-backup-progress = Copiando y comprobando los archivos de pruebas: { $done } de { $total }
settings-backup-made = Copia de seguridad hecha y comprobada: { $cases } casos, { $files } archivos de pruebas ({ $copied } copiados ahora).
settings-backup-keep = Copias de seguridad conservadas en cada carpeta
settings-backup-remind = Recordármelo después de (días)
settings-backup-save = Guardar
settings-about-title = Acerca de esta versión
settings-about-appVersion = Versión de la aplicación
settings-about-coreVersion = Versión del núcleo
settings-about-platform = Plataforma
settings-about-buildType = Tipo de compilación
settings-about-buildType-release = Publicación
settings-about-buildType-development = Desarrollo (no para casos reales)
settings-about-coreDumps = Copias de la memoria al fallar (volcados de memoria)
settings-about-coreDumps-disabled = Desactivadas: un fallo no escribe la memoria en el disco
settings-about-coreDumps-allowed = Permitidas: un fallo podría escribir la memoria en el disco. Reinicie Habeas; si sigue así, infórmelo.
settings-about-coreDumps-not_controlled = No controladas por Habeas en este sistema (vea el modelo de amenazas)

date-pattern-day_month_year = DD/MM/AAAA
date-pattern-month_day_year = MM/DD/AAAA
date-pattern-year_month_day = AAAA-MM-DD
date-problem-unreadable = Habeas no puede leer esta fecha. Escríbala como { $pattern }, por ejemplo { $example }.
date-problem-shortYear = Escriba el año completo (cuatro cifras), por ejemplo { $example }.
date-problem-noMonth = No existe el mes { $month }. Aquí las fechas se escriben { $pattern }.
date-problem-noMonthSwapped = No existe el mes { $month }: aquí las fechas se escriben { $pattern }. Para { $words }, escriba { $typed }, o cambie el formato de fecha en Ajustes.
date-problem-noDay = { $month } tiene { $last } días: no existe el día { $day }.
date-problem-ambiguous = Puede ser { $first } o { $second }. Escriba { $a } o { $b } para indicar cuál, o elija un formato día-mes o mes-día en Ajustes.
date-problem-tooEarly = Esta fecha es anterior a { $limit }, la más temprana posible aquí.
date-problem-tooLate = Esta fecha es posterior a { $limit }, la más tardía posible aquí.
date-settings-title = Fechas
date-settings-label = Escribir y mostrar las fechas como
date-settings-system = Como las escribe el sistema ({ $pattern })
date-settings-option = { $pattern }: { $example }
date-settings-help = Se guarda en la bóveda. Cambia cómo se escriben y muestran aquí las fechas, no las fechas en sí.
date-settings-saved = Guardado: las fechas se escriben como { $pattern }.

error-title = Algo salió mal
error-internal-hint = Es un fallo de Habeas, no algo que usted hiciera. Su trabajo guardado no se ve afectado.
error-unexpected = Habeas recibió una respuesta que no entendió.
error-retry = Intentar de nuevo

caseStatus-column = Situación
caseStatus-label = La situación de la persona
caseStatus-at_liberty = En libertad
caseStatus-at_liberty-basis = no consta detención ni arresto
caseStatus-detained = Detenida desde el { $date }
caseStatus-released = Puesta en libertad el { $date }
caseStatus-extradited = Extraditada el { $date }
caseStatus-setByYou = indicado por usted
caseStatus-protection-refugee_status = Estatuto de refugiado
caseStatus-protection-protection_granted = Protección concedida
caseStatus-protection-against_extradition = Protegida frente a la extradición
caseStatus-since = desde el { $date }
caseStatus-closed = Cerrado
caseStatus-edit = Lo que ningún hecho muestra
caseStatus-edit-explain = La detención, el arresto y la puesta en libertad vienen de la cronología: regístrelos allí. Registre aquí lo que ningún hecho puede mostrar.
caseStatus-extraditedOn = Entregada al Estado requirente el
caseStatus-protectedNote = Protegida frente a la extradición por
caseStatus-protectedNote-hint = Por ejemplo: el tribunal denegó la extradición. Déjelo vacío si nada protege a la persona.
caseStatus-protectedSince = Protegida desde
caseStatus-save = Guardar la situación

caseClose-close = Cerrar el caso
caseClose-reopen = Reabrir el caso
caseClose-closedNote = Este caso está cerrado: no aparece en la lista principal. Todo se conserva; reábralo para recuperarlo.
caseClose-showClosed = Mostrar los casos cerrados
caseClose-showOpen = Mostrar los casos abiertos
caseClose-closedTitle = Casos cerrados
caseClose-noneClosed = No hay casos cerrados.
caseClose-delete = Borrar el caso…
caseClose-delete-title = ¿Borrar el caso de { $name }?
caseClose-delete-intro = Esto elimina de esta bóveda, para siempre:
caseClose-delete-case = el caso en sí: los datos de la persona, las notas y la lista de tareas
caseClose-delete-evidence = archivos de prueba: { $n } ({ $size }), eliminados de la carpeta de la bóveda
caseClose-delete-filings = solicitudes: { $n }
caseClose-delete-alerts = notificaciones: { $n }
caseClose-delete-events = hechos: { $n }
caseClose-delete-untouched = Las copias de seguridad, las copias sincronizadas de la carpeta de la bóveda y los archivos que exportó no se tocan: bórrelos usted.
caseClose-delete-history = su historial de cambios, con la cadena de custodia de las pruebas: todo lo escrito en este caso
caseClose-delete-trace = El historial conserva una línea que dice que se borró un caso, con estas cifras y nada más: ningún nombre, ningún detalle.
caseClose-delete-closeInstead = Para conservarlo todo pero sacar el caso de la lista, ciérrelo en su lugar.
caseClose-delete-go = Borrar el caso y sus archivos
caseClose-delete-cancel = Cancelar
caseClose-deleted = { $n ->
        [one] Se borró el caso, con { $n } archivo de prueba.
       *[other] Se borró el caso, con { $n } archivos de prueba.
    }
caseClose-deleted-filesLeft = { $n ->
        [one] { $n } archivo de prueba no se pudo eliminar de la carpeta de la bóveda: una comprobación de la bóveda lo indica.
       *[other] { $n } archivos de prueba no se pudieron eliminar de la carpeta de la bóveda: una comprobación de la bóveda los indica.
    }

error-detail = El mensaje completo (para un informe)

language-title = Idioma
language-label = Idioma de la aplicación
language-help = Se guarda en la bóveda y se recuerda en este dispositivo: la pantalla de desbloqueo se abre en el último idioma usado aquí. El idioma de una solicitud se elige con la solicitud.
language-unreviewed = Traducido por el equipo de Habeas; aún no revisado por un abogado hablante nativo.
review-unreviewed = Los textos que Habeas redacta para esta solicitud en { $language } (encabezados, partes fijas, párrafos de la biblioteca) los tradujo el equipo de Habeas y no todos los ha revisado un abogado hablante nativo ({ $reviewed } de { $total } revisados). Léalos todos antes de presentar o enviar.

## Restaurar una copia de seguridad (pantalla de desbloqueo, issue 19.2)
restore-start = Restaurar una copia de seguridad
restore-title = Restaurar una copia de seguridad
restore-intro = Una copia de seguridad contiene toda la bóveda tal como era cuando se hizo. Se abre con la frase de contraseña o la clave de recuperación que tenía entonces la bóveda.
restore-neverOverwrites = La restauración se hace en una carpeta nueva y vacía. Nunca escribe sobre una bóveda y no modifica la copia.
restore-step-backup = 1. La carpeta de copias
restore-backup-label = Carpeta de copias
restore-backup-choose = Elegir…
restore-backup-dialogTitle = Elija la carpeta en la que hizo la copia
restore-backup-read = Mostrar sus copias
restore-backup-hint = La carpeta que eligió al hacer la copia (en una memoria USB, una carpeta sincronizada o un recurso de red). Contiene un archivo llamado habeas-backup.json.
restore-generations-none = Esta carpeta todavía no contiene ninguna copia terminada. Elija otra carpeta, o vuelva a hacer una copia desde la bóveda.
restore-step-generation = 2. Qué copia
restore-generations-holds = Cada copia contiene todos los casos, archivos de prueba y entradas del historial de la bóveda en ese momento. La lista de casos está cifrada: se muestra cuando la restauración la ha abierto.
restore-generations-madeAt = Hecha el { $when }
restore-generations-newest = (la más reciente)
restore-generations-olderSecret = Hecha antes de cambiar la frase de contraseña o la clave de recuperación: solo se abre con la antigua.
restore-step-target = 3. Una carpeta nueva para la bóveda restaurada
restore-target-label = Restaurar en
restore-target-choose = Elegir…
restore-target-dialogTitle = Elija una carpeta nueva y vacía para la bóveda restaurada
restore-target-hint = Una carpeta que aún no exista, o una vacía, fuera de la carpeta de copias. Si contiene algo, Habeas se niega y no cambia nada.
restore-step-secret = 4. El secreto de entonces
restore-secret-kind = Abrir la copia con
restore-secret-passphrase = La frase de contraseña
restore-secret-recoveryKey = La clave de recuperación
restore-secret-passphraseLabel = Frase de contraseña
restore-secret-recoveryKeyLabel = Clave de recuperación
restore-secret-hint = La que tenía la bóveda el { $when }, cuando se hizo esta copia. Si la cambió después, use la antigua.
restore-run = Restaurar
restore-cancel = Cancelar la restauración
restore-progress-label = Progreso de la restauración
restore-progress-starting = Abriendo la copia y comprobando las claves y el índice…
restore-progress-files = Copiando y comprobando el archivo de prueba { $done } de { $total }…
restore-done-title = Restaurada
restore-done-what = De la copia hecha el { $when }: casos { $cases }, archivos de prueba { $files } (cada uno comprobado con su huella).
restore-done-folder = La bóveda restaurada está en { $folder }.
restore-done-nextPassphrase = Ábrala con la frase de contraseña que acaba de usar. Su otra bóveda, si la tiene, no ha cambiado.
restore-done-nextRecoveryKey = Ábrala con la clave de recuperación que acaba de usar y elija para ella una nueva frase de contraseña.
restore-done-open = Abrir la bóveda restaurada
restore-back = Volver a desbloquear una bóveda
restore-advice-notEmpty = Elija una carpeta que aún no exista (escriba un nombre nuevo), o una vacía. No se ha restaurado ni modificado nada.
restore-advice-secretOfItsTime = Use la frase de contraseña o la clave de recuperación tal como era cuando se hizo esta copia, no una más reciente. No se ha restaurado nada.
restore-advice-olderSecret = Esta copia se hizo antes de cambiar la frase de contraseña o la clave de recuperación: introduzca la antigua. No se ha restaurado nada.
restore-advice-notABackup = Elija la carpeta en la que hizo la copia, no una carpeta de bóveda ni una carpeta dentro de la copia. No se ha modificado nada.
restore-advice-gone = Vuelva a conectar la unidad (o el recurso de red), espere a que aparezca y elija de nuevo la carpeta. No se ha restaurado nada; la copia no ha cambiado.
restore-advice-damaged = Esta copia está dañada. Pruebe una copia anterior de la lista, u otra carpeta de copias. No se ha restaurado nada; la copia no ha cambiado.
restore-advice-cancelled = No se ha restaurado nada ni ha quedado ninguna carpeta. Puede empezar de nuevo cuando quiera.
travelMode-open = Modo viaje
travelMode-title = Modo viaje: sacar casos de este dispositivo
travelMode-intro = Antes de cruzar una frontera, puede sacar casos de este ordenador para que no los contenga durante el viaje. Esperan en una copia de seguridad y vuelven de ella después.
travelMode-backupFirst = Primero, Habeas hace una copia nueva en la carpeta que elija, la vuelve a leer y comprueba que contiene cada caso y cada archivo de prueba. Solo entonces se borran los casos de este dispositivo. Si la copia no se puede hacer o comprobar, no se borra nada.
travelMode-which-title = Qué casos
travelMode-which-every = Todos los casos
travelMode-which-some = Solo los casos que elija
travelMode-which-list = Casos que sacar de este dispositivo
travelMode-folder-title = Dónde va la copia
travelMode-folder-label = Carpeta de copias
travelMode-folder-choose = Elegir…
travelMode-folder-dialogTitle = Elija la carpeta de copias del modo viaje
travelMode-folder-hint = Manténgala separada de este dispositivo: una memoria USB que viaje aparte, o una carpeta sincronizada o de red accesible desde el extranjero. La necesitará, junto con la frase de contraseña de hoy, para devolver los casos.
travelMode-leave-every = Copiar, comprobar y sacar todos los casos de este dispositivo
travelMode-leave-some = { $cases ->
        [one] Copiar, comprobar y sacar un caso de este dispositivo
       *[other] Copiar, comprobar y sacar { $cases } casos de este dispositivo
    }
travelMode-progress-label = Progreso del modo viaje
travelMode-progress-starting = Haciendo la copia y comprobando las claves y el índice…
travelMode-progress-files = Archivo de prueba { $done } de { $total }…
travelMode-cancel = Cancelar
travelMode-close = Cerrar
travelMode-left-what = Hecho. Casos sacados: { $cases }; archivos de prueba borrados: { $files }. La copia hecha el { $when } en { $place } los contiene, comprobada.
travelMode-returned-what = De vuelta en este dispositivo: casos { $cases }, archivos de prueba { $files } (cada uno comprobado), entradas del historial { $entries }.
travelMode-holds-title = Qué contiene ahora este dispositivo
travelMode-holds-device = En la bóveda de este ordenador: casos { $cases }, archivos de prueba { $files }, todo cifrado.
travelMode-holds-away = Fuera de este dispositivo: casos { $cases }, esperando en la copia de { $place }.
travelMode-forensic = Los casos sacados se borran de la carpeta de la bóveda: sus registros, su historial y sus archivos de prueba ya no están en ella, y lo que queda está cifrado. Pero borrar un archivo no sobrescribe el espacio que ocupaba en el disco, así que un examen forense de este disco aún puede encontrar fragmentos de archivos anteriores (cifrados, y copias hechas por el sistema u otros programas, como archivos abiertos fuera de Habeas). Mantenga la copia separada de este dispositivo.
travelMode-return-title = Devolver los casos
travelMode-return-intro = Conecte la copia en la que salieron los casos y devuélvalos. Cada archivo de prueba se comprueba al copiarlo; su historial vuelve con ellos, y una línea registra la vuelta.
travelMode-return-go = Devolver los casos
travelMode-away-notice = { $cases ->
        [one] Un caso está fuera de este dispositivo desde el { $when }. Espera en la copia de { $place }.
       *[other] { $cases } casos están fuera de este dispositivo desde el { $when }. Esperan en la copia de { $place }.
    }
travelMode-away-return = Devolverlos
# legal: the argument library in the filing's language (issue 17.2)
legal-library-otherLanguage = La biblioteca se muestra en el idioma en que se guardó esta solicitud por última vez. Guarde la solicitud para ver sus párrafos en { $language }.
# share- (issue 19.4: sharing a case with co-counsel)
share-open = Compartir con un colega…
share-title = Compartir este caso con un colega
share-explain = Habeas escribe el caso, con las pruebas y los escritos que marque, en un solo archivo que solo la bóveda de su contacto puede abrir, firmado por su bóveda para que pueda comprobar que viene de usted. Envíe el archivo como prefiera: sin su bóveda no revela nada.
share-evidence = Pruebas que incluir: { $n } ({ $size })
share-evidence-none = Este caso no tiene pruebas.
share-filings = Escritos que incluir: { $n }
share-filings-none = Este caso no tiene escritos.
share-filings-blocked = anexa pruebas que dejó fuera: márquelas para incluir este escrito
share-to = Compartir con
share-to-contact = Contacto
share-to-fingerprint = Su huella. Antes de enviar el archivo, llámele y pídale que lea la huella de su Configuración → Compartir: cada dígito debe coincidir.
share-to-noContacts = Aún no tiene contactos. Añada a la persona con quien comparte: pegue la identidad para compartir que le envió.
share-to-add = Añadir un contacto…
share-to-identity = Su identidad para compartir (habeas1-…), tal como la envió
share-to-addExplain = Una vez añadida, su huella aparece aquí: compárela con esa persona por teléfono antes de compartir.
share-progress = Escribiendo el archivo compartido: { $percent } %
share-stop = Detener
share-cancel = Cancelar
share-go = Guardar el archivo compartido…
share-close = Cerrar
share-notContact = una clave que no está en sus contactos
share-done = Compartido con { $name } en el archivo { $file }: el caso, pruebas: { $evidence }, escritos: { $filings }. Envíele este archivo.
share-done-fingerprint = Su huella:
share-done-custody = El historial del caso y la cadena de custodia de cada prueba compartida registran ahora que se compartió con esa persona.
share-receive-open = Recibir un caso compartido…
share-receive-title = Recibir un caso compartido
share-receive-from = De: { $name }
share-receive-fingerprint = Huella de la clave que lo firmó:
share-receive-unknown = Clave desconocida: este archivo lo firmó una clave que no ha nombrado en sus contactos.
share-receive-unknownExplain = No lo reciba todavía. Llame a la persona de quien lo espera, a un número que ya conozca, y pídale que lea la huella de su Configuración → Compartir. Recíbalo solo si cada dígito coincide; si no, cierre esta ventana. No se ha cambiado nada en su bóveda.
share-receive-compared = Llamé al remitente y cada dígito de esta huella coincide con lo que me leyó
share-receive-holds = El caso de { $name }, compartido el { $when }. Pruebas: { $evidence }; escritos: { $filings }.
share-receive-update = Esto actualiza su copia de este caso. Lo que cambió:
share-receive-noChange = Nada cambió desde la última recepción.
share-receive-localEdits = { $n ->
        [one] Reemplazaría un cambio hecho en su bóveda desde la última recepción:
       *[other] Reemplazaría { $n } cambios hechos en su bóveda desde la última recepción:
    }
share-receive-replace = Reemplazar mis cambios por los del remitente (los míos quedan en el historial del caso)
share-receive-go = Recibir el caso
share-receive-goUpdate = Recibir la actualización
share-what-case = el caso
share-what-alert = una notificación
share-what-event = un hecho
share-what-evidence = una prueba
share-what-filing = un escrito
share-change-added = Añadido: { $what }
share-change-changed = Cambiado: { $what } ({ $fields })
share-change-removed = Retirado por el remitente: { $what }
share-revoked-contact = revocada por su titular el { $date }: se rechazan los archivos firmados con esta clave
share-revoke-title = Si su clave para compartir puede estar comprometida
share-revoke-explain = Si este dispositivo o una copia de su bóveda puede estar en otras manos, cree una nueva identidad para compartir. Habeas escribe una declaración, firmada con su clave antigua, que indica a sus contactos que rechacen desde ahora los archivos firmados con ella. Los archivos compartidos con su identidad antigua ya no se abrirán aquí: pídalos de nuevo.
share-revoke-open = Mi clave para compartir puede estar comprometida…
share-revoke-confirm = ¿Crear ahora una nueva identidad para compartir? La antigua deja de funcionar aquí de inmediato. Envíe la declaración que sigue a cada contacto y léales su nueva huella por teléfono.
share-revoke-go = Crear una identidad nueva y revocar la antigua
share-revoke-done = Su identidad antigua para compartir está revocada desde el { $date }. Su nueva identidad y su huella se muestran arriba.
share-revoke-statement = La declaración de revocación: envíela completa a cada contacto.
share-revocation-title = Un contacto revocó su clave
share-revocation-label = Pegue la declaración de revocación que le envió
share-revocation-go = Importar la declaración
share-revocation-done = La clave de { $name } fue revocada por su titular el { $date }: desde ahora se rechazan los archivos firmados con ella. Su nueva identidad tiene la huella { $fingerprint }: añádala como contacto solo después de que le lea esa huella por teléfono.
# travel2: trips on the timeline, the reminder's reasons, notes on countries (issue 18)
travel2-timeline-trip = Viaje: { $label }
travel2-timeline-checkAgain = comprobar de nuevo
travel2-timeline-leg = { $date }: de { $from } a { $to }
travel2-timeline-legend = Viaje (cada día de trayecto marcado)
travel2-reminder-text = { $label } sale el { $date }. Vuelva a hacer la comprobación antes de viajar.
travel2-reminder-changed = Lo que ha cambiado desde la última comprobación:
travel2-notes-title = Sus notas sobre la práctica de los países
travel2-notes-intro = Lo que usted sabe de cómo trata un país las alertas (detenciones por Difusiones, expulsiones), y de dónde lo sabe. La comprobación muestra cada nota como nota suya, no como una fuente.
travel2-notes-country = País de la nota { $n }
travel2-notes-text = Su nota { $n }
travel2-notes-add = Añadir una nota
travel2-notes-remove = Quitar la nota { $n }
travel2-notes-incomplete = Cada nota necesita su país y un texto.
## Cartas: el idioma de la carta (issue 17.4) y el de la hoja «si me detienen» (issue 18.3)
letters-language = Idioma de la carta
letters-unreviewed = Las cartas en { $language } fueron traducidas por el equipo de Habeas y no están revisadas por un jurista nativo ({ $reviewed } de { $total } textos revisados). Lea la carta antes de usarla; la versión inglesa es la de referencia.
letters-sheet-languages = La hoja «Si me detienen» está en inglés y en el idioma del país elegido arriba, si Habeas lo tiene; si no, en inglés y en el idioma elegido aquí.
# case-needed: a deadline Habeas cannot date leads the case (texts2)
case-needed-title = Un plazo que Habeas aún no puede calcular
case-needed-more = { $count ->
        [one] También se necesita otra fecha.
       *[other] También se necesitan otras { $count } fechas.
    }
case-needed-open = Ver qué falta
case-needed-next = No se puede mostrar ningún plazo hasta conocer la fecha indicada arriba: puede ser el más urgente de este caso.
# devices: the devices that save to this vault (issue 20.3)
devices-title = Dispositivos que guardan en esta bóveda
devices-intro = Cuando esta carpeta de la bóveda se sincroniza entre ordenadores (Syncthing, Nextcloud, una unidad compartida), cada ordenador que guarda en ella aparece aquí.
devices-thisDevice = { $name } (este dispositivo)
devices-unnamed = Nombre aún no recibido
devices-id = identificador { $id }
devices-saves = { $saves ->
        [one] Un guardado, hecho el { $when }.
       *[other] { $saves } guardados, el último hecho el { $when }.
    }
devices-noSaves = Aún no hay guardados.
devices-seen = Sus últimos cambios llegaron a este dispositivo el { $when }.
devices-notSeen = Sus cambios aún no han llegado a este dispositivo.
devices-unknownTime = en una fecha no registrada
