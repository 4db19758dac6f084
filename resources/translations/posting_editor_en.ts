<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="en_CA">
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../editor/ui/export_dialog.py" line="+314"/>
        <source>%n error(s) must be fixed before exporting; nothing will be written.</source>
        <translation>
            <numerusform>%n error must be fixed before exporting; nothing will be written.</numerusform>
            <numerusform>%n errors must be fixed before exporting; nothing will be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n file(s) will be written into the site.</source>
        <translation>
            <numerusform>%n file will be written into the site.</numerusform>
            <numerusform>%n files will be written into the site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Wrote %n file(s) into %1:</source>
        <translation>
            <numerusform>Wrote %n file into %1:</numerusform>
            <numerusform>Wrote %n files into %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message numerus="yes">
        <location filename="../../editor/ui/find_bar.py" line="+254"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOff</name>
    <message numerus="yes">
        <location filename="../../editor/ui/window_handoff.py" line="+89"/>
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>Exported %n file.</numerusform>
            <numerusform>Exported %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message numerus="yes">
        <location filename="../../editor/ui/window_outside.py" line="+54"/>
        <source>Read %n posting(s) again.</source>
        <translation>
            <numerusform>Read %n posting again.</numerusform>
            <numerusform>Read %n postings again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%1: %n more place(s)</source>
        <translation>
            <numerusform>%1: %n more place</numerusform>
            <numerusform>%1: %n more places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingList</name>
    <message numerus="yes">
        <location filename="../../editor/ui/posting_list.py" line="+322"/>
        <source>%n posting(s)</source>
        <translation>
            <numerusform>%n posting</numerusform>
            <numerusform>%n postings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of %1 posting(s)</source>
        <translation>
            <numerusform>%n of %1 postings</numerusform>
            <numerusform>%n of %1 postings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../../editor/ui/problems_panel.py" line="+162"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+188"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(%n shown)</source>
        <translation>
            <numerusform>(%n shown)</numerusform>
            <numerusform>(%n shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueTexts</name>
    <message numerus="yes">
        <location filename="../../editor/ui/queue_texts.py" line="+46"/>
        <source>%1: %n block(s) to translate</source>
        <translation>
            <numerusform>%1: %n block to translate</numerusform>
            <numerusform>%1: %n blocks to translate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n block(s) still in %2</source>
        <translation>
            <numerusform>%1: %n block still in %2</numerusform>
            <numerusform>%1: %n blocks still in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n template placeholder(s)</source>
        <translation>
            <numerusform>%1: %n template placeholder</numerusform>
            <numerusform>%1: %n template placeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>%1: %n note(s) left (TODO)</source>
        <translation>
            <numerusform>%1: %n note left (TODO)</numerusform>
            <numerusform>%1: %n notes left (TODO)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceChangesDialog</name>
    <message numerus="yes">
        <location filename="../../editor/ui/source_changes.py" line="+175"/>
        <source>The %1 text changed in %n place(s) since the translation was last saved. Update the translation in those places only.</source>
        <translation>
            <numerusform>The %1 text changed in %n place since the translation was last saved. Update the translation in that place only.</numerusform>
            <numerusform>The %1 text changed in %n places since the translation was last saved. Update the translation in those places only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslatorTools</name>
    <message numerus="yes">
        <location filename="../../editor/ui/translator_tools.py" line="+140"/>
        <source>New version: %n block(s) translated from the translation memory</source>
        <translation>
            <numerusform>New version: %n block translated from the translation memory</numerusform>
            <numerusform>New version: %n blocks translated from the translation memory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n to review (still marked)</source>
        <translation>
            <numerusform>, %n to review (still marked)</numerusform>
            <numerusform>, %n to review (still marked)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+132"/>
        <source>%n change(s) in English</source>
        <translation>
            <numerusform>%n change in English</numerusform>
            <numerusform>%n changes in English</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) in French</source>
        <translation>
            <numerusform>%n change in French</numerusform>
            <numerusform>%n changes in French</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n heading id(s) kept with {#id}, so links to them still work.</source>
        <translation>
            <numerusform>%n heading id kept with {#id}, so links to it still work.</numerusform>
            <numerusform>%n heading ids kept with {#id}, so links to them still work.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n heading(s) left as written: fixing them would change their ids and break links to them (fix them one by one from the problems list).</source>
        <translation>
            <numerusform>%n heading left as written: fixing it would change its id and break links to it (fix it from the problems list).</numerusform>
            <numerusform>%n headings left as written: fixing them would change their ids and break links to them (fix them one by one from the problems list).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordCounts</name>
    <message numerus="yes">
        <location filename="../../editor/ui/word_counts.py" line="+102"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XliffImportDialog</name>
    <message numerus="yes">
        <location filename="../../editor/ui/xliff_import_dialog.py" line="+118"/>
        <source>%1: created, %n segment(s) written.</source>
        <translation>
            <numerusform>%1: created, %n segment written.</numerusform>
            <numerusform>%1: created, %n segments written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: updated, %n segment(s) written.</source>
        <translation>
            <numerusform>%1: updated, %n segment written.</numerusform>
            <numerusform>%1: updated, %n segments written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n segment(s) left to translate keep their marker.</source>
        <translation>
            <numerusform>%n segment left to translate keeps its marker.</numerusform>
            <numerusform>%n segments left to translate keep their marker.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n segment(s) already as in the file.</source>
        <translation>
            <numerusform>%n segment already as in the file.</numerusform>
            <numerusform>%n segments already as in the file.</numerusform>
        </translation>
    </message>
</context>
</TS>
