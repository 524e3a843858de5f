# Cartas, hoja «si me detienen» y nota para el abogado de guardia (locales/README.md).
# Español: redactado por el equipo (traducción asistida), SIN REVISAR por un jurista nativo.
# Cada afirmación conserva exactamente la fuerza del inglés, no más. Las citas siguen el uso
# español («art. 40 del Estatuto de la CCF»).

## Partes de frases

letters-list-comma = {", "}
letters-list-and = { $init } y { $last }
letters-born = nacido/a el { $date }
letters-national-of = de nacionalidad: { $countries }
letters-document-number = { $document } n.º { $number }
letters-document =
    { $kind ->
        [passport] pasaporte
        [national_id] documento nacional de identidad
        [refugee_travel_document] documento de viaje para refugiados
        [residence_permit] permiso de residencia
       *[other] documento de identidad
    }
letters-blank-issuer = [el Estado emisor]
letters-blank-country = [país]
letters-blank-date = [fecha]
letters-blank-name = [nombre]
letters-blank-contact = [nombre y teléfono del abogado o representante]
letters-page = Página { $page } de { $pages }

## Qué son las alertas

letters-alert =
    { $kind ->
        [ncb_message] un mensaje enviado directamente entre Oficinas Centrales Nacionales
        [wanted_diffusion] una difusión de búsqueda y detención
        [diffusion] una difusión
        [red_notice] una notificación roja
        [blue_notice] una notificación azul
        [yellow_notice] una notificación amarilla
        [green_notice] una notificación verde
        [black_notice] una notificación negra
        [orange_notice] una notificación naranja
        [purple_notice] una notificación morada
        [silver_notice] una notificación plateada
        [un_special_notice] una notificación especial INTERPOL–Consejo de Seguridad de las Naciones Unidas
       *[other] una alerta
    }
letters-alert-label =
    { $kind ->
        [ncb_message] Mensaje directo entre OCN
        [diffusion] Difusión
        [red_notice] Notificación roja
        [blue_notice] Notificación azul
        [yellow_notice] Notificación amarilla
        [green_notice] Notificación verde
        [black_notice] Notificación negra
        [orange_notice] Notificación naranja
        [purple_notice] Notificación morada
        [silver_notice] Notificación plateada
        [un_special_notice] Notificación especial INTERPOL–Consejo de Seguridad de las Naciones Unidas
       *[other] Alerta
    }
letters-where =
    { $where ->
        [channels] transmitido por los canales de INTERPOL
       *[files] registrada en los ficheros de INTERPOL
    }
letters-subject-bearer = El portador de esta carta, { $name }, es o puede ser objeto de { $alerts } { $where } a petición de: { $issuers }.
letters-subject-self = Soy o puedo ser objeto de { $alerts } { $where } a petición de: { $issuers }.
letters-nature-red-notice = Una notificación roja no es una orden de detención internacional. Es una solicitud a las fuerzas del orden de todo el mundo para localizar a una persona y detenerla provisionalmente en espera de su extradición, basada en una orden nacional; cada país miembro de INTERPOL decide qué valor jurídico le otorga. (INTERPOL, «Notificaciones rojas», interpol.int.)
letters-nature-diffusion = Una difusión es una solicitud enviada directamente por la Oficina Central Nacional de un país a los países que elige. A diferencia de una notificación roja, la Secretaría General de INTERPOL no la examina antes de su envío, sino después. (Reglamento de INTERPOL sobre el Tratamiento de Datos, art. 1; relatos de profesionales sobre el examen de INTERPOL.)
letters-nature-wanted-diffusion = Una difusión de búsqueda y detención es una solicitud de localizar y detener a una persona, enviada directamente por la Oficina Central Nacional de un país a los países que elige. A diferencia de una notificación roja, la Secretaría General de INTERPOL no la examina antes de su envío, sino después. (Reglamento de INTERPOL sobre el Tratamiento de Datos, art. 1; relatos de profesionales sobre el examen de INTERPOL.)
letters-nature-no-arrest = Hasta donde se sabe, la difusión relativa a la persona no solicita su detención.
letters-nature-ncb-message = Un mensaje enviado directamente por la Oficina Central Nacional de un país a la de otro por los canales de INTERPOL no es ni una notificación ni una difusión; la Secretaría General de INTERPOL no examina su contenido de antemano. (Reglamento de INTERPOL sobre el Tratamiento de Datos, art. 22.6, texto de 2024, según lo describen los profesionales.)

## Solicitud a la CCF: solo si consta presentada y sin decisión posterior

letters-pending =
    { $what ->
        [revision] Una solicitud de revisión de una decisión sobre estos datos
        [correction_deletion] Una solicitud de rectificación y supresión de estos datos
        [deletion] Una solicitud de supresión de estos datos
        [correction] Una solicitud de rectificación de estos datos
       *[other] Una solicitud relativa a estos datos
    } fue presentada el { $date } ante la Comisión de Control de los Ficheros de INTERPOL (CCF), el órgano que decide, con efecto vinculante para INTERPOL, si los datos de sus ficheros se ajustan a sus normas. No se ha recibido ninguna decisión al respecto.

## Protección: exactamente lo concedido o solicitado

letters-when = {" "}el { $date }
letters-feared = {", "}por temor a ser perseguido/a por: { $state }
letters-status-refugee = { $name } fue reconocido/a como refugiado/a en virtud de la Convención sobre el Estatuto de los Refugiados de 1951 por: { $by }{ $when }{ $feared }.
letters-status-subsidiary = { $name } obtuvo protección subsidiaria de: { $by }{ $when }{ $feared }.
letters-status-humanitarian = { $name } obtuvo protección por razones humanitarias de: { $by }{ $when }.
letters-status-unspecified = { $name } obtuvo protección internacional de: { $by }{ $when } [indique si es el estatuto de refugiado u otra protección].
letters-status-pending = { $name } solicitó asilo en: { $by }{ $when }; la solicitud aún no ha sido resuelta.
letters-refugee-policy = Según la política de INTERPOL sobre refugiados (Resolución de la Asamblea General GA-2017-86-RES-09), una vez que un país miembro ha confirmado el estatuto de refugiado de una persona, INTERPOL suprime toda notificación o difusión sobre esa persona emitida por el país en el que teme ser perseguida.
letters-issued-by = {" "}expedido por: { $state }
letters-travel-document = { $name } viaja con un documento de viaje para refugiados{ $issuer }. No cabe esperar que un refugiado obtenga un pasaporte del Estado del que huyó: solicitarlo puede considerarse acogerse de nuevo a su protección (Convención sobre el Estatuto de los Refugiados de 1951, art. 1.C.1).

## Documentos que se llevan o se adjuntan

letters-enclosure-dated = { $title } ({ $date })
letters-category =
    { $category ->
        [identity_document] Documento de identidad
        [power_of_attorney] Poder
        [relationship_proof] Prueba de parentesco (menor)
        [entity_registration] Registro de una entidad
        [authority_to_represent] Facultad para representar a una entidad
        [property_record] Prueba de propiedad de un bien
        [court_record] Documento judicial
        [arrest_warrant] Orden de detención
        [extradition_papers] Documentos de extradición
        [asylum_decision] Resolución sobre refugio o asilo
        [human_rights_report] Informe de derechos humanos sobre el Estado emisor
        [correspondence_ncb] Correspondencia con una OCN
        [correspondence_ccf] Correspondencia con la CCF
        [correspondence_authorities] Correspondencia con autoridades
        [press] Prensa o medios
        [narrative_draft] Borrador del relato
        [translation] Traducción
       *[other] Otro
    }

## Firma

letters-sign-name = Nombre
letters-sign-date = Fecha
letters-sign-signature = Firma
letters-any-question = Para cualquier consulta: { $contact }.

## Carta a las autoridades de fronteras e inmigración

letters-border-title = Nota a las autoridades de fronteras e inmigración
letters-bearer-heading = Para el portador: léalo antes de usar esta carta
letters-border-caution = Hable primero con un abogado en ese país. Presentarse ante las autoridades fronterizas o policiales puede, por sí solo, dar lugar a una detención por la alerta. No contacte nunca con las autoridades del Estado que emitió la alerta ni con las de Estados que colaboran estrechamente con él.
letters-bearer-remove = Esta página es solo para usted: retírela antes de entregar la carta.
letters-bearer-footer = Para el portador: no forma parte de la carta
letters-border-to = A las autoridades de fronteras e inmigración de: { $state }
letters-border-heading = Nota relativa a una alerta de INTERPOL
letters-concerning = Asunto
letters-border-enclosures = Documentos que acompañan a esta carta
letters-border-contact = Antes de adoptar cualquier medida, sírvanse contactar con { $contact }. El portador está dispuesto a responder a cualquier pregunta por su intermedio.
letters-border-subject = Alerta de INTERPOL relativa al portador; dirigida a: { $state }

## Carta de presentación a la autoridad de asilo

letters-asylum-title = Carta de presentación a la autoridad de asilo
letters-asylum-to = A la autoridad de asilo de: { $state }
letters-asylum-heading = Alertas de INTERPOL y solicitud de asilo
letters-applicant = Solicitante
letters-asylum-accompanies = Esta carta acompaña la solicitud de asilo de { $name }, que es o puede ser objeto de { $alerts } { $where } a petición de: { $issuers }.
letters-asylum-feared-issuer = La alerta procede de { $state }, el Estado por el que el solicitante teme ser perseguido. El Estatuto de INTERPOL (art. 3) le prohíbe toda actividad de carácter político, militar, religioso o racial, e INTERPOL examina si tal elemento predomina sobre el delito de derecho común imputado.
letters-asylum-confirmation = La misma resolución alienta a los países miembros a enviar a la Secretaría General de INTERPOL, o a la CCF, la confirmación de que se ha reconocido a una persona el estatuto de refugiado. Solicitamos respetuosamente que, si { $name } es reconocido/a como refugiado/a, { $state } envíe dicha confirmación.
letters-asylum-enclosures = Documentos adjuntos
letters-asylum-subject = Alertas de INTERPOL relativas a un solicitante de asilo; dirigida a: { $state }

## Carta a la CCF por una decisión vencida (art. 40 del Estatuto de la CCF; fuente secundaria)

letters-follow-up-title = Solicitud de decisión de la Comisión
letters-follow-up-before = Antes de enviar esta carta
letters-follow-up-note = Envíe esta carta por el portal en línea de la CCF, junto con la solicitud a la que se refiere. Los plazos que cita (art. 40 del Estatuto de la CCF: una decisión en cuatro meses sobre una solicitud de acceso, en nueve meses sobre una solicitud de rectificación o supresión, contados desde la fecha en que la solicitud fue declarada admisible) solo se leyeron en una fuente secundaria (legal-status.eu) y no pudieron cotejarse con el texto del propio Estatuto; se desconoce si la CCF puede prorrogarlos. Compruébelos y complete la parte entre corchetes antes de enviarla.
letters-follow-up-alone = Esta página es solo para usted: no la envíe con la carta.
letters-sender-footer = Para el remitente: no forma parte de la carta
letters-ccf-to = A la Comisión de Control de los Ficheros de INTERPOL (CCF)
letters-ccf-portal = Por el portal en línea de la CCF
letters-follow-up-step =
    El { $filed }, se presentó ante la Comisión { $what ->
        [access] una solicitud de acceso a los datos
       *[correction_deletion] una solicitud de rectificación o supresión de los datos
    } relativa a { $name }. La Comisión la declaró admisible el { $admissible }. Según el art. 40 del Estatuto de la CCF, la Comisión resuelve tal solicitud en un plazo de { $what ->
        [access] cuatro meses
       *[correction_deletion] nueve meses
    } desde su admisibilidad: ese plazo venció el { $due }. No se ha recibido ninguna decisión al respecto.
letters-follow-up-ask = { $name } solicita respetuosamente a la Comisión que dicte su decisión sin más demora o, si no puede, que indique por qué y cuándo prevé resolver. [Indique lo que la demora le cuesta a { $name }: una detención, una retención en una frontera, un visado denegado, una cuenta cerrada.]
letters-follow-up-subject = Una decisión de la CCF vencida según el art. 40 de su Estatuto

## Hoja «si me detienen»

letters-detained-title = Si me detienen
letters-detained-unreviewed = (Traducido del inglés que figura arriba; traducción aún no revisada por un jurista nativo. Prevalece el texto inglés.)
letters-i-am = Soy
letters-detained-lawyer = Pido un abogado y un intérprete antes de cualquier interrogatorio o audiencia, y no firmaré nada que no entienda.
letters-detained-no-consent = No consiento mi extradición ni mi entrega, ni ningún procedimiento simplificado o acelerado.
letters-detained-no-consulate = No contacten con la embajada ni con el consulado de { $state } ni les den ninguna información sobre mí: he pedido protección frente a ese Estado.
letters-sheet-nature =
    { $kind ->
        [red_notice] Una notificación roja no es una orden de detención internacional: cada país miembro de INTERPOL decide qué valor jurídico le otorga. (INTERPOL, «Notificaciones rojas», interpol.int.)
        [wanted_diffusion] Una difusión de búsqueda y detención es un mensaje enviado directamente por la policía de un país a los países que elige; la Secretaría General de INTERPOL no la examina antes de su envío. (Reglamento de INTERPOL sobre el Tratamiento de Datos, art. 1; relatos de profesionales.)
        [no_arrest] Hasta donde se sabe, la difusión que me concierne no solicita mi detención.
        [ncb_message] Un mensaje enviado directamente entre las policías de dos países por los canales de INTERPOL no es ni una notificación ni una difusión; INTERPOL no lo examina de antemano. (Reglamento de INTERPOL sobre el Tratamiento de Datos, art. 22.6, según lo describen los profesionales.)
       *[diffusion] Una difusión es un mensaje enviado directamente por la policía de un país a los países que elige; la Secretaría General de INTERPOL no la examina antes de su envío. (Reglamento de INTERPOL sobre el Tratamiento de Datos, art. 1; relatos de profesionales.)
    }
letters-sheet-pending =
    { $what ->
        [revision] Una solicitud de revisión de una decisión sobre estos datos
        [correction_deletion] Una solicitud de rectificación y supresión de estos datos
        [deletion] Una solicitud de supresión de estos datos
        [correction] Una solicitud de rectificación de estos datos
       *[other] Una solicitud relativa a estos datos
    } fue presentada el { $date } ante la Comisión de Control de los Ficheros de INTERPOL (CCF). No se ha recibido ninguna decisión al respecto.
letters-sheet-refugee-policy = Política de INTERPOL sobre refugiados (Resolución de la Asamblea General GA-2017-86-RES-09): una vez que un país miembro ha confirmado el estatuto de refugiado de una persona, INTERPOL suprime las notificaciones y difusiones sobre ella emitidas por el país que teme.
letters-detained-call = Llamen, de día y de noche
letters-detained-subject = Lo que pide una persona retenida por una alerta de INTERPOL, y a quién llamar

## Nota para el abogado de guardia

letters-brief-title = Nota para el abogado de la persona detenida
letters-brief-made = Elaborada el { $date } a partir del expediente guardado en Habeas: dice lo que consta en el expediente, nada más. Compruebe cada punto con el cliente y los documentos.
letters-brief-client = Cliente
letters-brief-situation = Situación
letters-situation =
    { $custody ->
        [detained] Detenido/a desde el { $since }
        [released] Puesto/a en libertad el { $since }
        [extradited] Extraditado/a el { $since } (indicado por usted)
       *[at_liberty] En libertad (no consta detención)
    }
letters-situation-protection =
    { $kind ->
        [refugee_status] estatuto de refugiado
        [protection_granted] protección concedida
       *[against_extradition] protegido/a frente a la extradición
    }
letters-situation-in = { $what } ({ $state })
letters-situation-since = { $what } desde el { $date }
letters-situation-closed = { $situation } — caso cerrado
letters-brief-alerts = Alertas
letters-brief-no-alert = No consta ninguna alerta.
letters-brief-from = de { $state }
letters-brief-status =
    estado: { $status ->
        [suspected] se cree que existe
        [confirmed] confirmada
        [challenged] impugnada ante la CCF
        [deleted] suprimida
        [blocked] bloqueada en espera de examen
        [refused] rechazada
       *[reissued] emitida de nuevo
    }
letters-brief-offence = Delito imputado: { $offence }
letters-brief-warrant = Orden: { $warrant }
letters-brief-dates = Fechas
letters-brief-no-deadline = No puede calcularse ningún plazo a partir del expediente.
letters-brief-deadline =
    { $title }: { $due } ({ $state ->
        [open] abierto
        [met] cumplido
        [late] cumplido con retraso
       *[passed] VENCIDO, no consta nada
    }).
letters-brief-basis =
    Fundamento: { $basis } ({ $confidence ->
        [verified] fuente verificada
        [secondary] leído solo en una fuente secundaria
        [unverified] no verificado
       *[entered_by_you] introducido por el usuario, no comprobado por Habeas
    }).
letters-brief-ccf = Solicitudes a la CCF
letters-brief-step =
    { $step ->
        [access] Acceso
        [correction_or_deletion] Rectificación o supresión
       *[revision] Revisión
    }
letters-brief-step-state =
    { $state ->
        [not_asked] no solicitada
        [drafted] redactada, no presentada
        [filed] presentada el { $filed }
        [admissible] presentada el { $filed }, declarada admisible el { $admissibility }
        [inadmissible] declarada inadmisible el { $admissibility }
       *[decided] resuelta el { $decided }
    }.
letters-brief-overdue = El plazo de la CCF para decidir ha vencido.
letters-brief-grounds = Motivos ya redactados
letters-brief-evidence = Pruebas (SHA-256 en la importación)
letters-brief-annex = Anexo { $label }: { $name }
letters-brief-contact = Contacto
letters-brief-subject = El expediente, para el abogado que se reúne con la persona detenida
