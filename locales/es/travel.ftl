# The travel check's reasons and the travel brief (locales/README.md).

## Levels (there is no "safe": the lowest says only that nothing recorded points there)
travel-level-not-safe-lower = Menor, no seguro
travel-level-raised = Elevado
travel-level-high = Alto
travel-level-highest = El más alto

## Why a country has its level
travel-why-issuing = Este país emitió una alerta contra usted.
travel-why-feared = Es el Estado frente al que se dirige su protección.
travel-why-high = Le llega una alerta activa que puede pedir su detención.
travel-why-raised-protected = Le llega una alerta activa que puede pedir su detención, pero una decisión registrada en su caso puede protegerle allí.
travel-why-raised = Algo registrado apunta a este país (una alerta, un tratado con el Estado emisor o su nota), aunque ninguna alerta activa registrada le pide detenerle.
travel-why-lower = Nada registrado en su caso apunta a este país. Esto no es seguridad.
travel-trip-why = El viaje es tan arriesgado como su país más arriesgado: { $countries } ({ $level }).
travel-trip-why-lower = Nada registrado apunta a un país de este viaje. Esto no es seguridad.
travel-caution = Ningún nivel significa seguro. Habeas solo conoce las alertas registradas en este caso; puede existir una alerta que usted no conoce o que no se encuentra públicamente. Consulte a un abogado antes de viajar.
travel-reason-transit = Solo pasa en tránsito, pero un tránsito se controla como una estancia.

## What to carry
travel-carry-refugee-what = Su documento de viaje de refugiado y la decisión que le reconoce el estatuto de refugiado
travel-carry-refugee-why = La política sobre refugiados se aplica cuando un país miembro ha confirmado su estatuto; no viaje con el pasaporte del Estado del que huyó ni lo renueve.
travel-carry-removed-what = La decisión de la CCF o la carta de INTERPOL que dice que la alerta fue eliminada
travel-carry-removed-why = Las bases de datos nacionales pueden conservar una copia de una alerta eliminada.
travel-carry-judgment-what = La sentencia firme sobre los mismos hechos, con una traducción
travel-carry-judgment-why = Puede impedir una detención provisional en otro Estado Schengen (ne bis in idem).
travel-carry-sheet-what = La hoja «detenido ahora» y el número de su abogado, de día y de noche
travel-carry-sheet-why = Si le detienen, pida un abogado y muestre la hoja; no consienta una extradición simplificada sin asesoramiento.

## The travel brief (PDF) and the CLI's text
travel-brief-title = Comprobación de viaje
travel-brief-title-named = Comprobación de viaje: { $label }
travel-brief-subject = Comprobación de viaje: el riesgo de detención en cada país de un viaje, con fuentes
travel-brief-checked-on = Comprobado el
travel-brief-trip-level = Nivel del viaje
travel-brief-undated = Sin fecha
travel-brief-leg = De { $from } a { $to }
travel-brief-leg-through = De { $from } a { $to } pasando por { $transits }
travel-brief-map = Mapa
travel-brief-legend = Los niveles se muestran con color, trama y etiqueta: el más alto (trama cruzada), alto (líneas diagonales), elevado (líneas horizontales), menor, no seguro (liso). Un contorno grueso marca un Estado que emitió una alerta; un contorno discontinuo, un destinatario nombrado; una línea discontinua, un trayecto.
travel-brief-country = { $country }: { $level }
travel-brief-there = Allí
travel-role-departure = salida
travel-role-transit = tránsito
travel-role-arrival = llegada
travel-confidence-verified = verificado
travel-confidence-secondary = fuente secundaria: confírmela
travel-confidence-unverified = no verificado
travel-confidence-entered = introducido por usted, no comprobado por Habeas
travel-brief-confidence = Fiabilidad: { $confidence }. Fuente: { $source }
travel-brief-carry = Qué llevar
travel-brief-source = Fuente: { $source }
travel-brief-page = Página { $page } de { $pages }
travel-cli-trip = Viaje: { $level }.
travel-cli-carry = Qué llevar:
travel-cli-unchanged = Nada ha cambiado desde la comprobación del { $date }.
travel-cli-changed = Cambios desde la comprobación del { $date }:
