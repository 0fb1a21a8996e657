<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="17"/>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="17"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="18"/>
        <source>Bucket</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="18"/>
        <source>DPD</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="19"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="19"/>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="20"/>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="20"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="21"/>
        <source>Next window</source>
        <translation>Próxima franja</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="21"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="162"/>
        <source>dispute</source>
        <translation>disputa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="163"/>
        <source>cease contact</source>
        <translation>cese de contacto</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="164"/>
        <source>lawyer</source>
        <translation>abogado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="165"/>
        <source>bankruptcy</source>
        <translation>concurso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="166"/>
        <source>deceased</source>
        <translation>fallecido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="167"/>
        <source>do not visit</source>
        <translation>no visitar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="168"/>
        <source>vulnerable</source>
        <translation>vulnerable</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="169"/>
        <source>no workplace visits</source>
        <translation>no visitar en el trabajo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="170"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="170"/>
        <source>kept</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="171"/>
        <source>broken</source>
        <translation>incumplida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="183"/>
        <source>{status}: {amount} by {date}</source>
        <translation>{status}: {amount} antes del {date}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="93"/>
        <source>Visits blocked: {}</source>
        <translation>Visitas bloqueadas: {}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="27"/>
        <source>Welcome to FieldVisit</source>
        <extracomment>Time zones offered first (the list accepts any IANA name typed in).</extracomment>
        <translation>Bienvenido a FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="32"/>
        <source>Who uses this computer?</source>
        <translation>¿Quién usa este ordenador?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="33"/>
        <source>FieldVisit plans the day&apos;s visits, prepares each one and records what happened, offline. Reports travel to the office signed and encrypted.</source>
        <translation>FieldVisit planifica las visitas del día, prepara cada una y registra lo ocurrido, sin conexión. Los informes llegan a la oficina firmados y cifrados.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="35"/>
        <source>A collector: I visit customers and record the visits</source>
        <translation>Un gestor: visito a clientes y registro las visitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="36"/>
        <source>A supervisor: I hand out work and review the visits</source>
        <translation>Un supervisor: reparto el trabajo y reviso las visitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="41"/>
        <source>Your full name, or the office&apos;s name</source>
        <translation>Su nombre completo, o el de la oficina</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="42"/>
        <source>Just look around: open the demo workspace (nothing is set up)</source>
        <translation>Solo mirar: abrir el espacio de demostración (no se configura nada)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="48"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="57"/>
        <source>Where do you work?</source>
        <translation>¿Dónde trabaja?</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="58"/>
        <source>The country chooses the conduct rules (contact hours, visit caps); the time zone is used for cases that do not say theirs.</source>
        <translation>El país determina las normas de conducta (horario de contacto, límite de visitas); la zona horaria se usa para los expedientes que no indican la suya.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="65"/>
        <source>Other (default rules)</source>
        <translation>Otro (normas por defecto)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="70"/>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="74"/>
        <source>e.g. EUR, CNY, MXN</source>
        <translation>p. ej. EUR, CNY, MXN</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="79"/>
        <source>Country and rules</source>
        <translation>País y normas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="80"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="81"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="82"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="60"/>
        <source>FieldVisit — {}</source>
        <translation>FieldVisit — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="68"/>
        <source>Search id, name or address  (Ctrl+F)</source>
        <translation>Buscar expediente, nombre o dirección  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="72"/>
        <source>All buckets</source>
        <translation>Todos los tramos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="79"/>
        <source>All cases</source>
        <translation>Todos los expedientes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="79"/>
        <source>Visitable</source>
        <translation>Visitables</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="80"/>
        <source>Blocked from visits</source>
        <translation>Bloqueados para visitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="80"/>
        <source>Vulnerable</source>
        <translation>Vulnerables</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="81"/>
        <source>Without coordinates</source>
        <translation>Sin coordenadas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="81"/>
        <source>Paid</source>
        <translation>Pagados</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="82"/>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="97"/>
        <source>Double-click: preparation sheet · Ctrl+R: record a visit</source>
        <translation>Doble clic: hoja de preparación · Ctrl+R: registrar visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="101"/>
        <source>Bucket</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="103"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="117"/>
        <source>Drag to reorder · double-click: record the visit</source>
        <translation>Arrastre para reordenar · doble clic: registrar la visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="160"/>
        <source>&amp;Import cases…</source>
        <translation>&amp;Importar expedientes…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="161"/>
        <source>Import a CSV or XLSX case file</source>
        <translation>Importar un fichero de expedientes CSV o XLSX</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="162"/>
        <source>Import &amp;tile pack…</source>
        <translation>Importar paquete de &amp;mapas…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="163"/>
        <source>Use an MBTiles file as the offline base map</source>
        <translation>Usar un fichero MBTiles como mapa base sin conexión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="164"/>
        <source>&amp;Export day map…</source>
        <translation>&amp;Exportar mapa del día…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="165"/>
        <source>Write the planned day as one HTML file that opens offline</source>
        <translation>Guardar el día planificado en un HTML que se abre sin conexión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="166"/>
        <source>&amp;Geocode addresses</source>
        <translation>&amp;Geocodificar direcciones</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="167"/>
        <source>Find coordinates for cases that only have an address</source>
        <translation>Buscar coordenadas de los expedientes que solo tienen dirección</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="168"/>
        <source>&amp;Pin selected case at map centre</source>
        <translation>&amp;Fijar el expediente en el centro del mapa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="169"/>
        <source>Place a case without coordinates by hand; then drag it to the door</source>
        <translation>Colocar a mano un expediente sin coordenadas; luego arrastrarlo hasta la puerta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="170"/>
        <source>&amp;Record visit…</source>
        <translation>&amp;Registrar visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="171"/>
        <source>Record what happened at the door for the selected case</source>
        <translation>Registrar lo ocurrido en la visita del expediente seleccionado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="172"/>
        <source>&amp;Preparation sheet…</source>
        <translation>&amp;Hoja de preparación…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="173"/>
        <source>Intent, ability, willingness and a repayment proposal for the selected case</source>
        <translation>Intención, capacidad, disposición y propuesta de pago del expediente seleccionado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="174"/>
        <source>&amp;Correct last visit…</source>
        <translation>&amp;Corregir la última visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="175"/>
        <source>A correction is a new version; the original is kept</source>
        <translation>Una corrección es una versión nueva; el original se conserva</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="182"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="183"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="185"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="190"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="192"/>
        <source>V&amp;isits</source>
        <translation>V&amp;isitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="197"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="198"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="199"/>
        <source>Plan &amp;day</source>
        <translation>Planificar el &amp;día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="201"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="225"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="247"/>
        <source>{shown} of {total} cases shown · {blocked} blocked from visits</source>
        <translation>{shown} de {total} expedientes · {blocked} bloqueados para visitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="279"/>
        <source>{} placed by hand; Ctrl+Z undoes it.</source>
        <translation>{} colocado a mano; Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="281"/>
        <source>Cannot move</source>
        <translation>No se puede mover</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="286"/>
        <source>Import cases</source>
        <translation>Importar expedientes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="287"/>
        <source>Case files (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Ficheros de expedientes (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="303"/>
        <source>{rows} rows: {imported} imported, {updated} updated, {rejected} rejected.</source>
        <translation>{rows} filas: {imported} importadas, {updated} actualizadas, {rejected} rechazadas.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="306"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="313"/>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="314"/>
        <source>Importing {}…</source>
        <translation>Importando {}…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="326"/>
        <source>{g} geocoded, {c} from the cache, {f} not found.</source>
        <translation>{g} geocodificadas, {c} de la caché, {f} no encontradas.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="329"/>
        <source>No connection: {n} addresses wait in the queue; pin them on the map or try again when connected.</source>
        <translation>Sin conexión: {n} direcciones esperan en la cola; fíjelas en el mapa o inténtelo con conexión.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="335"/>
        <source>Geocoding stopped</source>
        <translation>Geocodificación detenida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="336"/>
        <source>Geocoding addresses…</source>
        <translation>Geocodificando direcciones…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="341"/>
        <source>Select a case in the table first.</source>
        <translation>Seleccione primero un expediente en la tabla.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="353"/>
        <source>Import tile pack</source>
        <translation>Importar paquete de mapas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="353"/>
        <source>Tile packs (*.mbtiles)</source>
        <translation>Paquetes de mapas (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="366"/>
        <source>Tile pack refused</source>
        <translation>Paquete de mapas rechazado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="373"/>
        <source>Offline base map: {}</source>
        <translation>Mapa base sin conexión: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="377"/>
        <source>No plan</source>
        <translation>Sin plan</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="377"/>
        <source>Plan a day first, then export its map.</source>
        <translation>Planifique primero un día y luego exporte su mapa.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="380"/>
        <source>Export day map</source>
        <translation>Exportar mapa del día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="382"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="390"/>
        <source>Map written to {}</source>
        <translation>Mapa guardado en {}</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="73"/>
        <source>Case</source>
        <extracomment>Popup labels (translated through Qt when a translation is installed).</extracomment>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="73"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="74"/>
        <source>Bucket</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="74"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="75"/>
        <source>Window</source>
        <translation>Franja</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="75"/>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="76"/>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="76"/>
        <source>waits</source>
        <translation>espera</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="77"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="77"/>
        <source>Start</source>
        <translation>Salida</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="21"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="21"/>
        <source>Car</source>
        <translation>Coche</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="21"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="21"/>
        <source>Motorbike</source>
        <translation>Moto</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="22"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="20"/>
        <source>Bicycle</source>
        <translation>Bicicleta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="22"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="20"/>
        <source>Walk</source>
        <translation>A pie</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="23"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="22"/>
        <source>Public transport</source>
        <translation>Transporte público</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="62"/>
        <source>Plan day</source>
        <translation>Planificar día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="64"/>
        <source>Plan the day in the background (Ctrl+P)</source>
        <translation>Planificar el día en segundo plano (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="69"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="69"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="70"/>
        <source>Shift</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="71"/>
        <source>Mode</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="82"/>
        <source>Lock</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="83"/>
        <source>Keep this visit at this time when re-optimising (L)</source>
        <translation>Mantener esta visita a esta hora al reoptimizar (L)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="85"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="86"/>
        <source>Take this visit out of the day (Delete)</source>
        <translation>Quitar esta visita del día (Supr)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="88"/>
        <source>Re-optimise</source>
        <translation>Reoptimizar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="89"/>
        <source>Plan again around locked visits, without removed ones</source>
        <translation>Planificar de nuevo respetando las fijadas y sin las quitadas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="93"/>
        <source>Choose a day and a collector, then Plan day.</source>
        <translation>Elija un día y un gestor y pulse Planificar día.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="143"/>
        <source>Planning {}&apos;s day…</source>
        <translation>Planificando el día de {}…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="171"/>
        <source>window {start}–{end}</source>
        <translation>franja {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="173"/>
        <source>waits {} min</source>
        <translation>espera {} min</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="175"/>
        <source>slack {} min</source>
        <translation>margen {} min</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="182"/>
        <source>Misses its window by {} min</source>
        <translation>Fuera de su franja por {} min</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="187"/>
        <source>Lunch {}.</source>
        <translation>Comida {}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="188"/>
        <source>{n} visits · {km:.1f} km · {mins} min on the road · leave {leave} · back {back}.</source>
        <translation>{n} visitas · {km:.1f} km · {mins} min en ruta · salida {leave} · vuelta {back}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="193"/>
        <source>{n} cases not planned (point here to see why).</source>
        <translation>{n} expedientes sin planificar (pase el ratón para ver por qué).</translation>
    </message>
</context>
<context>
    <name>Prep</name>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="7"/>
        <source>back at {return_at}, after the shift ends at {shift_end}</source>
        <translation>vuelta a las {return_at}, después del fin de la jornada a las {shift_end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="8"/>
        <source>leaves at {leave_at}, before the shift starts</source>
        <translation>salida a las {leave_at}, antes de empezar la jornada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="9"/>
        <source>back at {back}, after the shift ends at {shift_end}</source>
        <translation>vuelta a las {back}, después del fin de la jornada a las {shift_end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="10"/>
        <source>{case_id}: arrives {minutes} min after the latest start ({latest})</source>
        <translation>{case_id}: llega {minutes} min después de la última hora de inicio ({latest})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="11"/>
        <source>{case_id}: not a known case</source>
        <translation>{case_id}: expediente desconocido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="12"/>
        <source>{case_id}: planned twice</source>
        <translation>{case_id}: planificado dos veces</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="13"/>
        <source>{case_id}: blocked by {flags}</source>
        <translation>{case_id}: bloqueado por {flags}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="14"/>
        <source>{case_id}: vulnerable customer planned without approval</source>
        <translation>{case_id}: cliente vulnerable planificado sin aprobación</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="15"/>
        <source>{case_id}: vulnerable customer may not be visited under {rules}</source>
        <translation>{case_id}: según {rules} no se puede visitar a un cliente vulnerable</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="16"/>
        <source>{case_id}: arrives {arrival}, but the trip takes {minutes} min</source>
        <translation>{case_id}: llega a las {arrival}, pero el trayecto dura {minutes} min</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="17"/>
        <source>{case_id}: starts before arriving</source>
        <translation>{case_id}: empieza antes de llegar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="18"/>
        <source>{case_id}: visit {start}–{end} is outside lawful hours in {timezone}</source>
        <translation>{case_id}: la visita {start}–{end} queda fuera del horario legal en {timezone}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="19"/>
        <source>{case_id}: starts at {start}, outside every agreed window</source>
        <translation>{case_id}: empieza a las {start}, fuera de toda franja acordada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="20"/>
        <source>{case_id}: leaves before the visit starts</source>
        <translation>{case_id}: sale antes de que empiece la visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="21"/>
        <source>{case_id}: visit {start}–{departure} falls in a time the customer said is inconvenient</source>
        <translation>{case_id}: la visita {start}–{departure} cae en un horario que el cliente dijo que no le conviene</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="22"/>
        <source>{case_id}: visited on a day other than the agreed appointment</source>
        <translation>{case_id}: visitado otro día distinto al de la cita acordada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="23"/>
        <source>lunch starts at {lunch_at}, after {latest}</source>
        <translation>la comida empieza a las {lunch_at}, después de las {latest}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="24"/>
        <source>blocked by flag: {detail}</source>
        <translation>bloqueado por marca: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="25"/>
        <source>vulnerable customer: a visit needs a supervisor&apos;s approval</source>
        <translation>cliente vulnerable: la visita necesita la aprobación del supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="26"/>
        <source>no coordinates yet: geocode the address or pin it on the map</source>
        <translation>aún sin coordenadas: geocodifique la dirección o fíjela en el mapa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="27"/>
        <source>case is {detail}</source>
        <translation>el expediente está {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="28"/>
        <source>the agreed appointment is on another day ({detail})</source>
        <translation>la cita acordada es otro día ({detail})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="29"/>
        <source>every window falls outside lawful contact hours ({detail})</source>
        <translation>todas las franjas quedan fuera del horario legal de contacto ({detail})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="30"/>
        <source>every window falls outside the collector&apos;s shift</source>
        <translation>todas las franjas quedan fuera de la jornada del gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="31"/>
        <source>not available on that weekday (available: {detail})</source>
        <translation>no disponible ese día de la semana (disponible: {detail})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="32"/>
        <source>visit cap reached: {detail}</source>
        <translation>límite de visitas alcanzado: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="33"/>
        <source>a first visit needs notice: {detail}</source>
        <translation>una primera visita requiere aviso previo: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="34"/>
        <source>the window cannot be reached in time from the route</source>
        <translation>no se llega a tiempo a la franja desde la ruta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="35"/>
        <source>lower priority than the visits planned; no time left in the day</source>
        <translation>menos prioritario que las visitas planificadas; no queda tiempo en el día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="36"/>
        <source>Oversight: remind, make paying easy, fix an exact date and amount today.</source>
        <translation>Descuido: recuerde el pago, facilítelo y fije hoy una fecha y un importe exactos.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="37"/>
        <source>Hardship: offer a payment plan with affordable installments; discuss forbearance options.</source>
        <translation>Dificultades: ofrezca un plan de pagos con plazos asumibles; hable de las opciones de alivio.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="38"/>
        <source>Find out why. If there is a genuine dispute, record it and stop collection until it is resolved; otherwise state the lawful next steps clearly and calmly.</source>
        <translation>Averigüe el motivo. Si hay una disputa real, regístrela y detenga el cobro hasta que se resuelva; si no, explique con calma y claridad los siguientes pasos legales.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="39"/>
        <source>Hardest case: listen, defuse any dispute, try a small plan; if nothing is possible, explain calmly that the account will follow the lender&apos;s formal process.</source>
        <translation>El caso más difícil: escuche, calme cualquier disputa, pruebe un plan pequeño; si nada es posible, explique con calma que la cuenta seguirá el proceso formal del acreedor.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="40"/>
        <source>Early stage: service tone — a reminder, helpful and brief.</source>
        <translation>Fase temprana: tono de servicio — un recordatorio útil y breve.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="41"/>
        <source>Later stage: firm and factual — negotiate, and state the lawful consequences plainly.</source>
        <translation>Fase avanzada: firme y objetivo — negocie y explique con claridad las consecuencias legales.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="42"/>
        <source>A short payment holiday (agree the restart date)</source>
        <translation>Una breve pausa en los pagos (acuerde la fecha de reanudación)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="43"/>
        <source>Reduced installments for a set period</source>
        <translation>Plazos reducidos durante un tiempo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="44"/>
        <source>Ask the lender to freeze interest and charges</source>
        <translation>Pedir al acreedor que congele intereses y comisiones</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="45"/>
        <source>Point to free debt advice services</source>
        <translation>Indicar servicios gratuitos de asesoramiento de deudas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="46"/>
        <source>{days} days past due ({bucket})</source>
        <translation>{days} días de atraso ({bucket})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="47"/>
        <source>No clear signal: treat as willing and make paying easy</source>
        <translation>Sin señales claras: trátelo como dispuesto y facilite el pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="48"/>
        <source>Offer: pay in full, first payment {amount} {currency} on {date}.</source>
        <translation>Oferta: pago total, {amount} {currency} el {date}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="49"/>
        <source>Offer: {n} {frequency} installments, first payment {amount} {currency} on {date}.</source>
        <translation>Oferta: {n} plazos ({frequency}), primer pago {amount} {currency} el {date}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="50"/>
        <source>Introduce yourself and the lender; show your ID card.</source>
        <translation>Preséntese y presente al acreedor; muestre su identificación.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="51"/>
        <source>The account is {days} days overdue with {amount} {currency} outstanding.</source>
        <translation>La cuenta lleva {days} días de atraso con {amount} {currency} pendientes.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="52"/>
        <source>Ask what has made paying difficult, and listen.</source>
        <translation>Pregunte qué le ha dificultado pagar, y escuche.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="53"/>
        <source>Agree an exact date and amount; write the promise down together before you leave.</source>
        <translation>Acuerde una fecha y un importe exactos; anoten juntos la promesa antes de irse.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="54"/>
        <source>Confirm you are speaking with {name} (ask for the name and date of birth) before mentioning the debt.</source>
        <translation>Confirme que habla con {name} (pida nombre y fecha de nacimiento) antes de mencionar la deuda.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="55"/>
        <source>Confirm you are speaking with the borrower (ask for the name and date of birth) before mentioning the debt.</source>
        <translation>Confirme que habla con el titular (pida nombre y fecha de nacimiento) antes de mencionar la deuda.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="56"/>
        <source>If someone else answers: give only your name and a phone number; say nothing about the debt.</source>
        <translation>Si contesta otra persona: deje solo su nombre y un teléfono; no diga nada de la deuda.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="57"/>
        <source>Check the address and the best phone number and times to call.</source>
        <translation>Compruebe la dirección y el mejor teléfono y horario para llamar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="58"/>
        <source>No payment on record</source>
        <translation>Sin pagos registrados</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="59"/>
        <source>{n} broken promise(s)</source>
        <translation>{n} promesa(s) incumplida(s)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="60"/>
        <source>Flagged vulnerable</source>
        <translation>Marcado como vulnerable</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="61"/>
        <source>Notes mention hardship (“{words}”)</source>
        <translation>Las notas mencionan dificultades («{words}»)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="62"/>
        <source>Stated monthly income {amount} {currency}</source>
        <translation>Ingresos mensuales declarados {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="63"/>
        <source>Paid {amount} {currency} within the last 90 days</source>
        <translation>Pagó {amount} {currency} en los últimos 90 días</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="64"/>
        <source>The balance is more than a year of affordable installments</source>
        <translation>El saldo supera un año de plazos asumibles</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="65"/>
        <source>Nothing on record about income or hardship: ask at the door</source>
        <translation>Nada registrado sobre ingresos o dificultades: pregúntelo en la visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="66"/>
        <source>{n} promise(s) kept</source>
        <translation>{n} promesa(s) cumplida(s)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="67"/>
        <source>{n} promise(s) broken</source>
        <translation>{n} promesa(s) incumplida(s)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="68"/>
        <source>{n} refusal(s) on record</source>
        <translation>{n} negativa(s) registrada(s)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="69"/>
        <source>Paid something in the last 60 days</source>
        <translation>Pagó algo en los últimos 60 días</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="70"/>
        <source>More than 90 days past due and no payment in the last 90 days</source>
        <translation>Más de 90 días de atraso y sin pagos en los últimos 90 días</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="71"/>
        <source>Do not press for payment while the dispute is open.</source>
        <translation>No presione para cobrar mientras la disputa esté abierta.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="72"/>
        <source>Workplace contact is not allowed for this borrower.</source>
        <translation>No se permite contactar a este titular en su trabajo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="73"/>
        <source>The borrower disputes the debt: resolve the dispute before collecting.</source>
        <translation>El titular discute la deuda: resuelva la disputa antes de cobrar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="74"/>
        <source>Last payment {date} ({days} days ago), {amount} {currency}</source>
        <translation>Último pago {date} (hace {days} días), {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="75"/>
        <source>Last payment {date} ({days} days ago)</source>
        <translation>Último pago {date} (hace {days} días)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="76"/>
        <source>No business day in the next three days: first payment on {date}, agree it explicitly.</source>
        <translation>Ningún día hábil en los próximos tres días: primer pago el {date}, acuérdelo expresamente.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="77"/>
        <source>{date} is a Sunday or holiday: moved to {moved}.</source>
        <translation>{date} es domingo o festivo: se pasa al {moved}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="78"/>
        <source>Even {n} installments exceed {share} of the stated income: consider forbearance.</source>
        <translation>Incluso {n} plazos superan el {share} de los ingresos declarados: considere medidas de alivio.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="79"/>
        <source>Installments kept within {share} of the stated monthly income ({amount} {currency} per {period}).</source>
        <translation>Plazos dentro del {share} de los ingresos mensuales declarados ({amount} {currency} por {period}).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="80"/>
        <source>The {what} amount must be more than zero.</source>
        <translation>El importe de {what} debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="81"/>
        <source>The {what} amount {amount} has more than two decimals.</source>
        <translation>El importe de {what} {amount} tiene más de dos decimales.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="82"/>
        <source>The agreed plan has no installments.</source>
        <translation>El plan acordado no tiene plazos.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="83"/>
        <source>The visit ends (left_at) before it starts (arrived_at).</source>
        <translation>La visita termina antes de empezar: revise la llegada y la salida.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="84"/>
        <source>The visit lasts more than 12 hours; check arrived_at and left_at.</source>
        <translation>La visita dura más de 12 horas; revise la llegada y la salida.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="85"/>
        <source>The outcome {outcome} needs the debtor in person (person_met: debtor).</source>
        <translation>El resultado «{outcome}» requiere haber hablado con el titular en persona.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="86"/>
        <source>The outcome third_party needs person_met: third_party.</source>
        <translation>El resultado «Habló con otra persona» requiere que la persona contactada sea otra persona.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="87"/>
        <source>A promise_to_pay visit needs the promise: amount, currency and an exact date.</source>
        <translation>Una promesa de pago necesita importe, moneda y una fecha exacta.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="88"/>
        <source>The outcome {outcome} needs the payment received.</source>
        <translation>El resultado «{outcome}» requiere el pago recibido.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="89"/>
        <source>Promises and payments are recorded only with the debtor in person.</source>
        <translation>Las promesas y los pagos solo se registran con el titular en persona.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="90"/>
        <source>Installment {n} of the agreed plan must have a date and an amount.</source>
        <translation>El plazo {n} del plan acordado necesita fecha e importe.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="91"/>
        <source>Installment {n} of the agreed plan is dated before the visit.</source>
        <translation>El plazo {n} del plan acordado tiene fecha anterior a la visita.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="92"/>
        <source>Installment {n} of the agreed plan is not after the one before it.</source>
        <translation>El plazo {n} del plan acordado no es posterior al anterior.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="93"/>
        <source>The promised date is before the visit.</source>
        <translation>La fecha prometida es anterior a la visita.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="94"/>
        <source>A cash payment needs its receipt number.</source>
        <translation>Un pago en efectivo necesita su número de recibo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="95"/>
        <source>Installment {n} of the agreed plan has no valid date (YYYY-MM-DD).</source>
        <translation>El plazo {n} del plan acordado no tiene una fecha válida (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="96"/>
        <source>The promise needs an exact date (YYYY-MM-DD).</source>
        <translation>La promesa necesita una fecha exacta (AAAA-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="97"/>
        <source>An override needs the supervisor&apos;s name (--by).</source>
        <translation>Una excepción necesita el nombre del supervisor (--by).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="98"/>
        <source>An override needs a real reason (--reason, at least a short sentence).</source>
        <translation>Una excepción necesita un motivo real (--reason, al menos una frase corta).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="99"/>
        <source>An override is a supervisor&apos;s decision: ask your office; it reaches this laptop with the next assignment pack.</source>
        <translation>Autorizar una excepción es decisión del supervisor: pídalo a su oficina; llegará a este portátil con el próximo paquete de asignación.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="100"/>
        <source>No case with id {case_id}.</source>
        <translation>No hay ningún expediente {case_id}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="101"/>
        <source>The collector name is empty; give --collector NAME.</source>
        <translation>El nombre del gestor está vacío; indique --collector NOMBRE.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="102"/>
        <source>{lat}, {lon} is not a position on Earth.</source>
        <translation>{lat}, {lon} no es una posición en la Tierra.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="103"/>
        <source>No case with id {shown}; nothing was assigned. Check the ids with &apos;fieldvisit cases list&apos;.</source>
        <translation>No hay expediente {shown}; no se asignó nada. Compruebe los números con &apos;fieldvisit cases list&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="104"/>
        <source>{text} is not a position; write it as LAT,LON, e.g. 40.4168,-3.7038.</source>
        <translation>{text} no es una posición; escríbala como LAT,LON, p. ej. 40.4168,-3.7038.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="105"/>
        <source>The {what} {text} ends before it starts.</source>
        <translation>{what} {text} termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="106"/>
        <source>No collector named {collector}; see &apos;fieldvisit cases list&apos; or assign cases first.</source>
        <translation>No hay ningún gestor llamado {collector}; vea &apos;fieldvisit cases list&apos; o asigne expedientes primero.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="107"/>
        <source>Cannot lock {join}: not an open case of {collector}.</source>
        <translation>No se puede fijar {join}: no es un expediente abierto de {collector}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="108"/>
        <source>{text} is not a {what}; write it as HH:MM-HH:MM, e.g. 09:00-18:00.</source>
        <translation>{text} no es una {what} válida; escríbala como HH:MM-HH:MM, p. ej. 09:00-18:00.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="109"/>
        <source>{name} is not an IANA time zone such as Europe/Madrid.</source>
        <translation>{name} no es una zona horaria IANA como Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="110"/>
        <source>{collector} has no start point; give --start LAT,LON.</source>
        <translation>{collector} no tiene punto de salida; indique --start LAT,LON.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="111"/>
        <source>{item} is not CASE@HH:MM; write e.g. C-1001@14:30.</source>
        <translation>{item} no tiene la forma EXPEDIENTE@HH:MM; escriba p. ej. C-1001@14:30.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="112"/>
        <source>The role must be collector or supervisor.</source>
        <translation>El rol debe ser gestor (collector) o supervisor.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="113"/>
        <source>Give this workspace a name (--name), e.g. the collector&apos;s full name or the office.</source>
        <translation>Dé un nombre a este espacio de trabajo (--name), p. ej. el nombre completo del gestor o de la oficina.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="114"/>
        <source>This workspace has no identity yet; run &apos;fieldvisit keys init --role ROLE --name NAME&apos;.</source>
        <translation>Este espacio de trabajo aún no tiene identidad; ejecute &apos;fieldvisit keys init --role ROL --name NOMBRE&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="115"/>
        <source>This workspace already has an identity ({name}, {role}, {fingerprint}); keys are never replaced silently.</source>
        <translation>Este espacio de trabajo ya tiene identidad ({name}, {role}, {fingerprint}); las claves nunca se sustituyen sin avisar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="116"/>
        <source>This identity file cannot be trusted: {exc}.</source>
        <translation>No se puede confiar en este fichero de identidad: {exc}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="117"/>
        <source>Create this workspace&apos;s identity first (&apos;fieldvisit keys init&apos;).</source>
        <translation>Cree primero la identidad de este espacio de trabajo (&apos;fieldvisit keys init&apos;).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="118"/>
        <source>That is this workspace&apos;s own identity; exchange files with the other side.</source>
        <translation>Esa es la identidad de este mismo espacio de trabajo; intercambie ficheros con la otra parte.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="119"/>
        <source>A {role} trusts {wanted}s, and {name} is a {role2}.</source>
        <translation>Un {role} confía en {wanted}s, y {name} es {role2}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="120"/>
        <source>No trusted peer has the fingerprint {fingerprint}; see &apos;fieldvisit keys list&apos;.</source>
        <translation>Ninguna identidad de confianza tiene la huella {fingerprint}; vea &apos;fieldvisit keys list&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="121"/>
        <source>{file_name} has no case_id column (headers found: {found}); add one or name it with --mapping.</source>
        <translation>{file_name} no tiene columna de expediente (cabeceras: {found}); añádala o indíquela con --mapping.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="122"/>
        <source>The mapping is wrong: {exc}.</source>
        <translation>La correspondencia de columnas es incorrecta: {exc}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="123"/>
        <source>No plan{who} on {isoformat}; run &apos;fieldvisit plan --date {isoformat}&apos; first.</source>
        <translation>No hay plan{who} el {isoformat}; ejecute primero &apos;fieldvisit plan --date {isoformat}&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="124"/>
        <source>Several collectors have plans on {isoformat} ({names}); choose one with --collector.</source>
        <translation>Varios gestores tienen plan el {isoformat} ({names}); elija uno con --collector.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="125"/>
        <source>No case with id {case_id}; check it with &apos;fieldvisit cases list&apos;.</source>
        <translation>No hay expediente {case_id}; compruébelo con &apos;fieldvisit cases list&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="126"/>
        <source>Case {case_id} has nothing outstanding; no preparation sheet is needed.</source>
        <translation>El expediente {case_id} no tiene nada pendiente; no hace falta hoja de preparación.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="127"/>
        <source>No plan on {isoformat}; run &apos;fieldvisit plan --date {isoformat}&apos; first.</source>
        <translation>No hay plan el {isoformat}; ejecute primero &apos;fieldvisit plan --date {isoformat}&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="128"/>
        <source>Several collectors have plans that day; choose one with --collector.</source>
        <translation>Varios gestores tienen plan ese día; elija uno con --collector.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="129"/>
        <source>The holidays setting has {strip}, which is not a YYYY-MM-DD date.</source>
        <translation>La lista de festivos contiene {strip}, que no es una fecha AAAA-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="130"/>
        <source>The period ends ({end}) before it starts ({start}); swap --from and --to.</source>
        <translation>El periodo termina ({end}) antes de empezar ({start}); intercambie --from y --to.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="131"/>
        <source>No visit {visit_id} in this workspace.</source>
        <translation>No hay ninguna visita {visit_id} en este espacio de trabajo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="132"/>
        <source>The travel mode must be one of {join}.</source>
        <translation>El medio de transporte debe ser uno de {join}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="133"/>
        <source>The time per visit must be between 1 and 240 minutes.</source>
        <translation>El tiempo por visita debe estar entre 1 y 240 minutos.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="134"/>
        <source>The shift {shift} must look like 09:00-18:00 and end after it starts.</source>
        <translation>La jornada {shift} debe tener la forma 09:00-18:00 y terminar después de empezar.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="135"/>
        <source>The country must be a two-letter code such as ES, CN or MX.</source>
        <translation>El país debe ser un código de dos letras como ES, CN o MX.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="136"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>La moneda debe ser un código de tres letras como EUR.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="137"/>
        <source>The language must be English (en), Spanish (es) or Simplified Chinese (zh_CN).</source>
        <translation>El idioma debe ser inglés (en), español (es) o chino simplificado (zh_CN).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="138"/>
        <source>That file is not a FieldVisit settings file.</source>
        <translation>Ese fichero no es un fichero de preferencias de FieldVisit.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="139"/>
        <source>There is no travel mode {mode}; use one of {join}.</source>
        <translation>No existe el medio de transporte {mode}; use uno de {join}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="140"/>
        <source>The speed for {mode} ({kmh} km/h) must be between 1 and 150 km/h.</source>
        <translation>La velocidad para {mode} ({kmh} km/h) debe estar entre 1 y 150 km/h.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="141"/>
        <source>The time per visit must be a whole number of minutes.</source>
        <translation>El tiempo por visita debe ser un número entero de minutos.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="142"/>
        <source>The speed for {mode} must be a number of km/h.</source>
        <translation>La velocidad para {mode} debe ser un número de km/h.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="143"/>
        <source>{timezone} is not a time zone name such as Europe/Madrid.</source>
        <translation>{timezone} no es un nombre de zona horaria como Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="144"/>
        <source>{name} cannot be imported: {exc}. Nothing was imported.{hint}</source>
        <translation>{name} no se puede importar: {exc}. No se importó nada.{hint}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="145"/>
        <source>Only a {role} workspace can do this; this one belongs to {name}, a {role2}.</source>
        <translation>Solo un espacio de trabajo de {role} puede hacer esto; este pertenece a {name}, {role2}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="146"/>
        <source>The review status must be one of {join}.</source>
        <translation>El estado de revisión debe ser uno de {join}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="147"/>
        <source>Say what is wrong in a comment; the collector reads it in the next pack.</source>
        <translation>Explique el problema en un comentario; el gestor lo leerá en el próximo paquete.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="148"/>
        <source>No enrolled collector named {collector}; enroll their identity file with &apos;fieldvisit keys trust FILE&apos; (the name must match the collector&apos;s).</source>
        <translation>No hay ningún gestor dado de alta llamado {collector}; dé de alta su fichero de identidad con &apos;fieldvisit keys trust FICHERO&apos; (el nombre debe coincidir con el del gestor).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="149"/>
        <source>{name} (pack {seq} of {created}) is older than a pack already imported; nothing was imported. Import the newest pack instead.</source>
        <translation>{name} (paquete {seq} del {created}) es más antiguo que uno ya importado; no se importó nada. Importe el paquete más reciente.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="150"/>
        <source>No supervisor is trusted yet; import your office&apos;s identity file with &apos;fieldvisit keys trust FILE&apos; first.</source>
        <translation>Aún no confía en ningún supervisor; importe primero el fichero de identidad de su oficina con &apos;fieldvisit keys trust FICHERO&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="151"/>
        <source>{name} cannot be imported: {exc}. Nothing was imported.</source>
        <translation>{name} no se puede importar: {exc}. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="152"/>
        <source>{name} could not be imported: other imports kept writing the same visits; try again.</source>
        <translation>{name} no se pudo importar: otras importaciones escribían las mismas visitas; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="153"/>
        <source>The sync folder {root} cannot be reached now; nothing was exchanged. Your work stays on this computer; try again when the share is connected.</source>
        <translation>No se puede acceder ahora a la carpeta de sincronización {root}; no se intercambió nada. Su trabajo sigue en este ordenador; inténtelo cuando la carpeta compartida esté conectada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="154"/>
        <source>The folder {folder} does not exist (or is not reachable now); create it or mount the share first.</source>
        <translation>La carpeta {folder} no existe (o no está accesible ahora); créela o conecte primero la carpeta compartida.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="155"/>
        <source>This workspace has no identity yet; run &apos;fieldvisit keys init&apos; first.</source>
        <translation>Este espacio de trabajo aún no tiene identidad; ejecute primero &apos;fieldvisit keys init&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="156"/>
        <source>Visit {n}: {problem}</source>
        <translation>Visita {n}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="157"/>
        <source>the case was blocked from visits ({flags})</source>
        <translation>el expediente tenía bloqueadas las visitas ({flags})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="158"/>
        <source>vulnerable customer: visits are not allowed under {rules}</source>
        <translation>cliente vulnerable: no se permiten visitas según {rules}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="159"/>
        <source>no reason given for the exception</source>
        <translation>no se indicó el motivo de la excepción</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="160"/>
        <source>No visit {visit_id}.</source>
        <translation>No existe la visita {visit_id}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="161"/>
        <source>Visit {visit_id} was already corrected by {newer}; correct the newest version.</source>
        <translation>La visita {visit_id} ya fue corregida por {newer}; corrija la versión más reciente.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="162"/>
        <source>outside lawful contact hours ({start}–{end} {zone} under {rules}): {arrived}–{left}</source>
        <translation>fuera del horario legal de contacto ({start}–{end} {zone} según {rules}): {arrived}–{left}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="163"/>
        <source>outside lawful contact hours ({start}–{end} {zone}): {arrived}–{left}</source>
        <translation>fuera del horario legal de contacto ({start}–{end} {zone}): {arrived}–{left}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="164"/>
        <source>beyond the visit cap ({n} per {days} days)</source>
        <translation>por encima del límite de visitas ({n} cada {days} días)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="165"/>
        <source>third-party contact number {n} (at most {most} under {rules})</source>
        <translation>contacto con terceros número {n} (como máximo {most} según {rules})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="166"/>
        <source>No case with id {get}.</source>
        <translation>No hay ningún expediente {get}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="167"/>
        <source>No case with id {case_id}; nothing was recorded.</source>
        <translation>No hay expediente {case_id}; no se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="168"/>
        <source>visit {visit_id} appears twice in the file; nothing was recorded.</source>
        <translation>la visita {visit_id} aparece dos veces en el fichero; no se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="169"/>
        <source>visit {visit_id} was already recorded with different content; a correction is a new visit that names it in &apos;replaces&apos;. Nothing was recorded.</source>
        <translation>la visita {visit_id} ya se registró con otro contenido; una corrección es una visita nueva que la cita en &apos;replaces&apos;. No se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="170"/>
        <source>{exc} Nothing was recorded.</source>
        <translation>{exc} No se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="171"/>
        <source>the visit it replaces ({replaces}) is not recorded; nothing was recorded.</source>
        <translation>la visita que sustituye ({replaces}) no está registrada; no se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="172"/>
        <source>a correction must stay on case {case_id}; nothing was recorded.</source>
        <translation>una corrección debe quedarse en el expediente {case_id}; no se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="173"/>
        <source>visit {replaces} was already corrected by {newer}; correct the newest version. Nothing was recorded.</source>
        <translation>la visita {replaces} ya fue corregida por {newer}; corrija la versión más reciente. No se registró nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="174"/>
        <source>dispute</source>
        <translation>disputa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="175"/>
        <source>possibly_intentional</source>
        <translation>posiblemente intencionado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="176"/>
        <source>oversight</source>
        <translation>descuido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="177"/>
        <source>unclear</source>
        <translation>no está claro</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="178"/>
        <source>able</source>
        <translation>puede pagar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="179"/>
        <source>unable</source>
        <translation>no puede pagar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="180"/>
        <source>unknown</source>
        <translation>se desconoce</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="181"/>
        <source>willing</source>
        <translation>dispuesto</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="182"/>
        <source>unwilling</source>
        <translation>no dispuesto</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="183"/>
        <source>able_willing</source>
        <translation>puede_quiere</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="184"/>
        <source>able_unwilling</source>
        <translation>puede_no quiere</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="185"/>
        <source>unable_willing</source>
        <translation>no puede_quiere</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="186"/>
        <source>unable_unwilling</source>
        <translation>no puede_no quiere</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="187"/>
        <source>monthly</source>
        <translation>mensuales</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="188"/>
        <source>weekly</source>
        <translation>semanales</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="189"/>
        <source>fortnightly</source>
        <translation>quincenales</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="190"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="191"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="192"/>
        <source>fortnight</source>
        <translation>quincena</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="193"/>
        <source>promise</source>
        <translation>la promesa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="194"/>
        <source>payment</source>
        <translation>el pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="195"/>
        <source>promise_to_pay</source>
        <translation>promesa de pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="196"/>
        <source>paid_in_full</source>
        <translation>pagó todo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="197"/>
        <source>partial_payment</source>
        <translation>pago parcial</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="198"/>
        <source>settled</source>
        <translation>acuerdo de quita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="199"/>
        <source>refused</source>
        <translation>se negó a pagar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="200"/>
        <source>hardship</source>
        <translation>dificultades</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="201"/>
        <source>rpc</source>
        <translation>contacto con el titular</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/operation.py" line="25"/>
        <source>Cancelled; nothing was changed.</source>
        <extracomment>What a cancelled or crashed operation says (translated through ``localize``).</extracomment>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/operation.py" line="26"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/operation.py" line="27"/>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>Error inesperado: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>PrepDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="19"/>
        <source>Preparation — {}</source>
        <translation>Preparación — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="24"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="25"/>
        <source>Record visit with this proposal</source>
        <translation>Registrar visita con esta propuesta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="38"/>
        <source>Save preparation sheet</source>
        <translation>Guardar hoja de preparación</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="39"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrepSheet</name>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="49"/>
        <source>Case {case}</source>
        <translation>Expediente {case}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="50"/>
        <source>{n} days past due</source>
        <translation>{n} días de atraso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="55"/>
        <source>Visit at {time}</source>
        <translation>Visita a las {time}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="57"/>
        <source>window {start}–{end}</source>
        <translation>franja {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="60"/>
        <source>Confirm at the door</source>
        <translation>Confirmar en la puerta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="62"/>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="62"/>
        <source>Ability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="63"/>
        <source>Willingness</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="66"/>
        <source>Quadrant</source>
        <translation>Cuadrante</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="71"/>
        <source>Pay in full</source>
        <translation>Pago total</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="72"/>
        <source>{n} instalments ({frequency})</source>
        <translation>{n} plazos ({frequency})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="73"/>
        <source>Repayment proposal</source>
        <translation>Propuesta de pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="73"/>
        <source>total {amount}</source>
        <translation>total {amount}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="74"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="74"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="79"/>
        <source>Forbearance options:</source>
        <translation>Opciones de alivio:</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="81"/>
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
    <name>Report</name>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="14"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="14"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="14"/>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="14"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="14"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="15"/>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="15"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="15"/>
        <source>Met</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="15"/>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="16"/>
        <source>Promised for</source>
        <translation>Prometido para</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="16"/>
        <source>Promise</source>
        <translation>Promesa</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="16"/>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="17"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="17"/>
        <source>Compliance exceptions</source>
        <translation>Excepciones de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="17"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Review comment</source>
        <translation>Comentario de revisión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Promises</source>
        <translation>Promesas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Kept</source>
        <translation>Cumplidas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Broken</source>
        <translation>Incumplidas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Amount promised</source>
        <translation>Importe prometido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Amount collected</source>
        <translation>Importe cobrado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Has issues</source>
        <translation>Con incidencias</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="58"/>
        <source>Average speed door to door</source>
        <translation>Velocidad media puerta a puerta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="60"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="72"/>
        <source>e.g. ES, CN, MX</source>
        <translation>p. ej. ES, CN, MX</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="73"/>
        <source>e.g. EUR</source>
        <translation>p. ej. EUR</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="74"/>
        <source>system time zone</source>
        <translation>zona horaria del sistema</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="75"/>
        <source>the rule sets shipped with FieldVisit</source>
        <translation>las normas incluidas en FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="76"/>
        <source>none: plain background offline</source>
        <translation>ninguno: fondo liso sin conexión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="77"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="79"/>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="84"/>
        <source>Travel mode</source>
        <translation>Medio de transporte</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="85"/>
        <source>Time per visit</source>
        <translation>Tiempo por visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="86"/>
        <source>Shift</source>
        <translation>Jornada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="87"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="88"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="89"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="90"/>
        <source>Rule sets file</source>
        <translation>Fichero de normas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="91"/>
        <source>Rule sets (*.json)</source>
        <translation>Normas (*.json)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="92"/>
        <source>Tile pack</source>
        <translation>Paquete de mapas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="93"/>
        <source>Tile packs (*.mbtiles)</source>
        <translation>Paquetes de mapas (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="94"/>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="95"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="100"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="101"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="102"/>
        <source>Write these settings to a file for your collectors (without this computer&apos;s paths)</source>
        <translation>Guardar estas preferencias en un fichero para sus gestores (sin las rutas de este ordenador)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="150"/>
        <source>The sync folder does not exist (or is not reachable now).</source>
        <translation>La carpeta de sincronización no existe (o no está accesible ahora).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="160"/>
        <source>The rule sets file cannot be used: {}</source>
        <translation>No se puede usar el fichero de normas: {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="173"/>
        <source>Export settings</source>
        <translation>Exportar preferencias</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="174"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="182"/>
        <source>Settings (*.json)</source>
        <translation>Preferencias (*.json)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="182"/>
        <source>Import settings</source>
        <translation>Importar preferencias</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="189"/>
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
        <location filename="../../fieldvisit/ui/settings_help.py" line="25"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="26"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="29"/>
        <source>&amp;About FieldVisit</source>
        <translation>&amp;Acerca de FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="48"/>
        <source>Tile pack refused</source>
        <translation>Paquete de mapas rechazado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="50"/>
        <source>Settings saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="52"/>
        <source>The new language applies when FieldVisit starts again.</source>
        <translation>El nuevo idioma se aplicará al volver a abrir FieldVisit.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="64"/>
        <source>Double-click</source>
        <translation>Doble clic</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="64"/>
        <source>Preparation sheet (table) / record the visit (timeline)</source>
        <translation>Hoja de preparación (tabla) / registrar la visita (agenda)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="65"/>
        <source>Lock the selected stop at its time</source>
        <translation>Fijar la parada seleccionada a su hora</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="65"/>
        <source>Take the stop out of the day</source>
        <translation>Quitar la parada del día</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="66"/>
        <source>Drag</source>
        <translation>Arrastrar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="66"/>
        <source>Reorder the timeline; move a marker on the map to the door</source>
        <translation>Reordenar la agenda; mover un marcador del mapa hasta la puerta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="67"/>
        <source>Approve the visit (supervisor desk) / finalize the visit form</source>
        <translation>Aprobar la visita (mesa del supervisor) / finalizar el formulario</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="80"/>
        <source>About FieldVisit</source>
        <translation>Acerca de FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="81"/>
        <source>FieldVisit {version}: offline day plans, preparation sheets and visit records for visiting collectors.
Workspace: {url}</source>
        <translation>FieldVisit {version}: planes del día, hojas de preparación y registro de visitas sin conexión para gestores de campo.
Espacio de trabajo: {url}</translation>
    </message>
</context>
<context>
    <name>SupervisorDesk</name>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="43"/>
        <source>Supervisor desk</source>
        <translation>Mesa del supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="45"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="45"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="46"/>
        <source>Has issues</source>
        <translation>Con incidencias</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="46"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="53"/>
        <source>Only not reviewed</source>
        <translation>Solo sin revisar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="54"/>
        <source>Import visit reports…</source>
        <translation>Importar informes de visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="57"/>
        <source>Team report…</source>
        <translation>Informe del equipo…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="60"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="60"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="61"/>
        <location filename="../../fieldvisit/ui/desk.py" line="71"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="71"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="71"/>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="72"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="72"/>
        <location filename="../../fieldvisit/ui/desk.py" line="211"/>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="72"/>
        <location filename="../../fieldvisit/ui/desk.py" line="212"/>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="73"/>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="73"/>
        <location filename="../../fieldvisit/ui/desk.py" line="127"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="82"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="84"/>
        <source>Approve (Ctrl+Enter)</source>
        <translation>Aprobar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="85"/>
        <source>Has &amp;issues…</source>
        <translation>Con &amp;incidencias…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="86"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="128"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="153"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="186"/>
        <source>{visits} visits · {contacts} contacts · {promises} promises ({kept} kept, {broken} broken) · {promised} promised · {collected} collected · {exceptions} compliance exceptions · {unreviewed} not reviewed</source>
        <translation>{visits} visitas · {contacts} contactos · {promises} promesas ({kept} cumplidas, {broken} incumplidas) · {promised} prometido · {collected} cobrado · {exceptions} excepciones de cumplimiento · {unreviewed} sin revisar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="210"/>
        <source>Promised and collected per collector</source>
        <translation>Prometido y cobrado por gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="214"/>
        <source>Review status per collector</source>
        <translation>Estado de revisión por gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="218"/>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="291"/>
        <source>Compliance exceptions</source>
        <translation>Excepciones de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="297"/>
        <source>Pay in full</source>
        <translation>Pago total</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="297"/>
        <source>Instalments</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="299"/>
        <source>, {n} instalments ({f})</source>
        <translation>, {n} plazos ({f})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="318"/>
        <source>What should the collector fix or know? They read this with their next pack.</source>
        <translation>¿Qué debe corregir o saber el gestor? Lo leerá con su próximo paquete.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="338"/>
        <source>Import visit reports</source>
        <translation>Importar informes de visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="339"/>
        <source>Visit-report bundles (*.fvbundle);;All files (*)</source>
        <translation>Paquetes de informes (*.fvbundle);;Todos los ficheros (*)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="352"/>
        <source>{imported} visits imported · {duplicates} already here · {conflicts} conflicts · {rejected} rejected</source>
        <translation>{imported} visitas importadas · {duplicates} ya estaban · {conflicts} conflictos · {rejected} rechazadas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="357"/>
        <source>Bundles missing from {who}: {seqs}</source>
        <translation>Faltan paquetes de {who}: {seqs}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="359"/>
        <source>Visit reports imported</source>
        <translation>Informes de visita importados</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="369"/>
        <source>Stopped. Bundles imported before you cancelled stay imported; import the rest again later (nothing is imported twice).</source>
        <translation>Detenido. Los paquetes importados antes de cancelar se quedan; importe el resto más tarde (nada se importa dos veces).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="371"/>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="374"/>
        <source>Importing visit reports…</source>
        <translation>Importando informes de visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="379"/>
        <source>Team report</source>
        <translation>Informe del equipo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="380"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="391"/>
        <source>FieldVisit team report</source>
        <translation>Informe del equipo de FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="395"/>
        <source>Report not written</source>
        <translation>No se pudo guardar el informe</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="30"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="42"/>
        <source>No identity yet: run &apos;fieldvisit keys init&apos;</source>
        <translation>Aún sin identidad: ejecute &apos;fieldvisit keys init&apos;</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="46"/>
        <source>&amp;Import assignment pack…</source>
        <translation>&amp;Importar paquete de asignación…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="47"/>
        <source>Cases, recalls, payments and review comments from the office</source>
        <translation>Expedientes, retiradas, pagos y comentarios de revisión de la oficina</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="48"/>
        <source>&amp;Export visit reports…</source>
        <translation>&amp;Exportar informes de visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="49"/>
        <source>Every finalized visit the office has not acknowledged yet (drafts stay here)</source>
        <translation>Todas las visitas finalizadas que la oficina aún no ha confirmado (los borradores se quedan aquí)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="50"/>
        <source>Office &amp;reviews…</source>
        <translation>&amp;Revisiones de la oficina…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="51"/>
        <source>Comments of your supervisor on your visits</source>
        <translation>Comentarios de su supervisor sobre sus visitas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="53"/>
        <source>Supervisor &amp;desk…</source>
        <translation>&amp;Mesa del supervisor…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="54"/>
        <source>Import, review and dashboard of the team&apos;s visits</source>
        <translation>Importación, revisión y panel de las visitas del equipo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="55"/>
        <source>&amp;Import visit reports…</source>
        <translation>&amp;Importar informes de visita…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="56"/>
        <source>&amp;Export assignment pack…</source>
        <translation>&amp;Exportar paquete de asignación…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="57"/>
        <source>A collector&apos;s cases, recalls and your review comments, for their laptop</source>
        <translation>Los expedientes de un gestor, las retiradas y sus comentarios, para su portátil</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="59"/>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="59"/>
        <source>Exchange files through the sync folder</source>
        <translation>Intercambiar ficheros por la carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="60"/>
        <source>Set sync &amp;folder…</source>
        <translation>Elegir carpeta de &amp;sincronización…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="68"/>
        <source>Import assignment pack</source>
        <translation>Importar paquete de asignación</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="69"/>
        <source>Assignment packs (*.fvpack);;All files (*)</source>
        <translation>Paquetes de asignación (*.fvpack);;Todos los ficheros (*)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="78"/>
        <source>Pack refused</source>
        <translation>Paquete rechazado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="82"/>
        <source>This pack was already imported.</source>
        <translation>Este paquete ya se había importado.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="83"/>
        <source>Pack {seq}: {cases} cases, {recalled} recalled, {reviews} review comments, {acknowledged} visits acknowledged.</source>
        <translation>Paquete {seq}: {cases} expedientes, {recalled} retirados, {reviews} comentarios, {acknowledged} visitas confirmadas.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="91"/>
        <source>Export visit reports</source>
        <translation>Exportar informes de visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="92"/>
        <source>Visit-report bundles (*.fvbundle)</source>
        <translation>Paquetes de informes (*.fvbundle)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="103"/>
        <source>Visit reports not exported</source>
        <translation>Informes de visita no exportados</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="105"/>
        <source>{n} visits written to {path}; they are sent again until the office acknowledges them.</source>
        <translation>{n} visitas guardadas en {path}; se reenviarán hasta que la oficina las confirme.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="117"/>
        <source>Office reviews</source>
        <translation>Revisiones de la oficina</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="120"/>
        <source>Has issues</source>
        <translation>Con incidencias</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="120"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="125"/>
        <source>Double-click: correct this visit (a new version is sent to the office)</source>
        <translation>Doble clic: corregir esta visita (se envía una versión nueva a la oficina)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="128"/>
        <source>No open comments from the office.</source>
        <translation>No hay comentarios pendientes de la oficina.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="167"/>
        <source>No collector enrolled</source>
        <translation>Ningún gestor dado de alta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="168"/>
        <source>Enroll a collector first: &apos;fieldvisit keys trust THEIR-IDENTITY.json&apos;.</source>
        <translation>Dé de alta primero a un gestor: &apos;fieldvisit keys trust SU-IDENTIDAD.json&apos;.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="171"/>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="176"/>
        <source>Export assignment pack</source>
        <translation>Exportar paquete de asignación</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="171"/>
        <source>Collector</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="177"/>
        <source>Assignment packs (*.fvpack)</source>
        <translation>Paquetes de asignación (*.fvpack)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="188"/>
        <source>Pack not exported</source>
        <translation>Paquete no exportado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="190"/>
        <source>Pack {seq} for {who}: {cases} cases, {recalled} recalled → {path}</source>
        <translation>Paquete {seq} para {who}: {cases} expedientes, {recalled} retirados → {path}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="199"/>
        <source>Sync folder (a shared or synced folder)</source>
        <translation>Carpeta de sincronización (compartida o sincronizada)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="205"/>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="233"/>
        <source>Some files were not imported</source>
        <translation>Algunos ficheros no se importaron</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="238"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="30"/>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="57"/>
        <source>Select a case first (table, timeline or map).</source>
        <translation>Seleccione primero un expediente (tabla, agenda o mapa).</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="43"/>
        <source>No visit recorded for {} yet.</source>
        <translation>Aún no hay visitas registradas para {}.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="48"/>
        <source>Cannot correct</source>
        <translation>No se puede corregir</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="62"/>
        <source>No preparation sheet</source>
        <translation>Sin hoja de preparación</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="70"/>
        <source>Visit recorded.</source>
        <translation>Visita registrada.</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="84"/>
        <source>Unfinished visits</source>
        <translation>Visitas sin terminar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="85"/>
        <source>{n} visit draft(s) were saved but not finalized. Open them now?</source>
        <translation>Hay {n} borradores de visita guardados sin finalizar. ¿Abrirlos ahora?</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="28"/>
        <source>Met the borrower (RPC)</source>
        <translation>Contacto con el titular (RPC)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="28"/>
        <source>Spoke to someone else</source>
        <translation>Habló con otra persona</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="28"/>
        <source>Not home / door locked</source>
        <translation>No estaba / puerta cerrada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="29"/>
        <source>Address not found</source>
        <translation>Dirección no encontrada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="29"/>
        <source>Moved (needs tracing)</source>
        <translation>Se mudó (hay que localizarlo)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="29"/>
        <location filename="../../fieldvisit/ui/visit_form.py" line="73"/>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="30"/>
        <source>Paid in full</source>
        <translation>Pagó todo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="30"/>
        <source>Partial payment</source>
        <translation>Pago parcial</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="30"/>
        <source>Settled</source>
        <translation>Acuerdo de quita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="31"/>
        <source>Refused to pay</source>
        <translation>Se negó a pagar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="31"/>
        <source>Dispute raised</source>
        <translation>Deuda discutida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="31"/>
        <source>Hardship / vulnerable</source>
        <translation>Dificultades / vulnerable</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="32"/>
        <source>Revisit requested</source>
        <translation>Pidió otra visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="32"/>
        <source>Deceased</source>
        <translation>Fallecido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="32"/>
        <source>Bankrupt</source>
        <translation>En concurso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="32"/>
        <source>Has a lawyer</source>
        <translation>Tiene abogado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="33"/>
        <source>Asked us to stop contact</source>
        <translation>Pidió que no le contactemos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="35"/>
        <source>Revisit</source>
        <translation>Volver a visitar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="35"/>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="36"/>
        <source>Wait for the payment</source>
        <translation>Esperar el pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="37"/>
        <source>Set up a payment plan</source>
        <translation>Preparar un plan de pagos</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="38"/>
        <source>Supervisor review</source>
        <translation>Revisión del supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="39"/>
        <source>Trace a new address</source>
        <translation>Buscar nueva dirección</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="39"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="40"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="40"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="41"/>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="41"/>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="42"/>
        <source>Mobile payment</source>
        <translation>Pago móvil</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="42"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="56"/>
        <source>Correct visit</source>
        <translation>Corregir visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="56"/>
        <source>Record visit</source>
        <translation>Registrar visita</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="67"/>
        <source>The borrower</source>
        <translation>El titular</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="67"/>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="68"/>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="79"/>
        <location filename="../../fieldvisit/ui/visit_form.py" line="88"/>
        <source>Amount ({})</source>
        <translation>Importe ({})</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="80"/>
        <source>Exact date</source>
        <translation>Fecha exacta</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="81"/>
        <source>Payment received</source>
        <translation>Pago recibido</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="86"/>
        <source>receipt number</source>
        <translation>número de recibo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="89"/>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="90"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="94"/>
        <source>Agreed repayment plan</source>
        <translation>Plan de pagos acordado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="98"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="98"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="102"/>
        <source>Add installment</source>
        <translation>Añadir plazo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="104"/>
        <source>Remove installment</source>
        <translation>Quitar plazo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="114"/>
        <source>What was said, what was agreed (no debt details for anyone but the borrower)</source>
        <translation>Qué se dijo y qué se acordó (ningún detalle de la deuda para nadie salvo el titular)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="118"/>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="122"/>
        <source>Why, if this visit is outside the rules</source>
        <translation>Motivo, si esta visita está fuera de las normas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="130"/>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="131"/>
        <source>Left</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="132"/>
        <source>Person met</source>
        <translation>Persona contactada</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="133"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="137"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="138"/>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="140"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="142"/>
        <source>Finalize</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="143"/>
        <source>Record the visit (Ctrl+Return); it cannot be edited afterwards</source>
        <translation>Registrar la visita (Ctrl+Intro); después no se puede editar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="144"/>
        <source>Save draft and close</source>
        <translation>Guardar borrador y cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="145"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="274"/>
        <source>Draft saved {}</source>
        <translation>Borrador guardado {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="288"/>
        <source>This visit is outside the conduct rules ({}); write the reason before finalizing.</source>
        <translation>Esta visita está fuera de las normas de conducta ({}); escriba el motivo antes de finalizar.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="37"/>
        <source>Move {}</source>
        <translation>Mover {}</translation>
    </message>
</context>
</TS>
