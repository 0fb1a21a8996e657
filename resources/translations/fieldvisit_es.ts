<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="49"/>
        <source>({time} {zone} time)</source>
        <translation>({time}, hora de {zone})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="54"/>
        <source>window {start}–{end}</source>
        <translation>franja {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="57"/>
        <source>waits {} min</source>
        <translation>espera {} min</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="59"/>
        <source>slack {} min</source>
        <translation>margen {} min</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="61"/>
        <source>done: {}</source>
        <translation>hecho: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="63"/>
        <source>not home: try again later</source>
        <translation>no estaba: volver a intentarlo más tarde</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="65"/>
        <source>follow-up of a broken promise</source>
        <translation>seguimiento de una promesa incumplida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="103"/>
        <source>Locked: re-planning keeps this visit at its time</source>
        <translation>Fijada: al replanificar, esta visita se mantiene a su hora</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="108"/>
        <source>Visited: {}</source>
        <translation>Visitado: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="111"/>
        <source>Nobody was home: plan it again later (Re-plan from here)</source>
        <translation>No había nadie: vuelva a planificarlo más tarde (Replanificar desde aquí)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="114"/>
        <source>Misses its window by {} min</source>
        <translation>Fuera de su franja por {} min</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="116"/>
        <source>Follow-up: a promise to pay was broken</source>
        <translation>Seguimiento: se incumplió una promesa de pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="127"/>
        <source>%n visits · {km:.1f} km · {mins} min on the road · leave {leave} · back {back}.</source>
        <translation>%n visitas · {km:.1f} km · {mins} min de trayecto · salida {leave} · vuelta {back}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="131"/>
        <source>Lunch {}.</source>
        <translation>Comida {}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="133"/>
        <source>Times in {zone} time.</source>
        <translation>Horas en hora de {zone}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="135"/>
        <source>Timed on the roads.</source>
        <translation>Tiempos calculados por carretera.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="137"/>
        <source>Timed as straight lines × detour: no region pack holds this whole day.</source>
        <translation>Tiempos calculados en línea recta × desvío: ningún paquete de región cubre este día completo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="141"/>
        <source>{done} done, {retry} to try again, {left} to visit.</source>
        <translation>{done} hechas, {retry} por reintentar, {left} por visitar.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../fieldvisit/ui/app.py" line="65"/>
        <source>FieldVisit cannot open the workspace</source>
        <translation>FieldVisit no puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/app.py" line="105"/>
        <source>Saving your choices…</source>
        <translation>Guardando sus opciones…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/app.py" line="109"/>
        <source>Opening the demo workspace…</source>
        <translation>Abriendo el espacio de demostración…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/app.py" line="111"/>
        <source>Preparing the demo workspace…</source>
        <translation>Preparando el espacio de demostración…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/app.py" line="204"/>
        <source>FieldVisit</source>
        <translation>FieldVisit</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="19"/>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="19"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="20"/>
        <source>Bucket</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="20"/>
        <source>DPD</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="21"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="21"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="22"/>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="22"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="23"/>
        <source>Next window</source>
        <translation>Próxima franja</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="23"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="85"/>
        <location filename="../../fieldvisit/ui/case_model.py" line="87"/>
        <source>to review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="89"/>
        <location filename="../../fieldvisit/ui/case_model.py" line="91"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="254"/>
        <source>dispute</source>
        <extracomment>The one way a day is written on screen and on paper (``Tue 24 Nov 2026``, ``mar 24 nov 2026``, ``2026年11月24日 周二``): unambiguous in every language, unlike the short numeric formats (12/3/26 vs 3/12/26).</extracomment>
        <translation>disputa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="255"/>
        <source>cease contact</source>
        <translation>cese de contacto</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="256"/>
        <source>lawyer</source>
        <translation>abogado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="257"/>
        <source>bankruptcy</source>
        <translation>concurso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="258"/>
        <source>deceased</source>
        <translation>fallecido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="259"/>
        <source>do not visit</source>
        <translation>no visitar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="260"/>
        <source>vulnerable</source>
        <translation>vulnerable</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="261"/>
        <source>no workplace visits</source>
        <translation>no visitar en el trabajo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="262"/>
        <source>legal hold</source>
        <translation>suspensión legal</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="263"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="263"/>
        <source>kept</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="264"/>
        <source>broken</source>
        <translation>incumplida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="280"/>
        <source>{status}: {amount} by {date}</source>
        <translation>{status}: {amount} antes del {date}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="111"/>
        <source>Visits blocked: {}</source>
        <translation>Visitas bloqueadas: {}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="97"/>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="102"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="103"/>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="111"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="114"/>
        <source>Re-wrapping the office&apos;s private keys…</source>
        <translation>Volviendo a cifrar las claves privadas de la oficina…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="116"/>
        <source>Re-encrypting the workspace…</source>
        <translation>Volviendo a cifrar el espacio de trabajo…</translation>
    </message>
</context>
<context>
    <name>DayActions</name>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="48"/>
        <source>Where my &amp;day starts…</source>
        <translation>Dónde empieza mi &amp;día…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="51"/>
        <source>The home or office where the planner&apos;s collector starts and ends the day</source>
        <translation>El domicilio u oficina donde el gestor del planificador empieza y termina el día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="56"/>
        <source>&amp;Re-plan from here</source>
        <translation>&amp;Replanificar desde aquí</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="58"/>
        <source>Plan the rest of the day from the selected stop and the current time, keeping the visits done</source>
        <translation>Planifica el resto del día desde la parada seleccionada y la hora actual, conservando las visitas hechas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="60"/>
        <source>&amp;Not planned…</source>
        <translation>&amp;No planificados…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="62"/>
        <source>The cases left out of the day, and why</source>
        <translation>Los expedientes que quedaron fuera del día, y por qué</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="70"/>
        <location filename="../../fieldvisit/ui/day_actions.py" line="95"/>
        <source>Choose a collector in the planner first.</source>
        <translation>Elija primero un gestor en el planificador.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="84"/>
        <source>{name}&apos;s day starts at {lat:.5f}, {lon:.5f}.</source>
        <translation>El día de {name} empieza en {lat:.5f}, {lon:.5f}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="99"/>
        <source>Start point not set</source>
        <translation>Punto de partida sin fijar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="109"/>
        <source>Visit recorded. Next stop: {}.</source>
        <translation>Visita registrada. Próxima parada: {}.</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="31"/>
        <source>What should the collector fix or know? They read this with their next pack.</source>
        <translation>¿Qué debe corregir o saber el gestor? Lo leerá con su próximo paquete.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="36"/>
        <source>Saving the review…</source>
        <translation>Guardando la revisión…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="51"/>
        <source>Import visit reports</source>
        <translation>Importar informes de visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="52"/>
        <source>Visit-report bundles (*.fvbundle);;All files (*)</source>
        <translation>Paquetes de informes (*.fvbundle);;Todos los ficheros (*)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="68"/>
        <source>{imported} visits imported · {duplicates} already here · {conflicts} conflicts · {rejected} rejected</source>
        <translation>{imported} visitas importadas · {duplicates} ya estaban · {conflicts} conflictos · {rejected} rechazadas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="73"/>
        <source>Bundles missing from {who}: {seqs}</source>
        <translation>Faltan paquetes de {who}: {seqs}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="75"/>
        <source>Visit reports imported</source>
        <translation>Informes de visita importados</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="85"/>
        <source>Stopped. Bundles imported before you cancelled stay imported; import the rest again later (nothing is imported twice).</source>
        <translation>Detenido. Los paquetes importados antes de cancelar se quedan; importe el resto más tarde (nada se importa dos veces).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="87"/>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="90"/>
        <source>Importing visit reports…</source>
        <translation>Importando informes de visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="95"/>
        <source>Team report</source>
        <translation>Informe del equipo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="96"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="107"/>
        <source>FieldVisit team report</source>
        <translation>Informe del equipo de FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="111"/>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="114"/>
        <source>Report not written</source>
        <translation>No se pudo guardar el informe</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="35"/>
        <source>Welcome to FieldVisit</source>
        <extracomment>Time zones offered first (the list accepts any IANA name typed in). The zone a country&apos;s office most likely keeps, when the computer&apos;s zone is not in that country.</extracomment>
        <translation>Bienvenido a FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="40"/>
        <source>Who uses this computer?</source>
        <translation>¿Quién usa este ordenador?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="41"/>
        <source>FieldVisit plans the day&apos;s visits, prepares each one and records what happened, offline. Reports travel to the office signed and encrypted.</source>
        <translation>FieldVisit planifica las visitas del día, prepara cada una y registra lo ocurrido, sin conexión. Los informes llegan a la oficina firmados y cifrados.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="43"/>
        <source>A collector: I visit customers and record the visits</source>
        <translation>Un gestor: visito a clientes y registro las visitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="44"/>
        <source>A supervisor: I hand out work and review the visits</source>
        <translation>Un supervisor: reparto el trabajo y reviso las visitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="49"/>
        <source>Your full name, or the office&apos;s name</source>
        <translation>Su nombre completo, o el de la oficina</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="50"/>
        <source>Just look around: open the demo workspace (nothing is set up)</source>
        <translation>Solo mirar: abrir el espacio de demostración (no se configura nada)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="51"/>
        <source>Look around as a collector: a demo laptop with an assignment pack from a demo office</source>
        <translation>Explorar como gestor: un portátil de demostración con un paquete de asignación de una oficina de demostración</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="59"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="68"/>
        <source>Where do you work?</source>
        <translation>¿Dónde trabaja?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="69"/>
        <source>The country chooses the conduct rules (contact hours, visit caps); the time zone is used for cases that do not say theirs.</source>
        <translation>El país determina las normas de conducta (horario de contacto, límite de visitas); la zona horaria se usa para los expedientes que no indican la suya.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="73"/>
        <source>Choose the country…</source>
        <translation>Elija el país…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="75"/>
        <source>{code} — {name} — {rules}</source>
        <translation>{code} — {name} — {rules}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="77"/>
        <source>Other (default rules)</source>
        <translation>Otro (normas por defecto)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="85"/>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="89"/>
        <source>e.g. EUR, CNY, MXN</source>
        <translation>p. ej. EUR, CNY, MXN</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="94"/>
        <source>Country and rules</source>
        <translation>País y normas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="95"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="96"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="97"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="23"/>
        <source>Import cases</source>
        <translation>Importar expedientes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="24"/>
        <source>Case files (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Ficheros de expedientes (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="69"/>
        <source>%n rows: {imported} imported, {updated} updated, {rejected} rejected.</source>
        <translation>
            <numerusform>%n fila: {imported} importadas, {updated} actualizadas, {rejected} rechazadas.</numerusform>
            <numerusform>%n filas: {imported} importadas, {updated} actualizadas, {rejected} rechazadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="75"/>
        <source>%n cases unchanged: the file gives them as they are stored.</source>
        <translation>
            <numerusform>%n caso sin cambios: el archivo lo da tal como está guardado.</numerusform>
            <numerusform>%n casos sin cambios: el archivo los da tal como están guardados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="77"/>
        <source>Kept as extra information: {kept}.</source>
        <translation>Conservado como información adicional: {kept}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="78"/>
        <location filename="../../fieldvisit/ui/import_actions.py" line="79"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="79"/>
        <source>Ignored: {ignored}.</source>
        <translation>Ignorado: {ignored}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="81"/>
        <source>no balance</source>
        <translation>sin saldo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="81"/>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="82"/>
        <source>no address or coordinates</source>
        <translation>sin dirección ni coordenadas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="83"/>
        <source>no days past due or due date (shown as unknown, not 0)</source>
        <translation>sin días de atraso ni fecha de vencimiento (se muestran como desconocidos, no 0)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="84"/>
        <source>Warning: the file gives {fields} for its cases; they were imported without them. If the file has them under other headers, choose those columns in the import preview and import again.</source>
        <translation>Aviso: el fichero no da {fields} para sus expedientes; se importaron sin ello. Si el fichero lo tiene con otros encabezados, elija esas columnas en la vista previa de la importación e importe de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="89"/>
        <source>%n cases moved to another address: their coordinates are cleared and wait for geocoding.</source>
        <translation>
            <numerusform>%n expediente cambió de dirección: sus coordenadas se borran y esperan la geocodificación.</numerusform>
            <numerusform>%n expedientes cambiaron de dirección: sus coordenadas se borran y esperan la geocodificación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="92"/>
        <source>%n cases keep the position pinned by hand on the map.</source>
        <translation>
            <numerusform>%n expediente conserva la posición fijada a mano en el mapa.</numerusform>
            <numerusform>%n expedientes conservan la posición fijada a mano en el mapa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="96"/>
        <source>%n appointment texts could not be read for sure: File → Review appointment texts (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n texto de cita no se pudo leer con seguridad: Archivo → Revisar textos de cita (Ctrl+Shift+A).</numerusform>
            <numerusform>%n textos de cita no se pudieron leer con seguridad: Archivo → Revisar textos de cita (Ctrl+Shift+A).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="100"/>
        <source>%n cases are held (not visited) until you say what their condition columns mean: File → Review imported values (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n expediente queda retenido (sin visita) hasta que indique qué significan sus columnas de condición: Archivo → Revisar valores importados (Ctrl+Shift+A).</numerusform>
            <numerusform>%n expedientes quedan retenidos (sin visita) hasta que indique qué significan sus columnas de condición: Archivo → Revisar valores importados (Ctrl+Shift+A).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="115"/>
        <source>%n appointment times were kept to the lawful visiting hours: {first}</source>
        <translation>
            <numerusform>%n hora de cita se ajustó al horario legal de visitas: {first}</numerusform>
            <numerusform>%n horas de cita se ajustaron al horario legal de visitas: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="118"/>
        <source>%n cases are in a state with two time zones and were placed in its main one: {first}</source>
        <translation>
            <numerusform>%n expediente está en un estado con dos husos horarios y se situó en el principal: {first}</numerusform>
            <numerusform>%n expedientes están en un estado con dos husos horarios y se situaron en el principal: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="138"/>
        <source>%n rows skipped: totals or notes, not cases.</source>
        <translation>
            <numerusform>%n fila omitida: un total o una nota, no un expediente.</numerusform>
            <numerusform>%n filas omitidas: totales o notas, no expedientes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="128"/>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="103"/>
        <source>%n values wait in File → Review imported values (Ctrl+Shift+A): {first}</source>
        <translation>
            <numerusform>%n valor espera en Archivo → Revisar valores importados (Ctrl+Shift+A): {first}</numerusform>
            <numerusform>%n valores esperan en Archivo → Revisar valores importados (Ctrl+Shift+A): {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="121"/>
        <source>%n cases keep their stored appointment: the file&apos;s appointment cell is blank (see Show Details).</source>
        <translation>
            <numerusform>%n expediente conserva su cita guardada: la celda de cita del fichero está vacía (vea Mostrar detalles).</numerusform>
            <numerusform>%n expedientes conservan su cita guardada: la celda de cita del fichero está vacía (vea Mostrar detalles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="124"/>
        <source>%n notes (see Show Details): {first}</source>
        <translation>
            <numerusform>%n nota (vea Mostrar detalles): {first}</numerusform>
            <numerusform>%n notas (vea Mostrar detalles): {first}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="130"/>
        <source>1 stored case from earlier imports of this file is not in it (kept unchanged): {ids}.</source>
        <translation>1 expediente guardado de importaciones anteriores de este fichero no está en él (se deja sin cambios): {ids}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="132"/>
        <source>{n} stored cases from earlier imports of this file are not in it (kept unchanged): {ids}.</source>
        <translation>{n} expedientes guardados de importaciones anteriores de este fichero no están en él (se dejan sin cambios): {ids}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="135"/>
        <source>Compared with the import of {file} (as of {as_of}; {why}).</source>
        <translation>Comparado con la importación de {file} (a fecha {as_of}; {why}).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="140"/>
        <source>Rows hidden or filtered out in the workbook, imported like the others: {rows}.</source>
        <translation>Filas ocultas o filtradas en el libro, importadas como las demás: {rows}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="143"/>
        <source>kept</source>
        <translation>conservada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="143"/>
        <source>ignored</source>
        <translation>ignorada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="151"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="158"/>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="159"/>
        <source>Importing {}…</source>
        <translation>Importando {}…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="15"/>
        <source>Case id</source>
        <translation>Id. de expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="15"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="16"/>
        <source>Home address</source>
        <translation>Dirección del domicilio</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="17"/>
        <source>Work address</source>
        <translation>Dirección del trabajo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="18"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="18"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="19"/>
        <source>Latitude, longitude (one column)</source>
        <translation>Latitud, longitud (una columna)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="20"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="20"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="21"/>
        <source>Days past due</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="22"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="22"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="23"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="24"/>
        <source>Last payment date</source>
        <translation>Fecha del último pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="25"/>
        <source>Last payment amount</source>
        <translation>Importe del último pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="26"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="27"/>
        <source>Appointment / best time to visit</source>
        <translation>Cita / mejor hora para visitar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="28"/>
        <source>Times not to visit</source>
        <translation>Horas en que no visitar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="29"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="29"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="30"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="31"/>
        <source>Address: house number</source>
        <translation>Dirección: número de portal</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="32"/>
        <source>Address: line 2</source>
        <translation>Dirección: línea 2</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="33"/>
        <source>Address: district</source>
        <translation>Dirección: barrio</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="34"/>
        <source>Address: city</source>
        <translation>Dirección: ciudad</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="35"/>
        <source>Address: state / province</source>
        <translation>Dirección: provincia / estado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="36"/>
        <source>Address: postal code</source>
        <translation>Dirección: código postal</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="37"/>
        <source>Surname</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="38"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="39"/>
        <source>Second surname</source>
        <translation>Segundo apellido</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="49"/>
        <source>Import cases — {file}</source>
        <translation>Importar expedientes — {file}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="52"/>
        <source>one table (CSV)</source>
        <translation>una tabla (CSV)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="58"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="60"/>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="64"/>
        <source>As the file shows</source>
        <translation>Como aparece en el fichero</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="61"/>
        <source>Point: 1,234.56</source>
        <translation>Punto: 1,234.56</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="62"/>
        <source>Comma: 1.234,56</source>
        <translation>Coma: 1.234,56</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="66"/>
        <source>Day first: 31/12/2026</source>
        <translation>Día primero: 31/12/2026</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="67"/>
        <source>Month first: 12/31/2026</source>
        <translation>Mes primero: 12/31/2026</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="68"/>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="69"/>
        <source>as the file shows</source>
        <translation>como aparece en el fichero</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="70"/>
        <source>How the file is read</source>
        <translation>Cómo se lee el fichero</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="72"/>
        <source>&amp;Sheet</source>
        <translation>&amp;Hoja</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="72"/>
        <source>&amp;Header row</source>
        <translation>Fila de &amp;encabezado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="73"/>
        <source>&amp;Encoding</source>
        <translation>&amp;Codificación</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="74"/>
        <source>&amp;Delimiter</source>
        <translation>&amp;Separador</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="75"/>
        <source>Decimal &amp;mark</source>
        <translation>Separador &amp;decimal</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="76"/>
        <source>Date &amp;order</source>
        <translation>&amp;Orden de fecha</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="77"/>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="77"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="89"/>
        <source>Column in the file</source>
        <translation>Columna del fichero</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="89"/>
        <source>Use as</source>
        <translation>Usar como</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="89"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="95"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="97"/>
        <source>Sample: rows as they would be stored</source>
        <translation>Muestra: filas tal como se guardarían</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="106"/>
        <source>Save these choices as the profile</source>
        <translation>Guardar estas opciones como perfil</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="116"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="188"/>
        <source>Cannot read the file this way: {error}</source>
        <translation>No se puede leer el fichero así: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="224"/>
        <source>All sheets with these columns: {sheets}</source>
        <translation>Todas las hojas con estas columnas: {sheets}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="226"/>
        <source>Detected: {sheet}</source>
        <translation>Detectada: {sheet}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="227"/>
        <source>Detect (every sheet with the same columns)</source>
        <translation>Detectar (todas las hojas con las mismas columnas)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="235"/>
        <source>point (1,234.56)</source>
        <translation>punto (1,234.56)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="235"/>
        <source>comma (1.234,56)</source>
        <translation>coma (1.234,56)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="236"/>
        <source>undecided (each amount read by its own form)</source>
        <translation>sin decidir (cada importe según su forma)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="237"/>
        <source>day first</source>
        <translation>día primero</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="237"/>
        <source>month first</source>
        <translation>mes primero</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="238"/>
        <source>undecided (ambiguous dates go to review)</source>
        <translation>sin decidir (las fechas ambiguas pasan a revisión)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="241"/>
        <source>per row ({codes})</source>
        <translation>por fila ({codes})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="242"/>
        <source>{code} (the workspace&apos;s)</source>
        <translation>{code} (el del espacio de trabajo)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="243"/>
        <source>Read: decimal mark {decimal}; dates {order}; country {country}; currency {currency}.</source>
        <translation>Lectura: separador decimal {decimal}; fechas {order}; país {country}; moneda {currency}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="354"/>
        <source>Under &apos;Use as&apos;, choose &apos;{case_id}&apos; for the column that holds each case&apos;s number; Import stays off until then.</source>
        <translation>En &apos;Usar como&apos;, elija &apos;{case_id}&apos; para la columna que contiene el número de cada expediente; Importar queda desactivado hasta entonces.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="360"/>
        <source>{rows} rows read: {rejected} would be rejected, {review} values would wait for review, {notes} notes. Kept as extra information: {kept}. Ignored: {ignored}.</source>
        <translation>{rows} filas leídas: {rejected} se rechazarían, {review} valores esperarían revisión, {notes} notas. Guardado como información adicional: {kept}. Ignorado: {ignored}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="386"/>
        <source>Warning: neither the file nor the workspace gives a currency, so {count} amounts wait for review with their currency; type one under Currency.</source>
        <translation>Aviso: ni el fichero ni el espacio de trabajo indican una moneda, así que {count} importes esperan revisión con su moneda; escriba una en Moneda.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="390"/>
        <source>Warning: neither the file nor the workspace gives a country or time zone, so appointment times wait for review; type the country under Country.</source>
        <translation>Aviso: ni el fichero ni el espacio de trabajo indican un país o huso horario, así que las horas de cita esperan revisión; escriba el país en País.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="242"/>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="245"/>
        <source>unknown</source>
        <translation>sin determinar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="252"/>
        <source>Sheet “{sheet}” is not read: it is hidden in the workbook; choose it under Sheet to import it.</source>
        <translation>La hoja «{sheet}» no se lee: está oculta en el libro; elíjala en Hoja para importarla.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="255"/>
        <source>Sheet “{sheet}” is not read: no header row was found in it.</source>
        <translation>La hoja «{sheet}» no se lee: no se encontró en ella una fila de encabezados.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="257"/>
        <source>Sheet “{sheet}” is not read: it is a chart, not a sheet of rows.</source>
        <translation>La hoja «{sheet}» no se lee: es un gráfico, no una hoja de filas.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="259"/>
        <source>Sheet “{sheet}” is not read: its columns differ; choose it under Sheet to import it.</source>
        <translation>La hoja «{sheet}» no se lee: sus columnas son distintas; elíjala en Hoja para importarla.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="265"/>
        <source>Profile “{name}” applied.</source>
        <translation>Perfil «{name}» aplicado.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="272"/>
        <source>Keep as extra information</source>
        <translation>Conservar como información adicional</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="273"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="287"/>
        <source>Blocks visits: status words</source>
        <translation>Bloquea visitas: palabras de estado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="289"/>
        <source>Blocks visits: restrictions written as words</source>
        <translation>Bloquea visitas: restricciones escritas en texto libre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="291"/>
        <source>Blocks visits: {flag}</source>
        <translation>Bloquea visitas: {flag}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="329"/>
        <source>kept</source>
        <translation>conservada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="329"/>
        <source>ignored</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="363"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="365"/>
        <source>Row {row} ({column}): {error}</source>
        <translation>Fila {row} ({column}): {error}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="366"/>
        <source>Row {row}: {error}</source>
        <translation>Fila {row}: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="370"/>
        <source>Check: {notes}.</source>
        <translation>Compruebe: {notes}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="372"/>
        <source>Skipped (not case records): {rows}.</source>
        <translation>Omitidas (no son expedientes): {rows}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="373"/>
        <source>row {row}: {reason}</source>
        <translation>fila {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="376"/>
        <source>Rows hidden or filtered out in the workbook, imported like the others: {rows}.</source>
        <translation>Filas ocultas o filtradas en el libro, importadas como las demás: {rows}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="379"/>
        <source>no balance</source>
        <translation>sin saldo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="379"/>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="380"/>
        <source>no address or coordinates</source>
        <translation>sin dirección ni coordenadas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="381"/>
        <source>no days past due or due date (shown as unknown, not 0)</source>
        <translation>sin días de atraso ni fecha de vencimiento (se muestran como desconocidos, no 0)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="382"/>
        <source>Warning: the columns give {fields}; choose the columns that hold them, or the cases are imported without them.</source>
        <translation>Aviso: las columnas no dan {fields}; elija las columnas que lo contienen, o los expedientes se importarán sin ello.</translation>
    </message>
</context>
<context>
    <name>Itinerary</name>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="33"/>
        <source>Itinerary of {collector} — {date}</source>
        <translation>Itinerario de {collector} — {date}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="34"/>
        <source>Leave {leave} · back {back} · {n} stops</source>
        <translation>Salida {leave} · vuelta {back} · {n} paradas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="35"/>
        <source>The day on your phone</source>
        <translation>El día en su móvil</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="36"/>
        <source>Directions from the start to stop 1:</source>
        <translation>Indicaciones desde el inicio hasta la parada 1:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="37"/>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="37"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="38"/>
        <source>Phone and notes</source>
        <translation>Teléfono y notas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="38"/>
        <source>Navigate</source>
        <translation>Navegar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="39"/>
        <source>window</source>
        <translation>franja</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="39"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="40"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="40"/>
        <source>{zone} time</source>
        <translation>hora de {zone}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="41"/>
        <source>({time} {zone} time)</source>
        <translation>({time}, hora de {zone})</translation>
    </message>
</context>
<context>
    <name>KeyExchangeDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="39"/>
        <source>Keys and trust</source>
        <translation>Claves y confianza</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="42"/>
        <source>This workspace</source>
        <translation>Este espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="44"/>
        <source>&amp;Export my identity file…</source>
        <translation>&amp;Exportar mi fichero de identidad…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="47"/>
        <source>collector</source>
        <translation>gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="47"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="48"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="50"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="51"/>
        <source>your office</source>
        <translation>su oficina</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="51"/>
        <source>the collector</source>
        <translation>el gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="52"/>
        <source>Send this file to {other} and read the fingerprint to them by phone or in person; they compare it before trusting it.</source>
        <translation>Envíe este fichero a {other} y léale la huella por teléfono o en persona; la comparará antes de confiar en él.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="58"/>
        <source>This workspace has no identity yet; create it in the first-run wizard or with &apos;fieldvisit keys init&apos;.</source>
        <translation>Este espacio de trabajo aún no tiene identidad; créela en el asistente inicial o con &apos;fieldvisit keys init&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="61"/>
        <source>Trusted offices</source>
        <translation>Oficinas de confianza</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="62"/>
        <source>Trusted collectors</source>
        <translation>Gestores de confianza</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="66"/>
        <source>&amp;Trust an identity file…</source>
        <translation>&amp;Confiar en un fichero de identidad…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="88"/>
        <source>(revoked)</source>
        <translation>(revocado)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="91"/>
        <source>Nobody yet.</source>
        <translation>Nadie todavía.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="106"/>
        <source>Export my identity file</source>
        <translation>Exportar mi fichero de identidad</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="107"/>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="144"/>
        <source>FieldVisit identity (*.json);;All files (*)</source>
        <translation>Identidad de FieldVisit (*.json);;Todos los ficheros (*)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="118"/>
        <source>Could not write {path}: {error}.</source>
        <translation>No se pudo escribir {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="120"/>
        <source>Identity written to {path}. Fingerprint to read out: {fingerprint}</source>
        <translation>Identidad guardada en {path}. Huella que debe leer: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="126"/>
        <source>an office (supervisor)</source>
        <translation>una oficina (supervisor)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="126"/>
        <source>a collector</source>
        <translation>un gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="127"/>
        <source>Compare the fingerprint</source>
        <translation>Compare la huella</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="128"/>
        <source>{name} is {role}. Ask them to read their fingerprint to you by phone or in person, and trust the file only if it is exactly:</source>
        <translation>{name} es {role}. Pídale que le lea su huella por teléfono o en persona, y confíe en el fichero solo si es exactamente:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="132"/>
        <source>The same: trust</source>
        <translation>Coincide: confiar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="133"/>
        <source>Different: do not trust</source>
        <translation>Distinta: no confiar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="143"/>
        <source>Trust an identity file</source>
        <translation>Confiar en un fichero de identidad</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="155"/>
        <source>Could not read {path}: {error}.</source>
        <translation>No se pudo leer {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="161"/>
        <source>Not trusted. Nothing was changed.</source>
        <translation>No se ha confiado. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="165"/>
        <source>Trusted: {name}, fingerprint {fingerprint}.</source>
        <translation>De confianza: {name}, huella {fingerprint}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="166"/>
        <source>Already trusted: {name}, fingerprint {fingerprint}.</source>
        <translation>Ya era de confianza: {name}, huella {fingerprint}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="50"/>
        <source>FieldVisit — {}</source>
        <extracomment>The share of the screen&apos;s free area the main window takes the first time (then it is where the user left it). The narrowest the map pane gets (pixels) beside the table.</extracomment>
        <translation>FieldVisit — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="58"/>
        <source>Search id, name or address  (Ctrl+F)</source>
        <translation>Buscar expediente, nombre o dirección  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="62"/>
        <source>All buckets</source>
        <translation>Todos los tramos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="69"/>
        <source>All cases</source>
        <translation>Todos los expedientes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="69"/>
        <source>Visitable</source>
        <translation>Visitables</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="70"/>
        <source>Blocked from visits</source>
        <translation>Bloqueados para visitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="70"/>
        <source>Vulnerable</source>
        <translation>Vulnerables</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="71"/>
        <source>Without coordinates</source>
        <translation>Sin coordenadas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="71"/>
        <source>Paid</source>
        <translation>Pagados</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="72"/>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="87"/>
        <source>Double-click: preparation sheet · Ctrl+R: record a visit</source>
        <translation>Doble clic: hoja de preparación · Ctrl+R: registrar visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="91"/>
        <source>Bucket</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="93"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="107"/>
        <source>Drag to reorder · double-click: record the visit</source>
        <translation>Arrastre para reordenar · doble clic: registrar la visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="164"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="187"/>
        <source>No cases yet: exchange identity files with your office (Sync → Keys and trust…), then Sync → Import assignment pack…</source>
        <translation>Aún no hay expedientes: intercambie ficheros de identidad con su oficina (Sincronizar → Claves y confianza…) y después Sincronizar → Importar paquete de asignación…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="191"/>
        <source>{shown} of {total} cases shown · {blocked} blocked from visits</source>
        <translation>{shown} de {total} expedientes · {blocked} bloqueados para visitas</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="14"/>
        <source>Case</source>
        <extracomment>Popup, legend and menu labels (English sources; ``QT_TRANSLATE_NOOP`` marks them for lupdate).</extracomment>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="14"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="15"/>
        <source>Bucket</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="15"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="16"/>
        <source>Window</source>
        <translation>Franja</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="16"/>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="17"/>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="17"/>
        <source>waits</source>
        <translation>espera</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="18"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="18"/>
        <source>Start</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="19"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="19"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="20"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="20"/>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="21"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="22"/>
        <source>Follow-up of a broken promise</source>
        <translation>Seguimiento de una promesa incumplida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="23"/>
        <source>Start my day here</source>
        <translation>Empezar mi día aquí</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="23"/>
        <source>Stop</source>
        <translation>Parada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="24"/>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="25"/>
        <source>({time} {zone} time)</source>
        <translation>({time}, hora de {zone})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="26"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>MapActions</name>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="75"/>
        <source>{g} geocoded, {c} from the cache, {f} not found.</source>
        <translation>{g} geocodificadas, {c} de la caché, {f} no encontradas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/map_actions.py" line="78"/>
        <source>%n found far outside their country were not stored: File → Review imported values (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n encontrado muy lejos de su país no se guardó: Archivo → Revisar valores importados (Ctrl+Shift+A).</numerusform>
            <numerusform>%n encontrados muy lejos de su país no se guardaron: Archivo → Revisar valores importados (Ctrl+Shift+A).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="81"/>
        <source>No connection: {n} addresses wait in the queue; pin them on the map or try again when connected.</source>
        <translation>Sin conexión: {n} direcciones esperan en la cola; fíjelas en el mapa o inténtelo con conexión.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="89"/>
        <source>Geocoding stopped</source>
        <translation>Geocodificación detenida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="90"/>
        <source>Geocoding addresses…</source>
        <translation>Geocodificando direcciones…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="95"/>
        <source>Select a case in the table first.</source>
        <translation>Seleccione primero un expediente en la tabla.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="109"/>
        <source>Import tile pack</source>
        <translation>Importar paquete de mapas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="109"/>
        <source>Tile packs (*.mbtiles)</source>
        <translation>Paquetes de mapas (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="124"/>
        <source>Tile pack refused</source>
        <translation>Paquete de mapas rechazado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="130"/>
        <source>Offline base map: {}</source>
        <translation>Mapa base sin conexión: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="133"/>
        <source>Tile pack not saved</source>
        <translation>Paquete de mapas no guardado</translation>
    </message>
</context>
<context>
    <name>NotPlannedDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/not_planned.py" line="28"/>
        <source>Not planned — {}</source>
        <extracomment>Item role holding the accent- and case-folded text the search matches against.</extracomment>
        <translation>No planificados — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/not_planned.py" line="30"/>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/not_planned.py" line="30"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/not_planned.py" line="30"/>
        <source>Why not planned</source>
        <translation>Por qué no se planificó</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/not_planned.py" line="42"/>
        <source>Search case, name or reason  (Ctrl+F)</source>
        <translation>Buscar expediente, nombre o motivo  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/not_planned.py" line="70"/>
        <source>{shown} of {total} cases not planned · double-click to select one</source>
        <translation>{shown} de {total} expedientes no planificados · doble clic para seleccionar uno</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="37"/>
        <source>Workspace passphrase</source>
        <translation>Frase de contraseña del espacio de trabajo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="40"/>
        <source>The workspace {path} is encrypted on this computer. Choose a passphrase of at least {n} characters; without it nobody (you included) can open the workspace.</source>
        <translation>El espacio de trabajo {path} está cifrado en este equipo. Elija una frase de contraseña de al menos {n} caracteres; sin ella nadie (usted incluido) puede abrirlo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="43"/>
        <source>That passphrase does not open {path}. Try again.</source>
        <translation>Esa frase de contraseña no abre {path}. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="45"/>
        <source>Enter the passphrase of the workspace {path}.</source>
        <translation>Introduzca la frase de contraseña del espacio de trabajo {path}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="50"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="53"/>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="55"/>
        <source>Remember on this computer (system keyring)</source>
        <translation>Recordar en este equipo (llavero del sistema)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="62"/>
        <source>A passphrase needs at least {} characters.</source>
        <translation>La frase de contraseña necesita al menos {} caracteres.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="65"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="30"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="26"/>
        <source>Car</source>
        <translation>Coche</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="30"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="26"/>
        <source>Motorbike</source>
        <translation>Moto</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="31"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="25"/>
        <source>Bicycle</source>
        <translation>Bicicleta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="31"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="25"/>
        <source>Walk</source>
        <translation>A pie</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="32"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="27"/>
        <source>Public transport</source>
        <translation>Transporte público</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="88"/>
        <source>Plan day</source>
        <translation>Planificar día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="90"/>
        <source>Plan the day in the background (Ctrl+P)</source>
        <translation>Planificar el día en segundo plano (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="96"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="96"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="97"/>
        <source>Shift</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="98"/>
        <source>Mode</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="103"/>
        <source>Plan week…</source>
        <translation>Planificar semana…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="104"/>
        <source>Spread this collector&apos;s cases over the next working days (Ctrl+Shift+P)</source>
        <translation>Reparte los expedientes de este gestor en los próximos días laborables (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="114"/>
        <source>Lock</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="115"/>
        <source>Keep this visit at this time when re-optimising (L)</source>
        <translation>Mantener esta visita a esta hora al reoptimizar (L)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="117"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="118"/>
        <source>Take this visit out of the day (Delete)</source>
        <translation>Quitar esta visita del día (Supr)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="120"/>
        <source>Re-optimise</source>
        <translation>Reoptimizar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="121"/>
        <source>Plan again around locked visits, without removed ones</source>
        <translation>Planificar de nuevo respetando las fijadas y sin las quitadas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="123"/>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="219"/>
        <source>Re-plan from here</source>
        <translation>Replanificar desde aquí</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="124"/>
        <source>Plan the rest of the day from the selected stop and the current time, keeping the visits done (Ctrl+Shift+R)</source>
        <translation>Planifica el resto del día desde la parada seleccionada y la hora actual, conservando las visitas hechas (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="128"/>
        <source>Cases left out of the day, and why (Ctrl+Shift+N)</source>
        <translation>Expedientes que quedaron fuera del día, y por qué (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="133"/>
        <source>Choose a day and a collector, then Plan day.</source>
        <translation>Elija un día y un gestor y pulse Planificar día.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="193"/>
        <source>No plan for this day yet: Plan day (Ctrl+P).</source>
        <translation>Aún no hay plan para este día: Planificar día (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="215"/>
        <source>Replace this day&apos;s plan?</source>
        <translation>¿Sustituir el plan de este día?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/planner_panel.py" line="216"/>
        <source>%n visits are already recorded on this day. Re-plan from here keeps them and plans the rest of the day; Replace plans the whole day again (the recorded visits are kept either way).</source>
        <translation>
            <numerusform>Ya hay %n visita registrada este día. Replanificar desde aquí la conserva y planifica el resto del día; Reemplazar planifica de nuevo todo el día (la visita registrada se conserva en ambos casos).</numerusform>
            <numerusform>Ya hay %n visitas registradas este día. Replanificar desde aquí las conserva y planifica el resto del día; Reemplazar planifica de nuevo todo el día (las visitas registradas se conservan en ambos casos).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="220"/>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="268"/>
        <source>Planning {}&apos;s day…</source>
        <translation>Planificando el día de {}…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="293"/>
        <source>{} has no start point yet: set where the day starts (File → Where my day starts…, or right-click the map).</source>
        <translation>{} aún no tiene punto de partida: indique dónde empieza el día (Archivo → Dónde empieza mi día…, o clic derecho en el mapa).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="337"/>
        <source>{n} not planned…</source>
        <translation>{n} no planificados…</translation>
    </message>
</context>
<context>
    <name>Prep</name>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="36"/>
        <source>back at {return_at}, after the shift ends at {shift_end}</source>
        <translation>vuelta a las {return_at}, después del fin de la jornada a las {shift_end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="37"/>
        <source>leaves at {leave_at}, before the shift starts</source>
        <translation>salida a las {leave_at}, antes de empezar la jornada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="38"/>
        <source>back at {back}, after the shift ends at {shift_end}</source>
        <translation>vuelta a las {back}, después del fin de la jornada a las {shift_end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="39"/>
        <source>{case_id}: arrives {minutes} min after the latest start ({latest})</source>
        <translation>{case_id}: llega {minutes} min después de la última hora de inicio ({latest})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="40"/>
        <source>{case_id}: not a known case</source>
        <translation>{case_id}: expediente desconocido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="41"/>
        <source>{case_id}: planned twice</source>
        <translation>{case_id}: planificado dos veces</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="42"/>
        <source>{case_id}: blocked by {flags}</source>
        <translation>{case_id}: bloqueado por {flags}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="43"/>
        <source>{case_id}: vulnerable customer planned without approval</source>
        <translation>{case_id}: cliente vulnerable planificado sin aprobación</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="44"/>
        <source>{case_id}: vulnerable customer may not be visited under {rules}</source>
        <translation>{case_id}: según {rules} no se puede visitar a un cliente vulnerable</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="45"/>
        <source>{case_id}: no visit on a {weekday} under {rules} without an agreed appointment</source>
        <translation>{case_id}: según {rules} no se visita en {weekday} sin una cita acordada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="46"/>
        <source>{case_id}: arrives {arrival}, but the trip takes {minutes} min</source>
        <translation>{case_id}: llega a las {arrival}, pero el trayecto dura {minutes} min</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="47"/>
        <source>{case_id}: starts before arriving</source>
        <translation>{case_id}: empieza antes de llegar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="48"/>
        <source>{case_id}: visit {start}–{end} is outside lawful hours in {timezone}</source>
        <translation>{case_id}: la visita {start}–{end} queda fuera del horario legal en {timezone}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="49"/>
        <source>{case_id}: starts at {start}, outside every agreed window</source>
        <translation>{case_id}: empieza a las {start}, fuera de toda franja acordada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="50"/>
        <source>{case_id}: leaves before the visit starts</source>
        <translation>{case_id}: sale antes de que empiece la visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="51"/>
        <source>{case_id}: visit {start}–{departure} falls in a time the customer said is inconvenient</source>
        <translation>{case_id}: la visita {start}–{departure} cae en un horario que el cliente dijo que no le conviene</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="52"/>
        <source>{case_id}: visited on a day other than the agreed appointment</source>
        <translation>{case_id}: visitado otro día distinto al de la cita acordada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="53"/>
        <source>lunch starts at {lunch_at}, after {latest}</source>
        <translation>la comida empieza a las {lunch_at}, después de las {latest}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="54"/>
        <source>blocked by flag: {detail}</source>
        <translation>bloqueado por marca: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="55"/>
        <source>vulnerable customer: a visit needs a supervisor&apos;s approval</source>
        <translation>cliente vulnerable: la visita necesita la aprobación del supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="56"/>
        <source>no coordinates yet: geocode the address or pin it on the map</source>
        <translation>aún sin coordenadas: geocodifique la dirección o fíjela en el mapa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="57"/>
        <source>case is {detail}</source>
        <translation>el expediente está {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="58"/>
        <source>the agreed appointment is on another day ({detail})</source>
        <translation>la cita acordada es otro día ({detail})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="59"/>
        <source>every window falls outside lawful contact hours ({detail})</source>
        <translation>todas las franjas quedan fuera del horario legal de contacto ({detail})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="60"/>
        <source>every window falls outside the collector&apos;s shift</source>
        <translation>todas las franjas quedan fuera de la jornada del gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="61"/>
        <source>not available on that weekday (available: {detail})</source>
        <translation>no disponible ese día de la semana (disponible: {detail})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="62"/>
        <source>visit cap reached: {detail}</source>
        <translation>límite de visitas alcanzado: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="63"/>
        <source>a first visit needs notice: {detail}</source>
        <translation>una primera visita requiere aviso previo: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="64"/>
        <source>the window cannot be reached in time from the route</source>
        <translation>no se llega a tiempo a la franja desde la ruta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="65"/>
        <source>lower priority than the visits planned; no time left in the day</source>
        <translation>menos prioritario que las visitas planificadas; no queda tiempo en el día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="72"/>
        <source>not among the day&apos;s {detail} most urgent cases</source>
        <translation>no está entre los {detail} expedientes más urgentes del día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="82"/>
        <source>Oversight: remind, make paying easy, fix an exact date and amount today.</source>
        <translation>Descuido: recuerde el pago, facilítelo y fije hoy una fecha y un importe exactos.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="83"/>
        <source>Hardship: offer a payment plan with affordable installments; discuss forbearance options.</source>
        <translation>Dificultades: ofrezca un plan de pagos con plazos asumibles; hable de las opciones de alivio.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="84"/>
        <source>Find out why. If there is a genuine dispute, record it and stop collection until it is resolved; otherwise state the lawful next steps clearly and calmly.</source>
        <translation>Averigüe el motivo. Si hay una disputa real, regístrela y detenga el cobro hasta que se resuelva; si no, explique con calma y claridad los siguientes pasos legales.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="85"/>
        <source>Hardest case: listen, defuse any dispute, try a small plan; if nothing is possible, explain calmly that the account will follow the lender&apos;s formal process.</source>
        <translation>El caso más difícil: escuche, calme cualquier disputa, pruebe un plan pequeño; si nada es posible, explique con calma que la cuenta seguirá el proceso formal del acreedor.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="86"/>
        <source>Early stage: service tone — a reminder, helpful and brief.</source>
        <translation>Fase temprana: tono de servicio — un recordatorio útil y breve.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="87"/>
        <source>Later stage: firm and factual — negotiate, and state the lawful consequences plainly.</source>
        <translation>Fase avanzada: firme y objetivo — negocie y explique con claridad las consecuencias legales.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="88"/>
        <source>A short payment holiday (agree the restart date)</source>
        <translation>Una breve pausa en los pagos (acuerde la fecha de reanudación)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="89"/>
        <source>Reduced installments for a set period</source>
        <translation>Plazos reducidos durante un tiempo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="90"/>
        <source>Ask the lender to freeze interest and charges</source>
        <translation>Pedir al acreedor que congele intereses y comisiones</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="91"/>
        <source>Point to free debt advice services</source>
        <translation>Indicar servicios gratuitos de asesoramiento de deudas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="138"/>
        <source>{days} days past due ({bucket})</source>
        <translation>{days} días de atraso ({bucket})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="131"/>
        <source>Offer: {n} {frequency} installments, first payment {amount} {currency} on {date}.</source>
        <translation>Oferta: {n} plazos ({frequency}), primer pago {amount} {currency} el {date}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="99"/>
        <source>Introduce yourself and the lender; show your ID card.</source>
        <translation>Preséntese y presente al acreedor; muestre su identificación.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="148"/>
        <source>The account is {days} days overdue with {amount} {currency} outstanding.</source>
        <translation>La cuenta lleva {days} días de atraso con {amount} {currency} pendientes.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="100"/>
        <source>Ask what has made paying difficult, and listen.</source>
        <translation>Pregunte qué le ha dificultado pagar, y escuche.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="74"/>
        <source>its appointment text waits in the review queue ({detail}): resolve or dismiss it first</source>
        <translation>su texto de cita espera en la cola de revisión ({detail}): resuélvalo o descártelo primero</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="101"/>
        <source>Agree an exact date and amount; write the promise down together before you leave.</source>
        <translation>Acuerde una fecha y un importe exactos; anoten juntos la promesa antes de irse.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="102"/>
        <source>Confirm you are speaking with {name} (ask for the name and date of birth) before mentioning the debt.</source>
        <translation>Confirme que habla con {name} (pida nombre y fecha de nacimiento) antes de mencionar la deuda.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="103"/>
        <source>Confirm you are speaking with the borrower (ask for the name and date of birth) before mentioning the debt.</source>
        <translation>Confirme que habla con el titular (pida nombre y fecha de nacimiento) antes de mencionar la deuda.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="104"/>
        <source>If someone else answers: give only your name and a phone number; say nothing about the debt.</source>
        <translation>Si contesta otra persona: deje solo su nombre y un teléfono; no diga nada de la deuda.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="105"/>
        <source>Check the address and the best phone number and times to call.</source>
        <translation>Compruebe la dirección y el mejor teléfono y horario para llamar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="106"/>
        <source>No payment on record</source>
        <translation>Sin pagos registrados</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="107"/>
        <source>Days past due not known: the due date waits for review</source>
        <translation>Días de atraso desconocidos: la fecha de vencimiento espera revisión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="108"/>
        <source>Flagged vulnerable</source>
        <translation>Marcado como vulnerable</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="109"/>
        <source>Notes mention hardship (“{words}”)</source>
        <translation>Las notas mencionan dificultades («{words}»)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="110"/>
        <source>Stated monthly income {amount} {currency}</source>
        <translation>Ingresos mensuales declarados {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="111"/>
        <source>Paid {amount} {currency} within the last 90 days</source>
        <translation>Pagó {amount} {currency} en los últimos 90 días</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="112"/>
        <source>The balance is more than a year of affordable installments</source>
        <translation>El saldo supera un año de plazos asumibles</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="113"/>
        <source>Nothing on record about income or hardship: ask at the door</source>
        <translation>Nada registrado sobre ingresos o dificultades: pregúntelo en la visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="114"/>
        <source>{n} promise(s) kept</source>
        <translation>{n} promesa(s) cumplida(s)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="115"/>
        <source>{n} promise(s) broken</source>
        <translation>{n} promesa(s) incumplida(s)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="116"/>
        <source>{n} refusal(s) on record</source>
        <translation>{n} negativa(s) registrada(s)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="117"/>
        <source>Paid something in the last 60 days</source>
        <translation>Pagó algo en los últimos 60 días</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="118"/>
        <source>More than 90 days past due and no payment in the last 90 days</source>
        <translation>Más de 90 días de atraso y sin pagos en los últimos 90 días</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="120"/>
        <source>Do not press for payment while the dispute is open.</source>
        <translation>No presione para cobrar mientras la disputa esté abierta.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="146"/>
        <source>The account has {amount} {currency} outstanding; check how long it is overdue (the due date waits for review).</source>
        <translation>La cuenta tiene {amount} {currency} pendientes; compruebe cuánto tiempo lleva de atraso (la fecha de vencimiento espera revisión).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="123"/>
        <source>Workplace contact is not allowed for this borrower.</source>
        <translation>No se permite contactar a este titular en su trabajo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="126"/>
        <source>The borrower disputes the debt: resolve the dispute before collecting.</source>
        <translation>El titular discute la deuda: resuelva la disputa antes de cobrar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="134"/>
        <source>Last payment {date} ({days} days ago), {amount} {currency}</source>
        <translation>Último pago {date} (hace {days} días), {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="136"/>
        <source>Last payment {date} ({days} days ago)</source>
        <translation>Último pago {date} (hace {days} días)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="161"/>
        <source>No business day in the next three days: first payment on {date}, agree it explicitly.</source>
        <translation>Ningún día hábil en los próximos tres días: primer pago el {date}, acuérdelo expresamente.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="162"/>
        <source>{date} is a Sunday or holiday: moved to {moved}.</source>
        <translation>{date} es domingo o festivo: se pasa al {moved}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="163"/>
        <source>Even {n} installments exceed {share} of the stated income: consider forbearance.</source>
        <translation>Incluso {n} plazos superan el {share} de los ingresos declarados: considere medidas de alivio.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="164"/>
        <source>Installments kept within {share} of the stated monthly income ({amount} {currency} per {period}).</source>
        <translation>Plazos dentro del {share} de los ingresos mensuales declarados ({amount} {currency} por {period}).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="173"/>
        <source>The {what} {when} is not a plausible date; check the year.</source>
        <translation>Compruebe el año: {what} {when} no es una fecha verosímil.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="174"/>
        <source>The {what} amount must be more than zero.</source>
        <translation>El importe de {what} debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="193"/>
        <source>The {what} amount {amount} has more than two decimals.</source>
        <translation>El importe de {what} {amount} tiene más de dos decimales.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="177"/>
        <source>The agreed plan has no installments.</source>
        <translation>El plan acordado no tiene plazos.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="178"/>
        <source>A visit cannot be recorded before it happens; check the date and time of arrived_at.</source>
        <translation>No se puede registrar una visita antes de que ocurra; compruebe la fecha y la hora de llegada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="179"/>
        <source>The visit ends (left_at) before it starts (arrived_at).</source>
        <translation>La visita termina antes de empezar: revise la llegada y la salida.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="180"/>
        <source>The visit lasts more than 12 hours; check arrived_at and left_at.</source>
        <translation>La visita dura más de 12 horas; revise la llegada y la salida.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="181"/>
        <source>The outcome {outcome} needs the debtor in person (person_met: debtor).</source>
        <translation>El resultado «{outcome}» requiere haber hablado con el titular en persona.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="182"/>
        <source>The outcome third_party needs person_met: third_party.</source>
        <translation>El resultado «Habló con otra persona» requiere que la persona contactada sea otra persona.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="183"/>
        <source>A promise_to_pay visit needs the promise: amount, currency and an exact date.</source>
        <translation>Una promesa de pago necesita importe, moneda y una fecha exacta.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="184"/>
        <source>The outcome {outcome} needs the payment received.</source>
        <translation>El resultado «{outcome}» requiere el pago recibido.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="185"/>
        <source>Promises and payments are recorded only with the debtor in person.</source>
        <translation>Las promesas y los pagos solo se registran con el titular en persona.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="186"/>
        <source>The {what} needs an exact date (YYYY-MM-DD).</source>
        <translation>Compruebe {what}: debe ser una fecha exacta (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="187"/>
        <source>The {name} field of the visit has {n} characters; at most {limit} are allowed, so shorten it.</source>
        <translation>El campo {name} de la visita tiene {n} caracteres; se permiten como máximo {limit}: acórtelo, por favor.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="189"/>
        <source>The visit&apos;s {key} must be text (in quotes), not {kind}.</source>
        <translation>El campo {key} de la visita debe ser texto (entre comillas), no {kind}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="190"/>
        <source>The visit&apos;s {key} holds a NUL character (\0); remove it.</source>
        <translation>El campo {key} de la visita contiene un carácter NUL (\0); elimínelo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="191"/>
        <source>The visit&apos;s {part} must be an object ({{...}}), not {kind}.</source>
        <translation>El campo {part} de la visita debe ser un objeto ({{...}}), no {kind}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="192"/>
        <source>The visit&apos;s {part} amount must be a number such as 1500.00, not {kind}.</source>
        <translation>El importe de {part} de la visita debe ser un número como 1500.00, no {kind}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="194"/>
        <source>Installment {n} of the agreed plan must have a date and an amount.</source>
        <translation>El plazo {n} del plan acordado necesita fecha e importe.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="195"/>
        <source>Installment {n} of the agreed plan is dated before the visit.</source>
        <translation>El plazo {n} del plan acordado tiene fecha anterior a la visita.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="196"/>
        <source>Installment {n} of the agreed plan is not after the one before it.</source>
        <translation>El plazo {n} del plan acordado no es posterior al anterior.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="197"/>
        <source>The {what} is in {currency} but the case&apos;s currency is {case}; record it in {case}.</source>
        <translation>El importe ({what}) está en {currency}, pero la moneda del expediente es {case}; regístrelo en {case}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="198"/>
        <source>The promised date is before the visit.</source>
        <translation>La fecha prometida es anterior a la visita.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="199"/>
        <source>A cash payment needs its receipt number.</source>
        <translation>Un pago en efectivo necesita su número de recibo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="201"/>
        <source>The visit&apos;s {part} {key} must be text (in quotes), not {kind}.</source>
        <translation>El campo {key} de {part} de la visita debe ser texto (entre comillas), no {kind}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="202"/>
        <source>Installment {n} of the agreed plan has no valid date (YYYY-MM-DD).</source>
        <translation>El plazo {n} del plan acordado no tiene una fecha válida (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="217"/>
        <source>cannot tell which parts of the day are meant; write e.g. Mon-Fri mornings; Sat afternoons</source>
        <translation>no se sabe a qué partes del día se refiere; escriba p. ej. Mon-Fri mornings; Sat afternoons</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="224"/>
        <source>cannot tell which days go with which times; write one window per days and times, separated by ;</source>
        <translation>no se sabe qué días corresponden a qué horas; escriba una franja por cada grupo de días y horas, separadas por ;</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="229"/>
        <source>An override needs the supervisor&apos;s name (--by).</source>
        <translation>Una excepción necesita el nombre del supervisor (--by).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="230"/>
        <source>An override needs a real reason (--reason, at least a short sentence).</source>
        <translation>Una excepción necesita un motivo real (--reason, al menos una frase corta).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="231"/>
        <source>An override is a supervisor&apos;s decision: ask your office; it reaches this laptop with the next assignment pack.</source>
        <translation>Autorizar una excepción es decisión del supervisor: pídalo a su oficina; llegará a este portátil con el próximo paquete de asignación.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="232"/>
        <source>No case with id {case_id}.</source>
        <translation>No hay ningún expediente {case_id}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="235"/>
        <source>The collector name is empty; give --collector NAME.</source>
        <translation>El nombre del gestor está vacío; indique --collector NOMBRE.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="236"/>
        <source>{lat}, {lon} is not a position on Earth.</source>
        <translation>{lat}, {lon} no es una posición en la Tierra.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="238"/>
        <source>No case with id {shown}; nothing was assigned. Check the ids with &apos;fieldvisit cases list&apos;.</source>
        <translation>No hay expediente {shown}; no se asignó nada. Compruebe los números con &apos;fieldvisit cases list&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="256"/>
        <source>{text} is not a position; write it as LAT,LON, e.g. 40.4168,-3.7038.</source>
        <translation>{text} no es una posición; escríbala como LAT,LON, p. ej. 40.4168,-3.7038.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="252"/>
        <source>The {what} {text} ends before it starts.</source>
        <translation>{what} {text} termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="255"/>
        <source>Cannot lock {join}: not an open case of {collector}.</source>
        <translation>No se puede fijar {join}: no es un expediente abierto de {collector}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="257"/>
        <source>{text} is not a {what}; write it as HH:MM-HH:MM, e.g. 09:00-18:00.</source>
        <translation>{text} no es una {what} válida; escríbala como HH:MM-HH:MM, p. ej. 09:00-18:00.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="258"/>
        <source>{name} is not an IANA time zone such as Europe/Madrid.</source>
        <translation>{name} no es una zona horaria IANA como Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="260"/>
        <source>{item} is not CASE@HH:MM; write e.g. C-1001@14:30.</source>
        <translation>{item} no tiene la forma EXPEDIENTE@HH:MM; escriba p. ej. C-1001@14:30.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="296"/>
        <source>The role must be collector or supervisor.</source>
        <translation>El rol debe ser gestor (collector) o supervisor.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="297"/>
        <source>Give this workspace a name (--name), e.g. the collector&apos;s full name or the office.</source>
        <translation>Dé un nombre a este espacio de trabajo (--name), p. ej. el nombre completo del gestor o de la oficina.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="298"/>
        <source>This workspace has no identity yet; run &apos;fieldvisit keys init --role ROLE --name NAME&apos;.</source>
        <translation>Este espacio de trabajo aún no tiene identidad; ejecute &apos;fieldvisit keys init --role ROL --name NOMBRE&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="303"/>
        <source>This workspace already has an identity ({name}, {role}, {fingerprint}); keys are never replaced silently.</source>
        <translation>Este espacio de trabajo ya tiene identidad ({name}, {role}, {fingerprint}); las claves nunca se sustituyen sin avisar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="304"/>
        <source>{file} is not a FieldVisit identity file: {exc}.</source>
        <translation>{file} no es un fichero de identidad de FieldVisit: {exc}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="305"/>
        <source>This identity file cannot be trusted: {exc}.</source>
        <translation>No se puede confiar en este fichero de identidad: {exc}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="307"/>
        <source>None of the {n} rows of {file_name} could be imported (rejected: {first}); nothing was written. The preview (--preview) shows why each row is rejected.</source>
        <translation>No se pudo importar ninguna de las {n} filas de {file_name} (rechazo: {first}); no se escribió nada. La vista previa (--preview) muestra por qué se rechaza cada fila.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="333"/>
        <source>{name} announces a series from the future; it was refused (nothing was imported). Check the office computer&apos;s clock.</source>
        <translation>{name} anuncia una serie con fecha futura; se rechazó (no se importó nada). Compruebe el reloj del ordenador de la oficina.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="334"/>
        <source>{name} (pack {seq}) jumps far past the last pack imported from this office; it was refused and nothing was imported. Import the office&apos;s real packs; if the office was restored or reset, ask it to run &apos;fieldvisit pack new-series&apos; and send a new pack.</source>
        <translation>{name} (paquete {seq}) salta muy por delante del último paquete importado de esta oficina; se rechazó y no se importó nada. Importe los paquetes reales de la oficina; si la oficina se restauró o se reinició, pídale que ejecute &apos;fieldvisit pack new-series&apos; y envíe un paquete nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="335"/>
        <source>{name} (pack {seq} of {created}) is older than a pack already imported; nothing was imported. Import the newest pack instead (if the office was restored from a backup, ask it to run &apos;fieldvisit pack new-series&apos; and send a new pack).</source>
        <translation>{name} (paquete {seq} del {created}) es anterior a un paquete ya importado; no se importó nada. Importe en su lugar el paquete más reciente (si la oficina se restauró desde una copia de seguridad, pídale que ejecute &apos;fieldvisit pack new-series&apos; y envíe un paquete nuevo).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="342"/>
        <source>Another FieldVisit (a window or a command) has this workspace open; nothing was changed. Close it and try again.</source>
        <translation>Otro FieldVisit (una ventana o un comando) tiene abierto este espacio de trabajo; no se cambió nada. Ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="383"/>
        <source>{name} comes from a sender this workspace does not trust (or is not a FieldVisit file); it was not read.</source>
        <translation>{name} procede de un remitente en el que este espacio de trabajo no confía (o no es un fichero de FieldVisit); no se leyó.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="384"/>
        <source>The pack for {collector} was not written: {exc}</source>
        <translation>No se pudo guardar el paquete de {collector}: {exc}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="385"/>
        <source>The pack for {collector} was not written: {why}; it is written on the next sync.</source>
        <translation>No se pudo guardar el paquete de {collector}: {why}; se guardará en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="386"/>
        <source>The visit reports could not be written to the sync folder: {why}. Nothing was recorded as sent; try again.</source>
        <translation>No se pudieron guardar los informes de visita en la carpeta de sincronización: {why}. No se registró nada como enviado; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="408"/>
        <source>Review item {review_id} is not waiting for review any more; refresh the list.</source>
        <translation>El elemento de revisión {review_id} ya no está pendiente de revisión; actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="410"/>
        <source>Choose the time zone of {case_id} first (review item {zone_id}): the appointment times are read in it.</source>
        <translation>Elija primero el huso horario de {case_id} (elemento de revisión {zone_id}): las horas de la cita se leen en él.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="441"/>
        <source>promised date</source>
        <translation>la fecha prometida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="442"/>
        <source>follow-up date</source>
        <translation>la fecha de seguimiento</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="443"/>
        <source>installment date</source>
        <translation>la fecha del plazo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="444"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="445"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="446"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="447"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="448"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="449"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="450"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="300"/>
        <source>Create this workspace&apos;s identity first (&apos;fieldvisit keys init&apos;).</source>
        <translation>Cree primero la identidad de este espacio de trabajo (&apos;fieldvisit keys init&apos;).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="301"/>
        <source>That is this workspace&apos;s own identity; exchange files with the other side.</source>
        <translation>Esa es la identidad de este mismo espacio de trabajo; intercambie ficheros con la otra parte.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="302"/>
        <source>A {role} trusts {wanted}s, and {name} is a {role2}.</source>
        <translation>Un {role} confía en {wanted}s, y {name} es {role2}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="306"/>
        <source>No trusted peer has the fingerprint {fingerprint}; see &apos;fieldvisit keys list&apos;.</source>
        <translation>Ninguna identidad de confianza tiene la huella {fingerprint}; vea &apos;fieldvisit keys list&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="308"/>
        <source>{file_name} has no case_id column (headers found: {found}); add one or name it with --mapping.</source>
        <translation>{file_name} no tiene columna de expediente (cabeceras: {found}); añádala o indíquela con --mapping.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="309"/>
        <source>The mapping is wrong: {exc}.</source>
        <translation>La correspondencia de columnas es incorrecta: {exc}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="330"/>
        <source>No plan{who} on {isoformat}; run &apos;fieldvisit plan --date {isoformat}&apos; first.</source>
        <translation>No hay plan{who} el {isoformat}; ejecute primero &apos;fieldvisit plan --date {isoformat}&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="331"/>
        <source>Several collectors have plans on {isoformat} ({names}); choose one with --collector.</source>
        <translation>Varios gestores tienen plan el {isoformat} ({names}); elija uno con --collector.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="343"/>
        <source>No case with id {case_id}; check it with &apos;fieldvisit cases list&apos;.</source>
        <translation>No hay expediente {case_id}; compruébelo con &apos;fieldvisit cases list&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="344"/>
        <source>Case {case_id} has nothing outstanding; no preparation sheet is needed.</source>
        <translation>El expediente {case_id} no tiene nada pendiente; no hace falta hoja de preparación.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="345"/>
        <source>No plan on {isoformat}; run &apos;fieldvisit plan --date {isoformat}&apos; first.</source>
        <translation>No hay plan el {isoformat}; ejecute primero &apos;fieldvisit plan --date {isoformat}&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="346"/>
        <source>Several collectors have plans that day; choose one with --collector.</source>
        <translation>Varios gestores tienen plan ese día; elija uno con --collector.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="295"/>
        <source>The holidays setting has {strip}, which is not a YYYY-MM-DD date.</source>
        <translation>La lista de festivos contiene {strip}, que no es una fecha AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="70"/>
        <source>{detail} is a day off: only appointments agreed for that day are visited</source>
        <translation>{detail} es día no laborable: solo se visitan las citas acordadas para ese día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="71"/>
        <source>left out: the plan check found it could not be kept lawfully and on time ({detail})</source>
        <translation>excluido: la comprobación del plan vio que no podía cumplirse dentro de la ley y a tiempo ({detail})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="76"/>
        <source>Find out first: the record does not say enough to choose an approach. Ask the questions below, listen, and choose the approach from the answers.</source>
        <translation>Primero averigüe: el expediente no dice lo suficiente para elegir un enfoque. Haga las preguntas de abajo, escuche y elija el enfoque según las respuestas.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="77"/>
        <source>Later stage: calm and factual — find out first; talk about next steps once you know whether they can pay.</source>
        <translation>Fase avanzada: con calma y con hechos — primero averigüe; hable de los siguientes pasos cuando sepa si puede pagar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="92"/>
        <source>Ask what has changed in their income or regular costs since the account fell behind.</source>
        <translation>Pregunte qué ha cambiado en sus ingresos o gastos habituales desde que la cuenta se retrasó.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="93"/>
        <source>Ask what they could afford to pay each month after essentials such as rent, food and bills.</source>
        <translation>Pregunte cuánto podría pagar cada mes después de lo esencial, como alquiler, comida y facturas.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="94"/>
        <source>Ask whether anything (illness, loss of work, a change at home) makes paying hard right now; if so, mention free debt advice services.</source>
        <translation>Pregunte si algo (enfermedad, pérdida del trabajo, un cambio en casa) le dificulta pagar ahora; si es así, mencione los servicios gratuitos de asesoramiento sobre deudas.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="95"/>
        <source>Ask whether they agree with the balance, or whether anything about the account is in dispute.</source>
        <translation>Pregunte si está de acuerdo con el saldo o si hay algo de la cuenta en disputa.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="96"/>
        <source>Ask how they would like to settle the account: in full, or in instalments, and from which date.</source>
        <translation>Pregunte cómo le gustaría saldar la cuenta: de una vez o a plazos, y desde qué fecha.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="97"/>
        <source>No clear signal on record: ask at the door</source>
        <translation>Sin indicios claros en el expediente: pregunte en la puerta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="119"/>
        <source>What they can afford is not known yet: ask before agreeing amounts, and adjust the plan to the answer.</source>
        <translation>Aún no se sabe cuánto puede pagar: pregunte antes de acordar importes y ajuste el plan a la respuesta.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="175"/>
        <source>The {what} amount is too large to be real; check it.</source>
        <translation>El importe de {what} es demasiado grande para ser real; compruébelo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="203"/>
        <source>The promise needs an exact date (YYYY-MM-DD) in a plausible year.</source>
        <translation>La promesa necesita una fecha exacta (AAAA-MM-DD) con un año verosímil.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="204"/>
        <source>The {part} {key} field of the visit has {n} characters; at most {limit} are allowed, so shorten it.</source>
        <translation>El campo {key} de {part} de la visita tiene {n} caracteres; se permiten como máximo {limit}: acórtelo, por favor.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="215"/>
        <source>several windows in one text</source>
        <translation>varias franjas en un solo texto</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="216"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="220"/>
        <source>a date needs a time, e.g. 2026-11-24 14:00-16:00</source>
        <translation>una fecha necesita una hora, p. ej. 2026-11-24 14:00-16:00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="221"/>
        <source>several times in one window; separate windows with ;</source>
        <translation>varias horas en una franja; separe las franjas con ;</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="218"/>
        <source>several parts of the day in one window; separate windows with ;</source>
        <translation>varias partes del día en una franja; separe las franjas con ;</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="212"/>
        <source>{token} is not a time</source>
        <translation>{token} no es una hora</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="213"/>
        <source>the hours fall outside the lawful contact hours ({start}-{end})</source>
        <translation>las horas quedan fuera del horario legal de contacto ({start}-{end})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="214"/>
        <source>the hours could be morning or evening; write them as 14:00-16:00</source>
        <translation>las horas podrían ser de mañana o de tarde; escríbalas como 14:00-16:00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="223"/>
        <source>that time falls outside the lawful contact hours ({start}-{end})</source>
        <translation>esa hora queda fuera del horario legal de contacto ({start}-{end})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="205"/>
        <source>the window ends before it starts</source>
        <translation>la franja termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="207"/>
        <source>M could be Monday or martes (Tuesday); write the day&apos;s name</source>
        <translation>M podría ser lunes (Monday) o martes; escriba el nombre del día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="225"/>
        <source>no time range such as 14:00-16:00</source>
        <translation>no hay un intervalo de horas como 14:00-16:00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="208"/>
        <source>not a valid ISO 8601 interval</source>
        <translation>no es un intervalo ISO 8601 válido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="9"/>
        <source>{column} is not a value the review queue sets.</source>
        <translation>{column} no es un valor que fije la cola de revisión.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="10"/>
        <source>Type the value, e.g. 1234.00 or 2026-03-04.</source>
        <translation>Escriba el valor, p. ej. 1234.00 o 2026-03-04.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="15"/>
        <source>{text!r} does not name one currency; write its three-letter code, e.g. MXN.</source>
        <translation>{text!r} no indica una única moneda; escriba su código de tres letras, p. ej. MXN.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="16"/>
        <source>{text!r} is not a phone number; type it in full, e.g. +34 600 111 222.</source>
        <translation>{text!r} no es un número de teléfono; escríbalo completo, p. ej. +34 600 111 222.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="20"/>
        <source>{text!r} can still be read two ways; write the amount with two decimals, e.g. 1234.00 or 1.23.</source>
        <translation>{text!r} todavía admite dos lecturas; escriba el importe con dos decimales, p. ej. 1234.00 o 1.23.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="18"/>
        <source>{text!r} can still be read two ways; write the date as 2026-03-04.</source>
        <translation>{text!r} todavía admite dos lecturas; escriba la fecha como 2026-03-04.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="11"/>
        <source>{text!r} does not say which currency {symbol} is; write its three-letter code, e.g. {example}.</source>
        <translation>{text!r} no dice qué moneda es {symbol}; escriba su código de tres letras, p. ej. {example}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="12"/>
        <source>Say the currency too: the file does not, e.g. {example}.</source>
        <translation>Indique también la moneda: el fichero no la dice, p. ej. {example}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="13"/>
        <source>{original!r} is in {symbol}, which cannot be {code}; it could be {allowed}.</source>
        <translation>{original!r} está en {symbol}, que no puede ser {code}; podría ser {allowed}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="14"/>
        <source>The case&apos;s amounts are in {currency}; type the amount in {currency}.</source>
        <translation>Los importes del expediente están en {currency}; escriba el importe en {currency}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="19"/>
        <source>{text!r} cannot be read ({exc}); write e.g. 1234.00 or 2026-03-04.</source>
        <translation>{text!r} no se puede leer ({exc}); escriba p. ej. 1234.00 o 2026-03-04.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="23"/>
        <source>Answer &apos;as written&apos;, &apos;swapped&apos; or &apos;geocode&apos; (leave the coordinates out).</source>
        <translation>Responda &apos;as written&apos; (tal como están), &apos;swapped&apos; (intercambiadas) o &apos;geocode&apos; (descartar las coordenadas).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="24"/>
        <source>Type the flags the text means, e.g. deceased, or none.</source>
        <translation>Escriba las marcas que significa el texto, p. ej. deceased, o none.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="25"/>
        <source>{text!r} is not an IANA time zone; write one such as America/Chicago.</source>
        <translation>{text!r} no es un huso horario IANA; escriba uno como America/Chicago.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="26"/>
        <source>Latitude {lat} is outside -90..90 read that way; choose another answer.</source>
        <translation>Leída así, la latitud {lat} queda fuera de -90..90; elija otra respuesta.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="27"/>
        <source>{text!r} does not say which flag; name it, e.g. dispute, or write none.</source>
        <translation>{text!r} no dice qué marca; nómbrela, p. ej. dispute, o escriba none.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="28"/>
        <source>{exc}; write the flags the text means ({known}) or none.</source>
        <translation>{exc}; escriba las marcas que significa el texto ({known}) o none.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="29"/>
        <source>{text!r} are not coordinates; leave them out (geocode).</source>
        <translation>{text!r} no son coordenadas; descártelas (geocode).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="32"/>
        <source>{text!r}: {refusal}; choose another day or the date of an appointment the customer agreed</source>
        <translation>{text!r}: {refusal}; elija otro día o la fecha de una cita acordada con el cliente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="33"/>
        <source>{text!r} kept as {kept}: {refusal}</source>
        <translation>{text!r} se queda como {kept}: {refusal}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="34"/>
        <source>{text!r}: {window} left out: {refusal}</source>
        <translation>{text!r}: se deja fuera {window}: {refusal}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="75"/>
        <source>its time zone waits in the review queue: lawful visiting hours are local, choose it first</source>
        <translation>su huso horario espera en la cola de revisión: el horario legal de visitas es local, elíjalo primero</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="121"/>
        <source>Offer: none yet; the balance waits for review.</source>
        <translation>Oferta: ninguna todavía; el saldo espera revisión.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="142"/>
        <source>The balance and the due date wait for review: check both before the visit.</source>
        <translation>El saldo y la fecha de vencimiento esperan revisión: compruebe ambos antes de la visita.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="127"/>
        <source>Days past due not known: the case file gave no due date or days past due</source>
        <translation>Días de atraso desconocidos: el fichero no daba fecha de vencimiento ni días de atraso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="145"/>
        <source>The account is {days} days overdue; its balance waits for review, so check it before the visit.</source>
        <translation>La cuenta lleva {days} días de atraso; su saldo espera revisión, así que compruébelo antes de la visita.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="139"/>
        <source>The balance waits for review: agree no amount until it is checked.</source>
        <translation>El saldo espera revisión: no acuerde ningún importe hasta comprobarlo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="8"/>
        <source>the file&apos;s due date {written} and its {days} days past due (due {derived}) disagree; the due date is kept until you pick one</source>
        <translation>la fecha de vencimiento del fichero {written} y sus {days} días de atraso (vencimiento {derived}) no concuerdan; se conserva la fecha de vencimiento hasta que elija una</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="73"/>
        <source>taken out of the day by hand (Ctrl+Z puts it back; planning again leaves it out)</source>
        <translation>quitada del día a mano (Ctrl+Z la devuelve; al planificar de nuevo sigue fuera)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="130"/>
        <source>Offer: pay in full, {amount} {currency} on {date}.</source>
        <translation>Oferta: pago total, {amount} {currency} el {date}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="124"/>
        <source>Shown under the supervisor&apos;s override by {by}: {reason}</source>
        <translation>Mostrado por la excepción autorizada por el supervisor {by}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="7"/>
        <source>the geocoder placed the address at latitude {lat}, longitude {lon}, far outside {country}; check the address and the country, or place the case on the map (the answer is not stored)</source>
        <translation>el geocodificador situó la dirección en latitud {lat}, longitud {lon}, muy lejos de {country}; revise la dirección y el país, o sitúe el caso en el mapa (la respuesta no se guarda)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="17"/>
        <source>{text!r} writes no year; write the whole date, e.g. 2026-03-04.</source>
        <translation>{text!r} no indica el año; escriba la fecha completa, p. ej. 2026-03-04.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="21"/>
        <source>As of {day}: the due dates and days past due of {agree} of the file&apos;s {read} rows agree on that day (the file was made then); days past due count from it.</source>
        <translation>A fecha de {day}: las fechas de vencimiento y los días de atraso de {agree} de las {read} filas del archivo coinciden en ese día (el archivo se hizo entonces); los días de atraso se cuentan desde él.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="22"/>
        <source>As of {day}: the file states its cut-off date ({line}); days past due count from that day.</source>
        <translation>A fecha de {day}: el archivo indica su fecha de corte ({line}); los días de atraso se cuentan desde ese día.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="30"/>
        <source>{text!r} read in the morning as written (no am/pm): {window}; if the evening is meant, write {start}-{end}</source>
        <translation>{text!r} leído por la mañana tal como está escrito (sin a. m./p. m.): {window}; si se quiere decir por la tarde, escriba {start}-{end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="31"/>
        <source>{text!r} has no am/pm: in the morning ({morning}) only {kept} is within the lawful visiting hours ({law}), in the evening it is {evening}; write the hours meant on the 24-hour clock, e.g. {evening}</source>
        <translation>{text!r} no indica a. m./p. m.: por la mañana ({morning}) solo {kept} cae dentro del horario legal de visitas ({law}), por la tarde sería {evening}; escriba las horas en formato de 24 horas, p. ej. {evening}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="35"/>
        <source>{text!r}: read as {window}, which starts in the morning though the text says afternoon or evening; write the hours on the 24-hour clock, e.g. 17:30-19:30</source>
        <translation>{text!r}: leído como {window}, que empieza por la mañana aunque el texto dice tarde o noche; escriba las horas en formato de 24 horas, p. ej. 17:30-19:30</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="66"/>
        <source>too far for the shift ({detail}): the way there, the visit and the way back do not fit; plan it from a nearer start or with a longer shift</source>
        <translation>demasiado lejos para la jornada ({detail}): la ida, la visita y la vuelta no caben; planifíquela desde un punto de salida más cercano o con una jornada más larga</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="67"/>
        <source>its visiting hours cannot be reached from the start in time ({detail}): plan it from a nearer start or with an earlier shift</source>
        <translation>no se llega a tiempo a su horario de visita desde el punto de salida ({detail}): planifíquela desde un punto de salida más cercano o con una jornada que empiece antes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="68"/>
        <source>no time left in the day beside the visits planned: plan it on another day</source>
        <translation>no queda tiempo en el día además de las visitas planificadas: planifíquela otro día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="69"/>
        <source>it could not be fitted into the shift ({detail}): plan it with a longer shift or on another day</source>
        <translation>no se pudo encajar en la jornada ({detail}): planifíquela con una jornada más larga u otro día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="78"/>
        <source>Stage not known: calm and factual — find out first; talk about next steps once you know how long the account is overdue and whether they can pay.</source>
        <translation>Fase desconocida: tono tranquilo y objetivo; primero averigüe; hable de los siguientes pasos cuando sepa cuánto tiempo lleva la cuenta en atraso y si puede pagar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="79"/>
        <source>Calm and supportive — the customer may be in financial difficulty: no pressure; offer forbearance, agree only what they can afford, and tell them free debt advice is available.</source>
        <translation>Tranquilo y comprensivo: el cliente puede estar en dificultades económicas; sin presión, ofrezca medidas de alivio, acuerde solo lo que pueda pagar y dígale que hay asesoramiento gratuito sobre deudas.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="80"/>
        <source>Tell them free, independent debt advice is available (a not-for-profit debt advice service) and give them time to get it before agreeing a plan.</source>
        <translation>Dígale que hay asesoramiento sobre deudas gratuito e independiente (un servicio sin ánimo de lucro) y dele tiempo para obtenerlo antes de acordar un plan.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="81"/>
        <source>Agree only what they can afford after essentials (rent, food, bills): lower the installments or use a forbearance option rather than press for this plan.</source>
        <translation>Acuerde solo lo que pueda pagar después de lo esencial (alquiler, comida, facturas): reduzca las cuotas o use una medida de alivio en lugar de insistir en este plan.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="98"/>
        <source>Offer: none yet; the balance is not known.</source>
        <translation>Oferta: ninguna todavía; no se conoce el saldo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="122"/>
        <source>The balance and the days past due are not known: ask the office before the visit, and ask the borrower whether they agree with what is owed.</source>
        <translation>No se conocen el saldo ni los días de atraso: pregunte a la oficina antes de la visita y pregunte al deudor si está de acuerdo con lo que se debe.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="125"/>
        <source>Ask for no payment and write down no promise to pay.</source>
        <translation>No pida ningún pago ni anote ninguna promesa de pago.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="128"/>
        <source>1 broken promise</source>
        <translation>1 promesa incumplida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="129"/>
        <source>{n} broken promises</source>
        <translation>{n} promesas incumplidas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="132"/>
        <source>No repayment offer: the case is blocked ({flags}).</source>
        <translation>Sin oferta de pago: el expediente está bloqueado ({flags}).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="133"/>
        <source>Last payment {date} (1 day ago), {amount} {currency}</source>
        <translation>Último pago {date} (hace 1 día), {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="135"/>
        <source>Last payment {date} (1 day ago)</source>
        <translation>Último pago {date} (hace 1 día)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="137"/>
        <source>1 day past due ({bucket})</source>
        <translation>1 día de atraso ({bucket})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="140"/>
        <source>The account is 1 day overdue; its balance is not known (the case file gave none), so ask the office before the visit.</source>
        <translation>La cuenta lleva 1 día de atraso; no se conoce su saldo (el archivo de casos no lo daba), así que pregunte a la oficina antes de la visita.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="141"/>
        <source>The account is {days} days overdue; its balance is not known (the case file gave none), so ask the office before the visit.</source>
        <translation>La cuenta lleva {days} días de atraso; no se conoce su saldo (el archivo de casos no lo daba), así que pregunte a la oficina antes de la visita.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="143"/>
        <source>The case file gave no balance: ask the office what is owed, and agree no amount until you know it.</source>
        <translation>El archivo de casos no daba saldo: pregunte a la oficina cuánto se debe y no acuerde ningún importe hasta saberlo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="144"/>
        <source>The account is 1 day overdue; its balance waits for review, so check it before the visit.</source>
        <translation>La cuenta lleva 1 día de atraso; su saldo espera revisión, así que compruébelo antes de la visita.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="147"/>
        <source>The account is 1 day overdue with {amount} {currency} outstanding.</source>
        <translation>La cuenta lleva 1 día de atraso con {amount} {currency} pendientes.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="149"/>
        <source>Vulnerable customer: a visit needs a supervisor&apos;s approval first; if approved, offer the forbearance options first, with no pressure.</source>
        <translation>Cliente vulnerable: una visita necesita antes la aprobación de un supervisor; si se aprueba, ofrezca primero las opciones de tolerancia, sin presión.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="150"/>
        <source>No collection on this case: read why above. Do not visit, ask for no payment and record no promise, unless a supervisor approves an override.</source>
        <translation>Sin gestión de cobro en este expediente: lea arriba el motivo. No visite, no pida ningún pago ni registre ninguna promesa, salvo que un supervisor apruebe una excepción.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="151"/>
        <source>No collection talk: no repayment offer and no promise to pay.</source>
        <translation>Sin conversación de cobro: ninguna oferta de pago ni promesa de pago.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="152"/>
        <source>Cease request: the borrower asked to stop contact. Honour it: no visit, no call and no request for payment; pass anything they send to your office.</source>
        <translation>Solicitud de cese: el prestatario pidió que cese el contacto. Respétela: ninguna visita, llamada ni petición de pago; pase a su oficina todo lo que envíe.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="153"/>
        <source>Bankruptcy: the automatic stay stops collection. No visit and no request for payment; the office deals with the bankruptcy proceedings.</source>
        <translation>Concurso de acreedores: la suspensión automática detiene el cobro. Ninguna visita ni petición de pago; la oficina se ocupa del procedimiento concursal.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="154"/>
        <source>Represented by a lawyer: no contact with the borrower; the office speaks to the lawyer only.</source>
        <translation>Representado por un abogado: ningún contacto con el prestatario; la oficina habla solo con el abogado.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="155"/>
        <source>Deceased: no visit and no request for payment; the office deals with the estate.</source>
        <translation>Fallecido: ninguna visita ni petición de pago; la oficina se ocupa de la herencia.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="156"/>
        <source>Do not visit: the office has stopped visits to this borrower; no contact at the door.</source>
        <translation>No visitar: la oficina ha detenido las visitas a este prestatario; ningún contacto en la puerta.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="157"/>
        <source>Dispute open: recovery is suspended while the dispute lasts. Only help resolve it: note what is disputed and pass it to the office; ask for no payment and no promise.</source>
        <translation>Reclamación abierta: el cobro queda suspendido mientras dure. Solo ayude a resolverla: anote qué se reclama y páselo a la oficina; no pida ningún pago ni promesa.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="158"/>
        <source>Legal hold: no collection activity until the office lifts the hold.</source>
        <translation>Retención legal: ninguna actividad de cobro hasta que la oficina levante la retención.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="159"/>
        <source>Vulnerable customer: no visit under {rules}; the office decides on forbearance.</source>
        <translation>Cliente vulnerable: ninguna visita según {rules}; la oficina decide sobre la tolerancia.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="160"/>
        <source>the promised date {day} is {days} days after the visit, beyond the three days a promise is pinned to ({latest} at the latest): check the date, or agree a nearer one or a repayment plan</source>
        <translation>la fecha prometida {day} es {days} días después de la visita, más allá de los tres días a los que se fija una promesa ({latest} como muy tarde): revise la fecha, o acuerde una más cercana o un plan de pagos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="165"/>
        <source>{days} are not visiting days in {code} ({source})</source>
        <translation>{days} no son días de visita en {code} ({source})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="166"/>
        <source>{day} is not a visiting day in {code} ({source})</source>
        <translation>{day} no es día de visita en {code} ({source})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="167"/>
        <source>about {n} days</source>
        <translation>unos {n} días</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="168"/>
        <source>a very long time</source>
        <translation>mucho tiempo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="169"/>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="170"/>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="171"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="172"/>
        <source>about {n} hours</source>
        <translation>unas {n} horas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="176"/>
        <source>The {what} amount {amount} has more than three decimals.</source>
        <translation>El importe de {what} {amount} tiene más de tres decimales.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="188"/>
        <source>{field} is not a field of a visit; the fields are {allowed}. Rename or remove it.</source>
        <translation>{field} no es un campo de una visita; los campos son {allowed}. Cámbielo de nombre o quítelo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="200"/>
        <source>{field} is not a field of the visit&apos;s {part}; its fields are {allowed}. Rename or remove it.</source>
        <translation>{field} no es un campo de {part} de la visita; sus campos son {allowed}. Cámbielo de nombre o quítelo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="206"/>
        <source>M could be martes or miércoles; write X (or Mi) for miércoles, e.g. L, X y V</source>
        <translation>La M puede ser martes o miércoles; escriba X (o Mi) para miércoles, p. ej. L, X y V</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="209"/>
        <source>cannot read the days {head}; write e.g. Tue and Thu, Mon-Fri</source>
        <translation>no se pueden leer los días {head}; escriba p. ej. Tue and Thu, Mon-Fri</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="210"/>
        <source>{date} is not a {weekday}; check the day and the date</source>
        <translation>{date} no es {weekday}; compruebe el día y la fecha</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="211"/>
        <source>cannot read {head} as days or a date; write e.g. Tue and Thu, Mon-Fri, 2026-11-24</source>
        <translation>no se puede leer {head} como días ni como fecha; escriba p. ej. Tue and Thu, Mon-Fri, 2026-11-24</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="219"/>
        <source>cannot read {word} between two times; write the range as 14:00-16:00</source>
        <translation>no se puede leer {word} entre dos horas; escriba el intervalo como 14:00-16:00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="222"/>
        <source>the hours {hours} do not fall in the part of the day the text names; write them on the 24-hour clock, e.g. 17:30-19:30</source>
        <translation>las horas {hours} no caen en la parte del día que nombra el texto; escríbalas en formato de 24 horas, p. ej. 17:30-19:30</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="226"/>
        <source>a time alone says no day and no end; write the days and hours, e.g. Mon-Fri 15:00-17:00, or the date, e.g. 2026-11-24 15:00-16:00</source>
        <translation>una hora sola no dice ni el día ni el final; escriba los días y las horas, p. ej. L-V 15:00-17:00, o la fecha, p. ej. 2026-11-24 15:00-16:00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="227"/>
        <source>cannot read the days or the date in {text}; write e.g. Tue and Thu, Mon-Fri, 2026-11-24</source>
        <translation>no se pueden leer los días ni la fecha en {text}; escriba p. ej. mar y jue, L-V, 2026-11-24</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="228"/>
        <source>the window crosses midnight ({start}-{end}) and is outside the lawful visiting hours ({law_start}-{law_end})</source>
        <translation>la franja pasa de medianoche ({start}-{end}) y queda fuera del horario legal de visitas ({law_start}-{law_end})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="233"/>
        <source>No collector named {given} (known: {known}); check the name with &apos;fieldvisit collectors list&apos;.</source>
        <translation>No hay ningún gestor llamado {given} (conocidos: {known}); compruebe el nombre con &apos;fieldvisit collectors list&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="234"/>
        <source>No collector named {given}; did you mean {suggestion}?</source>
        <translation>No hay ningún gestor llamado {given}; ¿quería decir {suggestion}?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="237"/>
        <source>No collector named {given}; did you mean {suggestion}? To add a new collector with this name, add --new.</source>
        <translation>No hay ningún gestor llamado {given}; ¿quería decir {suggestion}? Para añadir un gestor nuevo con este nombre, añada --new.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="239"/>
        <source>There is no collector {name}; known: {names}. A collector is added by assigning cases (&apos;fieldvisit cases assign --collector NAME&apos;).</source>
        <translation>No hay ningún gestor {name}; conocidos: {names}. Un gestor se añade al asignarle expedientes (&apos;fieldvisit cases assign --collector NAME&apos;).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="240"/>
        <source>{collector} has no start point; set it with &apos;fieldvisit collectors set-home {collector} LAT,LON&apos; (or in the window), or give --start LAT,LON.</source>
        <translation>{collector} no tiene punto de partida; fíjelo con &apos;fieldvisit collectors set-home {collector} LAT,LON&apos; (o en la ventana), o indique --start LAT,LON.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="241"/>
        <source>{name} could be {names}; give the name exactly as written.</source>
        <translation>{name} podría ser {names}; escriba el nombre exactamente como figura.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="242"/>
        <source>There is no collector {name}; did you mean {guess}?</source>
        <translation>No hay ningún gestor {name}; ¿quería decir {guess}?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="243"/>
        <source>Give the collector&apos;s name.</source>
        <translation>Indique el nombre del gestor.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="244"/>
        <source>Set where the day starts before where it ends.</source>
        <translation>Indique dónde empieza el día antes de dónde termina.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="245"/>
        <source>Write an address, or a position as LAT,LON.</source>
        <translation>Escriba una dirección o una posición como LAT,LON.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="246"/>
        <source>{address} was found far outside {country}; check the address and the country, write the position as LAT,LON, or right-click the map and choose &apos;Start my day here&apos;.</source>
        <translation>{address} se encontró muy lejos de {country}; revise la dirección y el país, escriba la posición como LAT,LON o haga clic derecho en el mapa y elija &apos;Empezar mi día aquí&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="247"/>
        <source>{address} was not found; check it, write the position as LAT,LON, or right-click the map and choose &apos;Start my day here&apos;.</source>
        <translation>No se encontró {address}; compruébela, escriba la posición como LAT,LON o haga clic derecho en el mapa y elija &apos;Empezar mi día aquí&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="248"/>
        <source>The {what} point {point} is not a position; latitude must be within -90..90 and longitude within -180..180.</source>
        <translation>El punto de {what} {point} no es una posición; la latitud debe estar entre -90..90 y la longitud entre -180..180.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="249"/>
        <source>No connection to find {address}; write the position as LAT,LON or right-click the map and choose &apos;Start my day here&apos;.</source>
        <translation>Sin conexión para buscar {address}; escriba la posición como LAT,LON o haga clic derecho en el mapa y elija &apos;Empezar mi día aquí&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="250"/>
        <source>The geocoder could not look up {address} now; try again later, write the position as LAT,LON, or right-click the map and choose &apos;Start my day here&apos;.</source>
        <translation>El geocodificador no pudo buscar {address} ahora; inténtelo más tarde, escriba la posición como LAT,LON o haga clic derecho en el mapa y elija &apos;Empezar mi día aquí&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="251"/>
        <source>Nothing answers at {url}; check the geocoder URL, or write the position as LAT,LON.</source>
        <translation>Nada responde en {url}; compruebe la URL del geocodificador o escriba la posición como LAT,LON.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="253"/>
        <source>{day} is too far off to plan; give a day between {first} and {last}.</source>
        <translation>{day} queda demasiado lejos para planificar; indique un día entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="254"/>
        <source>The plan of {collector} on {day} fails its check ({problem}); it was not saved.</source>
        <translation>El plan de {collector} del {day} no supera la comprobación ({problem}); no se guardó.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="259"/>
        <source>{text} can be read as more than one position; write it as LAT,LON with a dot for decimals, e.g. -16.79,179.96.</source>
        <translation>{text} se puede leer como más de una posición; escríbala como LAT,LON con punto decimal, p. ej. -16.79,179.96.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="261"/>
        <source>The shift ends at {end}: no time is left to plan today.</source>
        <translation>La jornada termina a las {end}: no queda tiempo que planificar hoy.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="277"/>
        <source>The geocoder failed{status}; try again later or check the geocoder URL. {pending} addresses wait in the queue.</source>
        <translation>El geocodificador falló{status}; inténtelo más tarde o compruebe su URL. {pending} direcciones esperan en la cola.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="280"/>
        <source>The geocoder refused: too many requests{status}; wait and try again. {pending} addresses wait in the queue.</source>
        <translation>El geocodificador rechazó la solicitud: demasiadas peticiones{status}; espere e inténtelo de nuevo. {pending} direcciones esperan en la cola.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="281"/>
        <source>The geocoder refused: this account&apos;s quota is used up{status}; try again later or use another geocoder. {pending} addresses wait in the queue.</source>
        <translation>El geocodificador rechazó la solicitud: la cuota de esta cuenta está agotada{status}; inténtelo más tarde o use otro geocodificador. {pending} direcciones esperan en la cola.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="282"/>
        <source>The geocoder refused access{status}; check the geocoder URL and its key. {pending} addresses wait in the queue.</source>
        <translation>El geocodificador denegó el acceso{status}; compruebe su URL y su clave. {pending} direcciones esperan en la cola.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="283"/>
        <source>The geocoder did not answer in time; try again later. {pending} addresses wait in the queue.</source>
        <translation>El geocodificador no respondió a tiempo; inténtelo más tarde. {pending} direcciones esperan en la cola.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="284"/>
        <source>The geocoder is unavailable{status}; try again later. {pending} addresses wait in the queue.</source>
        <translation>El geocodificador no está disponible{status}; inténtelo más tarde. {pending} direcciones esperan en la cola.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="285"/>
        <source>Nothing answers at {url}; check the geocoder URL and that the geocoder is running. {pending} addresses wait in the queue.</source>
        <translation>Nada responde en {url}; compruebe la URL del geocodificador y que esté en marcha. {pending} direcciones esperan en la cola.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="286"/>
        <source>The geocoder at {url} closed the connection without answering; check the geocoder URL (http or https) and that a geocoder runs there, or try again later. {pending} addresses wait in the queue.</source>
        <translation>El geocodificador en {url} cerró la conexión sin responder; compruebe la URL del geocodificador (http o https) y que haya uno funcionando allí, o inténtelo más tarde. {pending} direcciones esperan en la cola.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="287"/>
        <source>The geocoder&apos;s answer could not be read; check the geocoder URL or try again later. {pending} addresses wait in the queue.</source>
        <translation>No se pudo leer la respuesta del geocodificador; compruebe su URL o inténtelo más tarde. {pending} direcciones esperan en la cola.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="288"/>
        <source>coordinates {lat}, {lon}</source>
        <translation>coordenadas {lat}, {lon}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="289"/>
        <source>no flag: the hold ({flag}) is lifted</source>
        <translation>sin marca: se levanta la retención ({flag})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="290"/>
        <source>time zone {zone}</source>
        <translation>huso horario {zone}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="292"/>
        <source>coordinates left out: the address is geocoded</source>
        <translation>coordenadas descartadas: se geocodifica la dirección</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="293"/>
        <source>flags: {flags}</source>
        <translation>marcas: {flags}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="294"/>
        <source>The holidays region setting is wrong: {exc}.</source>
        <translation>El ajuste de región de festivos es incorrecto: {exc}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="299"/>
        <source>{file} is not a FieldVisit identity file.</source>
        <translation>{file} no es un fichero de identidad de FieldVisit.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="310"/>
        <source>1 case moved to another address without coordinates: its coordinates are cleared and wait for geocoding ({first}).</source>
        <translation>1 expediente cambió de dirección sin coordenadas: sus coordenadas se borran y esperan la geocodificación ({first}).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="311"/>
        <source>{n} cases moved to other addresses without coordinates: their coordinates are cleared and wait for geocoding ({first}).</source>
        <translation>{n} expedientes cambiaron de dirección sin coordenadas: sus coordenadas se borran y esperan la geocodificación ({first}).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="312"/>
        <source>1 case keeps the position pinned by hand on the map; the file&apos;s coordinates for the same address were not used ({first}).</source>
        <translation>1 expediente conserva la posición fijada a mano en el mapa; no se usaron las coordenadas del fichero para la misma dirección ({first}).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="313"/>
        <source>{n} cases keep the positions pinned by hand on the map; the file&apos;s coordinates for the same addresses were not used ({first}).</source>
        <translation>{n} expedientes conservan las posiciones fijadas a mano en el mapa; no se usaron las coordenadas del fichero para las mismas direcciones ({first}).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="314"/>
        <source>The file gives {fields} for its cases; they were imported without them. If the file has them under other headers, map those columns (--mapping) and import again.</source>
        <translation>El fichero no da {fields} para sus expedientes; se importaron sin ello. Si el fichero lo tiene con otros encabezados, asigne esas columnas (--mapping) e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="315"/>
        <source>No currency: neither the file nor the workspace gives one, so its amounts ({count}) wait for review with their currency; choose one with --currency, or in the preview.</source>
        <translation>Sin moneda: ni el fichero ni el espacio de trabajo indican una, así que sus importes ({count}) esperan revisión con su moneda; elija una con --currency o en la vista previa.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="316"/>
        <source>No country or time zone: neither the file nor the workspace gives one, so the cases take {zone} for now and their appointment times wait for review; choose the country with --country, or in the preview.</source>
        <translation>Sin país ni huso horario: ni el fichero ni el espacio de trabajo indican uno, así que los expedientes toman {zone} por ahora y sus horas de cita esperan revisión; elija el país con --country o en la vista previa.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="317"/>
        <source>No country or time zone: neither the file nor the workspace gives one, so the cases take {zone} for now; choose the country with --country, or in the preview.</source>
        <translation>Sin país ni huso horario: ni el fichero ni el espacio de trabajo indican uno, así que los expedientes toman {zone} por ahora; elija el país con --country o en la vista previa.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="318"/>
        <source>No import profile named {name} (saved: {known}); save one with --save-profile.</source>
        <translation>No hay ningún perfil de importación llamado {name} (guardados: {known}); guarde uno con --save-profile.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="319"/>
        <source>Give the profile a name.</source>
        <translation>Dé un nombre al perfil.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="320"/>
        <source>The decimal mark must be . or , (not {value}).</source>
        <translation>El separador decimal debe ser . o , (no {value}).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="321"/>
        <source>The date order must be DMY or MDY (not {value}).</source>
        <translation>El orden de fecha debe ser DMY o MDY (no {value}).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="322"/>
        <source>The header row must be 1 or more.</source>
        <translation>La fila de encabezado debe ser 1 o más.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="323"/>
        <source>{value} is not a three-letter currency code such as USD.</source>
        <translation>{value} no es un código de moneda de tres letras como USD.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="324"/>
        <source>{value} is not an ISO currency code; use one such as USD, EUR or MXN.</source>
        <translation>{value} no es un código de moneda ISO; use uno como USD, EUR o MXN.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="325"/>
        <source>The country is wrong: {exc}.</source>
        <translation>El país es incorrecto: {exc}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="326"/>
        <source>compared with the import of {file_name} (as of {as_of}; {why})</source>
        <translation>comparado con la importación de {file_name} (a fecha {as_of}; {why})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="327"/>
        <source>{header} has a status FieldVisit does not recognise, kept as information only (no flag set, no case held): {values}. If it means a condition (deceased, lawyer, do not visit…), write that in a Flags column and import again.</source>
        <translation>{header} tiene un estado que FieldVisit no reconoce, guardado solo como información (sin marca, sin expediente retenido): {values}. Si significa una condición (fallecido, abogado, no visitar…), escríbala en una columna de marcas e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="328"/>
        <source>{header} has {n} statuses FieldVisit does not recognise, kept as information only (no flag set, no case held): {values}. If one means a condition (deceased, lawyer, do not visit…), write that in a Flags column and import again.</source>
        <translation>{header} tiene {n} estados que FieldVisit no reconoce, guardados solo como información (sin marca, sin expediente retenido): {values}. Si alguno significa una condición (fallecido, abogado, no visitar…), escríbala en una columna de marcas e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="329"/>
        <source>{case_id} looks like case {other} ({where}; the same id but for punctuation or spaces){same}; it is imported as another case: if it is the same account, correct the id in the file and import again</source>
        <translation>{case_id} se parece al expediente {other} ({where}; el mismo identificador salvo puntuación o espacios){same}; se importa como otro expediente: si es la misma cuenta, corrija el identificador en el fichero e importe de nuevo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="341"/>
        <source>Another FieldVisit is writing to this workspace; nothing was saved from this step. Try again in a moment.</source>
        <translation>Otro FieldVisit está escribiendo en este espacio de trabajo; no se guardó nada de este paso. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="347"/>
        <source>the promised date {day} is a Sunday: agree the next business day, {next}, explicitly</source>
        <translation>la fecha prometida {day} es domingo: acuerde expresamente el siguiente día hábil, {next}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="348"/>
        <source>the promised date {day} is a public holiday ({name}): agree the next business day, {next}, explicitly</source>
        <translation>la fecha prometida {day} es festivo ({name}): acuerde expresamente el siguiente día hábil, {next}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="349"/>
        <source>Only the office (a supervisor workspace) can open a recovery file.</source>
        <translation>Solo la oficina (un espacio de trabajo de supervisor) puede abrir un fichero de recuperación.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="350"/>
        <source>{name} holds no workspace key.</source>
        <translation>{name} no contiene ninguna clave de espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="351"/>
        <source>{name} cannot be opened: {exc}.</source>
        <translation>No se puede abrir {name}: {exc}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="352"/>
        <source>The period ends ({end}) before it starts ({start}); swap --from and --to.</source>
        <translation>El periodo termina ({end}) antes de empezar ({start}); intercambie --from y --to.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="353"/>
        <source>promise of {amount} {currency} is above the balance of {balance} {currency}</source>
        <translation>la promesa de {amount} {currency} supera el saldo de {balance} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="354"/>
        <source>payment of {amount} {currency} is above the balance of {balance} {currency}</source>
        <translation>el pago de {amount} {currency} supera el saldo de {balance} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="355"/>
        <source>No visit {visit_id} in this workspace.</source>
        <translation>No hay ninguna visita {visit_id} en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="356"/>
        <source>The plan of {collector} on {day} has no agreed appointments; a calendar file holds appointments only. Export gpx or kml for the whole route.</source>
        <translation>El plan de {collector} del {day} no tiene citas acordadas; un fichero de calendario solo contiene citas. Exporte gpx o kml para toda la ruta.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="359"/>
        <source>The travel mode must be one of {join}.</source>
        <translation>El medio de transporte debe ser uno de {join}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="360"/>
        <source>The time per visit must be between 1 and 240 minutes.</source>
        <translation>El tiempo por visita debe estar entre 1 y 240 minutos.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="361"/>
        <source>The shift {shift} must look like 09:00-18:00 and end after it starts.</source>
        <translation>La jornada {shift} debe tener la forma 09:00-18:00 y terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="362"/>
        <source>The country must be a two-letter code such as ES, CN or MX.</source>
        <translation>El país debe ser un código de dos letras como ES, CN o MX.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="363"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>La moneda debe ser un código de tres letras como EUR.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="364"/>
        <source>The holidays region must be a subdivision code such as MD (Madrid) or CMX; leave it empty for national holidays only.</source>
        <translation>La región de festivos debe ser un código de subdivisión como MD (Madrid) o CMX; déjela vacía para usar solo los festivos nacionales.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="365"/>
        <source>The language must be English (en), Spanish (es) or Simplified Chinese (zh_CN).</source>
        <translation>El idioma debe ser inglés (en), español (es) o chino simplificado (zh_CN).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="366"/>
        <source>The import profiles in that settings file are damaged; export them again.</source>
        <translation>Los perfiles de importación de ese fichero de preferencias están dañados; expórtelos de nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="367"/>
        <source>That file is not a FieldVisit settings file.</source>
        <translation>Ese fichero no es un fichero de preferencias de FieldVisit.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="368"/>
        <source>There is no travel mode {mode}; use one of {join}.</source>
        <translation>No existe el medio de transporte {mode}; use uno de {join}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="369"/>
        <source>The speed for {mode} ({kmh} km/h) must be between 1 and 150 km/h.</source>
        <translation>La velocidad para {mode} ({kmh} km/h) debe estar entre 1 y 150 km/h.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="370"/>
        <source>The time per visit must be a whole number of minutes.</source>
        <translation>El tiempo por visita debe ser un número entero de minutos.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="371"/>
        <source>The speed for {mode} must be a number of km/h.</source>
        <translation>La velocidad para {mode} debe ser un número de km/h.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="372"/>
        <source>{timezone} is not a time zone name such as Europe/Madrid.</source>
        <translation>{timezone} no es un nombre de zona horaria como Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="373"/>
        <source>The holidays region is wrong: {exc}.</source>
        <translation>La región de festivos es incorrecta: {exc}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="357"/>
        <source>{name} cannot be imported: {exc}. Nothing was imported.{hint}</source>
        <translation>{name} no se puede importar: {exc}. No se importó nada.{hint}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="358"/>
        <source>Only a {role} workspace can do this; this one belongs to {name}, a {role2}.</source>
        <translation>Solo un espacio de trabajo de {role} puede hacer esto; este pertenece a {name}, {role2}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="374"/>
        <source>The review status must be one of {join}.</source>
        <translation>El estado de revisión debe ser uno de {join}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="375"/>
        <source>Say what is wrong in a comment; the collector reads it in the next pack.</source>
        <translation>Explique el problema en un comentario; el gestor lo leerá en el próximo paquete.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="332"/>
        <source>No enrolled collector named {collector}; enroll their identity file with &apos;fieldvisit keys trust FILE&apos; (the name must match the collector&apos;s).</source>
        <translation>No hay ningún gestor dado de alta llamado {collector}; dé de alta su fichero de identidad con &apos;fieldvisit keys trust FICHERO&apos; (el nombre debe coincidir con el del gestor).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="376"/>
        <source>No supervisor is trusted yet; import your office&apos;s identity file with &apos;fieldvisit keys trust FILE&apos; first.</source>
        <translation>Aún no confía en ningún supervisor; importe primero el fichero de identidad de su oficina con &apos;fieldvisit keys trust FICHERO&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="336"/>
        <source>{name} cannot be imported: {exc}. Nothing was imported.</source>
        <translation>{name} no se puede importar: {exc}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="262"/>
        <source>The geocoder at {url} did not complete a secure connection: {why}; {todo}.</source>
        <translation>El geocodificador en {url} no completó una conexión segura: {why}; {todo}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="263"/>
        <source>The geocoder answered with an error: {text}; check the geocoder URL and its settings, or try again later.</source>
        <translation>El geocodificador respondió con un error: {text}; revise la URL del geocodificador y su configuración, o inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="264"/>
        <source>the server does not speak https</source>
        <translation>el servidor no habla https</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="265"/>
        <source>check the geocoder URL (perhaps http:// rather than https://)</source>
        <translation>revise la URL del geocodificador (quizá http:// en lugar de https://)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="266"/>
        <source>its certificate is not trusted (self-signed or from an unknown authority)</source>
        <translation>su certificado no es de confianza (autofirmado o de una autoridad desconocida)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="267"/>
        <source>give the geocoder a certificate this computer trusts, or check the geocoder URL</source>
        <translation>dé al geocodificador un certificado en el que confíe este equipo, o revise la URL del geocodificador</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="268"/>
        <source>its certificate has expired</source>
        <translation>su certificado ha caducado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="269"/>
        <source>renew the geocoder&apos;s certificate</source>
        <translation>renueve el certificado del geocodificador</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="270"/>
        <source>its certificate is for another name</source>
        <translation>su certificado es para otro nombre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="271"/>
        <source>use the name the certificate is for in the geocoder URL</source>
        <translation>use en la URL del geocodificador el nombre para el que es el certificado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="272"/>
        <source>the secure connection failed</source>
        <translation>la conexión segura falló</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="273"/>
        <source>check the geocoder URL (http or https) and try again</source>
        <translation>revise la URL del geocodificador (http o https) e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="274"/>
        <source>The geocoder refused: too many requests{status}; it asks to wait {wait} before trying again. {pending} addresses wait in the queue.</source>
        <translation>El geocodificador se negó: demasiadas solicitudes{status}; pide esperar {wait} antes de volver a intentarlo. {pending} direcciones esperan en la cola.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="275"/>
        <source>The geocoder is unavailable{status}; it asks to wait {wait} before trying again. {pending} addresses wait in the queue.</source>
        <translation>El geocodificador no está disponible{status}; pide esperar {wait} antes de volver a intentarlo. {pending} direcciones esperan en la cola.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="276"/>
        <source>{reason} {pending} addresses wait in the queue.</source>
        <translation>{reason} {pending} direcciones esperan en la cola.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="278"/>
        <source>The geocoder at {url} redirects to https but did not complete a secure connection: {why}; {todo}.</source>
        <translation>El geocodificador en {url} redirige a https pero no completó una conexión segura: {why}; {todo}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="279"/>
        <source>The geocoder asks to wait {wait}</source>
        <translation>El geocodificador pide esperar {wait}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="291"/>
        <source>the answer left out: correct the address or place the case on the map</source>
        <translation>la respuesta se descartó: corrija la dirección o sitúe el caso en el mapa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="337"/>
        <source>{name} cannot be imported: it is damaged (a field has the wrong form). Nothing was imported.</source>
        <translation>No se puede importar {name}: está dañado (un campo tiene un formato incorrecto). No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="338"/>
        <source>{day} has passed (today is {today} in {zone}); plan today or a later day.</source>
        <translation>{day} ya ha pasado (hoy es {today} en {zone}); planifique hoy o un día posterior.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="339"/>
        <source>Today&apos;s shift is over (it is {now} in {zone} and the shift ends at {end}); plan tomorrow or a later day.</source>
        <translation>La jornada de hoy ha terminado (son las {now} en {zone} y la jornada acaba a las {end}); planifique mañana o un día posterior.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="340"/>
        <source>Cannot lock {case_id} at {at}: that time has passed today; lock it later or without a time.</source>
        <translation>No se puede fijar {case_id} a las {at}: esa hora ya ha pasado hoy; fíjelo más tarde o sin hora.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="377"/>
        <source>{name} could not be imported: other imports kept writing the same visits; try again.</source>
        <translation>{name} no se pudo importar: otras importaciones escribían las mismas visitas; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="378"/>
        <source>{name} comes from a sender this workspace does not trust; it was not read.</source>
        <translation>{name} procede de un remitente en el que este espacio de trabajo no confía; no se leyó.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="379"/>
        <source>The sync folder {root} cannot be reached now; nothing was exchanged. Your work stays on this computer; try again when the share is connected.</source>
        <translation>No se puede acceder ahora a la carpeta de sincronización {root}; no se intercambió nada. Su trabajo sigue en este ordenador; inténtelo cuando la carpeta compartida esté conectada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="380"/>
        <source>The folder {folder} does not exist (or is not reachable now); create it or mount the share first.</source>
        <translation>La carpeta {folder} no existe (o no está accesible ahora); créela o conecte primero la carpeta compartida.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="381"/>
        <source>{name} cannot be read now; it was skipped.</source>
        <translation>No se puede leer {name} ahora; se omitió.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="382"/>
        <source>This workspace has no identity yet; run &apos;fieldvisit keys init&apos; first.</source>
        <translation>Este espacio de trabajo aún no tiene identidad; ejecute primero &apos;fieldvisit keys init&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="387"/>
        <source>Visit {n}: {problem}</source>
        <translation>Visita {n}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="388"/>
        <source>{day} is not a contact day under {rules} and no visit was agreed for it</source>
        <translation>{day} no es día de contacto según {rules} y no se acordó ninguna visita para ese día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="389"/>
        <source>the case was blocked from visits ({flags})</source>
        <translation>el expediente tenía bloqueadas las visitas ({flags})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="390"/>
        <source>vulnerable customer: visits are not allowed under {rules}</source>
        <translation>cliente vulnerable: no se permiten visitas según {rules}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="391"/>
        <source>no reason given for the exception</source>
        <translation>no se indicó el motivo de la excepción</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="392"/>
        <source>No visit {visit_id}.</source>
        <translation>No existe la visita {visit_id}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="393"/>
        <source>Visit {visit_id} was already corrected by {newer}; correct the newest version.</source>
        <translation>La visita {visit_id} ya fue corregida por {newer}; corrija la versión más reciente.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="394"/>
        <source>outside lawful contact hours ({start}–{end} {zone} under {rules}): {arrived}–{left}</source>
        <translation>fuera del horario legal de contacto ({start}–{end} {zone} según {rules}): {arrived}–{left}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="395"/>
        <source>outside lawful contact hours ({start}–{end} {zone}): {arrived}–{left}</source>
        <translation>fuera del horario legal de contacto ({start}–{end} {zone}): {arrived}–{left}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="396"/>
        <source>beyond the visit cap ({n} per {days} days)</source>
        <translation>por encima del límite de visitas ({n} cada {days} días)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="397"/>
        <source>third-party contact number {n} (at most {most} under {rules})</source>
        <translation>contacto con terceros número {n} (como máximo {most} según {rules})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="398"/>
        <source>No case with id {get}.</source>
        <translation>No hay ningún expediente {get}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="399"/>
        <source>No case with id {case_id}; nothing was recorded.</source>
        <translation>No hay expediente {case_id}; no se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="400"/>
        <source>visit {visit_id} appears twice in the file; nothing was recorded.</source>
        <translation>la visita {visit_id} aparece dos veces en el fichero; no se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="401"/>
        <source>visit {visit_id} was already recorded with different content; a correction is a new visit that names it in &apos;replaces&apos;. Nothing was recorded.</source>
        <translation>la visita {visit_id} ya se registró con otro contenido; una corrección es una visita nueva que la cita en &apos;replaces&apos;. No se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="402"/>
        <source>Another FieldVisit kept recording the same visits; nothing was recorded. Try again.</source>
        <translation>Otro FieldVisit seguía registrando las mismas visitas; no se registró nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="403"/>
        <source>{exc} Nothing was recorded.</source>
        <translation>{exc} No se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="404"/>
        <source>the visit it replaces ({replaces}) is not recorded; nothing was recorded.</source>
        <translation>la visita que sustituye ({replaces}) no está registrada; no se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="405"/>
        <source>a correction must stay on case {case_id}; nothing was recorded.</source>
        <translation>una corrección debe quedarse en el expediente {case_id}; no se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="406"/>
        <source>visit {replaces} was already corrected by {newer}; correct the newest version. Nothing was recorded.</source>
        <translation>la visita {replaces} ya fue corregida por {newer}; corrija la versión más reciente. No se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="407"/>
        <source>Plan between 1 and {max} working days, not {days}.</source>
        <translation>Planifique entre 1 y {max} días laborables, no {days}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="409"/>
        <source>Appointment text {review_id} is not waiting for review any more; refresh the list.</source>
        <translation>El texto de cita {review_id} ya no está pendiente de revisión; actualice la lista.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="411"/>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="412"/>
        <source>The corrected text cannot be read either ({reason}); write e.g. Tue and Thu 16:00-18:00 or 2026-11-24 10:00-12:00.</source>
        <translation>El texto corregido tampoco se puede leer ({reason}); escriba p. ej. Tue and Thu 16:00-18:00 o 2026-11-24 10:00-12:00.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="413"/>
        <source>dispute</source>
        <translation>disputa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="414"/>
        <source>possibly_intentional</source>
        <translation>posiblemente intencionado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="415"/>
        <source>oversight</source>
        <translation>descuido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="416"/>
        <source>unclear</source>
        <translation>no está claro</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="417"/>
        <source>able</source>
        <translation>puede pagar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="418"/>
        <source>unable</source>
        <translation>no puede pagar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="419"/>
        <source>unknown</source>
        <translation>se desconoce</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="420"/>
        <source>willing</source>
        <translation>dispuesto</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="421"/>
        <source>unwilling</source>
        <translation>no dispuesto</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="422"/>
        <source>able_willing</source>
        <translation>puede_quiere</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="423"/>
        <source>able_unwilling</source>
        <translation>puede_no quiere</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="424"/>
        <source>unable_willing</source>
        <translation>no puede_quiere</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="425"/>
        <source>unable_unwilling</source>
        <translation>no puede_no quiere</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="426"/>
        <source>monthly</source>
        <translation>mensuales</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="427"/>
        <source>weekly</source>
        <translation>semanales</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="428"/>
        <source>fortnightly</source>
        <translation>quincenales</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="429"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="430"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="431"/>
        <source>fortnight</source>
        <translation>quincena</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="432"/>
        <source>promise</source>
        <translation>la promesa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="433"/>
        <source>payment</source>
        <translation>el pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="434"/>
        <source>promise_to_pay</source>
        <translation>promesa de pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="435"/>
        <source>paid_in_full</source>
        <translation>pagó todo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="436"/>
        <source>partial_payment</source>
        <translation>pago parcial</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="437"/>
        <source>settled</source>
        <translation>acuerdo de quita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="438"/>
        <source>refused</source>
        <translation>se negó a pagar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="439"/>
        <source>hardship</source>
        <translation>dificultades</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="440"/>
        <source>rpc</source>
        <translation>contacto con el titular</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/operation.py" line="26"/>
        <source>Cancelled; nothing was changed.</source>
        <extracomment>What a cancelled or crashed operation says (translated through ``localize``).</extracomment>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/operation.py" line="27"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/operation.py" line="28"/>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>Error inesperado: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>PrepDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="23"/>
        <source>Preparation — {}</source>
        <translation>Preparación — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="28"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="31"/>
        <source>Record visit with this proposal</source>
        <translation>Registrar visita con esta propuesta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="44"/>
        <source>Save preparation sheet</source>
        <translation>Guardar hoja de preparación</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="45"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="50"/>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="53"/>
        <source>Sheet not saved</source>
        <translation>Hoja no guardada</translation>
    </message>
</context>
<context>
    <name>PrepSheet</name>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="52"/>
        <source>Case {case}</source>
        <translation>Expediente {case}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="53"/>
        <source>{n} days past due</source>
        <translation>{n} días de atraso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="54"/>
        <source>days past due unknown</source>
        <translation>días de atraso desconocidos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="56"/>
        <source>balance to review</source>
        <translation>saldo por revisar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="57"/>
        <source>balance unknown</source>
        <translation>saldo desconocido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="67"/>
        <source>({time} {zone} time)</source>
        <translation>({time}, hora de {zone})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="68"/>
        <source>Visit at {time}</source>
        <translation>Visita a las {time}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="72"/>
        <source>window {start}–{end}</source>
        <translation>franja {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="79"/>
        <source>Blocked: no repayment offer, no promise to pay</source>
        <translation>Bloqueado: ninguna oferta de pago ni promesa de pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="80"/>
        <source>Blocked — shown under a supervisor&apos;s override</source>
        <translation>Bloqueado — mostrado por una excepción del supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="85"/>
        <source>Override by {by}: {reason}</source>
        <translation>Excepción de {by}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="89"/>
        <source>From the case file</source>
        <translation>Del expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="92"/>
        <source>Confirm at the door</source>
        <translation>Confirmar en la puerta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="96"/>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="96"/>
        <source>Ability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="97"/>
        <source>Willingness</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="100"/>
        <source>Quadrant</source>
        <translation>Cuadrante</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="101"/>
        <source>unknown — find out</source>
        <translation>desconocido — averígüelo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="102"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="107"/>
        <source>Ask at the door</source>
        <translation>Pregunte en la puerta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="115"/>
        <source>Pay in full</source>
        <translation>Pago total</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="116"/>
        <source>{n} instalments ({frequency})</source>
        <translation>{n} plazos ({frequency})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="113"/>
        <source>Repayment proposal</source>
        <translation>Propuesta de pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="117"/>
        <source>total {amount}</source>
        <translation>total {amount}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="118"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="118"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="127"/>
        <source>Forbearance options:</source>
        <translation>Opciones de alivio:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="129"/>
        <source>Talking points</source>
        <translation>Puntos de conversación</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <location filename="../../fieldvisit/ui/progress.py" line="14"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RegionActions</name>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="25"/>
        <source>Re&amp;gions</source>
        <translation>Re&amp;giones</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="26"/>
        <source>&amp;Build region pack from an OpenStreetMap extract…</source>
        <translation>&amp;Crear paquete de región desde un extracto de OpenStreetMap…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="27"/>
        <source>Real roads, addresses and places for planning and search, offline</source>
        <translation>Carreteras, direcciones y lugares reales para planificar y buscar, sin conexión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="29"/>
        <source>&amp;Find a place…</source>
        <translation>&amp;Buscar un lugar…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="30"/>
        <source>An address, a street or a named place in the region packs; the map centres there</source>
        <translation>Una dirección, una calle o un lugar con nombre de los paquetes de región; el mapa se centra ahí</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="32"/>
        <source>Region &amp;packs…</source>
        <translation>&amp;Paquetes de región…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="33"/>
        <source>The region packs of this computer: list, remove, hand over</source>
        <translation>Los paquetes de región de este equipo: ver, quitar, entregar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="52"/>
        <source>A region pack is being built; wait for it or cancel it.</source>
        <translation>Se está creando un paquete de región; espere a que termine o cancélelo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="56"/>
        <source>OpenStreetMap extract</source>
        <translation>Extracto de OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="57"/>
        <source>OpenStreetMap extracts (*.osm.pbf *.pbf)</source>
        <translation>Extractos de OpenStreetMap (*.osm.pbf *.pbf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="66"/>
        <source>Region {name} ready: roads for {modes}; {n} addresses.</source>
        <translation>Región {name} lista: carreteras para {modes}; {n} direcciones.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="73"/>
        <source>Region pack build cancelled; nothing was kept.</source>
        <translation>Creación del paquete de región cancelada; no se conservó nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="75"/>
        <source>Region pack not built: {}</source>
        <translation>Paquete de región no creado: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="77"/>
        <source>Region pack not built</source>
        <translation>Paquete de región no creado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="85"/>
        <source>Building the region pack from {}…</source>
        <translation>Creando el paquete de región desde {}…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="94"/>
        <source>A region pack is being built; it shows here when it is ready.</source>
        <translation>Se está creando un paquete de región; aparecerá aquí cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="114"/>
        <source>Find a place</source>
        <translation>Buscar un lugar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="115"/>
        <source>Address, street or place (e.g. Mannerheimintie 5):</source>
        <translation>Dirección, calle o lugar (p. ej. Mannerheimintie 5):</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="120"/>
        <source>Not found in the region packs: {}</source>
        <translation>No encontrado en los paquetes de región: {}</translation>
    </message>
</context>
<context>
    <name>RegionListDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="21"/>
        <source>Region packs</source>
        <translation>Paquetes de región</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="23"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="23"/>
        <source>Travel modes</source>
        <translation>Modos de desplazamiento</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="23"/>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="24"/>
        <source>Street map</source>
        <translation>Mapa de calles</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="24"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="24"/>
        <source>Built / state</source>
        <translation>Creado / estado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="32"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="34"/>
        <source>Show &amp;folder</source>
        <translation>Mostrar la &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="35"/>
        <source>Copy a pack&apos;s folder to a collector&apos;s data folder to hand it over</source>
        <translation>Copie la carpeta de un paquete en la carpeta de datos de un gestor para entregárselo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="58"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="58"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="61"/>
        <source>NOT USED: {}</source>
        <translation>NO SE USA: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="69"/>
        <source>No region pack yet: Regions → Build region pack from an OpenStreetMap extract…</source>
        <translation>Aún no hay paquetes de región: Regiones → Crear paquete de región desde un extracto de OpenStreetMap…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="71"/>
        <source>Plans inside a pack are timed on its roads; elsewhere on straight lines × detour.</source>
        <translation>Los planes dentro de un paquete se calculan por sus carreteras; fuera de él, en línea recta × desvío.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="88"/>
        <source>Remove region pack</source>
        <translation>Quitar paquete de región</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="89"/>
        <source>Remove the region pack {}? Plans in it will be timed on straight lines until it is built again.</source>
        <translation>¿Quitar el paquete de región {}? Los planes de esa zona se calcularán en línea recta hasta que se vuelva a crear.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="95"/>
        <source>Region pack not removed</source>
        <translation>No se quitó el paquete de región</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Met</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Promised for</source>
        <translation>Prometido para</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="21"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="21"/>
        <source>Compliance exceptions</source>
        <translation>Excepciones de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="21"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="22"/>
        <source>Review comment</source>
        <translation>Comentario de revisión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="22"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="22"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="22"/>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="22"/>
        <source>Agreed plan</source>
        <translation>Plan acordado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="22"/>
        <source>To check</source>
        <translation>Por comprobar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="23"/>
        <source>Kept</source>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="23"/>
        <source>Broken</source>
        <translation>Incumplidas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="23"/>
        <source>Amount promised</source>
        <translation>Importe prometido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="23"/>
        <source>Amount collected</source>
        <translation>Importe cobrado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="24"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="24"/>
        <source>Has issues</source>
        <translation>Con incidencias</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="24"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="24"/>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="43"/>
        <source>{n} instalments, {currency}: {parts}</source>
        <translation>{n} plazos, {currency}: {parts}</translation>
    </message>
</context>
<context>
    <name>RouteActions</name>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="24"/>
        <source>&amp;Route</source>
        <translation>&amp;Ruta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="25"/>
        <source>Print &amp;itinerary (PDF)…</source>
        <translation>Imprimir &amp;itinerario (PDF)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="26"/>
        <source>The day&apos;s stops in order with times, addresses, phones, notes, the map and QR codes</source>
        <translation>Las paradas del día en orden, con horas, direcciones, teléfonos, notas, el mapa y códigos QR</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="27"/>
        <source>Export route as &amp;GPX…</source>
        <translation>Exportar ruta como &amp;GPX…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="28"/>
        <source>Waypoints and route for a phone or GPS navigation app</source>
        <translation>Puntos de paso y ruta para una app de navegación del móvil o GPS</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="29"/>
        <source>Export route as &amp;KML…</source>
        <translation>Exportar ruta como &amp;KML…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="30"/>
        <source>Placemarks and route for map apps</source>
        <translation>Marcadores y ruta para apps de mapas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="31"/>
        <source>Export appointments as &amp;calendar (.ics)…</source>
        <translation>Exportar citas como &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="32"/>
        <source>The day&apos;s agreed appointments, in each case&apos;s time zone</source>
        <translation>Las citas acordadas del día, en la zona horaria de cada expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="46"/>
        <location filename="../../fieldvisit/ui/route_actions.py" line="78"/>
        <source>No plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="46"/>
        <source>Plan a day first, then export its map.</source>
        <translation>Planifique primero un día y luego exporte su mapa.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="49"/>
        <source>Export day map</source>
        <translation>Exportar mapa del día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="51"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="65"/>
        <location filename="../../fieldvisit/ui/route_actions.py" line="68"/>
        <source>Map not exported</source>
        <translation>Mapa no exportado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="70"/>
        <source>Map written to {}</source>
        <translation>Mapa guardado en {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="78"/>
        <source>Plan a day first, then export its route.</source>
        <translation>Planifique primero un día y después exporte su ruta.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="82"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="82"/>
        <source>GPX route (*.gpx)</source>
        <translation>Ruta GPX (*.gpx)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="83"/>
        <source>KML file (*.kml)</source>
        <translation>Fichero KML (*.kml)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="83"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="84"/>
        <source>Export route</source>
        <translation>Exportar ruta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="94"/>
        <source>Route not exported</source>
        <translation>Ruta no exportada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/route_actions.py" line="97"/>
        <source>%n stops of {day} written to {path}</source>
        <translation>
            <numerusform>%n parada de {day} escrita en {path}</numerusform>
            <numerusform>%n paradas de {day} escritas en {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="49"/>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="63"/>
        <source>Average speed door to door</source>
        <translation>Velocidad media puerta a puerta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="65"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="79"/>
        <source>e.g. ES, CN, MX</source>
        <translation>p. ej. ES, CN, MX</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="80"/>
        <source>e.g. EUR</source>
        <translation>p. ej. EUR</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="81"/>
        <source>system time zone</source>
        <translation>zona horaria del sistema</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="83"/>
        <source>e.g. MD (Madrid); empty: national holidays</source>
        <translation>p. ej. MD (Madrid); vacío: festivos nacionales</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="84"/>
        <source>Public holidays of the country and this region are kept free of visits (except agreed appointments) and of repayment dates</source>
        <translation>Los festivos del país y de esta región quedan libres de visitas (salvo citas acordadas) y de fechas de pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="86"/>
        <source>YYYY-MM-DD, YYYY-MM-DD</source>
        <translation>AAAA-MM-DD, AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="87"/>
        <source>Office closures and local feasts, added to the public holidays</source>
        <translation>Cierres de la oficina y fiestas locales, añadidos a los festivos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="88"/>
        <source>the rule sets shipped with FieldVisit</source>
        <translation>las normas incluidas en FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="89"/>
        <source>none: plain background offline</source>
        <translation>ninguno: fondo liso sin conexión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="90"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="92"/>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="97"/>
        <source>Travel mode</source>
        <translation>Medio de transporte</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="98"/>
        <source>Time per visit</source>
        <translation>Tiempo por visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="99"/>
        <source>Shift</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="100"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="106"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="107"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="108"/>
        <source>Holidays region</source>
        <translation>Región de festivos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="109"/>
        <source>Office closures</source>
        <translation>Cierres de la oficina</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="110"/>
        <source>Rule sets file</source>
        <translation>Fichero de normas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="111"/>
        <source>Rule sets (*.json)</source>
        <translation>Normas (*.json)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="112"/>
        <source>Tile pack</source>
        <translation>Paquete de mapas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="113"/>
        <source>Tile packs (*.mbtiles)</source>
        <translation>Paquetes de mapas (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="114"/>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="115"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="118"/>
        <source>Where my day starts</source>
        <translation>Dónde empieza mi día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="124"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="125"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="126"/>
        <source>Write these settings to a file for your collectors (without this computer&apos;s paths)</source>
        <translation>Guardar estas preferencias en un fichero para sus gestores (sin las rutas de este ordenador)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="155"/>
        <source>{name}: {lat:.5f}, {lon:.5f} — change…</source>
        <translation>{name}: {lat:.5f}, {lon:.5f} — cambiar…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="157"/>
        <source>{}: not set yet — set…</source>
        <translation>{}: sin fijar — fijar…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="157"/>
        <source>choose a collector in the planner</source>
        <translation>elija un gestor en el planificador</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="203"/>
        <source>The sync folder does not exist (or is not reachable now).</source>
        <translation>La carpeta de sincronización no existe (o no está accesible ahora).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="214"/>
        <source>The rule sets file cannot be used: {}</source>
        <translation>No se puede usar el fichero de normas: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="216"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="247"/>
        <source>No country: the default rules (no cold visits on Sundays or public holidays)</source>
        <translation>Sin país: las reglas por defecto (ninguna visita sin cita en domingo ni festivos)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="250"/>
        <source>{name}: {rules}</source>
        <translation>{name}: {rules}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="253"/>
        <source>Not a country code FieldVisit has public holidays for</source>
        <translation>No es un código de país del que FieldVisit tenga festivos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="264"/>
        <source>Export settings</source>
        <translation>Exportar preferencias</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="265"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="283"/>
        <source>Settings (*.json)</source>
        <translation>Preferencias (*.json)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="277"/>
        <source>Could not write {path}: {error}.</source>
        <translation>No se pudo escribir {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="283"/>
        <source>Import settings</source>
        <translation>Importar preferencias</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="295"/>
        <source>That file cannot be read: {}</source>
        <translation>No se puede leer ese fichero: {}</translation>
    </message>
</context>
<context>
    <name>SettingsHelpActions</name>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="18"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="20"/>
        <source>Travel, visit time, shift, rules, time zone, tile pack, sync folder, language</source>
        <translation>Desplazamiento, duración de visita, jornada, normas, zona horaria, mapas, sincronización, idioma</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="27"/>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="29"/>
        <source>Choose a new office passphrase for the private keys in this database</source>
        <translation>Elija una nueva frase de contraseña de la oficina para las claves privadas de esta base de datos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="31"/>
        <source>Choose a new passphrase for this computer&apos;s encrypted workspace</source>
        <translation>Elija una nueva frase de contraseña para el espacio de trabajo cifrado de este equipo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="40"/>
        <source>The workspace passphrase is changed.</source>
        <translation>Se ha cambiado la frase de contraseña del espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="46"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="47"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="50"/>
        <source>&amp;About FieldVisit</source>
        <translation>&amp;Acerca de FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="69"/>
        <source>Tile pack refused</source>
        <translation>Paquete de mapas rechazado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="71"/>
        <source>Settings saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="73"/>
        <source>The new language applies when FieldVisit starts again.</source>
        <translation>El nuevo idioma se aplicará al volver a abrir FieldVisit.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="85"/>
        <source>Double-click</source>
        <translation>Doble clic</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="85"/>
        <source>Preparation sheet (table) / record the visit (timeline)</source>
        <translation>Hoja de preparación (tabla) / registrar la visita (agenda)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="86"/>
        <source>Lock the selected stop at its time</source>
        <translation>Fijar la parada seleccionada a su hora</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="86"/>
        <source>Take the stop out of the day</source>
        <translation>Quitar la parada del día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="87"/>
        <source>Drag</source>
        <translation>Arrastrar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="87"/>
        <source>Reorder the timeline; move a marker on the map to the door</source>
        <translation>Reordenar la agenda; mover un marcador del mapa hasta la puerta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="88"/>
        <source>Approve the visit (supervisor desk) / finalize the visit form</source>
        <translation>Aprobar la visita (mesa del supervisor) / finalizar el formulario</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="93"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="101"/>
        <source>About FieldVisit</source>
        <translation>Acerca de FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="102"/>
        <source>FieldVisit {version}: offline day plans, preparation sheets and visit records for visiting collectors.
Workspace: {url}</source>
        <translation>FieldVisit {version}: planes del día, hojas de preparación y registro de visitas sin conexión para gestores de campo.
Espacio de trabajo: {url}</translation>
    </message>
</context>
<context>
    <name>StartPointDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="31"/>
        <source>Where {}&apos;s day starts</source>
        <translation>Dónde empieza el día de {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="33"/>
        <source>{} has no start point yet, so the day cannot be planned. Where does the day start (home or office)?</source>
        <translation>{} aún no tiene punto de partida, así que no se puede planificar el día. ¿Dónde empieza el día (domicilio u oficina)?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="35"/>
        <source>Where does {}&apos;s day start (home or office)? Plans start there and end there unless you give an end point.</source>
        <translation>¿Dónde empieza el día de {} (domicilio u oficina)? Los planes empiezan y terminan ahí salvo que indique un punto final.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="40"/>
        <source>An address, or a position as LAT,LON</source>
        <translation>Una dirección, o una posición como LAT,LON</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="42"/>
        <source>Optional: where the day ends, if not back at the start</source>
        <translation>Opcional: dónde termina el día, si no se vuelve al inicio</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="44"/>
        <source>Day starts at</source>
        <translation>El día empieza en</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="45"/>
        <source>Day ends at</source>
        <translation>El día termina en</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="46"/>
        <source>Tip: you can also right-click the map and choose “Start my day here”.</source>
        <translation>Consejo: también puede hacer clic derecho en el mapa y elegir «Empezar mi día aquí».</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="82"/>
        <source>Write where the day starts: an address, or a position as LAT,LON.</source>
        <translation>Escriba dónde empieza el día: una dirección o una posición como LAT,LON.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="91"/>
        <source>Finding the address…</source>
        <translation>Buscando la dirección…</translation>
    </message>
</context>
<context>
    <name>SupervisorDesk</name>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="39"/>
        <source>Supervisor desk</source>
        <translation>Mesa del supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="41"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="316"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="41"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="317"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="42"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="318"/>
        <source>Has issues</source>
        <translation>Con incidencias</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="42"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="319"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="49"/>
        <source>Only not reviewed</source>
        <translation>Solo sin revisar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="50"/>
        <source>Import visit reports…</source>
        <translation>Importar informes de visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="53"/>
        <source>Team report…</source>
        <translation>Informe del equipo…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="56"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="56"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="57"/>
        <location filename="../../fieldvisit/ui/desk.py" line="67"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="67"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="67"/>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="68"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="68"/>
        <location filename="../../fieldvisit/ui/desk.py" line="218"/>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="68"/>
        <location filename="../../fieldvisit/ui/desk.py" line="219"/>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="69"/>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="69"/>
        <location filename="../../fieldvisit/ui/desk.py" line="123"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="78"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="80"/>
        <source>Approve (Ctrl+Enter)</source>
        <translation>Aprobar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="81"/>
        <source>Has &amp;issues…</source>
        <translation>Con &amp;incidencias…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="82"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="124"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="149"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="189"/>
        <source>{visits} visits · {contacts} contacts · {promises} promises ({kept} kept, {broken} broken) · {promised} promised · {collected} collected · {exceptions} compliance exceptions · {unreviewed} not reviewed</source>
        <translation>{visits} visitas · {contacts} contactos · {promises} promesas ({kept} cumplidas, {broken} incumplidas) · {promised} prometido · {collected} cobrado · {exceptions} excepciones de cumplimiento · {unreviewed} sin revisar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="217"/>
        <source>Promised and collected per collector</source>
        <translation>Prometido y cobrado por gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="221"/>
        <source>Review status per collector</source>
        <translation>Estado de revisión por gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="225"/>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="78"/>
        <source>Compliance exceptions</source>
        <translation>Excepciones de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="47"/>
        <source>Pay in full</source>
        <translation>Pago total</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="22"/>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="23"/>
        <source>by</source>
        <translation>para el</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="27"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="28"/>
        <source>receipt</source>
        <translation>recibo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="37"/>
        <source>Agreed repayment plan</source>
        <translation>Plan de pagos acordado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="38"/>
        <source>{n} instalments, total {total}</source>
        <translation>{n} plazos, total {total}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="48"/>
        <source>Instalments</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="50"/>
        <source>none (the balance waited for review)</source>
        <translation>ninguna (el saldo esperaba revisión)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="52"/>
        <source>, {n} instalments ({f})</source>
        <translation>, {n} plazos ({f})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="55"/>
        <source>unknown — find out</source>
        <translation>desconocido — averígüelo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="59"/>
        <source>Prep sheet at the time</source>
        <translation>Hoja de preparación de entonces</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="60"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="67"/>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="73"/>
        <source>To check</source>
        <translation>Por comprobar</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="31"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="43"/>
        <source>No identity yet: run &apos;fieldvisit keys init&apos;</source>
        <translation>Aún sin identidad: ejecute &apos;fieldvisit keys init&apos;</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="47"/>
        <source>&amp;Import assignment pack…</source>
        <translation>&amp;Importar paquete de asignación…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="48"/>
        <source>Cases, recalls, payments and review comments from the office</source>
        <translation>Expedientes, retiradas, pagos y comentarios de revisión de la oficina</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="49"/>
        <source>&amp;Export visit reports…</source>
        <translation>&amp;Exportar informes de visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="50"/>
        <source>Every finalized visit the office has not acknowledged yet (drafts stay here)</source>
        <translation>Todas las visitas finalizadas que la oficina aún no ha confirmado (los borradores se quedan aquí)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="51"/>
        <source>Office &amp;reviews…</source>
        <translation>&amp;Revisiones de la oficina…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="52"/>
        <source>Comments of your supervisor on your visits</source>
        <translation>Comentarios de su supervisor sobre sus visitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="54"/>
        <source>Supervisor &amp;desk…</source>
        <translation>&amp;Mesa del supervisor…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="55"/>
        <source>Import, review and dashboard of the team&apos;s visits</source>
        <translation>Importación, revisión y panel de las visitas del equipo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="56"/>
        <source>&amp;Import visit reports…</source>
        <translation>&amp;Importar informes de visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="57"/>
        <source>&amp;Export assignment pack…</source>
        <translation>&amp;Exportar paquete de asignación…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="58"/>
        <source>A collector&apos;s cases, recalls and your review comments, for their laptop</source>
        <translation>Los expedientes de un gestor, las retiradas y sus comentarios, para su portátil</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="60"/>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="60"/>
        <source>Exchange files through the sync folder</source>
        <translation>Intercambiar ficheros por la carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="61"/>
        <source>Set sync &amp;folder…</source>
        <translation>Elegir carpeta de &amp;sincronización…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="63"/>
        <source>&amp;Keys and trust…</source>
        <translation>&amp;Claves y confianza…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="64"/>
        <source>Export my identity file; trust an office&apos;s or a collector&apos;s file</source>
        <translation>Exportar mi fichero de identidad; confiar en el fichero de una oficina o de un gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="80"/>
        <source>Import assignment pack</source>
        <translation>Importar paquete de asignación</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="81"/>
        <source>Assignment packs (*.fvpack);;All files (*)</source>
        <translation>Paquetes de asignación (*.fvpack);;Todos los ficheros (*)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="93"/>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="106"/>
        <source>Pack refused</source>
        <translation>Paquete rechazado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="99"/>
        <source>This pack was already imported.</source>
        <translation>Este paquete ya se había importado.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="100"/>
        <source>Pack {seq}: {cases} cases, {recalled} recalled, {reviews} review comments, {acknowledged} visits acknowledged.</source>
        <translation>Paquete {seq}: {cases} expedientes, {recalled} retirados, {reviews} comentarios, {acknowledged} visitas confirmadas.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="110"/>
        <source>Export visit reports</source>
        <translation>Exportar informes de visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="111"/>
        <source>Visit-report bundles (*.fvbundle)</source>
        <translation>Paquetes de informes (*.fvbundle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/sync_actions.py" line="118"/>
        <source>%n visits written to {path}; they are sent again until the office acknowledges them.</source>
        <translation>
            <numerusform>%n visita escrita en {path}; se envía de nuevo hasta que la oficina acuse recibo.</numerusform>
            <numerusform>%n visitas escritas en {path}; se envían de nuevo hasta que la oficina acuse recibo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="122"/>
        <source>Visit reports not exported</source>
        <translation>Informes de visita no exportados</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="132"/>
        <source>Office reviews</source>
        <translation>Revisiones de la oficina</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="135"/>
        <source>Has issues</source>
        <translation>Con incidencias</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="135"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="140"/>
        <source>Double-click: correct this visit (a new version is sent to the office)</source>
        <translation>Doble clic: corregir esta visita (se envía una versión nueva a la oficina)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="143"/>
        <source>No open comments from the office.</source>
        <translation>No hay comentarios pendientes de la oficina.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="182"/>
        <source>No collector enrolled</source>
        <translation>Ningún gestor dado de alta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="183"/>
        <source>Enroll a collector first: Sync → Keys and trust… → Trust an identity file.</source>
        <translation>Dé de alta primero a un gestor: Sincronizar → Claves y confianza… → Confiar en un fichero de identidad.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="186"/>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="191"/>
        <source>Export assignment pack</source>
        <translation>Exportar paquete de asignación</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="186"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="192"/>
        <source>Assignment packs (*.fvpack)</source>
        <translation>Paquetes de asignación (*.fvpack)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="203"/>
        <source>Pack not exported</source>
        <translation>Paquete no exportado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="199"/>
        <source>Pack {seq} for {who}: {cases} cases, {recalled} recalled → {path}</source>
        <translation>Paquete {seq} para {who}: {cases} expedientes, {recalled} retirados → {path}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="210"/>
        <source>Sync folder (a shared or synced folder)</source>
        <translation>Carpeta de sincronización (compartida o sincronizada)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="214"/>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="240"/>
        <source>Some files were not imported</source>
        <translation>Algunos ficheros no se importaron</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="245"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>TimelineEdits</name>
    <message>
        <location filename="../../fieldvisit/ui/timeline_edits.py" line="54"/>
        <source>That edit was made to another day&apos;s plan: open that day to see it.</source>
        <translation>Ese cambio se hizo en el plan de otro día: abra ese día para verlo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/timeline_edits.py" line="73"/>
        <source>Reorder the day</source>
        <translation>Reordenar el día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/timeline_edits.py" line="117"/>
        <source>Not saved until its problems are fixed; the last lawful plan stays saved.</source>
        <translation>No se guarda hasta corregir sus problemas; se mantiene guardado el último plan conforme a la ley.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/timeline_edits.py" line="130"/>
        <source>Unlock {}</source>
        <translation>Desbloquear {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/timeline_edits.py" line="134"/>
        <source>Lock {}</source>
        <translation>Fijar {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/timeline_edits.py" line="150"/>
        <source>Remove {} from the day</source>
        <translation>Quitar {} del día</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="31"/>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="59"/>
        <source>Select a case first (table, timeline or map).</source>
        <translation>Seleccione primero un expediente (tabla, agenda o mapa).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="45"/>
        <source>No visit recorded for {} yet.</source>
        <translation>Aún no hay visitas registradas para {}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="50"/>
        <source>Cannot correct</source>
        <translation>No se puede corregir</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="64"/>
        <source>No preparation sheet</source>
        <translation>Sin hoja de preparación</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="72"/>
        <source>Visit recorded.</source>
        <translation>Visita registrada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="86"/>
        <source>Unfinished visits</source>
        <translation>Visitas sin terminar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="87"/>
        <source>{n} visit draft(s) were saved but not finalized. Open them now?</source>
        <translation>Hay {n} borradores de visita guardados sin finalizar. ¿Abrirlos ahora?</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="303"/>
        <source>Met the borrower (RPC)</source>
        <extracomment>Visit outcomes, people met, payment methods and review states as words (the visit form&apos;s, the desk&apos;s and the team report&apos;s; the contexts keep the translations they had).</extracomment>
        <translation>Contacto con el titular (RPC)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="303"/>
        <source>Spoke to someone else</source>
        <translation>Habló con otra persona</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="303"/>
        <source>Not home / door locked</source>
        <translation>No estaba / puerta cerrada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="304"/>
        <source>Address not found</source>
        <translation>Dirección no encontrada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="304"/>
        <source>Moved (needs tracing)</source>
        <translation>Se mudó (hay que localizarlo)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="74"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="304"/>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="305"/>
        <source>Paid in full</source>
        <translation>Pagó todo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="305"/>
        <source>Partial payment</source>
        <translation>Pago parcial</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="305"/>
        <source>Settled</source>
        <translation>Acuerdo de quita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="306"/>
        <source>Refused to pay</source>
        <translation>Se negó a pagar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="306"/>
        <source>Dispute raised</source>
        <translation>Deuda discutida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="306"/>
        <source>Hardship / vulnerable</source>
        <translation>Dificultades / vulnerable</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="307"/>
        <source>Revisit requested</source>
        <translation>Pidió otra visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="307"/>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="307"/>
        <source>Bankrupt</source>
        <translation>En concurso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="307"/>
        <source>Has a lawyer</source>
        <translation>Tiene abogado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="308"/>
        <source>Asked us to stop contact</source>
        <translation>Pidió que no le contactemos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="38"/>
        <source>Revisit</source>
        <translation>Volver a visitar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="38"/>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="39"/>
        <source>Wait for the payment</source>
        <translation>Esperar el pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="40"/>
        <source>Set up a payment plan</source>
        <translation>Preparar un plan de pagos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="41"/>
        <source>Supervisor review</source>
        <translation>Revisión del supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="42"/>
        <source>Trace a new address</source>
        <translation>Buscar nueva dirección</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="42"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="310"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="310"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="311"/>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="311"/>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="312"/>
        <source>Mobile payment</source>
        <translation>Pago móvil</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="312"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="57"/>
        <source>Correct visit</source>
        <translation>Corregir visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="57"/>
        <source>Record visit</source>
        <translation>Registrar visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="68"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="313"/>
        <source>The borrower</source>
        <translation>El titular</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="68"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="314"/>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="69"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="315"/>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="80"/>
        <location filename="../../fieldvisit/ui/visit_form.py" line="90"/>
        <source>Amount ({})</source>
        <translation>Importe ({})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="81"/>
        <source>Exact date</source>
        <translation>Fecha exacta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="83"/>
        <source>Payment received</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="88"/>
        <source>receipt number</source>
        <translation>número de recibo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="91"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="92"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="96"/>
        <source>Agreed repayment plan</source>
        <translation>Plan de pagos acordado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="100"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="100"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="104"/>
        <source>Add installment</source>
        <translation>Añadir plazo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="106"/>
        <source>Remove installment</source>
        <translation>Quitar plazo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="116"/>
        <source>What was said, what was agreed (no debt details for anyone but the borrower)</source>
        <translation>Qué se dijo y qué se acordó (ningún detalle de la deuda para nadie salvo el titular)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="120"/>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="124"/>
        <source>Why, if this visit is outside the rules</source>
        <translation>Motivo, si esta visita está fuera de las normas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="132"/>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="133"/>
        <source>Left</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="134"/>
        <source>Person met</source>
        <translation>Persona contactada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="135"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="139"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="140"/>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="142"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="144"/>
        <source>Finalize</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="145"/>
        <source>Record the visit (Ctrl+Return); it cannot be edited afterwards</source>
        <translation>Registrar la visita (Ctrl+Return); después no se puede editar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="146"/>
        <source>Save draft and close</source>
        <translation>Guardar borrador y cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="147"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="203"/>
        <source>promise</source>
        <translation>la promesa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="204"/>
        <source>payment</source>
        <translation>el pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="206"/>
        <source>plan</source>
        <translation>el plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="213"/>
        <source>The {what} amount “{text}” is not a number as this interface writes them; type it like {example}.</source>
        <translation>El importe de {what} «{text}» no es un número como los escribe esta interfaz; escríbalo como {example}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="245"/>
        <source>Draft saved {}</source>
        <translation>Borrador guardado {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="253"/>
        <source>({zone} time)</source>
        <translation>(hora de {zone})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="258"/>
        <source>Draft not saved yet ({}); trying again in a few seconds.</source>
        <translation>Borrador aún sin guardar ({}); se reintentará en unos segundos.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="275"/>
        <source>This visit is outside the conduct rules ({}); write the reason before finalizing.</source>
        <translation>Esta visita está fuera de las normas de conducta ({}); escriba el motivo antes de finalizar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="281"/>
        <source>Recording the visit…</source>
        <translation>Registrando la visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="298"/>
        <source>The promise</source>
        <translation>La promesa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="298"/>
        <source>The payment</source>
        <translation>El pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="300"/>
        <source>{what} of {amount} is more than the balance of {balance}.</source>
        <translation>{what} de {amount} supera el saldo de {balance}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="311"/>
        <source>More than the balance</source>
        <translation>Más que el saldo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="312"/>
        <source>Record it anyway? Your supervisor will see it flagged.</source>
        <translation>¿Registrarlo de todos modos? Su supervisor lo verá marcado.</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="48"/>
        <source>Plan week — {}</source>
        <translation>Planificar semana — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="55"/>
        <source>working days</source>
        <translation>días laborables</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="56"/>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="58"/>
        <source>Spread the cases over these days; each day is saved as its own plan</source>
        <translation>Reparte los expedientes en estos días; cada día se guarda como un plan propio</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="61"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="68"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="68"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="68"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="68"/>
        <source>Km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="76"/>
        <source>Choose the first day and how many working days, then Plan.</source>
        <translation>Elija el primer día y cuántos días laborables, y después Planificar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="79"/>
        <source>Open day</source>
        <translation>Abrir día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="80"/>
        <source>Show this day in the planner&apos;s timeline (Enter)</source>
        <translation>Muestra este día en la cronología del planificador (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="107"/>
        <source>Planning {}&apos;s week…</source>
        <translation>Planificando la semana de {}…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="112"/>
        <source>{n} of these days already have a plan: {days}.</source>
        <translation>{n} de estos días ya tienen plan: {days}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="115"/>
        <source>Visits already recorded on them: {n}.</source>
        <translation>Visitas ya registradas en ellos: {n}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="116"/>
        <source>Days already planned</source>
        <translation>Días ya planificados</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="118"/>
        <source>Keep those days as they are (their visits count for the week), or plan them again?</source>
        <translation>¿Mantener esos días como están (sus visitas cuentan para la semana) o volver a planificarlos?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="120"/>
        <source>Keep them</source>
        <translation>Mantenerlos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="121"/>
        <source>Plan them again</source>
        <translation>Volver a planificarlos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="147"/>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/week_dialog.py" line="158"/>
        <source>%n visits</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/week_dialog.py" line="159"/>
        <source> over %n days;</source>
        <translation>
            <numerusform> en %n día;</numerusform>
            <numerusform> en %n días;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/week_dialog.py" line="160"/>
        <source>%n cases planned on no day.</source>
        <translation>
            <numerusform>%n expediente sin planificar en ningún día.</numerusform>
            <numerusform>%n expedientes sin planificar en ningún día.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="162"/>
        <source>Kept as already planned: {}.</source>
        <translation>Se mantienen como ya estaban planificados: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="164"/>
        <source>Holidays skipped: {}.</source>
        <translation>Festivos omitidos: {}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="166"/>
        <source>Weekend days that are official working days: {}.</source>
        <translation>Días de fin de semana que son laborables oficiales: {}.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="19"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="20"/>
        <source>&amp;Import cases…</source>
        <translation>&amp;Importar expedientes…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="21"/>
        <source>Import a CSV or XLSX case file</source>
        <translation>Importar un fichero de expedientes CSV o XLSX</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="22"/>
        <source>Import &amp;tile pack…</source>
        <translation>Importar paquete de &amp;mapas…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="23"/>
        <source>Use an MBTiles file as the offline base map</source>
        <translation>Usar un fichero MBTiles como mapa base sin conexión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="24"/>
        <source>&amp;Export day map…</source>
        <translation>&amp;Exportar mapa del día…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="25"/>
        <source>Write the planned day as one HTML file that opens offline</source>
        <translation>Guardar el día planificado en un HTML que se abre sin conexión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="26"/>
        <source>&amp;Geocode addresses</source>
        <translation>&amp;Geocodificar direcciones</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="27"/>
        <source>Find coordinates for cases that only have an address</source>
        <translation>Buscar coordenadas de los expedientes que solo tienen dirección</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="28"/>
        <source>&amp;Pin selected case at map centre</source>
        <translation>&amp;Fijar el expediente en el centro del mapa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="29"/>
        <source>Place a case without coordinates by hand; then drag it to the door</source>
        <translation>Colocar a mano un expediente sin coordenadas; luego arrastrarlo hasta la puerta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="30"/>
        <source>&amp;Record visit…</source>
        <translation>&amp;Registrar visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="31"/>
        <source>Record what happened at the door for the selected case</source>
        <translation>Registrar lo ocurrido en la visita del expediente seleccionado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="32"/>
        <source>&amp;Preparation sheet…</source>
        <translation>&amp;Hoja de preparación…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="33"/>
        <source>Intent, ability, willingness and a repayment proposal for the selected case</source>
        <translation>Intención, capacidad, disposición y propuesta de pago del expediente seleccionado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="34"/>
        <source>&amp;Correct last visit…</source>
        <translation>&amp;Corregir la última visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="35"/>
        <source>A correction is a new version; the original is kept</source>
        <translation>Una corrección es una versión nueva; el original se conserva</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="44"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="45"/>
        <source>Close every window (drafts are saved) and end FieldVisit</source>
        <translation>Cierra todas las ventanas (los borradores se guardan) y sale de FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="47"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="48"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="50"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="55"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="57"/>
        <source>V&amp;isits</source>
        <translation>V&amp;isitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="64"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="65"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="66"/>
        <source>Plan &amp;day</source>
        <translation>Planificar el &amp;día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="69"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>WindowReviewActions</name>
    <message>
        <location filename="../../fieldvisit/ui/review_actions.py" line="19"/>
        <source>Review &amp;imported values…</source>
        <translation>Revisar valores &amp;importados…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/review_actions.py" line="21"/>
        <source>Appointment texts, amounts and dates an import could not read for sure</source>
        <translation>Textos de cita, importes y fechas que una importación no pudo leer con seguridad</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/review_actions.py" line="35"/>
        <source>Review &amp;imported values ({n})…</source>
        <translation>Revisar valores &amp;importados ({n})…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/review_actions.py" line="36"/>
        <source>{n} imported values to review</source>
        <translation>{n} valores importados por revisar</translation>
    </message>
</context>
<context>
    <name>WindowReviewDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="55"/>
        <source>Review what the import could not read</source>
        <extracomment>Readings offered as buttons on one line (``$`` gives six amounts with their currencies).</extracomment>
        <translation>Revisar lo que la importación no pudo leer</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="60"/>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="60"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="60"/>
        <source>Text as written</source>
        <translation>Texto tal como se escribió</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="61"/>
        <source>Why it was not read</source>
        <translation>Por qué no se leyó</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="77"/>
        <location filename="../../fieldvisit/ui/window_review.py" line="255"/>
        <source>e.g. Tue and Thu 16:00-18:00; 2026-11-24 10:00-12:00</source>
        <translation>p. ej. Tue and Thu 16:00-18:00; 2026-11-24 10:00-12:00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="86"/>
        <source>Or pick days and times</source>
        <translation>O elija días y horas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="88"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="88"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="88"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="88"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="88"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="88"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="89"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="95"/>
        <source>Use these</source>
        <translation>Usar estos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="101"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="103"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="111"/>
        <location filename="../../fieldvisit/ui/window_review.py" line="226"/>
        <source>&amp;Save window</source>
        <translation>&amp;Guardar franja</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="113"/>
        <source>Replace this case&apos;s windows with the corrected text (Ctrl+Enter)</source>
        <translation>Sustituye las franjas de este expediente por el texto corregido (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="115"/>
        <location filename="../../fieldvisit/ui/window_review.py" line="228"/>
        <source>&amp;No window…</source>
        <translation>&amp;Sin franja…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="116"/>
        <source>The text holds no time to visit: close it, with the reason</source>
        <translation>El texto no contiene ninguna hora de visita: ciérrelo indicando el motivo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="121"/>
        <source>Written:</source>
        <translation>Escrito:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="122"/>
        <source>Not read because:</source>
        <translation>No se leyó porque:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="123"/>
        <source>Now:</source>
        <translation>Ahora:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="124"/>
        <source>Could be:</source>
        <translation>Podría ser:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="163"/>
        <source>{n} values wait for review.</source>
        <translation>{n} valores esperan revisión.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="164"/>
        <source>No values wait for review.</source>
        <translation>No hay valores pendientes de revisión.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="125"/>
        <location filename="../../fieldvisit/ui/window_review.py" line="215"/>
        <source>&amp;Corrected text:</source>
        <translation>Texto &amp;corregido:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="126"/>
        <source>Read as:</source>
        <translation>Leído como:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="184"/>
        <source>times not to visit</source>
        <translation>horas en que no visitar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="184"/>
        <source>appointment</source>
        <translation>cita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="185"/>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="185"/>
        <source>last payment</source>
        <translation>último pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="186"/>
        <source>due date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="186"/>
        <source>last payment date</source>
        <translation>fecha del último pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="187"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="187"/>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="188"/>
        <source>address; its time zone is unknown</source>
        <translation>dirección; su huso horario es desconocido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="188"/>
        <source>coordinates</source>
        <translation>coordenadas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="189"/>
        <source>the geocoder&apos;s answer</source>
        <translation>la respuesta del geocodificador</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="194"/>
        <source>to review (amount and currency not set)</source>
        <translation>por revisar (importe y moneda sin fijar)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="195"/>
        <source>{value} (kept until you pick one)</source>
        <translation>{value} (se mantiene hasta que elija una)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="196"/>
        <source>to review (not set)</source>
        <translation>por revisar (sin fijar)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="197"/>
        <source>held: flags {flags}</source>
        <translation>retenido: marcas {flags}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="198"/>
        <source>time zone {zone} (not decided)</source>
        <translation>huso horario {zone} (sin decidir)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="201"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="215"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="224"/>
        <source>&amp;Save value</source>
        <translation>&amp;Guardar valor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="224"/>
        <source>&amp;Save flags</source>
        <translation>&amp;Guardar marcas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="224"/>
        <source>&amp;Save zone</source>
        <translation>&amp;Guardar huso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="225"/>
        <source>&amp;Save answer</source>
        <translation>&amp;Guardar respuesta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="227"/>
        <source>&amp;Leave unset…</source>
        <translation>&amp;Dejar sin fijar…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="228"/>
        <source>&amp;Keep as is…</source>
        <translation>&amp;Dejar como está…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="257"/>
        <source>e.g. 2026-03-04</source>
        <translation>p. ej. 2026-03-04</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="259"/>
        <source>e.g. 1234.00 EUR</source>
        <translation>p. ej. 1234.00 EUR</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="259"/>
        <source>e.g. 1234.00</source>
        <translation>p. ej. 1234.00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="261"/>
        <source>e.g. +34 600 111 222</source>
        <translation>p. ej. +34 600 111 222</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="262"/>
        <source>e.g. MXN</source>
        <translation>p. ej. MXN</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="307"/>
        <source>Choose this case&apos;s time zone first: the times are read in it.</source>
        <translation>Elija primero el huso horario de este expediente: las horas se leen en él.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="334"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="343"/>
        <source>Keep as is</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="344"/>
        <source>Why is {case} left as it is now?</source>
        <translation>¿Por qué se deja {case} como está ahora?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="348"/>
        <source>Leave unset</source>
        <translation>Dejar sin fijar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="349"/>
        <source>Why is this value of {case} left unset?</source>
        <translation>¿Por qué se deja sin fijar este valor de {case}?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="346"/>
        <location filename="../../fieldvisit/ui/window_review.py" line="351"/>
        <source>to ask the lender</source>
        <translation>consultar al acreedor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="353"/>
        <source>No window</source>
        <translation>Sin franja</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="354"/>
        <source>Why does {case} get no window?</source>
        <translation>¿Por qué {case} no tiene franja?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="355"/>
        <source>no time to visit in the text</source>
        <translation>el texto no indica ninguna hora de visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="359"/>
        <source>Cannot close</source>
        <translation>No se puede cerrar</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <location filename="../../fieldvisit/ui/writes.py" line="26"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/writes.py" line="27"/>
        <source>Workspace busy</source>
        <translation>Espacio de trabajo ocupado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/writes.py" line="28"/>
        <source>Your change is kept: Retry saves it now, Cancel drops it.</source>
        <translation>Su cambio se conserva: Reintentar lo guarda ahora; Cancelar lo descarta.</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="38"/>
        <source>{} placed by hand; Ctrl+Z undoes it.</source>
        <translation>{} colocado a mano; Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="42"/>
        <location filename="../../fieldvisit/ui/map_actions.py" line="49"/>
        <source>Cannot move</source>
        <translation>No se puede mover</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="28"/>
        <source>Move {}</source>
        <translation>Mover {}</translation>
    </message>
</context>
</TS>
