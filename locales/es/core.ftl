# Textos del núcleo de Habeas, español. Traducción redactada por el equipo, no revisada por un
# abogado nativo (véase core.reviewed y locales/README.md).

## Mensajes de error (core/src/error.rs; docs/errors.md).

error-invalid-input = Revise «{ $field }»: { $reason }.
error-platform = Habeas no pudo { $action } ({ $detail }). Sus datos están a salvo, pero este ordenador podría guardar una copia de la memoria si Habeas se bloquea. Reinicie Habeas; si vuelve a ocurrir, notifíquelo con este mensaje.
error-wrong-passphrase = Frase de contraseña incorrecta. Compruebe la distribución del teclado y Bloq Mayús, y vuelva a intentarlo. Si la ha perdido, abra la bóveda con su clave de recuperación.
error-wrong-recovery-key = Esta clave de recuperación no abre esta bóveda. Compare cada grupo de cuatro caracteres con su hoja de recuperación (0 y O, 1 e I cuentan como iguales).
error-not-a-vault = Esta carpeta no es una bóveda de Habeas (no contiene vault.json). Elija la carpeta que contiene vault.json.
error-folder-missing = La carpeta de la bóveda no existe. Puede que se haya movido o cambiado de nombre, o que esté en un disco no conectado.
error-folder-not-empty = Esta carpeta no está vacía. Cree la bóveda en una carpeta nueva o vacía, para que no se mezcle con nada más.
error-vault-too-new = Esta bóveda la creó una versión más reciente de Habeas (formato de datos { $found }; esta versión lee hasta el { $supported }). Actualice Habeas para abrirla. La bóveda no se ha modificado.
error-weak-kdf = El archivo de configuración de esta bóveda (vault.json) pide una protección de la frase de contraseña mucho más débil de la que Habeas admite (factor de trabajo { $found }; se exige al menos { $pinned }). Puede que alguien lo haya alterado para que su próxima frase de contraseña sea fácil de descifrar. Habeas no abrió la bóveda y no cambió nada. Restaure vault.json desde una copia de seguridad de la carpeta de la bóveda, o vuelva a poner «log_n» en { $pinned }.
error-missing-file = Falta un archivo de la bóveda: { $which }. Restáurelo desde una copia de seguridad de la carpeta de la bóveda. No se ha modificado nada.
error-damaged-file = Un archivo de la bóveda está dañado o fue alterado: { $which }. Restáurelo desde una copia de seguridad de la carpeta de la bóveda. No se ha modificado nada.
error-damaged-save =
    { $state ->
        [missing] Falta un guardado de esta bóveda
       *[damaged] Un guardado de esta bóveda está dañado o fue alterado
    }: { $which }. El resto de la bóveda está intacto. Restaure la carpeta de la bóveda desde una copia de seguridad si la tiene; si no, abra la bóveda tal como estaba antes de este guardado (Rescate): ese guardado y los posteriores se apartan en la carpeta de la bóveda, no se borran.
error-forged-save = Un guardado de esta bóveda no se hizo con sus claves: { $which }. Alguien que podía escribir en la carpeta de la bóveda puede haberlo añadido o cambiado. Habeas no lo aplicó. Restaure la carpeta de la bóveda desde una copia de seguridad si la tiene; si no, abra la bóveda tal como estaba antes de este guardado (Rescate): ese guardado y los posteriores se apartan en la carpeta de la bóveda, no se borran.
error-forged-file = Un archivo de la bóveda no se hizo con sus claves: { $which }. Alguien que podía escribir en la carpeta de la bóveda puede haberlo sustituido. Habeas no abrió la bóveda y no cambió nada. Restaure la carpeta de la bóveda desde una copia de seguridad anterior.
error-share-incomplete = Este archivo de caso compartido está incompleto: termina antes que su contenido, así que se cortó al copiarlo o descargarlo. Pida al remitente que lo envíe de nuevo, o vuelva a copiarlo. No se ha modificado nada en su bóveda.
error-share-damaged = Este archivo de caso compartido está dañado o fue alterado después de firmarse, así que Habeas no puede fiarse de nada de lo que contiene. (Un archivo cortado en su primera parte también se presenta así.) Pida al remitente que lo envíe de nuevo, y compare con él su huella por teléfono. No se ha modificado nada en su bóveda.
error-share-not-for-you =
    { $resealed ->
        [yes] Este archivo de caso compartido lo firmó su remitente para otra persona, y después alguien distinto lo volvió a cifrar para usted. No se fíe de él; pregunte directamente al remitente. No se ha modificado nada en su bóveda.
       *[no] Este archivo de caso compartido se cifró para otra bóveda, no la suya, así que no puede abrirse aquí. Pida al remitente que lo comparta de nuevo con su identidad para compartir (Ajustes, Compartir). No se ha modificado nada en su bóveda.
    }
error-share-too-new = Este archivo de caso compartido lo creó una versión más reciente de Habeas (formato de intercambio { $found }; esta versión lee hasta el { $supported }). Actualice Habeas y vuelva a recibirlo. No se ha modificado nada en su bóveda.
error-share-unknown-sender = Este archivo de caso compartido está firmado con una clave que no figura entre sus contactos (huella { $fingerprint }). Llame a la persona de quien lo espera y pídale que le lea su huella; recíbalo solo si coinciden todos los dígitos. No se ha modificado nada en su bóveda.
error-share-revoked-sender = Este archivo de caso compartido está firmado por una clave que su titular revocó el { $date } (huella { $fingerprint }): puede que otra persona la tenga ahora. No confíe en él. Pida al remitente que comparta de nuevo el caso con su nueva identidad para compartir, después de comparar su huella por teléfono. No se ha cambiado nada en su bóveda.
error-share-local-edits =
    { $edits ->
        [one] Esta actualización de un caso compartido sustituiría { $edits } cambio hecho en su bóveda desde la última vez que lo recibió. Revíselo primero; reciba la actualización solo si puede sustituirlo (queda en el historial del caso). No se ha modificado nada.
       *[other] Esta actualización de un caso compartido sustituiría { $edits } cambios hechos en su bóveda desde la última vez que lo recibió. Revíselos primero; reciba la actualización solo si puede sustituirlos (quedan en el historial del caso). No se ha modificado nada.
    }
error-backup-full = El disco de las copias de seguridad está lleno, así que esta copia no se hizo. Su bóveda y las copias anteriores de esa carpeta no han cambiado. Libere espacio allí (o conserve menos copias, o elija un disco más grande) y vuelva a hacer la copia de seguridad.
error-backup-read-only = Habeas no puede escribir en la carpeta de las copias de seguridad: el disco es de solo lectura o está protegido contra escritura, o usted no tiene permiso. No se ha modificado nada. Compruebe el interruptor de protección contra escritura de la unidad o los permisos de la carpeta, o elija otra carpeta.
error-backup-folder-gone = La carpeta de las copias de seguridad ya no está: puede que la unidad se haya desenchufado o que el recurso compartido de red se haya desconectado. Su bóveda y las copias anteriores no han cambiado. Vuelva a conectarla y haga de nuevo la copia de seguridad: la siguiente copia completará esta.
error-backup-of-another-vault = Esta carpeta contiene otra bóveda, o la copia de seguridad de otra bóveda. Habeas no las mezcla, y no ha modificado nada. Elija una carpeta vacía, o la carpeta de las copias de seguridad de esta misma bóveda.
error-not-a-backup =
    { $writing ->
        [yes] Esta carpeta contiene otros archivos y ninguna copia de seguridad de Habeas. No se ha modificado nada. Elija una carpeta vacía para las copias de seguridad (una carpeta nueva en la unidad), o la carpeta de las copias anteriores de esta bóveda.
       *[no] Esta carpeta no contiene ninguna copia de seguridad de Habeas. Elija la carpeta en la que hizo la copia: contiene un archivo llamado habeas-backup.json.
    }
error-busy = { $what } ya está en curso. Espere a que termine, o cancélelo, y vuelva a intentarlo.
error-already-exists = No se escribió nada: { $what } ya existe. Elija otro nombre o una carpeta vacía.
error-vault-in-use = Esta bóveda ya está abierta en otra ventana o programa de Habeas. Ciérrela allí primero. (Si Habeas se bloqueó, esto se resuelve solo.)
error-cancelled = Cancelado. No se ha modificado nada.
error-vault-locked = La bóveda está bloqueada. Desbloquéela y vuelva a intentarlo.
error-not-found = Este elemento ({ $what }) ya no existe en la bóveda. Puede que se haya borrado en otra ventana; vuelva a la lista de casos.
error-duplicate = Este archivo ya está en este caso: su huella SHA-256 coincide con la de un elemento importado antes, así que es el mismo archivo byte a byte. No se importó nada. Vuelva a importarlo solo si necesita un segundo registro.
error-keyring-unavailable = No se puede usar el llavero de este ordenador ({ $detail }), así que Habeas no puede recordar la bóveda aquí. Desbloquéela con su frase de contraseña; no se ha modificado nada.
error-not-remembered = Esta bóveda no se recuerda en este dispositivo. Desbloquéela con su frase de contraseña.
error-disk-full = El disco está lleno, así que Habeas no pudo guardar. Su último trabajo guardado está a salvo. Libere espacio y vuelva a intentarlo.
error-read-only = Habeas no puede escribir en la carpeta de la bóveda: el disco es de solo lectura o no tiene permiso. Su último trabajo guardado está a salvo. Compruebe los permisos de la carpeta, o copie la bóveda a una carpeta con permiso de escritura.
error-io = Habeas no pudo { $action } ({ $detail }). Su último trabajo guardado está a salvo; vuelva a intentarlo.
error-internal = Algo falló dentro de Habeas ({ $what }). Su trabajo guardado está a salvo. Notifique este mensaje, por favor.

## Fechas en prosa (core/src/clock.rs).

date-month-1 = { $day } de enero de { $year }
date-month-2 = { $day } de febrero de { $year }
date-month-3 = { $day } de marzo de { $year }
date-month-4 = { $day } de abril de { $year }
date-month-5 = { $day } de mayo de { $year }
date-month-6 = { $day } de junio de { $year }
date-month-7 = { $day } de julio de { $year }
date-month-8 = { $day } de agosto de { $year }
date-month-9 = { $day } de septiembre de { $year }
date-month-10 = { $day } de octubre de { $year }
date-month-11 = { $day } de noviembre de { $year }
date-month-12 = { $day } de diciembre de { $year }

## Plazos y reglas de cómputo (core/src/rules/deadlines.rs).

period-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
period-months =
    { $count ->
        [one] { $count } mes
       *[other] { $count } meses
    }
period-soft-and-hard = { $soft }, como máximo { $hard }
period-every = cada { $period }
period-ccf-set = la fecha fijada por la CCF
period-you-entered = la fecha que usted introdujo
counting-days = Días naturales. El día del hecho de partida es el día 0; la fecha indicada es el último día del plazo. No se saltan fines de semana ni festivos; compruebe las normas locales.
counting-months = Meses naturales: el mismo número de día tantos meses después, o el último día de ese mes si es más corto (31 de enero + 1 mes = fin de febrero).
counting-entered = La fecha que usted introdujo, con su motivo: Habeas no la calculó.
days-left =
    { $count ->
        [0] vence hoy
        [one] queda { $count } día
       *[other] quedan { $count } días
    }

## Títulos de los plazos (core/src/rules/deadlines.rs, RULES).

deadline-title-ccf-access-decision = Decisión de la CCF sobre la solicitud de acceso
deadline-title-ccf-deletion-decision = Decisión de la CCF sobre la solicitud de rectificación o supresión
deadline-title-ccf-admissibility-answer = Respuesta esperada sobre la admisibilidad
deadline-title-ccf-revision = Último día para solicitar la revisión de la decisión de la CCF
deadline-title-ccf-query-answer = Vence la respuesta a la pregunta de la CCF
deadline-title-access-reminder = Repetir la solicitud de acceso a la CCF
deadline-title-european-convention = Vence la solicitud de extradición (detención provisional)
deadline-title-minsk1993 = Vence la solicitud de extradición (custodia)
deadline-title-riyadh1983 = Vencen los documentos de extradición (detención provisional)
deadline-title-eaw-after-arrest = Vence la decisión definitiva sobre la entrega (orden europea de detención)
deadline-title-eaw-after-consent = Vence la decisión definitiva sobre la entrega tras el consentimiento (orden europea de detención)
deadline-title-us-modern-treaty = Vence la solicitud de extradición (tratado de los Estados Unidos)
deadline-title-montevideo1933 = Vence la solicitud de extradición (Convención de Montevideo)
deadline-title-bilateral = Vence la solicitud de extradición (tratado bilateral)
deadline-title-date-you-entered = Una fecha que usted introdujo

## Alarms on a custody limit (core/src/rules/deadlines.rs, Alarm).

alarm-limit-passed = El plazo de detención ha vencido y no consta ni lo que esperaba (con un tratado, la solicitud de extradición; con una orden europea de detención, la decisión sobre la entrega) ni una puesta en libertad. Pida ya al tribunal que ponga en libertad a la persona o que diga en qué se basa su detención, y compruebe con las autoridades si llegó a tiempo. Registre lo ocurrido para quitar esta alarma.
alarm-arrived-late = Lo que esperaba el plazo de detención se registró después del plazo, y no consta una puesta en libertad. Pida ya al tribunal que ponga en libertad a la persona o que diga en qué se basa su detención tras el plazo. Registre la puesta en libertad para quitar esta alarma.

## Exportación del calendario (core/src/export/ics.rs) y grado de certeza de una base.

confidence-verified = verificada
confidence-secondary = fuente secundaria
confidence-unverified = no verificada
confidence-entered-by-you = introducida por usted
ics-first-step = (primer paso)
ics-description =
    { $title }
    Base: { $basis } ({ $confidence }).
    Plazo: { $period } desde el { $start } ({ $explanation }).
    Cómputo: { $counting }
    { $source }
ics-set-by-hand = Fecha fijada a mano (calculada: { $computed }): { $reason }

## Lista de plazos en la línea de órdenes (cli/src/case.rs).

cli-days-ahead =
    { $count ->
        [0] hoy
        [1] mañana
       *[other] dentro de { $count } días
    }
cli-days-ago =
    { $count ->
        [one] hace { $count } día
       *[other] hace { $count } días
    }
cli-state-met = cumplido
cli-state-passed = vencido
cli-state-late = TARDE
cli-state-late-recorded = TARDE: { $what } registrado el { $date }
cli-alarm = ALARMA
cli-check-date = compruebe la fecha: { $what } está registrado el { $date }, después de hoy
cli-first-step = primer paso { $date },
cli-due = vence el { $date }; { $period } desde el { $start }
cli-set-by-hand = fecha fijada a mano (calculada { $computed }): { $reason }
cli-why = por qué: { $reasoning }
cli-applies = aplicación: { $confidence }
cli-no-deadlines = No hay plazos en ese intervalo.
error-backup-before-secret-change = Los casos están en una copia de seguridad hecha antes de que se cambiara la frase de contraseña o la clave de recuperación de esta bóveda: solo se abre con la frase de contraseña o la clave de recuperación de entonces, y Habeas no puede devolverlos a esta bóveda. No se ha modificado nada. Para recuperarlos, bloquee Habeas y, en la pantalla de desbloqueo, elija «Restaurar una copia de seguridad»: elija esa carpeta de copias y una carpeta nueva y vacía, e introduzca la frase de contraseña antigua (o la clave de recuperación antigua). La bóveda restaurada contiene los casos.
