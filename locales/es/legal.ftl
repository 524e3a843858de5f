# Legal texts a user files: the argument library and the request's fixed parts (locales/README.md).
# No Russian legal texts: filings are written in the CCF's languages only (Arabic, English, French, Spanish; domain.md §1.4).
#
# Español: redactado por el equipo (traducción asistida), SIN REVISAR por un jurista de lengua
# materna española. Véase legal.reviewed.
# Títulos oficiales empleados (a confirmar por el revisor):
# - «Estatuto de INTERPOL» (título oficial: Estatuto de la Organización Internacional de Policía
#   Criminal-INTERPOL); el art. 3 se cita según el texto español tal como lo conocemos (no leído
#   en la fuente); el art. 2(a) se parafrasea, sin comillas: su texto español no se ha leído.
# - «Reglamento de INTERPOL sobre el Tratamiento de Datos»: a confirmar.
# - «Estatuto de la Comisión de Control de los Ficheros de INTERPOL»: a confirmar.
# - «notificación roja», «difusión», «Oficina Central Nacional», «Secretaría General»: términos de
#   INTERPOL en español.
# Se emplea el masculino genérico («el solicitante», «juzgado»), convención del lenguaje jurídico
# español; la aplicación no conoce el género de la persona.

## Blanks the user completes

legal-blank-applicant = [el solicitante]
legal-blank-issuing-state = [el Estado emisor]
legal-blank-asylum-state = [el Estado de acogida]
legal-blank-feared-state = [el Estado cuya persecución teme el solicitante]
legal-blank-state = [Estado]
legal-blank-date = [fecha]
legal-blank-authority = [la autoridad]
legal-blank-court = [tribunal o autoridad, referencia]
legal-blank-provision = [la disposición]
legal-and = { $first } y { $second }

## Dates known only to the month or the year

legal-month-year = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }

## The argument library: titles

legal-arg-title-art3-predominance = Artículo 3: la solicitud tiene un carácter predominantemente político
legal-arg-title-art2-human-rights = Artículo 2: el procedimiento del que proceden los datos carece de garantías básicas
legal-arg-title-refugee-policy = Estatuto de refugiado reconocido frente al Estado emisor
legal-arg-title-asylum-pending = Solicitud de asilo pendiente frente al Estado emisor
legal-arg-title-rpd-private-dispute = Un litigio privado o comercial, no un delito grave de derecho común
legal-arg-title-rpd-penalty-threshold = No se alcanza el umbral de pena exigido para una notificación roja
legal-arg-title-rpd-summary-of-facts = Falta de una exposición suficiente de los hechos
legal-arg-title-diffusion-description = La difusión no describe la actividad delictiva
legal-arg-title-no-valid-warrant = Falta de una orden de detención nacional válida
legal-arg-title-reissued-after-deletion = Datos registrados de nuevo tras su supresión
legal-arg-title-diffusion-circumvention = Una difusión utilizada para eludir una notificación roja denegada o suprimida
legal-arg-title-trial-in-absentia = Juicio en rebeldía: los hechos determinantes
legal-arg-title-ne-bis-in-idem = Ne bis in idem: una resolución firme sobre los mismos hechos
legal-arg-title-prescription = Prescripción: la acción penal o la pena ha prescrito
legal-arg-title-interim-measures = Medidas provisionales mientras se examina la solicitud

## The argument library: paragraphs

legal-arg-art3-predominance = El artículo 3 del Estatuto de INTERPOL prohíbe rigurosamente a la Organización toda actividad o intervención en cuestiones o asuntos de carácter político, militar, religioso o racial. Conforme al criterio de la predominancia adoptado por la Asamblea General en 1951 (AGN/20/RES/11), la calificación que el país requirente da a un delito no es determinante: la Comisión examina todos los hechos para decidir si predomina el elemento político o el de derecho común. En este caso predomina el elemento político. La actividad de { $applicant } es conocida: [describir la actividad política, periodística o de oposición]; el procedimiento en { $issuing_state } comenzó [cuándo, en relación con esa actividad]; y [describir el contexto: la condición de las personas afectadas, la posición de otros Estados o tribunales, el contexto general]. Los datos deben suprimirse por ser contrarios al artículo 3.
legal-arg-art2-human-rights = El artículo 2(a) del Estatuto de INTERPOL exige que la cooperación se desarrolle en el espíritu de la Declaración Universal de Derechos Humanos. El procedimiento en el que se basan los datos relativos a { $applicant } no respeta sus garantías básicas. { $due_process } [Adjuntar como anexo y citar la prueba de cada hecho: la sentencia, el expediente, los informes sobre este procedimiento.] Los datos basados en un procedimiento así no son compatibles con el artículo 2 y deben suprimirse.
legal-arg-refugee-policy = { $asylum_state } ha reconocido a { $applicant } la condición de refugiado conforme a la Convención sobre el Estatuto de los Refugiados de 1951, por fundados temores de persecución por parte de { $feared_state } { $refugee_decision }. Conforme a la política de INTERPOL sobre los refugiados (resolución de la Asamblea General GA-2017-86-RES-09), una vez que un país miembro ha confirmado la condición de refugiado de una persona, INTERPOL suprime toda notificación o difusión relativa a esa persona procedente del país en el que teme ser perseguida. El solicitante pide a la Comisión que obtenga esa confirmación de { $asylum_state }, que suprima después los datos relativos a { $applicant } registrados a petición de { $feared_state } y que informe de ello a las Oficinas Centrales Nacionales que los recibieron.
legal-arg-asylum-pending = { $applicant } ha solicitado asilo en { $asylum_state } por temor a ser perseguido por { $feared_state } [indicar la fecha y la referencia de la solicitud, adjunta como anexo]; la solicitud aún no se ha resuelto. La política de INTERPOL sobre los refugiados (resolución de la Asamblea General GA-2017-86-RES-09) se aplica una vez que un país miembro ha confirmado la condición de refugiado de una persona, y la misma resolución alienta a los países miembros a informar a INTERPOL del resultado de una solicitud de asilo. El solicitante remitirá a la Comisión la resolución en cuanto se dicte, y le pide que, entretanto, tenga en cuenta la solicitud pendiente al examinar si los datos son conformes con los artículos 2 y 3 del Estatuto de INTERPOL.
legal-arg-rpd-private-dispute = Una notificación roja solo puede publicarse por un delito grave de derecho común. El Reglamento de INTERPOL sobre el Tratamiento de Datos excluye los delitos derivados de litigios privados y de infracciones de leyes o reglamentos administrativos, salvo que la actividad delictiva tenga por objeto facilitar un delito grave o se sospeche que está vinculada a la delincuencia organizada. Las acusaciones contra { $applicant } tienen su origen en [describir el litigio comercial o privado: el contrato, el socio, el procedimiento civil], que [ya examinan los tribunales civiles / se ha resuelto]. Ningún elemento indica delincuencia organizada. Los datos no cumplen los requisitos y deben suprimirse.
legal-arg-rpd-penalty-threshold = Para una persona buscada para su enjuiciamiento, una notificación roja exige una conducta castigada con una pena máxima privativa de libertad de al menos dos años o con una pena más grave; para una persona buscada para el cumplimiento de una condena, una condena de al menos seis meses de prisión y/o al menos seis meses de condena pendientes de cumplir. [Indicar la pena máxima prevista por la disposición imputada, o la condena y la parte pendiente.] No se alcanza el umbral, y no se ha demostrado ninguna importancia excepcional para la cooperación policial internacional. Los datos deben suprimirse.
legal-arg-rpd-summary-of-facts = Una notificación roja debe incluir una exposición de los hechos que describa claramente las actividades delictivas de la persona buscada, incluidos el momento y el lugar. [Citar o describir lo que el solicitante sabe de los datos: solo la calificación del delito, sin ningún acto, fecha o lugar que se le atribuya.] Tales datos no permiten a la Comisión, ni a ningún país miembro, valorar la solicitud, y la Comisión ha suprimido notificaciones por este motivo. Los datos deben suprimirse o, como mínimo, rectificarse.
legal-arg-diffusion-description = Una difusión está sujeta a las normas que rigen todos los datos de los ficheros de INTERPOL, y sus destinatarios, al igual que la Comisión, deben poder saber de qué se acusa a la persona. La difusión relativa a { $applicant } [indicar lo que contiene, en la medida en que el solicitante lo sabe: por ejemplo, solo la calificación del delito, sin ningún acto, fecha o lugar que se le atribuya]. La Comisión ha declarado no conforme una difusión por una descripción insuficiente de la actividad delictiva. Los datos deben suprimirse o, como mínimo, rectificarse.
legal-arg-no-valid-warrant = Una notificación roja no es una orden de detención internacional: se basa en una orden de detención o resolución judicial nacional válida. La orden invocada por { $issuing_state } [fue anulada el (fecha) / ha caducado / fue dictada por una autoridad sin competencia / no puede identificarse], como demuestran los documentos adjuntos. Sin una orden válida, los datos carecen de fundamento y deben suprimirse.
legal-arg-reissued-after-deletion = { $deletion } { $issuing_state } ha registrado desde entonces nuevos datos [describir: una nueva notificación o difusión] basados en los mismos hechos, sin ningún elemento nuevo. Los datos declarados no conformes con las normas de INTERPOL no pasan a ser conformes por registrarse de nuevo: los nuevos datos deben suprimirse, y debe examinarse el uso que { $issuing_state } hace de los canales de INTERPOL en este asunto.
legal-arg-diffusion-circumvention = { $circumvention } Las difusiones son enviadas directamente por una Oficina Central Nacional, sin examen de la Secretaría General antes de su transmisión, pero están sujetas a las mismas normas que las notificaciones: los artículos 2 y 3 del Estatuto, la política de INTERPOL sobre los refugiados y las normas sobre la calidad de los datos. El motivo por el que se denegó o suprimió la notificación roja se aplica, por tanto, también a la difusión. Una difusión no puede lograr lo que se denegó a una notificación roja: debe suprimirse por el mismo motivo, e informarse de ello a los países destinatarios.
legal-arg-trial-in-absentia = { $applicant } fue juzgado en rebeldía. { $absentia_facts } Una condena dictada en esas condiciones no se dictó tras una audiencia justa y pública (Declaración Universal de Derechos Humanos, artículo 10) ni en un juicio público en el que se aseguraran todas las garantías necesarias para la defensa (artículo 11.1); los datos basados en ella no son compatibles con el artículo 2(a) del Estatuto de INTERPOL y deben suprimirse.
legal-arg-ne-bis-in-idem = { $final_decision } Los datos relativos a { $applicant } se basan en los mismos hechos [demostrar que los hechos son los mismos: fechas, lugares, personas, importes; si la resolución fue condenatoria, demostrar que la pena se ha ejecutado, se está ejecutando o ya no puede ejecutarse]. Una persona juzgada en virtud de resolución firme no puede ser perseguida de nuevo por los mismos hechos. Cuando la resolución firme se dictó en un Estado miembro de la Unión Europea o en un Estado parte del Acuerdo de Schengen, el Tribunal de Justicia de la Unión Europea ha declarado que, una vez que una resolución judicial firme establece que el principio es aplicable, las autoridades de esos Estados no pueden detener provisionalmente a la persona sobre la base de una notificación roja por esos hechos (sentencia de 12 de mayo de 2021, WS, C-505/19). Los datos ya no pueden cumplir allí su finalidad; deben suprimirse o, como mínimo, rectificarse para dejar constancia de la resolución firme.
legal-arg-prescription = { $prescription } La orden en la que se basan los datos ya no puede ejecutarse, y los datos ya no pueden cumplir la finalidad para la que se registraron, la detención de { $applicant } con vistas a su extradición. INTERPOL conserva los datos solo mientras son necesarios para su finalidad. Los datos deben suprimirse.
legal-arg-interim-measures = Mientras la Comisión examina esta solicitud, { $applicant } sigue expuesto a una detención sobre la base de los datos [describir el riesgo concreto: un viaje previsto, una audiencia de extradición pendiente, un control reciente en una frontera]. El solicitante pide a la Comisión que adopte medidas provisionales en virtud de su Estatuto hasta que resuelva, como el bloqueo de los datos o la comunicación a las Oficinas Centrales Nacionales de que los datos están siendo examinados.

## Sentences built from what the case records

legal-refugee-decision = { $known ->
    [date_annex] (resolución de { $date }, anexo { $label })
    [date] (resolución de { $date }, [adjuntar la resolución como anexo])
    [annex] ([indicar la fecha de la resolución], anexo { $label })
   *[none] [indicar la fecha y la referencia de la resolución, adjunta como anexo]
}
legal-deletion = { $by ->
    [ccf] Mediante su decisión de { $date } [referencia], la Comisión declaró que los datos relativos a { $applicant } no eran conformes con las normas de INTERPOL, y fueron suprimidos. Las decisiones de la Comisión son vinculantes para la Organización.
    [gs] El { $date }, la Secretaría General de INTERPOL suprimió los datos relativos a { $applicant } [indicar el motivo y la referencia de su notificación].
   *[unknown] [Mediante su decisión de (fecha, referencia), la Comisión declaró que los datos relativos a { $applicant } no eran conformes con las normas de INTERPOL, y fueron suprimidos; las decisiones de la Comisión son vinculantes para la Organización / El (fecha), la Secretaría General de INTERPOL suprimió los datos relativos a { $applicant }].
}
legal-ground = { $ground ->
    [article3] por ser contraria al artículo 3 del Estatuto de INTERPOL
    [article2] por ser incompatible con el artículo 2 del Estatuto de INTERPOL
    [data_quality] por datos insuficientes o inexactos
    [refugee_policy] en aplicación de la política de INTERPOL sobre los refugiados
    [red_notice_criteria] por no cumplir un requisito de las notificaciones rojas del Reglamento de INTERPOL sobre el Tratamiento de Datos
   *[blank] [indicar el motivo: uno que rija también las difusiones (artículos 2 o 3, la política sobre los refugiados, la calidad de los datos), no un requisito propio de las notificaciones rojas como el umbral de pena]
}
legal-circumvention-blank = [Indicar cuándo se denegó o suprimió la notificación roja solicitada por { $issuing_state }, por qué motivo (debe ser uno que rija también las difusiones: artículos 2 o 3, la política sobre los refugiados, la calidad de los datos) y cuándo siguió la difusión basada en los mismos hechos.]
legal-circumvention = { $status ->
    [refused] Una notificación roja solicitada por { $state } relativa a { $applicant } fue denegada{ $by ->
        [ccf] {" "}por la Comisión
        [gs] {" "}por la Secretaría General de INTERPOL
       *[unknown] {""}
    } el { $date } { $ground }.
   *[deleted] La notificación roja relativa a { $applicant } publicada a petición de { $state } fue suprimida{ $by ->
        [ccf] {" "}por la Comisión
        [gs] {" "}por la Secretaría General de INTERPOL
       *[unknown] {""}
    } el { $date } { $ground }.
} { $precision ->
    [day] El { $sent }
    [month] En { $sent }
    [year] En { $sent }
   *[unknown] El [fecha]
}, { $state } envió una difusión [basada en los mismos hechos: demostrarlo].
legal-due-absentia-unknown = { $applicant } fue juzgado en rebeldía [indicar si el solicitante fue informado del juicio, si lo defendió un abogado de su elección y si puede obtener un nuevo juicio tras su entrega: sin ello, la condena no se dictó tras una audiencia justa y pública, ni en un juicio público con todas las garantías necesarias para la defensa (Declaración Universal de Derechos Humanos, artículos 10 y 11.1)].
legal-due-absentia-convicted = { $applicant } fue juzgado y condenado en rebeldía{ $how ->
    [both] , sin haber sido informado del juicio y sin un abogado de su elección que lo defendiera
    [uninformed] , sin haber sido informado del juicio
    [undefended] , sin un abogado de su elección que lo defendiera
   *[none] {""}
}, y no tiene derecho a un nuevo juicio: la condena no se dictó tras una audiencia justa y pública, ni en un juicio público con todas las garantías necesarias para la defensa (Declaración Universal de Derechos Humanos, artículos 10 y 11.1).
legal-due-torture = El procedimiento se basó en declaraciones obtenidas mediante tortura o malos tratos [identificarlas], que el artículo 5 de la Declaración Universal prohíbe, y que privan a la audiencia de la equidad que exige el artículo 10.
legal-due-not-independent = La orden fue dictada por { $authority }, que no es independiente del poder ejecutivo [aportar la prueba]: no hubo audiencia ante un tribunal independiente e imparcial (artículo 10), y una detención basada en esa orden expondría a { $applicant } a una detención arbitraria (artículo 9).
legal-due-blank = [Describir los defectos de garantías de este procedimiento: un juicio en rebeldía sin derecho a un nuevo juicio (Declaración Universal de Derechos Humanos, artículos 10 y 11.1); pruebas obtenidas mediante tortura (artículo 5); un tribunal que no es independiente (artículos 9 y 10).]
legal-absentia-blank = [Indicar si el solicitante fue informado del juicio, si lo defendió un abogado de su elección y si puede obtener un nuevo juicio tras su entrega.]
legal-absentia-not-informed = El solicitante no fue informado del juicio [demostrar cómo: ninguna citación notificada, una citación enviada a un domicilio en el que ya no residía].
legal-absentia-informed-unknown = [Indicar si el solicitante fue informado del juicio, y cómo.]
legal-absentia-not-represented = Ningún abogado de elección del solicitante lo defendió.
legal-absentia-represented-unknown = [Indicar si un abogado de elección del solicitante lo defendió.]
legal-absentia-no-retrial = El derecho de { $issuing_state } no reconoce al solicitante ningún derecho a un nuevo juicio tras su entrega [citar la disposición].
legal-absentia-retrial-unknown = [Indicar si el solicitante puede obtener un nuevo juicio tras su entrega.]
legal-final-decision-blank = [Indicar qué tribunal o autoridad, en qué Estado, resolvió con carácter firme sobre los mismos hechos, y cuándo.]
legal-final-decision = { $outcome ->
    [acquittal] { $applicant } fue absuelto de estos hechos en { $state } por { $by }; la resolución adquirió firmeza el { $date }.
    [conviction] { $applicant } fue condenado por estos hechos en { $state } por { $by }; la resolución adquirió firmeza el { $date }.
   *[discontinued] El procedimiento contra { $applicant } por estos hechos en { $state } fue archivado definitivamente por { $by } el { $date }.
}
legal-prescription-blank = [Indicar en virtud de qué disposición del derecho de { $issuing_state } prescribió la acción penal o la pena, y cuándo.]
legal-prescription = En virtud de { $law }, { $of ->
    [offence] la acción penal por el delito imputado a { $applicant }
   *[penalty] la ejecución de la pena impuesta a { $applicant }
} prescribió el { $date } [adjuntar las disposiciones y mostrar el cómputo, con toda interrupción o suspensión].


## The summary of facts a new filing starts with (filing/draft.rs): recorded facts only

legal-facts-person = { $name }{ $has_birth ->
    [yes] , nacido el { $birth }
   *[no] {""}
}{ $has_nationality ->
    [yes] , nacional de { $nationalities }
   *[no] {""}
}.
legal-facts-alert-kind = { $kind ->
    [diffusion] Una difusión
    [red_notice] Una notificación roja
    [blue_notice] Una notificación azul
    [yellow_notice] Una notificación amarilla
    [green_notice] Una notificación verde
    [black_notice] Una notificación negra
    [orange_notice] Una notificación naranja
    [purple_notice] Una notificación púrpura
    [silver_notice] Una notificación plateada
    [un_special_notice] Una notificación especial INTERPOL–Consejo de Seguridad de las Naciones Unidas
   *[ncb_message] Un mensaje directo entre Oficinas Centrales Nacionales
}
legal-facts-alert = { $what }{ $has_from ->
    [yes] {" "}procedente de { $from }
   *[no] {""}
}{ $has_date ->
    [yes] {" "}({ $date })
   *[no] {""}
} se refiere a { $name }{ $has_offence ->
    [yes] , por el delito calificado como «{ $offence }»
   *[no] {""}
}.
legal-facts-event-kind = { $kind ->
    [national_warrant] orden de detención nacional
    [alert_issued] notificación o difusión emitida
    [visa_refusal] visado denegado
    [denied_boarding] embarque denegado
    [border_refusal] rechazo en la frontera
    [detention] detención
    [provisional_arrest] detención provisional
    [consent_to_surrender] consentimiento a la extradición
    [release] puesta en libertad
    [extradition_request_received] solicitud de extradición recibida
    [hearing] audiencia
    [extradition_decision] decisión sobre la extradición
    [ccf_request_filed] solicitud presentada a la CCF
    [ccf_acknowledgement] acuse de recibo de la CCF
    [admissibility_decision] decisión de la CCF sobre la admisibilidad
    [ccf_query] consulta de la CCF
    [ccf_query_answered] respuesta enviada a la CCF
    [ccf_decision] decisión de la CCF
    [new_fact_discovered] hecho nuevo descubierto
    [revision_filed] solicitud de revisión presentada
    [asylum_applied] solicitud de asilo presentada
    [asylum_granted] asilo concedido
    [asylum_refused] asilo denegado
    [unhcr_notified] ACNUR informado
    [border_authorities_notified] autoridades fronterizas informadas
    [judicial_review_filed] habeas corpus o recurso judicial interpuesto
    [advocacy] incidencia o medios de comunicación
   *[other] otro acontecimiento
}
legal-facts-event = El { $date }: { $what }{ $has_country ->
    [yes] {" "}({ $country })
   *[no] {""}
}.

## Citations ("Sources" under each ground)

legal-cite-constitution-art3 = Estatuto de INTERPOL, art. 3
legal-cite-predominance = Resolución de la Asamblea General AGN/20/RES/11 (Lisboa, 1951): el criterio de la predominancia
legal-cite-rpd-34 = Reglamento de INTERPOL sobre el Tratamiento de Datos, art. 34 (factores para el art. 3)
legal-cite-constitution-art2 = Estatuto de INTERPOL, art. 2(a): la cooperación en el espíritu de la Declaración Universal de Derechos Humanos
legal-cite-udhr = Declaración Universal de Derechos Humanos (resolución 217 A (III) de la Asamblea General de las Naciones Unidas, 1948)
legal-cite-refugee-resolution = Resolución de la Asamblea General GA-2017-86-RES-09 (política sobre los refugiados)
legal-cite-rpd-83-excluded = Reglamento de INTERPOL sobre el Tratamiento de Datos, art. 83(1) (delitos excluidos de las notificaciones rojas)
legal-cite-rpd-83-threshold = Reglamento de INTERPOL sobre el Tratamiento de Datos, art. 83(1) (umbrales de pena)
legal-cite-rpd-83-facts = Reglamento de INTERPOL sobre el Tratamiento de Datos, art. 83(2)(b)(i) (exposición de los hechos)
legal-cite-ccf-diffusion-description = Decisión de la CCF n.º 3 (2023): una difusión declarada no conforme por una descripción insuficiente de la actividad delictiva
legal-cite-red-notice-warrant = INTERPOL, Notificaciones rojas: una notificación roja se basa en una orden de detención nacional válida
legal-cite-rpd-retention = Reglamento de INTERPOL sobre el Tratamiento de Datos: los datos se conservan solo mientras son necesarios para su finalidad
legal-cite-statute-binding = Estatuto de la Comisión de Control de los Ficheros de INTERPOL, art. 3(2)(b): decisiones vinculantes para la Organización
legal-cite-diffusions-same-rules = Reglamento de INTERPOL sobre el Tratamiento de Datos, arts. 97 a 101 (difusiones; numeración de 2016)
legal-cite-provisional-measures = Estatuto de la Comisión de Control de los Ficheros de INTERPOL: medidas provisionales mientras se examina una solicitud (no se cita el artículo: su número y su texto no están verificados)
legal-cite-cjeu-ws = Tribunal de Justicia de la Unión Europea (Gran Sala), 12 de mayo de 2021, WS, C-505/19, ECLI:EU:C:2021:376
legal-cite-schengen-54 = Convenio de aplicación del Acuerdo de Schengen, art. 54; Carta de los Derechos Fundamentales de la Unión Europea, art. 50
