# The words around the content of every PDF: headings, stamps, index, packet cover, certificate, recovery sheet (locales/README.md).

## Every PDF's footer.
pdf-page-of = Página { $n } de { $m }

## A filing's documents (core/src/filing/pdf.rs), in the filing's language.
pdf-filing-ccf = Comisión de Control de los Ficheros de INTERPOL (CCF)
pdf-filing-portal = Presentada a través del portal en línea de la CCF
pdf-filing-kind-access = Solicitud de acceso a datos
pdf-filing-kind-correction = Solicitud de rectificación de datos
pdf-filing-kind-deletion = Solicitud de supresión de datos
pdf-filing-kind-correction-and-deletion = Solicitud de rectificación y supresión de datos
pdf-filing-kind-revision = Solicitud de revisión de una decisión
pdf-filing-applicant = Solicitante
pdf-filing-submitted-by = Presentada por
pdf-filing-in-person = El propio solicitante
pdf-filing-by-entity = La entidad, por medio de la persona que la representa (arriba)
pdf-filing-by-guardian = El progenitor o tutor indicado arriba, en nombre del menor
pdf-filing-name = Nombre
pdf-filing-birth = Fecha de nacimiento
pdf-filing-birth-place = Lugar de nacimiento
pdf-filing-nationality = Nacionalidad
pdf-filing-guardian = Progenitor o tutor que actúa por el menor
pdf-filing-registration = Número de registro
pdf-filing-registered-on = Fecha de constitución o de registro
pdf-filing-office = Domicilio social
pdf-filing-represented-by = Representada por
pdf-filing-authority = Facultad de representación
pdf-filing-property = Bien afectado
pdf-filing-data = Datos afectados
pdf-filing-learned = Cómo tuvo conocimiento el solicitante
pdf-filing-facts = Resumen de los hechos
pdf-filing-grounds = Fundamentos
pdf-filing-sources = Fuentes: { $list }.
pdf-filing-to-check = { $citation } [por verificar antes de presentar: { $level }]
pdf-filing-secondary = leído solo en una fuente secundaria
pdf-filing-unverified = no verificado
pdf-filing-outcome = Petición
pdf-filing-confidential = Información confidencial (Estatuto de la CCF, art. 20)
pdf-filing-revision = La decisión y el hecho nuevo
pdf-filing-decision = Decisión
pdf-filing-new-fact = Hecho nuevo
pdf-filing-discovered = Descubierto el
pdf-filing-annexes = Anexos
pdf-filing-index = Índice de anexos
pdf-filing-index-row = Fecha: { $date } · Páginas: { $pages }
pdf-filing-no-date = —
pdf-filing-title = Título
pdf-filing-type = Tipo
pdf-filing-bytes = Tamaño en bytes
pdf-filing-date = Fecha
pdf-filing-signature = Firma
pdf-filing-place = Lugar
pdf-filing-packet = Expediente de la solicitud
pdf-filing-contents = Índice
pdf-filing-not-pdf = Este anexo es un archivo que no puede mostrarse como página. Se identifica aquí por su nombre, tipo, tamaño y huella SHA-256, y se aporta por separado.

## The evidence custody certificate (core/src/evidence/certificate.rs), in the user's language.
pdf-certificate-title = Certificado de custodia de pruebas
pdf-certificate-footer = Habeas — certificado de custodia de pruebas
pdf-certificate-subject = Cadena de custodia { $count ->
        [one] de { $count } prueba
       *[other] de { $count } pruebas
    }
pdf-certificate-intro = Este certificado describe { $count ->
        [one] { $count } prueba conservada
       *[other] { $count } pruebas conservadas
    } en una bóveda cifrada de Habeas: la huella SHA-256 de cada archivo, calculada al importarlo, los datos registrados sobre él y cada evento de su cadena de custodia (importado, consultado, exportado, modificado, anexado, borrado). Emitido el { $made } por { $program }.
pdf-certificate-chain-intact = Integridad del registro: cada entrada del registro de auditoría de la bóveda se comprobó al emitir este certificado; la cadena de huellas está intacta: ninguna entrada de abajo se eliminó, reordenó ni alteró sin que se reescribieran también todas las posteriores. La cadena no está firmada: quien tenga la bóveda podría reescribirla entera. Para fijarla en el tiempo, haga sellar con fecha la cabeza de la cadena indicada abajo fuera de la bóveda (un notario, un servicio de sellado de tiempo de confianza) al emitir este certificado.
pdf-certificate-chain-broken = ATENCIÓN: el registro de auditoría de la bóveda no encadena en la entrada { $seq }. Las entradas desde ahí pueden haberse alterado o eliminado. No confíe en este certificado antes de que se haya comprobado la bóveda.
pdf-certificate-chain-head = Cabeza de la cadena
pdf-certificate-chain-head-value = entrada { $seq }, SHA-256 { $hash }
pdf-certificate-items = Pruebas
pdf-certificate-check = Cómo comprobar un archivo usted mismo
pdf-certificate-check-how = La huella SHA-256 identifica el contenido exacto de un archivo: cambiar un solo byte da una huella completamente distinta. Para comprobar que una copia de un archivo es la descrita aquí, calcule su huella con una herramienta estándar y compare los 64 caracteres con el SHA-256 de arriba.
pdf-certificate-file = ARCHIVO
pdf-certificate-check-case = Windows muestra la huella en mayúsculas: compare sin distinguir mayúsculas y minúsculas. Una copia exportada desde Habeas se comprueba con esta huella mientras se escribe.
pdf-certificate-limits = Lo que este certificado no prueba: de dónde venía un archivo antes de importarlo (véase «Origen»), ni que su contenido sea verdadero. El registro lo lleva la copia de Habeas del titular de la bóveda; recoge cómo trató los archivos y no es la atestación de un tercero.
pdf-certificate-certified-by = Certificado por
pdf-certificate-name = Nombre
pdf-certificate-date-place = Fecha y lugar
pdf-certificate-signature = Firma
pdf-certificate-item = Prueba { $n }: { $name }
pdf-certificate-size = Tamaño
pdf-certificate-type = Tipo
pdf-certificate-category = Categoría
pdf-certificate-imported = Importada
pdf-certificate-file-modified = Última modificación del archivo
pdf-certificate-document-date = Fecha del documento
pdf-certificate-source = Origen
pdf-certificate-language = Idioma
pdf-certificate-description = Descripción
pdf-certificate-translator = Traductor
pdf-certificate-translation-of = Traducción de
pdf-certificate-habeas-id = Identificador en Habeas
pdf-certificate-status = Estado
pdf-certificate-deleted = Borrada el { $when }: el archivo ya no está en la bóveda; se conservan su ficha y su registro.
pdf-certificate-custody = Cadena de custodia
pdf-certificate-log-entry = Entrada { $seq } del registro, huella de la cadena:
pdf-certificate-no-events = No hay eventos de custodia registrados para esta prueba.
pdf-certificate-bytes = { $count ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }
pdf-certificate-kilobytes = { $value } kB
pdf-certificate-megabytes = { $value } MB
pdf-certificate-gigabytes = { $value } GB
pdf-certificate-empty = (vacío)
pdf-certificate-none = (ninguno)
pdf-certificate-details = los datos
pdf-certificate-event-import = Importado «{ $name }» ({ $size }), SHA-256 { $sha256 }, tipo { $type }.
pdf-certificate-event-import-source = Origen: { $source }.
pdf-certificate-event-view = Abierta para consulta dentro de Habeas (descifrada solo en memoria).
pdf-certificate-event-export = Se exportó una copia descifrada a { $to }; su SHA-256 se comprobó al escribirla.
pdf-certificate-event-export-failed = La exportación a { $to } registrada arriba no se completó: no quedó ninguna copia allí.
pdf-certificate-event-update = Se cambió { $field } de «{ $old }» a «{ $new }».
pdf-certificate-event-delete = Borrada: el archivo se retiró de la bóveda; esta ficha se conservó.
pdf-certificate-event-certificate = Se emitió un certificado de custodia.
pdf-certificate-event-annex = Anexada a una solicitud como { $label }.
pdf-certificate-event-unannex = Retirada de los anexos de una solicitud.
pdf-certificate-event-filed = Exportada como anexo { $label } de una solicitud ({ $as }) a { $to }.
pdf-certificate-event-filed-copy = Colocada como su copia sin metadatos, SHA-256 { $sha256 }.
pdf-certificate-event-derive = Se hizo una copia para exportar ({ $what }): prueba { $copy }, SHA-256 { $sha256 }. Este archivo no cambió.
pdf-certificate-event-derived = Hecha por Habeas a partir de la prueba { $from } (SHA-256 { $fromsha }): { $what }. SHA-256 de esta copia { $sha256 }.
pdf-certificate-event-other = { $action }.

## The recovery sheet (core/src/vault/recovery.rs), in the user's language.
pdf-recovery-title = Hoja de recuperación de Habeas
pdf-recovery-footer = Habeas — hoja de recuperación — manténgala en secreto
pdf-recovery-subject = Clave de recuperación de una bóveda de Habeas
pdf-recovery-intro = Esta clave abre su bóveda de Habeas si olvida su frase de contraseña. Cualquiera que tenga esta hoja y una copia de la carpeta de su bóveda puede leer todo lo que contiene: guárdela en un lugar seguro, lejos de su ordenador y de su bolsa (un cajón con llave, una persona de confianza).
pdf-recovery-vault = Bóveda
pdf-recovery-printed = Impresa
pdf-recovery-open = Para abrir la bóveda con esta clave
pdf-recovery-in-habeas = En Habeas: en la pantalla de desbloqueo elija «Use la clave de recuperación», escriba la clave (los guiones son opcionales; 0 y O, 1 e I cuentan como el mismo signo) y luego fije una nueva frase de contraseña. La clave sigue funcionando después.
pdf-recovery-without-habeas = Sin Habeas, con la herramienta estándar age, en la carpeta de la bóveda: ejecute las dos órdenes de abajo y, cuando la primera lo pida, escriba la clave exactamente como está impresa arriba, guiones incluidos. La segunda muestra la identidad de la bóveda, que abre todos sus demás archivos (docs/vault-format.md los explica uno a uno). Borre después slot.txt. En una bóveda sin keys/identity.age (formato 1), la primera orden sola da la identidad.
pdf-recovery-lost = Si esta hoja se pierde o la ve otra persona
pdf-recovery-lost-how = Abra la bóveda y cree una nueva clave de recuperación (Ajustes); luego cambie la frase de contraseña: una vez confirmada la nueva clave, la de esta hoja no abre nada de lo guardado después. Sigue abriendo cualquier copia de la carpeta de la bóveda hecha antes (una copia de seguridad, una copia sincronizada), tal como era entonces: eso no puede retirarse. Una bóveda sin keys/identity.age (formato 1) conserva su identidad: en ese caso, cree una bóveda nueva y traslade a ella los casos.
pdf-recovery-in-clear = Este archivo PDF contiene la clave en claro. Imprímalo y luego borre el archivo y vacíe la papelera.
