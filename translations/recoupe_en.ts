<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Recoupe::AnalysisPipeline</name>
    <message numerus="yes">
        <source>%1: %n figure(s) not read: a sentence held more than %2 figures.</source>
        <translation>
            <numerusform>%1: %n figure not read: a sentence held more than %2 figures.</numerusform>
            <numerusform>%1: %n figures not read: a sentence held more than %2 figures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::AnnotationController</name>
    <message numerus="yes">
        <source>%n annotation(s) exported to %1.</source>
        <translation>
            <numerusform>%n annotation exported to %1.</numerusform>
            <numerusform>%n annotations exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::AnnotationMerger</name>
    <message numerus="yes">
        <source>%n annotation(s) added</source>
        <translation>
            <numerusform>%n annotation added</numerusform>
            <numerusform>%n annotations added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older than ours, not taken</source>
        <translation>
            <numerusform>%n older than ours, not taken</numerusform>
            <numerusform>%n older than ours, not taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting verdict(s) kept side by side</source>
        <translation>
            <numerusform>%n conflicting verdict kept side by side</numerusform>
            <numerusform>%n conflicting verdicts kept side by side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for an article not in this folder (kept, orphaned)</source>
        <translation>
            <numerusform>%n for an article not in this folder (kept, orphaned)</numerusform>
            <numerusform>%n for articles not in this folder (kept, orphaned)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::AnnotationStore</name>
    <message numerus="yes">
        <source>%n earlier version(s) can be restored from the backups.</source>
        <translation>
            <numerusform>%n earlier version can be restored from the backups.</numerusform>
            <numerusform>%n earlier versions can be restored from the backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ChartRenderer</name>
    <message numerus="yes">
        <source>Not shown: %n figure(s) with no period stated.</source>
        <translation>
            <numerusform>Not shown: %n figure with no period stated.</numerusform>
            <numerusform>Not shown: %n figures with no period stated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimGrouper</name>
    <message numerus="yes">
        <source>%n other figure(s)</source>
        <translation>
            <numerusform>%n other figure</numerusform>
            <numerusform>%n other figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other article(s) give this amount for the other period</source>
        <translation>
            <numerusform>%n other article gives this amount for the other period</numerusform>
            <numerusform>%n other articles give this amount for the other period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimGroupsModel</name>
    <message numerus="yes">
        <source>… and %n more reason(s): the group’s details list them all</source>
        <translation>
            <numerusform>… and %n more reason: the group’s details list them all</numerusform>
            <numerusform>… and %n more reasons: the group’s details list them all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimWording</name>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform>
            <numerusform>%1 (%n articles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other value(s)</source>
        <translation>
            <numerusform>%1 and %n other value</numerusform>
            <numerusform>%1 and %n other values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): %1</source>
        <translation>
            <numerusform>%n value: %1</numerusform>
            <numerusform>%n values: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::Cli</name>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancy(ies)</source>
        <translation>
            <numerusform>%n discrepancy</numerusform>
            <numerusform>%n discrepancies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revised</source>
        <translation>
            <numerusform>%n revised</numerusform>
            <numerusform>%n revised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreeing</source>
        <translation>
            <numerusform>%n agreeing</numerusform>
            <numerusform>%n agreeing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n single-source</source>
        <translation>
            <numerusform>%n single-source</numerusform>
            <numerusform>%n single-source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching passage(s).</source>
        <translation>
            <numerusform>%n matching passage.</numerusform>
            <numerusform>%n matching passages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s)</source>
        <translation>
            <numerusform>%1: %n point</numerusform>
            <numerusform>%1: %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) with no period stated</source>
        <translation>
            <numerusform>%n figure with no period stated</numerusform>
            <numerusform>%n figures with no period stated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n annotation(s) exported as a W3C AnnotationCollection.</source>
        <translation>
            <numerusform>%1: %n annotation exported as a W3C AnnotationCollection.</numerusform>
            <numerusform>%1: %n annotations exported as a W3C AnnotationCollection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ComparisonsPane</name>
    <message numerus="yes">
        <source>Show the %n reason(s)</source>
        <translation>
            <numerusform>Show the reason</numerusform>
            <numerusform>Show the %n reasons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::DocumentListModel</name>
    <message numerus="yes">
        <source>%n block(s) of the page set aside (menus, comments, footer...): View &gt; Show Whole Page shows them; their figures are never read as claims.</source>
        <translation>
            <numerusform>%n block of the page set aside (menus, comments, footer...): View &gt; Show Whole Page shows it; its figures are never read as claims.</numerusform>
            <numerusform>%n blocks of the page set aside (menus, comments, footer...): View &gt; Show Whole Page shows them; their figures are never read as claims.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The PDF&apos;s text layer, read in reading order over its %n page(s); running headers, footers and page numbers set aside.</source>
        <translation>
            <numerusform>The PDF&apos;s text layer, read in reading order over its %n page; running headers, footers and page numbers set aside.</numerusform>
            <numerusform>The PDF&apos;s text layer, read in reading order over its %n pages; running headers, footers and page numbers set aside.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::FactCheckReport</name>
    <message numerus="yes">
        <source>%n file(s) of the folder could not be read: see the sources.</source>
        <translation>
            <numerusform>%n file of the folder could not be read: see the sources.</numerusform>
            <numerusform>%n files of the folder could not be read: see the sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::FindInFolderPane</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ReadingController</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ReadingPane</name>
    <message numerus="yes">
        <source>PDF, %n page(s), %1</source>
        <translation>
            <numerusform>PDF, %n page, %1</numerusform>
            <numerusform>PDF, %n pages, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>%1 — %n annotation(s)</source>
        <translation>
            <numerusform>%1 — %n annotation</numerusform>
            <numerusform>%1 — %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::TimelineChart</name>
    <message numerus="yes">
        <source>Other (%n series)</source>
        <translation>
            <numerusform>Other (%n series)</numerusform>
            <numerusform>Other (%n series)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::TimelineChartView</name>
    <message numerus="yes">
        <source>%n figure(s) from %1</source>
        <translation>
            <numerusform>%n figure from %1</numerusform>
            <numerusform>%n figures from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recoupe-cli documents</name>
    <message numerus="yes">
        <source>%n document(s) read</source>
        <translation>
            <numerusform>%n document read</numerusform>
            <numerusform>%n documents read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
</context>
</TS>
