<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ImportActions</name>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="67"/>
        <source>%n rows: {imported} imported, {updated} updated, {rejected} rejected.</source>
        <translation>
            <numerusform>%n row: {imported} imported, {updated} updated, {rejected} rejected.</numerusform>
            <numerusform>%n rows: {imported} imported, {updated} updated, {rejected} rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="82"/>
        <source>%n appointment texts could not be read for sure: File → Review appointment texts (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n appointment text could not be read for sure: File → Review appointment texts (Ctrl+Shift+A).</numerusform>
            <numerusform>%n appointment texts could not be read for sure: File → Review appointment texts (Ctrl+Shift+A).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="86"/>
        <source>%n cases are held (not visited) until you say what their condition columns mean: File → Review imported values (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n case is held (not visited) until you say what its condition columns mean: File → Review imported values (Ctrl+Shift+A).</numerusform>
            <numerusform>%n cases are held (not visited) until you say what their condition columns mean: File → Review imported values (Ctrl+Shift+A).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="89"/>
        <source>%n values need a look (see Show Details): {first}</source>
        <translation>
            <numerusform>%n value needs a look (see Show Details): {first}</numerusform>
            <numerusform>%n values need a look (see Show Details): {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="98"/>
        <source>%n appointment times were kept to the lawful visiting hours: {first}</source>
        <translation>
            <numerusform>%n appointment time was kept to the lawful visiting hours: {first}</numerusform>
            <numerusform>%n appointment times were kept to the lawful visiting hours: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="101"/>
        <source>%n cases are in a state with two time zones and were placed in its main one: {first}</source>
        <translation>
            <numerusform>%n case is in a state with two time zones and was placed in its main one: {first}</numerusform>
            <numerusform>%n cases are in a state with two time zones and were placed in its main one: {first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="112"/>
        <source>%n rows skipped: totals or notes, not cases.</source>
        <translation>
            <numerusform>%n row skipped: a total or a note, not a case.</numerusform>
            <numerusform>%n rows skipped: totals or notes, not cases.</numerusform>
        </translation>
    </message>
</context>
</TS>
