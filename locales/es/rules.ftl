# Deadline bases and explanations, flags, checklist, admissibility findings (locales/README.md).

## Alert kinds as the rule texts name them (the same words as app.ftl's enum-alertKind-*).
rule-alert-kind-diffusion = Difusión
rule-alert-kind-red-notice = Notificación roja
rule-alert-kind-blue-notice = Notificación azul
rule-alert-kind-yellow-notice = Notificación amarilla
rule-alert-kind-green-notice = Notificación verde
rule-alert-kind-black-notice = Notificación negra
rule-alert-kind-orange-notice = Notificación naranja
rule-alert-kind-purple-notice = Notificación morada
rule-alert-kind-silver-notice = Notificación plateada
rule-alert-kind-un-special-notice = Notificación especial INTERPOL–Consejo de Seguridad de las Naciones Unidas
rule-alert-kind-ncb-message = Mensaje directo entre Oficinas Centrales Nacionales

## Flags (core/src/rules/flags.rs): labels and reasons.
flag-label-refugee = Refugiado o solicitante de asilo
flag-label-refugee-from-issuing-state = Estatuto de refugiado frente al Estado emisor
flag-label-political-profile = Opositor político, periodista o activista
flag-label-private-dispute = Litigio comercial o privado
flag-label-in-absentia = Juzgado en rebeldía
flag-label-reissued-after-deletion = Alerta emitida de nuevo tras una supresión
flag-label-diffusion-after-red-notice = Difusión tras una notificación roja rechazada o suprimida
flag-label-country-misuse = Antecedentes de abuso del país emisor
flag-set-by-hand = Indicado a mano.
flag-state-of-refuge = el Estado de acogida
flag-reason-refugee-from-issuing-state = El estatuto de refugiado conforme a la Convención de 1951, concedido por { $by }, se basa en un temor de persecución por parte de { $feared }, que emitió una alerta: la política de INTERPOL sobre refugiados (GA-2017-86-RES-09) suprime las notificaciones y difusiones de ese Estado una vez que un país miembro confirma el estatuto. Pida a la CCF que obtenga esa confirmación de { $by }.
flag-role-political-opponent = opositor político
flag-role-journalist = periodista
flag-role-activist = activista
flag-reason-political-profile = Registrado como { $roles }: el artículo 3 del Estatuto de INTERPOL prohíbe toda actividad de carácter político.
flag-reason-private-dispute = Registrado como litigio comercial: una notificación roja no puede basarse en un litigio privado (RTD art. 83, fuente secundaria).
flag-reason-in-absentia = Una alerta se basa en una condena en rebeldía.
flag-from-country = (país emisor: { $country })
flag-country-not-recorded = (país emisor no registrado)
flag-the-same-country = El mismo país
flag-reason-reissued = La alerta «{ $alert }» { $from } fue suprimida { $by ->
        [ccf] por la CCF
        [secretariat] por la Secretaría General de INTERPOL
       *[unknown] (por la CCF o la Secretaría General: no registrado)
    }{ $deleted ->
        [none] {""}
       *[other] {" "}el { $deleted }
    } y luego emitida de nuevo{ $reissued ->
        [none] {""}
       *[other] {" "}el { $reissued }
    }.
flag-reason-diffusion-after-red-notice = { $country } envió una difusión{ $dated ->
        [none] {""}
       *[other] {" "}fechada el { $dated }
    } después de que su notificación roja fuera { $end ->
        [refused] rechazada
       *[deleted] suprimida
    } { $by ->
        [ccf] por la CCF
        [secretariat] por la Secretaría General de INTERPOL
       *[unknown] (por la CCF o la Secretaría General: no registrado)
    }{ $ended ->
        [none] {""}
       *[other] {" "}el { $ended }
    }.
flag-where = { $country }
flag-reason-claim-pending = Solicitud de protección en trámite{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }: no es un estatuto de refugiado confirmado.
flag-reason-asylum-pending = Solicitud de asilo en trámite{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }: todavía no es un estatuto de refugiado confirmado.
flag-reason-refugee-granted = Estatuto de refugiado conforme a la Convención de 1951 concedido{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }.
flag-reason-subsidiary-granted = Protección subsidiaria concedida{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }: no es el estatuto de refugiado, así que la política de INTERPOL sobre refugiados no se aplica como tal.
flag-reason-humanitarian-granted = Protección humanitaria concedida{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }: no es el estatuto de refugiado, así que la política de INTERPOL sobre refugiados no se aplica como tal.
flag-reason-protection-granted = Protección concedida{ $where ->
        [none] {""}
       *[other] {" "}({ $where })
    }. Indique si es el estatuto de refugiado conforme a la Convención de 1951: la política de INTERPOL sobre refugiados solo cubre ese estatuto.

## The action checklist (core/src/rules/checklist.rs): each step's title and how, the cautions,
## and why a step matters for a case's flags.

checklist-ccf-request-title = Pedir a la CCF acceso a los datos, o su supresión
checklist-ccf-request-detail = Presente la solicitud en el portal de la CCF (obligatorio desde el 26 de marzo de 2026), un tipo de solicitud por envío (fuente secundaria). El acceso y la supresión pueden pedirse a la vez: una solicitud de supresión no tiene que esperar la respuesta sobre el acceso. Una respuesta sobre el acceso puede no mostrar todo lo que INTERPOL conserva: la CCF solo comunica datos con el consentimiento de su fuente (Estatuto, art. 35, fuente secundaria).
checklist-counsel-title = Contratar a un abogado con experiencia en asuntos de INTERPOL
checklist-counsel-detail = El procedimiento ante la CCF es solo escrito: la primera solicitud lleva todo el caso.
checklist-asylum-title = Solicitar asilo o el estatuto de refugiado donde proceda
checklist-asylum-detail = Cuando un país miembro confirma el estatuto de refugiado de una persona (Convención de 1951), INTERPOL suprime las notificaciones y difusiones del Estado que la persona teme (política sobre refugiados, GA-2017-86-RES-09). Una solicitud pendiente, la protección subsidiaria o humanitaria no bastan para esa política.
checklist-notify-borders-title = Avisar a las autoridades fronterizas antes de viajar
checklist-notify-borders-detail = Lleve la correspondencia de la CCF y las decisiones judiciales; decida con un abogado local si conviene informar de antemano a las autoridades de un país de la ruta.
checklist-challenge-extradition-title = Impugnar la extradición ante los tribunales nacionales
checklist-challenge-extradition-detail = La CCF no decide sobre la extradición; solo lo hacen los tribunales del Estado requerido. Los plazos tras una detención provisional son cortos.
checklist-monitor-title = Vigilar la situación con regularidad
checklist-monitor-detail = Repita las solicitudes de acceso: una alerta suprimida puede emitirse de nuevo, y una difusión puede seguir a una notificación roja denegada.
checklist-advocacy-title = Incidencia pública cuando convenga
checklist-advocacy-detail = La atención de la prensa y de las ONG puede respaldar un argumento basado en el art. 3.
checklist-prevent-issuing-country-title = Actuar en el país emisor antes de que se emita una alerta
checklist-prevent-issuing-country-detail = Impugne la orden o el proceso nacional mediante un abogado local cuando sea seguro.
checklist-prevent-monitoring-title = Estar atento a nuevas alertas
checklist-prevent-monitoring-detail = Una solicitud de acceso a la CCF puede mostrar si se están tratando datos, aunque la respuesta puede estar limitada por el consentimiento de la fuente (Estatuto, art. 35, fuente secundaria). No encontrar un nombre entre las notificaciones rojas públicas no prueba nada: la mayoría de las notificaciones y todas las difusiones no son públicas.
checklist-prevent-inform-borders-title = Informar de antemano a las autoridades fronterizas
checklist-prevent-inform-borders-detail = Con un abogado local, considere enviar la decisión de protección y el contexto a los países donde la persona vive o a los que viaja.
checklist-caution-border = Hable primero con un abogado de ese país. Presentarse ante las autoridades fronterizas o policiales puede por sí mismo llevar a una detención por la alerta. Nunca contacte con las autoridades del Estado que emitió la alerta, ni con las de Estados que colaboran estrechamente con él.
checklist-caution-passport = No pida un pasaporte nuevo al Estado que teme: renovarlo puede considerarse acogerse de nuevo a su protección y poner fin al estatuto de refugiado (Convención de 1951, art. 1C(1)). Pida en su lugar un documento de viaje para refugiados al país de acogida.
checklist-caution-advocacy = La publicidad también puede endurecer la postura del Estado emisor o poner en peligro a la familia en el país: decida con la persona, caso por caso.
checklist-why-refugee-deletion = El estatuto de refugiado frente al Estado emisor es el motivo de supresión más sólido según la política sobre refugiados: pida a la CCF que obtenga la confirmación del Estado que lo concedió.
checklist-why-political-neutrality = Un perfil político respalda un argumento basado en el art. 3 (neutralidad).
checklist-why-private-dispute = Un litigio privado no puede fundar una notificación roja (RTD art. 83, fuente secundaria).
checklist-why-diffusion-after-red-notice = Una difusión tras una notificación roja denegada sugiere que se usa ese canal para eludir la revisión.
checklist-why-record-refugee-status = Registre qué se concedió y qué Estado teme la persona: la política sobre refugiados se aplica al estatuto de refugiado según la Convención de 1951 frente al Estado que emitió la alerta.
checklist-why-political-protection = Un perfil político suele ser también el motivo de la protección.
checklist-why-travel-document = Un documento de viaje para refugiados no protege de una detención por una alerta en un tercer país.
checklist-why-in-absentia = Las condenas en rebeldía son un motivo frecuente para denegar la extradición.
checklist-why-non-refoulement = El principio de no devolución impide el retorno al Estado que la persona teme.
checklist-why-reissued = Una alerta ya ha vuelto una vez después de su supresión.
checklist-why-country-misuse = El país emisor tiene antecedentes de uso abusivo.
checklist-why-ngo-support = Los casos de periodistas y activistas atraen el apoyo de las ONG.

## Admissibility findings (core/src/rules/admissibility.rs): what the user should do.

admissibility-identity-missing = { $minor ->
        [yes] Adjunte una copia del documento de identidad del menor (pasaporte o documento nacional de identidad): sin tachaduras ni partes ocultas.
       *[no] Adjunte una copia del documento de identidad del solicitante (pasaporte o documento nacional de identidad): sin tachaduras ni partes ocultas.
    }
admissibility-identity-contents = Confirme que la copia del documento de identidad muestra de forma legible el nombre completo, la fecha de nacimiento y la fotografía.
admissibility-identity-expiry = { $minor ->
        [yes] Registre la fecha de caducidad del documento de identidad del menor (pestaña Resumen), para que Habeas compruebe que sigue vigente.
       *[no] Registre la fecha de caducidad del documento de identidad del solicitante (pestaña Resumen), para que Habeas compruebe que sigue vigente.
    }
admissibility-identity-expired = Todos los documentos de identidad registrados del solicitante han caducado. Adjunte uno vigente, o explique en una nota adjunta por qué no puede obtenerse ninguno. Un profesional incluye el documento caducado entre los motivos habituales de inadmisibilidad.
admissibility-identity-expired-refugee = Todos los documentos de identidad registrados del solicitante han caducado. No pida un pasaporte nuevo a { $feared }: para un refugiado, renovarlo puede considerarse acogerse de nuevo a la protección de ese Estado y poner fin al estatuto de refugiado (Convención de 1951, art. 1C(1)). Adjunte en su lugar un documento de viaje para refugiados o un permiso de residencia expedido por { $refuge }, o explique en una nota adjunta por qué no puede obtenerse ningún documento de identidad vigente (el único Estado que podría expedir un pasaporte es aquel del que huyó el solicitante).
admissibility-feared-unknown = el Estado del que huyó el solicitante
admissibility-refuge-unknown = el país de acogida
admissibility-minor-guardian = El solicitante es menor de edad: indique el progenitor o tutor que actúa por él y su relación.
admissibility-minor-proof = El solicitante es menor de edad: adjunte un documento que pruebe la relación con el progenitor o tutor (partida de nacimiento, resolución de tutela), como prueba de la categoría «Prueba del parentesco (menor)».
admissibility-entity-name = El solicitante es una persona jurídica: indique su denominación completa y su fecha de constitución o inscripción (y su número de registro, si lo tiene).
admissibility-entity-registration = El solicitante es una persona jurídica: adjunte un documento oficial con su denominación completa, su fecha de constitución o inscripción y su número de registro, como prueba de la categoría «Registro de una entidad».
admissibility-entity-signatory = Indique la persona física que representa a la persona jurídica en esta solicitud.
admissibility-entity-authority = Adjunte la prueba de que el firmante puede representar a la persona jurídica (acuerdo del consejo, extracto con los administradores), como prueba de la categoría «Facultad para representar a una entidad».
admissibility-property-proof = La solicitud se refiere a un bien: adjunte un documento que muestre que pertenece al solicitante (certificado de registro, título de propiedad), como prueba de la categoría «Prueba de la propiedad de un bien».
admissibility-poa-missing = Un representante presenta esta solicitud: adjunte el poder firmado por el solicitante y elíjalo como poder.
admissibility-poa-unsigned = Confirme que el poder está firmado por el solicitante.
admissibility-signature-missing = Indique quién firma la solicitud y féchela.
admissibility-signature-future = La fecha de firma es futura.
admissibility-annex-language = El anexo «{ $name }» está en { $language }: adjunte también una traducción al inglés, francés, español o árabe (una prueba marcada como su traducción).
admissibility-purpose = Indique lo que pide el solicitante ({ $kind }): por ejemplo, que se supriman los datos y se informe a todas las Oficinas Centrales Nacionales.
admissibility-revision-fact = Describa el hecho nuevo descubierto y la fecha en que el solicitante tuvo conocimiento de él.
admissibility-revision-late = El hecho nuevo se descubrió el { $date }: hace más de seis meses, por lo que la solicitud de revisión está fuera de plazo.
admissibility-revision-future = La fecha del descubrimiento es futura.
admissibility-revision-summary = La solicitud ocupa unas { $pages } páginas. Desde marzo de 2026 la CCF pide primero un resumen de unas dos páginas del hecho nuevo; guarde la argumentación completa para cuando la invite.
admissibility-data-identified = { $recorded ->
        [no] Registre las alertas en la pestaña Notificaciones, luego elija las que afectan a esta solicitud e indique cómo las conoció el solicitante; la CCF busca en los ficheros de INTERPOL con lo que usted le da.
       *[yes] Elija las alertas que afectan a esta solicitud e indique cómo las conoció el solicitante; la CCF busca en los ficheros de INTERPOL con lo que usted le da.
    }
admissibility-citation-secondary = { $cites } (leído solo en una fuente secundaria: { $source })
admissibility-citation-unverified = { $cites } (no verificado: { $source })
admissibility-citations = El motivo { $n } («{ $title }») cita { $citations }. Compruebe el número y la redacción con el texto oficial, corrija el párrafo si hace falta y marque sus citas como comprobadas. Hasta entonces la solicitud las marca «por comprobar».
admissibility-ground-red-notice = El motivo { $n } («{ $title }») enuncia una regla para notificaciones rojas, pero la solicitud no se refiere a ninguna: los criterios de las notificaciones rojas no rigen las difusiones como tales. Elimínelo o reescríbalo.
admissibility-ground-diffusion = El motivo { $n } («{ $title }») está redactado para una difusión, pero la solicitud no se refiere a ninguna. Elimínelo o reescríbalo.
admissibility-ground-refugee = El motivo { $n } afirma que el solicitante ha sido reconocido como refugiado según la Convención de 1951, con temor de persecución por parte del Estado que emitió los datos. El caso no lo registra (pestaña Resumen: la protección concedida, su tipo y el Estado temido). Corrija el caso o elimine el párrafo: una solicitud pendiente u otra protección tiene su propia redacción.
admissibility-part-data = Los datos afectados
admissibility-part-facts = El resumen de los hechos
admissibility-part-outcome = Lo que se pide
admissibility-part-new-fact = El hecho nuevo
admissibility-part-ground = El motivo { $n }
admissibility-placeholder = { $part } aún contiene un pasaje por completar: «{ $passage }». Sustitúyalo por los hechos del caso, o elimínelo.
