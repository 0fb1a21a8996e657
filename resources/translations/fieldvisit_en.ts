<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ImportActions</name>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="69"/>
        <source>%n rows: {imported} imported, {updated} updated, {rejected} rejected.</source>
        <translation>
            <numerusform>%n row: {imported} imported, {updated} updated, {rejected} rejected.</numerusform>
            <numerusform>%n rows: {imported} imported, {updated} updated, {rejected} rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="75"/>
        <source>%n cases unchanged: the file gives them as they are stored.</source>
        <translation>
            <numerusform>%n case unchanged: the file gives it as it is stored.</numerusform>
            <numerusform>%n cases unchanged: the file gives them as they are stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="89"/>
        <source>%n cases moved to another address: their coordinates are cleared and wait for geocoding.</source>
        <translation>
            <numerusform>%n case moved to another address: its coordinates are cleared and wait for geocoding.</numerusform>
            <numerusform>%n cases moved to another address: their coordinates are cleared and wait for geocoding.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="92"/>
        <source>%n cases keep the position pinned by hand on the map.</source>
        <translation>
            <numerusform>%n case keeps the position pinned by hand on the map.</numerusform>
            <numerusform>%n cases keep the position pinned by hand on the map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="96"/>
        <source>%n appointment texts could not be read for sure: File → Review appointment texts (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n appointment text could not be read for sure: File → Review appointment texts (Ctrl+Shift+A).</numerusform>
            <numerusform>%n appointment texts could not be read for sure: File → Review appointment texts (Ctrl+Shift+A).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="100"/>
        <source>%n cases are held (not visited) until you say what their condition columns mean: File → Review imported values (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n case is held (not visited) until you say what its condition columns mean: File → Review imported values (Ctrl+Shift+A).</numerusform>
            <numerusform>%n cases are held (not visited) until you say what their condition columns mean: File → Review imported values (Ctrl+Shift+A).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="103"/>
        <source>%n values wait in File → Review imported values (Ctrl+Shift+A): {first}</source>
        <translation>
            <numerusform>%n value waits in File → Review imported values (Ctrl+Shift+A): {first}</numerusform>
            <numerusform>%n values wait in File → Review imported values (Ctrl+Shift+A): {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="115"/>
        <source>%n appointment times were kept to the lawful visiting hours: {first}</source>
        <translation>
            <numerusform>%n appointment time was kept to the lawful visiting hours: {first}</numerusform>
            <numerusform>%n appointment times were kept to the lawful visiting hours: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="118"/>
        <source>%n cases are in a state with two time zones and were placed in its main one: {first}</source>
        <translation>
            <numerusform>%n case is in a state with two time zones and was placed in its main one: {first}</numerusform>
            <numerusform>%n cases are in a state with two time zones and were placed in its main one: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="121"/>
        <source>%n cases keep their stored appointment: the file&apos;s appointment cell is blank (see Show Details).</source>
        <translation>
            <numerusform>%n case keeps its stored appointment: the file&apos;s appointment cell is blank (see Show Details).</numerusform>
            <numerusform>%n cases keep their stored appointment: the file&apos;s appointment cell is blank (see Show Details).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="124"/>
        <source>%n notes (see Show Details): {first}</source>
        <translation>
            <numerusform>%n note (see Show Details): {first}</numerusform>
            <numerusform>%n notes (see Show Details): {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="138"/>
        <source>%n rows skipped: totals or notes, not cases.</source>
        <translation>
            <numerusform>%n row skipped: a total or a note, not a case.</numerusform>
            <numerusform>%n rows skipped: totals or notes, not cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapActions</name>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/map_actions.py" line="78"/>
        <source>%n found far outside their country were not stored: File → Review imported values (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n found far outside its country was not stored: File → Review imported values (Ctrl+Shift+A).</numerusform>
            <numerusform>%n found far outside their country were not stored: File → Review imported values (Ctrl+Shift+A).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/planner_panel.py" line="216"/>
        <source>%n visits are already recorded on this day. Re-plan from here keeps them and plans the rest of the day; Replace plans the whole day again (the recorded visits are kept either way).</source>
        <translation>
            <numerusform>%n visit is already recorded on this day. Re-plan from here keeps it and plans the rest of the day; Replace plans the whole day again (the recorded visit is kept either way).</numerusform>
            <numerusform>%n visits are already recorded on this day. Re-plan from here keeps them and plans the rest of the day; Replace plans the whole day again (the recorded visits are kept either way).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RouteActions</name>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/route_actions.py" line="97"/>
        <source>%n stops of {day} written to {path}</source>
        <translation>
            <numerusform>%n stop of {day} written to {path}</numerusform>
            <numerusform>%n stops of {day} written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/sync_actions.py" line="118"/>
        <source>%n visits written to {path}; they are sent again until the office acknowledges them.</source>
        <translation>
            <numerusform>%n visit written to {path}; it is sent again until the office acknowledges it.</numerusform>
            <numerusform>%n visits written to {path}; they are sent again until the office acknowledges them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/week_dialog.py" line="158"/>
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/week_dialog.py" line="159"/>
        <source> over %n days;</source>
        <translation>
            <numerusform> over %n day;</numerusform>
            <numerusform> over %n days;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/week_dialog.py" line="160"/>
        <source>%n cases planned on no day.</source>
        <translation>
            <numerusform>%n case planned on no day.</numerusform>
            <numerusform>%n cases planned on no day.</numerusform>
        </translation>
    </message>
</context>
</TS>
