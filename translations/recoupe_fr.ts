<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Recoupe::AnalysisPipeline</name>
    <message>
        <source>A correction of %1 (“%2”) cannot be placed in the article any more: it is kept but not applied.</source>
        <translation>Une correction de %1 (« %2 ») ne peut plus être placée dans l’article : elle est conservée mais pas appliquée.</translation>
    </message>
    <message>
        <source>A correction of %1 (“%2”) is on a text where no figure is found any more: it is kept but not applied.</source>
        <translation>Une correction de %1 (« %2 ») porte sur un texte où plus aucun chiffre n’est trouvé : elle est conservée mais pas appliquée.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n figure(s) not read: a sentence held more than %2 figures.</source>
        <translation>
            <numerusform>%1 : %n chiffre non lu : une phrase en contenait plus de %2.</numerusform>
            <numerusform>%1 : %n chiffres non lus : une phrase en contenait plus de %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::AnchorResult</name>
    <message>
        <source>Anchored</source>
        <translation>Ancrée</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Orpheline</translation>
    </message>
</context>
<context>
    <name>Recoupe::Annotation</name>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Non étayé</translation>
    </message>
    <message>
        <source>Needs a source</source>
        <translation>Source à trouver</translation>
    </message>
</context>
<context>
    <name>Recoupe::AnnotationController</name>
    <message>
        <source>Select a passage or a figure to annotate.</source>
        <translation>Sélectionnez un passage ou un chiffre à annoter.</translation>
    </message>
    <message>
        <source>Annotation saved in %1.</source>
        <translation>Annotation enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Modifier l&apos;annotation</translation>
    </message>
    <message>
        <source>Annotation deleted. Undo with Ctrl+Z.</source>
        <translation>Annotation supprimée. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>This annotation&apos;s passage is no longer in the article: its quote and note are kept in the list.</source>
        <translation>Le passage de cette annotation n&apos;est plus dans l&apos;article : sa citation et sa note restent dans la liste.</translation>
    </message>
    <message>
        <source>Annotations restored from the backup. Undo with Ctrl+Z.</source>
        <translation>Annotations restaurées depuis la sauvegarde. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld)</source>
        <translation>Annotations (*.json *.jsonld)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported the annotations of %1: %2</source>
        <translation>Annotations de %1 importées : %2</translation>
    </message>
    <message>
        <source>Some of %1 could not be imported.</source>
        <translation>Une partie de %1 n’a pas pu être importée.</translation>
    </message>
    <message>
        <source>Open a folder first.</source>
        <translation>Ouvrez d’abord un dossier.</translation>
    </message>
    <message>
        <source>Export Annotations for Other Tools</source>
        <translation>Exporter les annotations pour d’autres outils</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld *.json)</source>
        <translation>Annotations W3C Web Annotation (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Annotations of %1</source>
        <translation>Annotations de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported to %1.</source>
        <translation>
            <numerusform>%n annotation exportée dans %1.</numerusform>
            <numerusform>%n annotations exportées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::AnnotationDialog</name>
    <message>
        <source>Annotate</source>
        <translation>Annoter</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Choose a verdict or type a tag of your own</source>
        <translation>Choisissez un verdict ou saisissez votre propre étiquette</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Sans verdict</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Why the figure is right or wrong, and what source says so…</source>
        <translation>Pourquoi le chiffre est juste ou faux, et quelle source le dit…</translation>
    </message>
    <message>
        <source>(set your name in the preferences)</source>
        <translation>(indiquez votre nom dans les préférences)</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Passage :</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>Recoupe::AnnotationFile</name>
    <message>
        <source>its type is not &quot;Annotation&quot;</source>
        <translation>son type n’est pas « Annotation »</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>elle n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>elle n’a pas de cible</translation>
    </message>
    <message>
        <source>The annotations file %1 cannot be read: %2</source>
        <translation>Impossible de lire le fichier d’annotations %1 : %2</translation>
    </message>
    <message>
        <source>The annotations file %1 is damaged: %2</source>
        <translation>Le fichier d’annotations %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>ce n’est pas du JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>The annotations file %1 was written by a newer version of Recoupe (format %2, version %3; this version reads version %4). Update Recoupe to read it.</source>
        <translation>Le fichier d’annotations %1 a été écrit par une version plus récente de Recoupe (format %2, version %3 ; cette version lit la version %4). Mettez Recoupe à jour pour le lire.</translation>
    </message>
    <message>
        <source>it has no list of annotations</source>
        <translation>il n’a pas de liste d’annotations</translation>
    </message>
    <message>
        <source>Entry %1 of %2 was kept as it is but cannot be shown: %3</source>
        <translation>L’entrée %1 de %2 a été conservée telle quelle mais ne peut pas être affichée : %3</translation>
    </message>
    <message>
        <source>Entry %1 of %2 repeats the id %3; it was given a new one</source>
        <translation>L’entrée %1 de %2 reprend l’identifiant %3 ; elle en a reçu un nouveau</translation>
    </message>
    <message>
        <source>Cannot save the annotations to %1: %2</source>
        <translation>Impossible d’enregistrer les annotations dans %1 : %2</translation>
    </message>
    <message>
        <source>a Recoupe annotations file</source>
        <translation>un fichier d’annotations de Recoupe</translation>
    </message>
    <message>
        <source>a single W3C Annotation</source>
        <translation>une seule annotation W3C (Annotation)</translation>
    </message>
    <message>
        <source>a JSON array of W3C Annotations</source>
        <translation>un tableau JSON d’annotations W3C</translation>
    </message>
    <message>
        <source>a W3C AnnotationPage</source>
        <translation>une page d’annotations W3C (AnnotationPage)</translation>
    </message>
    <message>
        <source>a W3C AnnotationCollection</source>
        <translation>une collection d’annotations W3C (AnnotationCollection)</translation>
    </message>
</context>
<context>
    <name>Recoupe::AnnotationMerger</name>
    <message numerus="yes">
        <source>%n annotation(s) added</source>
        <translation>
            <numerusform>%n annotation ajoutée</numerusform>
            <numerusform>%n annotations ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older than ours, not taken</source>
        <translation>
            <numerusform>%n plus ancienne que la nôtre, non reprise</numerusform>
            <numerusform>%n plus anciennes que les nôtres, non reprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting verdict(s) kept side by side</source>
        <translation>
            <numerusform>%n verdict contradictoire conservé côte à côte</numerusform>
            <numerusform>%n verdicts contradictoires conservés côte à côte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for an article not in this folder (kept, orphaned)</source>
        <translation>
            <numerusform>%n pour un article absent de ce dossier (gardée, orpheline)</numerusform>
            <numerusform>%n pour des articles absents de ce dossier (gardées, orphelines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::AnnotationStore</name>
    <message>
        <source>Annotate “%1”</source>
        <translation>Annoter « %1 »</translation>
    </message>
    <message>
        <source>Edit annotation on “%1”</source>
        <translation>Modifier l’annotation sur « %1 »</translation>
    </message>
    <message>
        <source>Delete annotation on “%1”</source>
        <translation>Supprimer l’annotation sur « %1 »</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>It was renamed %1 and is kept there untouched; new annotations go to a new file.</source>
        <translation>Il a été renommé %1 et y est conservé intact ; les nouvelles annotations vont dans un nouveau fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) can be restored from the backups.</source>
        <translation>
            <numerusform>%n version antérieure peut être restaurée depuis les sauvegardes.</numerusform>
            <numerusform>%n versions antérieures peuvent être restaurées depuis les sauvegardes.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is left untouched; new annotations are kept in %1.</source>
        <translation>Il est laissé intact ; les nouvelles annotations sont conservées dans %1.</translation>
    </message>
    <message>
        <source>Annotations saved while the folder could not be written (%1) were merged into %2: %3</source>
        <translation>Les annotations enregistrées pendant que le dossier n’était pas accessible en écriture (%1) ont été fusionnées dans %2 : %3</translation>
    </message>
    <message>
        <source>Annotations of %1 that were not in %2 yet were merged in: %3</source>
        <translation>Les annotations de %1 qui ne figuraient pas encore dans %2 y ont été fusionnées : %3</translation>
    </message>
    <message>
        <source>No folder is open</source>
        <translation>Aucun dossier n’est ouvert</translation>
    </message>
    <message>
        <source>The file %1 does not exist</source>
        <translation>Le fichier %1 n’existe pas</translation>
    </message>
    <message>
        <source>Import annotations from %1</source>
        <translation>Importer les annotations de %1</translation>
    </message>
    <message>
        <source>Restore annotations from %1</source>
        <translation>Restaurer les annotations de %1</translation>
    </message>
    <message>
        <source>%1 Annotations are now saved in %2.</source>
        <translation>%1 Les annotations sont désormais enregistrées dans %2.</translation>
    </message>
    <message>
        <source>%1 An emergency copy was saved to %2; it is merged back when the folder is opened again.</source>
        <translation>%1 Une copie de secours a été enregistrée dans %2 ; elle sera fusionnée à la prochaine ouverture du dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The previous annotations could not be backed up to %1.</source>
        <translation>Impossible de sauvegarder les annotations précédentes dans %1.</translation>
    </message>
    <message>
        <source>The annotations file %1 was changed by another program; that version was kept as %2.</source>
        <translation>Le fichier d’annotations %1 a été modifié par un autre programme ; cette version a été conservée sous %2.</translation>
    </message>
    <message>
        <source>Cannot save the annotations to %1: that file, written by another tool, could not be read to be kept aside first (%2). It was left as it is.</source>
        <translation>Impossible d’enregistrer les annotations dans %1 : ce fichier, écrit par un autre outil, n’a pas pu être lu pour être d’abord mis de côté (%2). Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Cannot save the annotations to %1: that file, written by another tool, could not be kept aside as %2 first (%3). It was left as it is.</source>
        <translation>Impossible d’enregistrer les annotations dans %1 : ce fichier, écrit par un autre outil, n’a pas pu être d’abord mis de côté sous le nom %2 (%3). Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>%1 held %2, written by another tool. Recoupe now saves its own format there (W3C annotations too); the file as it was is kept as %3.</source>
        <translation>%1 contenait %2, écrit par un autre outil. Recoupe y enregistre désormais son propre format (des annotations W3C aussi) ; le fichier tel qu’il était est gardé sous le nom %3.</translation>
    </message>
</context>
<context>
    <name>Recoupe::AnnotationsModel</name>
    <message>
        <source>Annotated: %1
Now reads: %2</source>
        <translation>Annoté : %1
Texte actuel : %2</translation>
    </message>
    <message>
        <source>The passage is where it was annotated.</source>
        <translation>Le passage est toujours là où il a été annoté.</translation>
    </message>
    <message>
        <source>The passage moved and its wording changed slightly.</source>
        <translation>Le passage a été déplacé et sa formulation a légèrement changé.</translation>
    </message>
    <message>
        <source>The passage moved in the article.</source>
        <translation>Le passage a été déplacé dans l’article.</translation>
    </message>
    <message>
        <source>The article is no longer in the folder; the note and its quote are kept.</source>
        <translation>L’article n’est plus dans le dossier ; la note et sa citation sont conservées.</translation>
    </message>
    <message>
        <source>The passage is no longer in the article; the note and its quote are kept.</source>
        <translation>Le passage n’est plus dans l’article ; la note et sa citation sont conservées.</translation>
    </message>
    <message>
        <source>Another annotation gives this passage a different verdict.</source>
        <translation>Une autre annotation donne un verdict différent pour ce passage.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>Recoupe::AnnotationsPane</name>
    <message>
        <source>Filter by passage or note…</source>
        <translation>Filtrer par passage ou note…</translation>
    </message>
    <message>
        <source>Show the annotations with this verdict</source>
        <translation>Afficher les annotations de ce verdict</translation>
    </message>
    <message>
        <source>Show the annotations of this author</source>
        <translation>Afficher les annotations de cet auteur</translation>
    </message>
    <message>
        <source>Show the annotations of this article</source>
        <translation>Afficher les annotations de cet article</translation>
    </message>
    <message>
        <source>Annotations of the folder</source>
        <translation>Annotations du dossier</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tout verdict</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Tout auteur</translation>
    </message>
    <message>
        <source>Every article</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Restore from a backup, import another tool&apos;s annotations</source>
        <translation>Restaurer une sauvegarde, importer les annotations d’un autre outil</translation>
    </message>
</context>
<context>
    <name>Recoupe::ChartRenderer</name>
    <message>
        <source>every company</source>
        <translation>toutes les entreprises</translation>
    </message>
    <message>
        <source>%1 of %2, as reported over time</source>
        <translation>%1 de %2, selon les annonces successives</translation>
    </message>
    <message>
        <source>%1 of %2 for %3, as reported over time</source>
        <translation>%1 de %2 pour %3, selon les annonces successives</translation>
    </message>
    <message>
        <source>%1 by company, as the articles report it</source>
        <translation>%1 par entreprise, d’après les articles</translation>
    </message>
    <message>
        <source>%1 of %2, as the articles report it</source>
        <translation>%1 de %2, d’après les articles</translation>
    </message>
    <message>
        <source>Each point is one article&apos;s figure, placed at its publication date.</source>
        <translation>Chaque point est le chiffre d’un article, placé à sa date de publication.</translation>
    </message>
    <message>
        <source>Each point is one article&apos;s figure, placed in the period it covers; fiscal years follow each company&apos;s calendar.</source>
        <translation>Chaque point est le chiffre d’un article, placé dans la période qu’il couvre ; les exercices suivent le calendrier de chaque entreprise.</translation>
    </message>
    <message>
        <source>Bars show ranges and multi-year pledges; numbers refer to the sources below.</source>
        <translation>Les barres montrent les fourchettes et les engagements pluriannuels ; les numéros renvoient aux sources ci-dessous.</translation>
    </message>
    <message>
        <source>Other currencies converted into %1 at the ECB monthly average of each article&apos;s date.</source>
        <translation>Autres devises converties en %1 au cours moyen mensuel de la BCE à la date de chaque article.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>[%1] %2 (%3)</source>
        <translation>[%1] %2 (%3)</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Sources : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %n figure(s) with no period stated.</source>
        <translation>
            <numerusform>Non affiché : %n chiffre sans période indiquée.</numerusform>
            <numerusform>Non affichés : %n chiffres sans période indiquée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart: Recoupe, from the articles&apos; own figures.</source>
        <translation>Graphique : Recoupe, d’après les chiffres des articles.</translation>
    </message>
    <message>
        <source>Unknown file type for %1 (use .png, .svg, .csv or .json).</source>
        <translation>Type de fichier inconnu pour %1 (utilisez .png, .svg, .csv ou .json).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>billions of US dollars</source>
        <translation>milliards de dollars US</translation>
    </message>
    <message>
        <source>billions of euros</source>
        <translation>milliards d&apos;euros</translation>
    </message>
    <message>
        <source>billions (%1)</source>
        <translation>milliards (%1)</translation>
    </message>
    <message>
        <source>One chart per company, each on its own scale in %1, over the same years.</source>
        <translation>Un graphique par entreprise, chacun à sa propre échelle en %1, sur les mêmes années.</translation>
    </message>
    <message>
        <source>Open markers are hedged figures (~ about, ↑ more than, ↓ at most).</source>
        <translation>Les marqueurs creux sont des chiffres nuancés (~ environ, ↑ plus de, ↓ au plus).</translation>
    </message>
    <message>
        <source>Red rings: the sources disagree.</source>
        <translation>Anneaux rouges : les sources divergent.</translation>
    </message>
    <message>
        <source>Hatched: years with no figure, shortened.</source>
        <translation>Hachuré : années sans chiffre, raccourcies.</translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimChange</name>
    <message>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null</source>
        <translation>« %1 » doit être une chaîne ou null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number, zero or more</source>
        <translation>« %1 » doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&quot;metric&quot; cannot be empty</source>
        <translation>« metric » ne peut pas être vide</translation>
    </message>
    <message>
        <source>&quot;period&quot; must be written as 2025, 2025-Q3, FY2025, FY2025-Q1 or 2025-2028, not &quot;%1&quot;</source>
        <translation>« period » s’écrit 2025, 2025-Q3, FY2025, FY2025-Q1 ou 2025-2028, pas « %1 »</translation>
    </message>
    <message>
        <source>&quot;low&quot; is greater than &quot;high&quot;</source>
        <translation>« low » est supérieur à « high »</translation>
    </message>
    <message>
        <source>unknown &quot;qualifier&quot; %1</source>
        <translation>« qualifier » inconnu : %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimGrouper</name>
    <message>
        <source>Same amount, different period. For %1: %2. For %3: %4.</source>
        <translation>Même montant, période différente. Pour %1 : %2. Pour %3 : %4.</translation>
    </message>
    <message>
        <source>Other sources give another amount for %1 (%2): the period in %3 is probably wrong.</source>
        <translation>D’autres sources donnent un autre montant pour %1 (%2) : la période indiquée dans %3 est probablement erronée.</translation>
    </message>
    <message>
        <source>The period in %1 is probably wrong.</source>
        <translation>La période indiquée dans %1 est probablement erronée.</translation>
    </message>
    <message>
        <source>The two periods overlap: one of them is probably wrong.</source>
        <translation>Les deux périodes se chevauchent : l’une des deux est probablement erronée.</translation>
    </message>
    <message>
        <source>Different amounts: %1; %2. %3The amounts cannot both be right.</source>
        <translation>Montants différents : %1 ; %2. %3Les deux montants ne peuvent pas être exacts à la fois.</translation>
    </message>
    <message>
        <source>Different percentages: %1; %2. The figures cannot both be right.</source>
        <translation>Pourcentages différents : %1 ; %2. Les deux chiffres ne peuvent pas être exacts à la fois.</translation>
    </message>
    <message>
        <source>Different quantities: %1; %2. The figures cannot both be right.</source>
        <translation>Quantités différentes : %1 ; %2. Les deux chiffres ne peuvent pas être exacts à la fois.</translation>
    </message>
    <message>
        <source>Same number, different currency: %1. %2One of the currencies is probably wrong.</source>
        <translation>Même nombre, devise différente : %1. %2L’une des devises est probablement erronée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>sources: figures</comment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n other figure(s)</source>
        <translation>
            <numerusform>%n autre chiffre</numerusform>
            <numerusform>%n autres chiffres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>At %1, %2 is about %3.</source>
        <translation>Selon %1, %2 représentent environ %3.</translation>
    </message>
    <message>
        <source>Revised: %1 gives %2 in place of %3, the figure that %4 gives. A revision, not an error.</source>
        <translation>Révisé : %1 donne %2 à la place de %3, le chiffre que donne %4. Une révision, pas une erreur.</translation>
    </message>
    <message>
        <source>an article on one side has no date</source>
        <translation>un article d’un des côtés n’est pas daté</translation>
    </message>
    <message>
        <source>the figures are only %1% apart</source>
        <translation>les chiffres ne diffèrent que de %1 %</translation>
    </message>
    <message>
        <source>one side is hedged (about, at least, up to) and only %1% away</source>
        <translation>un côté est nuancé (environ, au moins, jusqu’à) et à %1 % seulement</translation>
    </message>
    <message>
        <source>one side is hedged (about, at least, up to), though %1% away</source>
        <translation>un côté est nuancé (environ, au moins, jusqu’à), quoique à %1 %</translation>
    </message>
    <message>
        <source>the entity or period of one side was inferred from outside its sentence</source>
        <translation>l’entité ou la période d’un côté a été déduite hors de sa phrase</translation>
    </message>
    <message>
        <source>the figures are %1% apart</source>
        <translation>les chiffres diffèrent de %1 %</translation>
    </message>
    <message>
        <source>figures of dated articles, %1% apart</source>
        <translation>chiffres d’articles datés, écart de %1 %</translation>
    </message>
    <message>
        <source>the currency of one figure was inferred from elsewhere in its article</source>
        <translation>la devise d’un chiffre a été déduite d’ailleurs dans son article</translation>
    </message>
    <message>
        <source>the same number written in two currencies</source>
        <translation>le même nombre écrit dans deux devises</translation>
    </message>
    <message>
        <source>the period of the figure was inferred from outside its sentence</source>
        <translation>la période du chiffre a été déduite hors de sa phrase</translation>
    </message>
    <message numerus="yes">
        <source>%n other article(s) give this amount for the other period</source>
        <translation>
            <numerusform>%n autre article donne ce montant pour l’autre période</numerusform>
            <numerusform>%n autres articles donnent ce montant pour l’autre période</numerusform>
        </translation>
    </message>
    <message>
        <source>one article on each side</source>
        <translation>un article de chaque côté</translation>
    </message>
    <message>
        <source>Restated later: %1 (until %2); %3 (from %4). A later article gives another figure for the same period: a revision, not an error.</source>
        <translation>Corrigé depuis : %1 (dernière mention : %2) ; %3 (première mention : %4). Un article plus récent donne un autre chiffre pour la même période : c’est une révision, pas une erreur.</translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimGroupsModel</name>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <comment>explanation (confidence: why)</comment>
        <translation>%1 (%2 : %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>combined entity (its companies)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more reason(s): the group’s details list them all</source>
        <translation>
            <numerusform>… et %n autre raison : les détails du groupe les donnent toutes</numerusform>
            <numerusform>… et %n autres raisons : les détails du groupe les donnent toutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimWording</name>
    <message>
        <source>%1 euros</source>
        <translation>%1 euros</translation>
    </message>
    <message>
        <source>%1 million euros</source>
        <translation>%1 millions d’euros</translation>
    </message>
    <message>
        <source>%1 billion euros</source>
        <translation>%1 milliards d’euros</translation>
    </message>
    <message>
        <source>%1 trillion euros</source>
        <translation>%1 billions d’euros</translation>
    </message>
    <message>
        <source>%1 dollars</source>
        <translation>%1 dollars</translation>
    </message>
    <message>
        <source>%1 million dollars</source>
        <translation>%1 millions de dollars</translation>
    </message>
    <message>
        <source>%1 billion dollars</source>
        <translation>%1 milliards de dollars</translation>
    </message>
    <message>
        <source>%1 trillion dollars</source>
        <translation>%1 billions de dollars</translation>
    </message>
    <message>
        <source>%1 pounds</source>
        <translation>%1 livres</translation>
    </message>
    <message>
        <source>%1 million pounds</source>
        <translation>%1 millions de livres</translation>
    </message>
    <message>
        <source>%1 billion pounds</source>
        <translation>%1 milliards de livres</translation>
    </message>
    <message>
        <source>%1 trillion pounds</source>
        <translation>%1 billions de livres</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPU</translation>
    </message>
    <message>
        <source>%1 million GPUs</source>
        <translation>%1 millions de GPU</translation>
    </message>
    <message>
        <source>%1 billion GPUs</source>
        <translation>%1 milliards de GPU</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <source>%1 million users</source>
        <translation>%1 millions d’utilisateurs</translation>
    </message>
    <message>
        <source>%1 billion users</source>
        <translation>%1 milliards d’utilisateurs</translation>
    </message>
    <message>
        <source>%1 GW</source>
        <translation>%1 GW</translation>
    </message>
    <message>
        <source>%1 MW</source>
        <translation>%1 MW</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1 millions</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1 milliards</translation>
    </message>
    <message>
        <source>%1 trillion</source>
        <translation>%1 billions</translation>
    </message>
    <message>
        <source>capital expenditure</source>
        <translation>dépenses d’investissement</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>chiffre d’affaires</translation>
    </message>
    <message>
        <source>net income</source>
        <translation>résultat net</translation>
    </message>
    <message>
        <source>other amount</source>
        <translation>autre montant</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>computing power</source>
        <translation>puissance de calcul</translation>
    </message>
    <message>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>share price move</source>
        <translation>variation du cours de Bourse</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>no stated period</source>
        <translation>période non indiquée</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>H%1 %2</source>
        <translation>S%1 %2</translation>
    </message>
    <message>
        <source>fiscal %1</source>
        <translation>exercice %1</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>QDate format of a day</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the %1 average rate</source>
        <translation>le cours moyen de %1</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Révisé</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Concordant</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Source unique</translation>
    </message>
    <message>
        <source>unknown entity</source>
        <translation>entité inconnue</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>entity · metric · period</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>analysts&apos; estimate</source>
        <translation>estimation des analystes</translation>
    </message>
    <message>
        <source>segment figure</source>
        <translation>chiffre d’une division</translation>
    </message>
    <message>
        <source>earnings per share</source>
        <translation>bénéfice par action</translation>
    </message>
    <message>
        <source>share price</source>
        <translation>cours de l’action</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>hausse</translation>
    </message>
    <message>
        <source>market value</source>
        <translation>capitalisation boursière</translation>
    </message>
    <message>
        <source>funds raised</source>
        <translation>fonds levés</translation>
    </message>
    <message>
        <source>valuation</source>
        <translation>valorisation</translation>
    </message>
    <message>
        <source>debt</source>
        <translation>dette</translation>
    </message>
    <message>
        <source>backlog</source>
        <translation>carnet de commandes</translation>
    </message>
    <message>
        <source>cash flow</source>
        <translation>flux de trésorerie</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>charge</translation>
    </message>
    <message>
        <source>annual run rate</source>
        <translation>rythme annuel</translation>
    </message>
    <message>
        <source>operating income</source>
        <translation>résultat d’exploitation</translation>
    </message>
    <message>
        <source>Same figure, period not stated</source>
        <translation>Même chiffre, période non précisée</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>confiance faible</translation>
    </message>
    <message>
        <source>medium confidence</source>
        <translation>confiance moyenne</translation>
    </message>
    <message>
        <source>high confidence</source>
        <translation>confiance élevée</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>an article&apos;s title in an explanation</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>combined entity (its companies)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>elsewhere in its sentence</source>
        <translation>ailleurs dans sa phrase</translation>
    </message>
    <message>
        <source>a word standing for a name</source>
        <translation>un mot qui remplace un nom</translation>
    </message>
    <message>
        <source>the sentence before</source>
        <translation>la phrase précédente</translation>
    </message>
    <message>
        <source>its paragraph</source>
        <translation>son paragraphe</translation>
    </message>
    <message>
        <source>the headline</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>the same figure elsewhere in the article</source>
        <translation>le même chiffre ailleurs dans l’article</translation>
    </message>
    <message>
        <source>the article&apos;s date</source>
        <translation>la date de l’article</translation>
    </message>
    <message>
        <source>the company&apos;s fiscal calendar</source>
        <translation>le calendrier fiscal de l’entreprise</translation>
    </message>
    <message>
        <source>the company the article is about</source>
        <translation>l’entreprise dont parle l’article</translation>
    </message>
    <message>
        <source>what this entity&apos;s figures usually are</source>
        <translation>ce que sont d’ordinaire les chiffres de cette entité</translation>
    </message>
    <message>
        <source>the figure it restates</source>
        <translation>le chiffre qu’il reprend</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 d’après %2</translation>
    </message>
    <message>
        <source>%1 from %2: “%3”</source>
        <translation>%1 d’après %2 : « %3 »</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>about</source>
        <translation>environ</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>range</source>
        <translation>fourchette</translation>
    </message>
    <message>
        <source>Q%1 fiscal %2</source>
        <translation>T%1 exercice %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform>
            <numerusform>%1 (%n articles)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>value (number of articles)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other value(s)</source>
        <translation>
            <numerusform>%1 et %n autre valeur</numerusform>
            <numerusform>%1 et %n autres valeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s): %1</source>
        <translation>
            <numerusform>%n valeur : %1</numerusform>
            <numerusform>%n valeurs : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ClaimsJson</name>
    <message>
        <source>Claim %1: missing or invalid &quot;%2&quot;</source>
        <translation>Affirmation %1 : « %2 » absent ou invalide</translation>
    </message>
</context>
<context>
    <name>Recoupe::Cli</name>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>(conflicting)</source>
        <translation>(contradictoire)</translation>
    </message>
    <message>
        <source>quote: “%1”</source>
        <translation>citation : « %1 »</translation>
    </message>
    <message>
        <source>now: “%1”</source>
        <translation>actuellement : « %1 »</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note : %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>par %1, %2</translation>
    </message>
    <message>
        <source>Annotations: %1; anchored: %2, moved: %3, orphaned: %4.</source>
        <translation>Annotations : %1 ; ancrées : %2, déplacées : %3, orphelines : %4.</translation>
    </message>
    <message>
        <source>The folder of articles.</source>
        <translation>Le dossier d’articles.</translation>
    </message>
    <message>
        <source>Output format: text (the default) or json (recoupe-annotations-status-1).</source>
        <translation>Format de sortie : text (par défaut) ou json (recoupe-annotations-status-1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>no FOLDER given.</source>
        <translation>aucun DOSSIER indiqué.</translation>
    </message>
    <message>
        <source>only one FOLDER can be read at a time.</source>
        <translation>un seul DOSSIER peut être lu à la fois.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text or json).</source>
        <translation>format « %1 » inconnu (utilisez text ou json).</translation>
    </message>
    <message>
        <source>Plots one metric of the articles of FOLDER on a timeline, ready to publish: PNG or SVG (title, axes, sources caption), or the plotted data as CSV or JSON (recoupe-timeline-1), chosen by the extension of --out.</source>
        <translation>Trace un indicateur des articles de DOSSIER sur une frise chronologique, prête à publier : PNG ou SVG (titre, axes, légende des sources), ou les données tracées en CSV ou JSON (recoupe-timeline-1), selon l’extension de --out.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg, .csv or .json.</source>
        <translation>Le fichier à écrire : .png, .svg, .csv ou .json.</translation>
    </message>
    <message>
        <source>One entity (Meta, Microsoft...) or all (the default).</source>
        <translation>Une entité (Meta, Microsoft…) ou toutes (par défaut).</translation>
    </message>
    <message>
        <source>capex (the default), revenue or net_income.</source>
        <translation>capex (par défaut), revenue ou net_income.</translation>
    </message>
    <message>
        <source>USD (the default) or EUR: amounts are converted at each article&apos;s date.</source>
        <translation>USD (par défaut) ou EUR : les montants sont convertis à la date de chaque article.</translation>
    </message>
    <message>
        <source>timeline (the default: x is the period) or guidance (x is the publication date).</source>
        <translation>timeline (par défaut : x est la période) ou guidance (x est la date de publication).</translation>
    </message>
    <message>
        <source>Guidance mode: the period followed (2025, FY2025...).</source>
        <translation>Mode guidance : la période suivie (2025, FY2025…).</translation>
    </message>
    <message>
        <source>Image size in pixels (default 1600x900).</source>
        <translation>Taille de l’image en pixels (1600x900 par défaut).</translation>
    </message>
    <message>
        <source>PNG: device pixels per pixel (default 1; 2 for a high-density screen).</source>
        <translation>PNG : pixels physiques par pixel (1 par défaut ; 2 pour un écran haute densité).</translation>
    </message>
    <message>
        <source>PNG: no white background.</source>
        <translation>PNG : sans fond blanc.</translation>
    </message>
    <message>
        <source>The chart&apos;s title (default: says what is plotted).</source>
        <translation>Le titre du graphique (par défaut : décrit ce qui est tracé).</translation>
    </message>
    <message>
        <source>A recoupe-fiscal-years-1 file that adds or corrects companies&apos; fiscal years.</source>
        <translation>Un fichier recoupe-fiscal-years-1 qui ajoute ou corrige les exercices des entreprises.</translation>
    </message>
    <message>
        <source>--out FILE is required (.png, .svg, .csv or .json).</source>
        <translation>--out FICHIER est obligatoire (.png, .svg, .csv ou .json).</translation>
    </message>
    <message>
        <source>cannot tell the format of &apos;%1&apos;: use .png, .svg, .csv or .json.</source>
        <translation>impossible de déterminer le format de « %1 » : utilisez .png, .svg, .csv ou .json.</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos; (use capex, revenue or net_income).</source>
        <translation>indicateur « %1 » inconnu (utilisez capex, revenue ou net_income).</translation>
    </message>
    <message>
        <source>unknown currency &apos;%1&apos; (use USD or EUR).</source>
        <translation>devise « %1 » inconnue (utilisez USD ou EUR).</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos; (use timeline or guidance).</source>
        <translation>mode « %1 » inconnu (utilisez timeline ou guidance).</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, from 200x150 to 10000x10000 (e.g. 1600x900).</source>
        <translation>--size doit être LARGEURxHAUTEUR, de 200x150 à 10000x10000 (par exemple 1600x900).</translation>
    </message>
    <message>
        <source>--scale must be a number from 0.25 to 4.</source>
        <translation>--scale doit être un nombre de 0,25 à 4.</translation>
    </message>
    <message>
        <source>no %1 figure for &apos;%2&apos; (entities found: %3).</source>
        <translation>aucun chiffre de %1 pour « %2 » (entités trouvées : %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n point(s)</source>
        <translation>
            <numerusform>%1 : %n point</numerusform>
            <numerusform>%1 : %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) with no period stated</source>
        <translation>
            <numerusform>%n chiffre sans période indiquée</numerusform>
            <numerusform>%n chiffres sans période indiquée</numerusform>
        </translation>
    </message>
    <message>
        <source>Finds the figures of the articles of FOLDER and prints them as claims: entity, metric, period, amount, currency or unit, qualifier, quote and sentence.</source>
        <translation>Trouve les chiffres des articles de DOSSIER et les affiche comme affirmations : entité, indicateur, période, montant, devise ou unité, qualificatif, citation et phrase.</translation>
    </message>
    <message>
        <source>Output format: json (recoupe-claims-1, the default) or csv (the claims only, with a header row).</source>
        <translation>Format de sortie : json (recoupe-claims-1, par défaut) ou csv (les affirmations seules, avec une ligne d’en-tête).</translation>
    </message>
    <message>
        <source>Usage: recoupe-cli claims FOLDER [--format json|csv]</source>
        <translation>Usage : recoupe-cli claims DOSSIER [--format json|csv]</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use json or csv).</source>
        <translation>format « %1 » inconnu (utilisez json ou csv).</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>avertissement :</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>claims: %1</source>
        <translation>affirmations : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancy(ies)</source>
        <translation>
            <numerusform>%n divergence</numerusform>
            <numerusform>%n divergences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revised</source>
        <translation>
            <numerusform>%n révisé</numerusform>
            <numerusform>%n révisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreeing</source>
        <translation>
            <numerusform>%n concordant</numerusform>
            <numerusform>%n concordants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n single-source</source>
        <translation>
            <numerusform>%n à source unique</numerusform>
            <numerusform>%n à source unique</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups the claims of the articles of FOLDER by entity, metric and period, and says where the sources disagree and why; discrepancies first.</source>
        <translation>Regroupe les affirmations des articles de DOSSIER par entité, indicateur et période, et indique où les sources divergent et pourquoi ; divergences en premier.</translation>
    </message>
    <message>
        <source>Output format: text (the default) or json (recoupe-groups-1).</source>
        <translation>Format de sortie : text (par défaut) ou json (recoupe-groups-1).</translation>
    </message>
    <message>
        <source>Usage: recoupe-cli groups FOLDER [--format text|json]</source>
        <translation>Usage : recoupe-cli groups DOSSIER [--format text|json]</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>en commun : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching passage(s).</source>
        <translation>
            <numerusform>%n passage concordant.</numerusform>
            <numerusform>%n passages concordants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the sentences of different articles of FOLDER that say the same thing, with or without a figure, in French and English, best match first.</source>
        <translation>Liste les phrases d’articles différents de DOSSIER qui disent la même chose, avec ou sans chiffre, en français et en anglais, meilleures correspondances en premier.</translation>
    </message>
    <message>
        <source>Output format: text (the default) or json (recoupe-passages-1).</source>
        <translation>Format de sortie : text (par défaut) ou json (recoupe-passages-1).</translation>
    </message>
    <message>
        <source>Lowest score of a match, from 0 to 1 (default %1).</source>
        <translation>Score minimal d’une correspondance, de 0 à 1 (%1 par défaut).</translation>
    </message>
    <message>
        <source>Usage: recoupe-cli passages FOLDER [--format text|json] [--threshold SCORE]</source>
        <translation>Usage : recoupe-cli passages DOSSIER [--format text|json] [--threshold SCORE]</translation>
    </message>
    <message>
        <source>the threshold must be a number from 0 to 1.</source>
        <translation>le seuil doit être un nombre de 0 à 1.</translation>
    </message>
    <message>
        <source>Writes a fact-check report of the articles of FOLDER into DIR, ready for an editor: the disagreements with their reasons and quotes, the revisions, the annotations, each entity&apos;s capex chart and the sources. report.html is one self-contained file (charts embedded); report.md links the charts written beside it in charts/.</source>
        <translation>Écrit dans DIR un rapport de vérification des articles de DOSSIER, prêt pour un rédacteur en chef : les désaccords avec leurs raisons et leurs citations, les révisions, les annotations, le graphique des investissements de chaque entité et les sources. report.html est un fichier autonome (graphiques inclus) ; report.md renvoie aux graphiques écrits à côté, dans charts/.</translation>
    </message>
    <message>
        <source>The directory to write into (created when missing).</source>
        <translation>Le dossier où écrire (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>md, html or both (the default).</source>
        <translation>md, html ou both (les deux, par défaut).</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DOSSIER est obligatoire.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use md, html or both).</source>
        <translation>format « %1 » inconnu (utilisez md, html ou both).</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>single (the default: every entity on one chart) or grid (one small chart per entity, each on its own scale, over the same years).</source>
        <translation>single (par défaut : toutes les entités sur un graphique) ou grid (un petit graphique par entité, chacun à sa propre échelle, sur les mêmes années).</translation>
    </message>
    <message>
        <source>unknown layout &apos;%1&apos; (use single or grid).</source>
        <translation>disposition « %1 » inconnue (utilisez single ou grid).</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the options.</source>
        <translation>Lancez « %1 --help » pour voir les options.</translation>
    </message>
    <message>
        <source>Prints the tokens that the lexicon finds in the articles of FOLDER (numbers, magnitudes, currencies, entities, cues, periods), one a line.</source>
        <translation>Affiche les éléments que le lexique repère dans les articles de DOSSIER (nombres, ordres de grandeur, devises, entités, indices, périodes), un par ligne.</translation>
    </message>
    <message>
        <source>Only the article whose id (path in FOLDER) contains TEXT.</source>
        <translation>Seulement l’article dont l’identifiant (chemin dans DOSSIER) contient TEXTE.</translation>
    </message>
    <message>
        <source>Usage: recoupe-cli tokens FOLDER [--document TEXT]</source>
        <translation>Utilisation : recoupe-cli tokens DOSSIER [--document TEXTE]</translation>
    </message>
    <message>
        <source>not a figure</source>
        <translation>pas un chiffre</translation>
    </message>
    <message>
        <source>figure added: %1</source>
        <translation>chiffre ajouté : %1</translation>
    </message>
    <message>
        <source>Lists the fact-checkers&apos; corrections of the figures of FOLDER (.recoupe/corrections.json): where each one is in the current text (anchored, moved, orphaned, or on a text where no figure is found any more) and what it changed.</source>
        <translation>Liste les corrections des chiffres de DOSSIER faites par les vérificateurs (.recoupe/corrections.json) : où chacune se trouve dans le texte actuel (ancrée, déplacée, orpheline, ou sur un texte où plus aucun chiffre n’est trouvé) et ce qu’elle a changé.</translation>
    </message>
    <message>
        <source>Output format: text (the default) or json.</source>
        <translation>Format de sortie : text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Usage: recoupe-cli corrections FOLDER [--format text|json]</source>
        <translation>Usage : recoupe-cli corrections DOSSIER [--format text|json]</translation>
    </message>
    <message>
        <source>No correction yet.</source>
        <translation>Aucune correction pour l’instant.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Lists the fact-checkers&apos; annotations of FOLDER, each placed again in the current text of its article: anchored (where it was), moved (found elsewhere or slightly reworded) or orphaned (no longer found). Reads only, unless --import is given.
--import merges annotations into the folder&apos;s: Recoupe&apos;s own file, or W3C Web Annotation JSON from another tool (one Annotation, an array of them, an AnnotationPage, an AnnotationCollection with its pages included); a target named by a web address is matched with the article whose canonical address it is.
--export w3c writes them as a W3C AnnotationCollection, for other annotation tools.</source>
        <translation>Liste les annotations des vérificateurs de FOLDER, chacune replacée dans le texte actuel de son article : ancrée (là où elle était), déplacée (trouvée ailleurs ou légèrement reformulée) ou orpheline (introuvable). Lecture seule, sauf avec --import.
--import fusionne des annotations avec celles du dossier : le fichier de Recoupe, ou le JSON W3C Web Annotation d’un autre outil (une Annotation, un tableau d’annotations, une AnnotationPage, une AnnotationCollection dont les pages sont incluses) ; une cible désignée par une adresse web est rapprochée de l’article dont c’est l’adresse canonique.
--export w3c les écrit en AnnotationCollection W3C, pour d’autres outils d’annotation.</translation>
    </message>
    <message>
        <source>Merge the annotations of FILE into the folder&apos;s, then list them.</source>
        <translation>Fusionner les annotations de FILE avec celles du dossier, puis les lister.</translation>
    </message>
    <message>
        <source>Write the annotations as FORMAT instead of listing them: w3c (a W3C AnnotationCollection).</source>
        <translation>Écrire les annotations au format FORMAT au lieu de les lister : w3c (une AnnotationCollection W3C).</translation>
    </message>
    <message>
        <source>With --export: the file to write (default: the standard output).</source>
        <translation>Avec --export : le fichier à écrire (par défaut : la sortie standard).</translation>
    </message>
    <message>
        <source>Usage: recoupe-cli annotations FOLDER [--format text|json] [--import FILE] [--export w3c [--out FILE]]</source>
        <translation>Usage : recoupe-cli annotations FOLDER [--format text|json] [--import FILE] [--export w3c [--out FILE]]</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (use w3c).</source>
        <translation>format d’export « %1 » inconnu (utilisez w3c).</translation>
    </message>
    <message>
        <source>--out is for --export.</source>
        <translation>--out va avec --export.</translation>
    </message>
    <message>
        <source>The file %1 does not exist</source>
        <translation>Le fichier %1 n’existe pas</translation>
    </message>
    <message>
        <source>nothing imported: the folder&apos;s annotations file cannot be used as it is.</source>
        <translation>rien n’a été importé : le fichier d’annotations du dossier ne peut pas être utilisé tel quel.</translation>
    </message>
    <message>
        <source>Annotations of %1</source>
        <translation>Annotations de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n annotation(s) exported as a W3C AnnotationCollection.</source>
        <translation>
            <numerusform>%1 : %n annotation exportée en AnnotationCollection W3C.</numerusform>
            <numerusform>%1 : %n annotations exportées en AnnotationCollection W3C.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit 0 even when the folder&apos;s annotations or corrections file is damaged, unreadable or newer (the report still warns of it at its top).</source>
        <translation>Terminer avec le code 0 même quand le fichier d’annotations ou de corrections du dossier est endommagé, illisible ou plus récent (le rapport le signale toujours en tête).</translation>
    </message>
    <message>
        <source>the report was written with a warning at its top, but is incomplete: the annotations or corrections file could not be used. Repair it, or pass --allow-damaged to accept the report as it is.</source>
        <translation>le rapport a été écrit avec un avertissement en tête, mais il est incomplet : le fichier d’annotations ou de corrections n’a pas pu être utilisé. Réparez-le, ou passez --allow-damaged pour accepter le rapport tel quel.</translation>
    </message>
</context>
<context>
    <name>Recoupe::ComparisonsPane</name>
    <message>
        <source>Disagreements only</source>
        <translation>Divergences seulement</translation>
    </message>
    <message>
        <source>Filter by entity, metric, period…</source>
        <translation>Filtrer par entité, indicateur, période…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tel qu’écrit</translation>
    </message>
    <message>
        <source>Comparing the figures of the articles…</source>
        <translation>Comparaison des chiffres des articles…</translation>
    </message>
    <message>
        <source>Figures that several articles state are compared here.</source>
        <translation>Les chiffres cités par plusieurs articles sont comparés ici.</translation>
    </message>
    <message>
        <source>No figure of these articles could be compared.</source>
        <translation>Aucun chiffre de ces articles n’a pu être comparé.</translation>
    </message>
    <message>
        <source>Hide low-confidence discrepancies</source>
        <translation>Masquer les divergences peu sûres</translation>
    </message>
    <message>
        <source>Leave out the disagreements that may come from a hedge, a rounding, an undated article or a period the parser inferred</source>
        <translation>Écarter les divergences qui peuvent venir d’une nuance, d’un arrondi, d’un article non daté ou d’une période déduite par l’analyseur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>confidence: why</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Afficher moins</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n reason(s)</source>
        <translation>
            <numerusform>Afficher la raison</numerusform>
            <numerusform>Afficher les %n raisons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ConnectorHandle</name>
    <message>
        <source>Gutter between two panes</source>
        <translation>Gouttière entre deux volets</translation>
    </message>
    <message>
        <source>Joins the figures of the chosen group in the panes on either side; drag it to resize the panes</source>
        <translation>Relie les chiffres du groupe choisi dans les volets de part et d&apos;autre ; faites-la glisser pour redimensionner les volets</translation>
    </message>
</context>
<context>
    <name>Recoupe::CorpusLoader</name>
    <message>
        <source>Symbolic link loop: the link leads back to the folder %1, which contains it.</source>
        <translation>Boucle de liens symboliques : le lien renvoie au dossier %1, qui le contient.</translation>
    </message>
    <message>
        <source>This link leads to the folder %1, which is read already: its files are listed once.</source>
        <translation>Ce lien mène au dossier %1, déjà lu : ses fichiers ne sont listés qu’une fois.</translation>
    </message>
    <message>
        <source>The folder %1 is nested more than %2 levels deep: it was not read.</source>
        <translation>Le dossier %1 est imbriqué sur plus de %2 niveaux : il n’a pas été lu.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (permission denied): its files are missing.</source>
        <translation>Impossible de lire le dossier %1 (permission refusée) : ses fichiers manquent.</translation>
    </message>
    <message>
        <source>No folder was given.</source>
        <translation>Aucun dossier n’a été indiqué.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (permission denied).</source>
        <translation>Impossible de lire le dossier %1 (permission refusée).</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Symbolic link loop: the link leads back to %1.</source>
        <translation>Boucle de liens symboliques : le lien renvoie à %1.</translation>
    </message>
    <message>
        <source>Broken symbolic link: its target %1 does not exist.</source>
        <translation>Lien symbolique cassé : sa cible %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>Le fichier n’existe plus.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>C’est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Not a regular file (a named pipe, socket or device): it was not opened.</source>
        <translation>Ce n’est pas un fichier ordinaire (tube nommé, socket ou périphérique) : il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The file is %1, larger than the limit of %2: it was not read.</source>
        <translation>Le fichier fait %1, au-delà de la limite de %2 : il n’a pas été lu.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Impossible de lire le fichier : %1.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1: it was not read.</source>
        <translation>Le fichier dépasse la limite de %1 : il n’a pas été lu.</translation>
    </message>
    <message>
        <source>Not a text file: it holds binary data (NUL or control bytes). UTF-16 text needs a byte-order mark to be recognized.</source>
        <translation>Ce n’est pas un fichier texte : il contient des données binaires (octets NUL ou de contrôle). Un texte UTF-16 doit commencer par une marque d’ordre des octets (BOM) pour être reconnu.</translation>
    </message>
    <message>
        <source>The text cannot be decoded: it is neither UTF-8 nor Windows-1252.</source>
        <translation>Impossible de décoder le texte : il n’est ni en UTF-8 ni en Windows-1252.</translation>
    </message>
    <message>
        <source>The text cannot be decoded: its byte-order mark says %1, but the bytes that follow are not %1.</source>
        <translation>Impossible de décoder le texte : sa marque d’ordre des octets indique %1, mais les octets qui suivent ne sont pas en %1.</translation>
    </message>
    <message>
        <source>The file holds no readable text.</source>
        <translation>Le fichier ne contient aucun texte lisible.</translation>
    </message>
    <message>
        <source>The name of this file is not valid UTF-8 (shown here with %XX for its other bytes): it was not read. Rename it to read it.</source>
        <translation>Le nom de ce fichier n’est pas de l’UTF-8 valide (ses autres octets sont montrés ici en %XX) : il n’a pas été lu. Renommez-le pour le lire.</translation>
    </message>
    <message>
        <source>Link into the system folder %1: not read.</source>
        <translation>Lien vers le dossier système %1 : non lu.</translation>
    </message>
    <message>
        <source>Link outside the folder (to %1): not read.</source>
        <translation>Lien hors du dossier (vers %1) : non lu.</translation>
    </message>
</context>
<context>
    <name>Recoupe::CorpusSession</name>
    <message>
        <source>No document named %1 in the open folder.</source>
        <translation>Aucun document nommé %1 dans le dossier ouvert.</translation>
    </message>
    <message>
        <source>%1
Repair or remove that file, then reload the folder.</source>
        <translation>%1
Réparez ou supprimez ce fichier, puis rechargez le dossier.</translation>
    </message>
</context>
<context>
    <name>Recoupe::CorrectionApplier</name>
    <message>
        <source>Anchored</source>
        <translation>Ancrée</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacée</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Orpheline</translation>
    </message>
    <message>
        <source>No figure there</source>
        <translation>Plus de chiffre à cet endroit</translation>
    </message>
</context>
<context>
    <name>Recoupe::CorrectionController</name>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no entity</source>
        <translation>aucune entité</translation>
    </message>
    <message>
        <source>Put the cursor on a figure to correct it.</source>
        <translation>Placez le curseur sur un chiffre pour le corriger.</translation>
    </message>
    <message>
        <source>Correction saved in %1.</source>
        <translation>Correction enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Put the cursor on a figure that is not one (a year, a page number) to set it aside.</source>
        <translation>Placez le curseur sur un faux chiffre (une année, un numéro de page) pour l’écarter.</translation>
    </message>
    <message>
        <source>“%1” is no longer counted as a figure (Undo brings it back).</source>
        <translation>« %1 » n’est plus compté comme un chiffre (Annuler le rétablit).</translation>
    </message>
    <message>
        <source>Select the text of the figure to add.</source>
        <translation>Sélectionnez le texte du chiffre à ajouter.</translation>
    </message>
    <message>
        <source>Figure added; saved in %1.</source>
        <translation>Chiffre ajouté ; enregistré dans %1.</translation>
    </message>
    <message>
        <source>Corrected by hand</source>
        <translation>Corrigé à la main</translation>
    </message>
    <message>
        <source>The parser read: %1</source>
        <translation>Lecture de l’analyseur : %1</translation>
    </message>
    <message>
        <source>Corrected by %1</source>
        <translation>Corrigé par %1</translation>
    </message>
    <message>
        <source>Figure added by hand</source>
        <translation>Chiffre ajouté à la main</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>Ajouté par %1</translation>
    </message>
    <message>
        <source>Not a figure</source>
        <translation>Pas un chiffre</translation>
    </message>
    <message>
        <source>Set aside by %1</source>
        <translation>Écarté par %1</translation>
    </message>
</context>
<context>
    <name>Recoupe::CorrectionDialog</name>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>thousand</source>
        <translation>milliers</translation>
    </message>
    <message>
        <source>million</source>
        <translation>millions</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>milliards</translation>
    </message>
    <message>
        <source>trillion</source>
        <translation>billions</translation>
    </message>
    <message>
        <source>Add Figure</source>
        <translation>Ajouter un chiffre</translation>
    </message>
    <message>
        <source>Correct Figure</source>
        <translation>Corriger le chiffre</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>2025, 2025-Q3, FY2025, FY2025-Q1, 2025-2028 or empty</source>
        <translation>2025, 2025-Q3, FY2025, FY2025-Q1, 2025-2028 ou vide</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Amount, low</source>
        <translation>Montant, bas</translation>
    </message>
    <message>
        <source>same as low</source>
        <translation>identique au bas</translation>
    </message>
    <message>
        <source>Amount, high</source>
        <translation>Montant, haut</translation>
    </message>
    <message>
        <source>Currency or unit</source>
        <translation>Devise ou unité</translation>
    </message>
    <message>
        <source>A currency code (USD, EUR…) for money, else the unit counted</source>
        <translation>Un code de devise (USD, EUR…) pour de l’argent, sinon l’unité comptée</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualificatif</translation>
    </message>
    <message>
        <source>Why: the source that gives the right figure…</source>
        <translation>Pourquoi : la source qui donne le bon chiffre…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Chiffre :</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entité :</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Indicateur :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>&amp;Qualificatif :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>Write the period as 2025, 2025-Q3, FY2025, FY2025-Q1 or 2025-2028, or leave it empty.</source>
        <translation>Écrivez la période sous la forme 2025, 2025-Q3, FY2025, FY2025-Q1 ou 2025-2028, ou laissez-la vide.</translation>
    </message>
    <message>
        <source>Write the amount as a number, such as 72.2.</source>
        <translation>Écrivez le montant comme un nombre, par exemple 72,2.</translation>
    </message>
    <message>
        <source>Write the upper amount as a number, or leave it empty.</source>
        <translation>Écrivez le montant haut comme un nombre, ou laissez-le vide.</translation>
    </message>
    <message>
        <source>The upper amount is smaller than the lower one.</source>
        <translation>Le montant haut est inférieur au montant bas.</translation>
    </message>
    <message>
        <source>Give a currency (USD, EUR…) or a unit.</source>
        <translation>Indiquez une devise (USD, EUR…) ou une unité.</translation>
    </message>
</context>
<context>
    <name>Recoupe::CorrectionFile</name>
    <message>
        <source>it has no id</source>
        <translation>elle n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>it names no document</source>
        <translation>elle ne nomme aucun document</translation>
    </message>
    <message>
        <source>its target has no quote</source>
        <translation>sa cible n’a pas de citation</translation>
    </message>
    <message>
        <source>it must have exactly one of &quot;set&quot;, &quot;reject&quot;: true and &quot;add&quot;</source>
        <translation>elle doit avoir exactement un de « set », « reject »: true et « add »</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs at least &quot;metric&quot;, &quot;low&quot; and &quot;currency&quot; or &quot;unit&quot;</source>
        <translation>« add » demande au moins « metric », « low » et « currency » ou « unit »</translation>
    </message>
    <message>
        <source>The corrections file %1 cannot be read: %2</source>
        <translation>Le fichier de corrections %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The corrections file %1 is damaged: %2</source>
        <translation>Le fichier de corrections %1 est endommagé : %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>ce n’est pas du JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>it is not a Recoupe corrections file (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>ce n’est pas un fichier de corrections de Recoupe (pas de « format »: « %1 »)</translation>
    </message>
    <message>
        <source>The corrections file %1 was written by a newer version of Recoupe (format %2; this version reads %3). Update Recoupe to read it.</source>
        <translation>Le fichier de corrections %1 a été écrit par une version plus récente de Recoupe (format %2 ; cette version lit %3). Mettez Recoupe à jour pour le lire.</translation>
    </message>
    <message>
        <source>it has no list of corrections</source>
        <translation>il n’a pas de liste de corrections</translation>
    </message>
    <message>
        <source>Correction %1 of %2 was kept as it is but cannot be applied: %3</source>
        <translation>La correction %1 de %2 est conservée telle quelle mais ne peut pas être appliquée : %3</translation>
    </message>
    <message>
        <source>Correction %1 of %2 repeats the id %3; it was given a new one</source>
        <translation>La correction %1 de %2 reprend l’identifiant %3 ; elle en a reçu un nouveau</translation>
    </message>
</context>
<context>
    <name>Recoupe::CorrectionStore</name>
    <message>
        <source>Cannot save the corrections to %1: %2</source>
        <translation>Impossible d’enregistrer les corrections dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>It was kept as %1; new corrections start a new file.</source>
        <translation>Il a été conservé sous le nom %1 ; les nouvelles corrections commencent un nouveau fichier.</translation>
    </message>
    <message>
        <source>It could not be set aside, so it is left as it is and nothing will be written over it.</source>
        <translation>Il n’a pas pu être mis de côté : il est laissé tel quel et rien ne sera écrit par-dessus.</translation>
    </message>
    <message>
        <source>Correct Figure</source>
        <translation>Corriger le chiffre</translation>
    </message>
    <message>
        <source>Not a Figure</source>
        <translation>Pas un chiffre</translation>
    </message>
    <message>
        <source>Add Figure</source>
        <translation>Ajouter un chiffre</translation>
    </message>
    <message>
        <source>Edit Correction</source>
        <translation>Modifier la correction</translation>
    </message>
    <message>
        <source>Remove Correction</source>
        <translation>Supprimer la correction</translation>
    </message>
    <message>
        <source>The previous corrections could not be backed up to %1.</source>
        <translation>Les corrections précédentes n’ont pas pu être sauvegardées dans %1.</translation>
    </message>
    <message>
        <source>The folder cannot be written; the corrections are kept in %1.</source>
        <translation>Le dossier n’est pas accessible en écriture ; les corrections sont conservées dans %1.</translation>
    </message>
    <message>
        <source>The corrections could not be saved.</source>
        <translation>Les corrections n’ont pas pu être enregistrées.</translation>
    </message>
</context>
<context>
    <name>Recoupe::DocumentItemDelegate</name>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
</context>
<context>
    <name>Recoupe::DocumentListModel</name>
    <message>
        <source>Found in the file&apos;s metadata</source>
        <translation>Trouvé dans les métadonnées du fichier</translation>
    </message>
    <message>
        <source>Found in the article&apos;s text</source>
        <translation>Trouvé dans le texte de l’article</translation>
    </message>
    <message>
        <source>Set by you</source>
        <translation>Indiqué par vous</translation>
    </message>
    <message>
        <source>Inferred, not stated: check it</source>
        <translation>Déduit, non indiqué : à vérifier</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>No date found: set one in the document&apos;s properties</source>
        <translation>Aucune date trouvée : indiquez-en une dans les propriétés du document</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lang.</source>
        <comment>column header: the document&apos;s language, abbreviated</comment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The article is the part of the page that the page marks as its article.</source>
        <translation>L’article est la partie de la page que la page désigne comme son article.</translation>
    </message>
    <message>
        <source>The article is the block of the page that holds the most prose.</source>
        <translation>L’article est le bloc de la page qui contient le plus de texte suivi.</translation>
    </message>
    <message>
        <source>Nothing told the article from the rest of the page: the whole page is read.</source>
        <translation>Rien ne distinguait l’article du reste de la page : la page entière est lue.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) of the page set aside (menus, comments, footer...): View &gt; Show Whole Page shows them; their figures are never read as claims.</source>
        <translation>
            <numerusform>%n bloc de la page mis de côté (menus, commentaires, pied de page…) : Affichage &gt; Afficher la page entière le montre ; ses chiffres ne sont jamais lus comme des affirmations.</numerusform>
            <numerusform>%n blocs de la page mis de côté (menus, commentaires, pied de page…) : Affichage &gt; Afficher la page entière les montre ; leurs chiffres ne sont jamais lus comme des affirmations.</numerusform>
        </translation>
    </message>
    <message>
        <source>title from %1</source>
        <translation>titre tiré de %1</translation>
    </message>
    <message>
        <source>date from %1</source>
        <translation>date tirée de %1</translation>
    </message>
    <message>
        <source>address from %1</source>
        <translation>adresse tirée de %1</translation>
    </message>
    <message>
        <source>Page metadata: %1.</source>
        <translation>Métadonnées de la page : %1.</translation>
    </message>
    <message numerus="yes">
        <source>The PDF&apos;s text layer, read in reading order over its %n page(s); running headers, footers and page numbers set aside.</source>
        <translation>
            <numerusform>La couche texte du PDF, lue dans l’ordre de lecture sur sa %n page ; en-têtes, pieds de page et numéros de page courants mis de côté.</numerusform>
            <numerusform>La couche texte du PDF, lue dans l’ordre de lecture sur ses %n pages ; en-têtes, pieds de page et numéros de page courants mis de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>Par %1.</translation>
    </message>
    <message>
        <source>Updated on %1.</source>
        <translation>Mis à jour le %1.</translation>
    </message>
</context>
<context>
    <name>Recoupe::DocumentOverrides</name>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at offset %2).</source>
        <translation>ce n’est pas du JSON valide (%1 à la position %2).</translation>
    </message>
    <message>
        <source>it is not in the %1 format.</source>
        <translation>il n’est pas au format %1.</translation>
    </message>
    <message>
        <source>&quot;documents&quot; is not an object.</source>
        <translation>&quot;documents&quot; n’est pas un objet.</translation>
    </message>
    <message>
        <source>the entry of %1 is not an object</source>
        <translation>l’entrée de %1 n’est pas un objet</translation>
    </message>
    <message>
        <source>the %1 of %2 is not a string</source>
        <translation>le champ %1 de %2 n’est pas une chaîne</translation>
    </message>
    <message>
        <source>the date of %1, &quot;%2&quot;, is not YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>la date de %1, « %2 », n’est ni AAAA, ni AAAA-MM, ni AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>Recoupe::DocumentPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>Propriétés de %1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>File: %1 (%2, %3)</source>
        <translation>Fichier : %1 (%2, %3)</translation>
    </message>
    <message>
        <source>What you state here is kept in the folder&apos;s .recoupe/documents.json file and wins over what Recoupe finds in the article.</source>
        <translation>Ce que vous indiquez ici est conservé dans le fichier .recoupe/documents.json du dossier et prime sur ce que Recoupe trouve dans l’article.</translation>
    </message>
    <message>
        <source>Use the File&apos;s Values</source>
        <translation>Utiliser les valeurs du fichier</translation>
    </message>
    <message>
        <source>Forget what you stated about this article</source>
        <translation>Oublier ce que vous avez indiqué pour cet article</translation>
    </message>
    <message>
        <source>Empty: Recoupe uses the date found in the file, if any.</source>
        <translation>Vide : Recoupe utilise la date trouvée dans le fichier, s’il y en a une.</translation>
    </message>
    <message>
        <source>%1, set by you</source>
        <translation>%1, indiqué par vous</translation>
    </message>
    <message>
        <source>Could not save your correction: %1</source>
        <translation>Impossible d’enregistrer votre correction : %1</translation>
    </message>
    <message>
        <source>Not a date: write 2025-01-30, %1, 2025-01 or 2025.</source>
        <translation>Ce n’est pas une date : écrivez 2025-01-30, %1, 2025-01 ou 2025.</translation>
    </message>
    <message>
        <source>Found in the page&apos;s metadata: %1</source>
        <translation>Trouvée dans les métadonnées de la page : %1</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Fichier : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Recoupe::DocumentsPane</name>
    <message>
        <source>Filter by title or file…</source>
        <translation>Filtrer par titre ou fichier…</translation>
    </message>
    <message>
        <source>Articles of the folder</source>
        <translation>Articles du dossier</translation>
    </message>
    <message>
        <source>Choose an article to read it in the current pane; drag it onto another pane to read it there.</source>
        <translation>Choisissez un article pour le lire dans le volet courant ; faites-le glisser sur un autre volet pour l&apos;y lire.</translation>
    </message>
</context>
<context>
    <name>Recoupe::EntityCatalog</name>
    <message>
        <source>Cannot read the entity list %1: %2</source>
        <translation>Impossible de lire la liste d’entités %1 : %2</translation>
    </message>
    <message>
        <source>The entity list %1 is not valid JSON: %2</source>
        <translation>La liste d’entités %1 n’est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>The entity list %1 is not in the recoupe-entities-1 format</source>
        <translation>La liste d’entités %1 n’est pas au format recoupe-entities-1</translation>
    </message>
    <message>
        <source>The entity list %1 has an entity without a name</source>
        <translation>La liste d’entités %1 contient une entité sans nom</translation>
    </message>
</context>
<context>
    <name>Recoupe::ExportChartDialog</name>
    <message>
        <source>&amp;Transparent background</source>
        <translation>Fond &amp;transparent</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Pixels per point of the picture: 2 for high-density screens and print</source>
        <translation>Pixels par point de l’image : 2 pour les écrans haute densité et l’impression</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>T&amp;aille :</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle :</translation>
    </message>
    <message>
        <source>Could not save the chart.</source>
        <translation>Impossible d’enregistrer le graphique.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Données JSON (*.json)</translation>
    </message>
    <message>
        <source>Name the file .png, .svg, .csv or .json</source>
        <translation>Nommez le fichier en .png, .svg, .csv ou .json</translation>
    </message>
</context>
<context>
    <name>Recoupe::FactCheckReport</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Fact-check report</source>
        <translation>Rapport de vérification</translation>
    </message>
    <message>
        <source>Fact-check report: %1</source>
        <translation>Rapport de vérification : %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>report date, time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>article title, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>annotation author, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <translation>%1 (déduite)</translation>
    </message>
    <message>
        <source>%1 (set by hand)</source>
        <translation>%1 (indiquée à la main)</translation>
    </message>
    <message>
        <source>Prepared by Recoupe on %1 from the articles of %2.</source>
        <translation>Préparé par Recoupe le %1 à partir des articles de %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Claim groups</source>
        <translation>Groupes de chiffres</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the folder could not be read: see the sources.</source>
        <translation>
            <numerusform>%n fichier du dossier n&apos;a pas pu être lu : voir les sources.</numerusform>
            <numerusform>%n fichiers du dossier n&apos;ont pas pu être lus : voir les sources.</numerusform>
        </translation>
    </message>
    <message>
        <source>The articles do not contradict each other on any figure.</source>
        <translation>Les articles ne se contredisent sur aucun chiffre.</translation>
    </message>
    <message>
        <source>No figure was revised by a later article.</source>
        <translation>Aucun chiffre n&apos;a été révisé par un article ultérieur.</translation>
    </message>
    <message>
        <source>No annotation yet.</source>
        <translation>Aucune annotation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Capital expenditure charts</source>
        <translation>Graphiques des investissements</translation>
    </message>
    <message>
        <source>No article states a capital expenditure figure.</source>
        <translation>Aucun article ne donne de chiffre d&apos;investissement.</translation>
    </message>
    <message>
        <source>Capital expenditure of %1, as the articles state it</source>
        <translation>Investissements de %1, tels que les articles les donnent</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Figures as the articles state them; amounts compared after conversion at each article&apos;s date. Made with Recoupe %1.</source>
        <translation>Chiffres tels que les articles les donnent ; montants comparés après conversion à la date de chaque article. Réalisé avec Recoupe %1.</translation>
    </message>
    <message>
        <source>Recoupe · Fact-check report</source>
        <translation>Recoupe · Rapport de vérification</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Préparé le %1</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>The articles disagree on the figures listed below: each disagreement comes with its reasons and the passages concerned, quoted in context. Revisions, annotations, charts and sources follow.</source>
        <translation>Les articles ne s&apos;accordent pas sur les chiffres ci-dessous : chaque désaccord est donné avec ses raisons et les passages concernés, cités dans leur contexte. Suivent les révisions, les annotations, les graphiques et les sources.</translation>
    </message>
    <message>
        <source>The articles do not contradict each other on any figure. Revisions, annotations, charts and sources follow.</source>
        <translation>Les articles ne se contredisent sur aucun chiffre. Suivent les révisions, les annotations, les graphiques et les sources.</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Figure corrected</source>
        <translation>Chiffre corrigé</translation>
    </message>
    <message>
        <source>Not a figure</source>
        <translation>Pas un chiffre</translation>
    </message>
    <message>
        <source>%1 is not counted as a figure</source>
        <translation>%1 n’est pas compté comme un chiffre</translation>
    </message>
    <message>
        <source>Figure added</source>
        <translation>Chiffre ajouté</translation>
    </message>
    <message>
        <source>added: %1 · %2 · %3</source>
        <translation>ajouté : %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>No figure was corrected by hand.</source>
        <translation>Aucun chiffre n’a été corrigé à la main.</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Avertissement :</translation>
    </message>
</context>
<context>
    <name>Recoupe::FiguresModel</name>
    <message>
        <source>Capital expenditure</source>
        <translation>Dépenses d’investissement</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Net income</source>
        <translation>Résultat net</translation>
    </message>
    <message>
        <source>Other amount</source>
        <translation>Autre montant</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Share price move</source>
        <translation>Variation du cours</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximatif</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>range</source>
        <translation>fourchette</translation>
    </message>
    <message>
        <source>tn</source>
        <comment>trillion, after an amount</comment>
        <translation>Bn</translation>
    </message>
    <message>
        <source>bn</source>
        <comment>billion, after an amount</comment>
        <translation>Md</translation>
    </message>
    <message>
        <source>M</source>
        <comment>million, after an amount</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousand, after an amount</comment>
        <translation>k</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>“%1” in %2</source>
        <translation>« %1 » dans %2</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualificatif</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>users</source>
        <comment>unit after an amount: 3.48 bn users</comment>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <source>Corrected by a fact-checker (the pane&apos;s tooltip says what the parser read)</source>
        <translation>Corrigé par un vérificateur (l’infobulle du volet dit ce que l’analyseur avait lu)</translation>
    </message>
    <message>
        <source>Added by a fact-checker</source>
        <translation>Ajouté par un vérificateur</translation>
    </message>
</context>
<context>
    <name>Recoupe::FiguresPane</name>
    <message>
        <source>Filter by entity, amount, source…</source>
        <translation>Filtrer par entité, montant, source…</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Tous les indicateurs</translation>
    </message>
</context>
<context>
    <name>Recoupe::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Match &amp;accents</source>
        <translation>Respecter les &amp;accents</translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation>Rechercher dans cet article</translation>
    </message>
    <message>
        <source>Find in this article…</source>
        <translation>Rechercher dans cet article…</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Letters are found whatever their case and accents unless you ask otherwise</source>
        <translation>Les lettres sont trouvées quels que soient leur casse et leurs accents, sauf demande contraire</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>When off, &quot;depenses&quot; also finds &quot;dépenses&quot;</source>
        <translation>Désactivé, « depenses » trouve aussi « dépenses »</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Recoupe::FindInFolderPane</name>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Match accents</source>
        <translation>Respecter les accents</translation>
    </message>
    <message>
        <source>Find in every article…</source>
        <translation>Rechercher dans tous les articles…</translation>
    </message>
    <message>
        <source>Text to find in the folder</source>
        <translation>Texte à rechercher dans le dossier</translation>
    </message>
    <message>
        <source>Matches in the folder</source>
        <translation>Occurrences dans le dossier</translation>
    </message>
    <message>
        <source>Articles and the lines that hold the text; choose a line to open it</source>
        <translation>Les articles et les lignes qui contiennent le texte ; choisissez une ligne pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No article holds “%1”.</source>
        <translation>Aucun article ne contient « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
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
    <name>Recoupe::FiscalCalendar</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Not a JSON object: %1</source>
        <translation>Ce n’est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>Not a fiscal-year table (expected &quot;format&quot;: &quot;recoupe-fiscal-years-1&quot;).</source>
        <translation>Ce n’est pas une table d’exercices (attendu : &quot;format&quot;: &quot;recoupe-fiscal-years-1&quot;).</translation>
    </message>
    <message>
        <source>%1: &quot;yearEnd&quot; must be MM-DD, for example 06-30.</source>
        <translation>%1 : &quot;yearEnd&quot; doit être au format MM-JJ, par exemple 06-30.</translation>
    </message>
    <message>
        <source>%1: &quot;namedAfter&quot; must be &quot;end&quot; or &quot;start&quot;.</source>
        <translation>%1 : &quot;namedAfter&quot; doit valoir &quot;end&quot; ou &quot;start&quot;.</translation>
    </message>
</context>
<context>
    <name>Recoupe::FolderFileReader</name>
    <message>
        <source>it is a symbolic link to %1, which does not exist</source>
        <translation>c’est un lien symbolique vers %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>it is not a regular file (a named pipe, socket or device)</source>
        <translation>ce n’est pas un fichier ordinaire (un tube nommé, une socket ou un périphérique)</translation>
    </message>
    <message>
        <source>it is %1, larger than the limit of %2</source>
        <translation>il fait %1, plus que la limite de %2</translation>
    </message>
    <message>
        <source>it is larger than the limit of %1</source>
        <translation>il dépasse la limite de %1</translation>
    </message>
</context>
<context>
    <name>Recoupe::GroupPalette</name>
    <message>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>bluish green</source>
        <translation>vert bleuté</translation>
    </message>
    <message>
        <source>reddish purple</source>
        <translation>pourpre</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>bleu ciel</translation>
    </message>
    <message>
        <source>vermilion</source>
        <translation>vermillon</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
</context>
<context>
    <name>Recoupe::HandbookWindow</name>
    <message>
        <source>Recoupe Handbook</source>
        <translation>Manuel de Recoupe</translation>
    </message>
</context>
<context>
    <name>Recoupe::LoadProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Recoupe::LoadProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading this folder</source>
        <translation>Arrêter la lecture de ce dossier</translation>
    </message>
</context>
<context>
    <name>Recoupe::MainWindow</name>
    <message>
        <source>Recoupe</source>
        <translation>Recoupe</translation>
    </message>
    <message>
        <source>Open a folder of articles</source>
        <translation>Ouvrez un dossier d’articles</translation>
    </message>
    <message>
        <source>Recoupe reads the .txt, .md, .html and .pdf articles of a folder, highlights their figures and shows where the sources disagree.</source>
        <translation>Recoupe lit les articles .txt, .md, .html et .pdf d’un dossier, met en évidence leurs chiffres et montre où les sources divergent.</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Articles</source>
        <translation>Ouvrir les articles d’e&amp;xemple</translation>
    </message>
    <message>
        <source>Open the articles bundled with Recoupe</source>
        <translation>Ouvrir les articles fournis avec Recoupe</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Read the folder again</source>
        <translation>Relire le dossier</translation>
    </message>
    <message>
        <source>Document &amp;Properties…</source>
        <translation>&amp;Propriétés du document…</translation>
    </message>
    <message>
        <source>Correct the date, title or language of the selected article</source>
        <translation>Corriger la date, le titre ou la langue de l’article sélectionné</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Configure Recoupe…</source>
        <translation>Configurer &amp;Recoupe…</translation>
    </message>
    <message>
        <source>&amp;About Recoupe</source>
        <translation>À &amp;propos de Recoupe</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Files that cannot be read are listed here, with the reason.</source>
        <translation>Les fichiers illisibles sont listés ici, avec la raison.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Show &amp;Documents</source>
        <translation>Afficher les &amp;documents</translation>
    </message>
    <message>
        <source>Show &amp;Problems</source>
        <translation>Afficher les &amp;problèmes</translation>
    </message>
    <message>
        <source>Show &amp;Comparisons</source>
        <translation>Afficher les &amp;comparaisons</translation>
    </message>
    <message>
        <source>Show &amp;Figures</source>
        <translation>Afficher les c&amp;hiffres</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Afficher la barre d’&amp;outils</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Open a Folder of Articles</source>
        <translation>Ouvrir un dossier d’articles</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 — Recoupe</source>
        <translation>%1 — Recoupe</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>No problems: every file of the folder was read.</source>
        <translation>Aucun problème : tous les fichiers du dossier ont été lus.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>No articles in %1</source>
        <translation>Aucun article dans %1</translation>
    </message>
    <message>
        <source>Recoupe reads the .txt, .md, .html and .pdf files of a folder and of its subfolders.</source>
        <translation>Recoupe lit les fichiers .txt, .md, .html et .pdf d’un dossier et de ses sous-dossiers.</translation>
    </message>
    <message>
        <source>Stopped reading %1.</source>
        <translation>Lecture de %1 arrêtée.</translation>
    </message>
    <message>
        <source>Reading %1 was canceled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>Saved your correction of %1.</source>
        <translation>Votre correction de %1 a été enregistrée.</translation>
    </message>
    <message>
        <source>No folder open</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Articles : %1</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Non lus : %1</translation>
    </message>
    <message>
        <source>Comparing figures…</source>
        <translation>Comparaison des chiffres…</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Chiffres : %1</translation>
    </message>
    <message>
        <source>Disagreements: %1</source>
        <translation>Divergences : %1</translation>
    </message>
    <message>
        <source>About Recoupe</source>
        <translation>À propos de Recoupe</translation>
    </message>
    <message>
        <source>Recoupe %1</source>
        <translation>Recoupe %1</translation>
    </message>
    <message>
        <source>Cross-check the figures of news articles.</source>
        <translation>Recoupez les chiffres des articles de presse.</translation>
    </message>
    <message>
        <source>Recoupe highlights every figure of a folder of articles, groups the same claim across them and flags where the sources disagree. It never uses the network.</source>
        <translation>Recoupe met en évidence chaque chiffre d’un dossier d’articles, regroupe les mêmes affirmations d’un article à l’autre et signale les divergences entre sources. Il n’utilise jamais le réseau.</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on %2) and KDE Frameworks.</source>
        <translation>Compilé avec Qt %1 (exécuté avec %2) et KDE Frameworks.</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>Save the timeline as a picture (PNG, SVG) or its data (CSV, JSON)</source>
        <translation>Enregistrer la frise comme image (PNG, SVG) ou ses données (CSV, JSON)</translation>
    </message>
    <message>
        <source>Cop&amp;y Chart</source>
        <translation>Copier le &amp;graphique</translation>
    </message>
    <message>
        <source>Copy the timeline to the clipboard as a picture</source>
        <translation>Copier la frise dans le presse-papiers comme image</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Show &amp;Timeline</source>
        <translation>Afficher la &amp;frise chronologique</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>frise</translation>
    </message>
    <message>
        <source>Saved the chart as %1.</source>
        <translation>Graphique enregistré sous %1.</translation>
    </message>
    <message>
        <source>&amp;Add Pane</source>
        <translation>&amp;Ajouter un volet</translation>
    </message>
    <message>
        <source>Read one more article side by side (up to four)</source>
        <translation>Lire un article de plus côte à côte (jusqu&apos;à quatre)</translation>
    </message>
    <message>
        <source>Add Pane</source>
        <translation>Ajouter un volet</translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation>&amp;Fermer le volet</translation>
    </message>
    <message>
        <source>&amp;Link Scrolling</source>
        <translation>&amp;Lier le défilement</translation>
    </message>
    <message>
        <source>Scroll the panes together, aligned on the passages they share</source>
        <translation>Faire défiler les volets ensemble, alignés sur les passages qu&apos;ils partagent</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Zoom All &amp;Panes Together</source>
        <translation>Zoomer tous les &amp;volets ensemble</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find text in the current pane&apos;s article</source>
        <translation>Rechercher du texte dans l&apos;article du volet courant</translation>
    </message>
    <message>
        <source>Find in &amp;Folder…</source>
        <translation>Rechercher dans le &amp;dossier…</translation>
    </message>
    <message>
        <source>Find text in every article of the folder</source>
        <translation>Rechercher du texte dans tous les articles du dossier</translation>
    </message>
    <message>
        <source>Find in Folder</source>
        <translation>Rechercher dans le dossier</translation>
    </message>
    <message>
        <source>&amp;Next Figure</source>
        <translation>Chiffre &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Figure</source>
        <translation>Chiffre &amp;précédent</translation>
    </message>
    <message>
        <source>Same Figure in the Ne&amp;xt Source</source>
        <translation>Même chiffre dans la source suiva&amp;nte</translation>
    </message>
    <message>
        <source>Go to the next claim of the chosen group, across the panes</source>
        <translation>Aller au chiffre suivant du groupe choisi, d&apos;un volet à l&apos;autre</translation>
    </message>
    <message>
        <source>Same Figure in the Pre&amp;vious Source</source>
        <translation>Même chiffre dans la source pré&amp;cédente</translation>
    </message>
    <message>
        <source>Next P&amp;ane</source>
        <translation>Volet suivan&amp;t</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Volet précéden&amp;t</translation>
    </message>
    <message>
        <source>No article in this pane</source>
        <translation>Aucun article dans ce volet</translation>
    </message>
    <message>
        <source>Choose an article above, or drag one here from the Documents list.</source>
        <translation>Choisissez un article ci-dessus, ou faites-en glisser un ici depuis la liste Documents.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Show Find &amp;Results</source>
        <translation>Afficher les &amp;résultats de recherche</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>%1 changed on disk: read again, annotations placed again.</source>
        <translation>%1 a changé sur le disque : relu, annotations replacées.</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Annoter…</translation>
    </message>
    <message>
        <source>Write a note and a verdict on the selected passage or figure</source>
        <translation>Écrire une note et un verdict sur le passage ou le chiffre sélectionné</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annoter</translation>
    </message>
    <message>
        <source>&amp;Edit Annotation…</source>
        <translation>&amp;Modifier l&apos;annotation…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Supprimer l&apos;annotation</translation>
    </message>
    <message>
        <source>&amp;Restore Annotations from Backup…</source>
        <translation>&amp;Restaurer les annotations depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importer des annotations…</translation>
    </message>
    <message>
        <source>Export Fact-Check &amp;Report…</source>
        <translation>Exporter le &amp;rapport de vérification…</translation>
    </message>
    <message>
        <source>Write the disagreements, annotations and charts as an HTML and Markdown report</source>
        <translation>Écrire les désaccords, les annotations et les graphiques dans un rapport HTML et Markdown</translation>
    </message>
    <message>
        <source>Export the Report into a Folder</source>
        <translation>Exporter le rapport dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Show &amp;Annotations</source>
        <translation>Afficher les &amp;annotations</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Export Fact-Check Report</source>
        <translation>Exporter le rapport de vérification</translation>
    </message>
    <message>
        <source>Report written in %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>&amp;Correct Figure…</source>
        <translation>&amp;Corriger le chiffre…</translation>
    </message>
    <message>
        <source>Set the entity, metric, period or amount of the figure at the cursor</source>
        <translation>Modifier l’entité, l’indicateur, la période ou le montant du chiffre sous le curseur</translation>
    </message>
    <message>
        <source>&amp;Not a Figure</source>
        <translation>Pas un chi&amp;ffre</translation>
    </message>
    <message>
        <source>Set aside the figure at the cursor: a year or a page number read as an amount</source>
        <translation>Écarter le chiffre sous le curseur : une année ou un numéro de page lu comme un montant</translation>
    </message>
    <message>
        <source>A&amp;dd Figure…</source>
        <translation>Ajou&amp;ter un chiffre…</translation>
    </message>
    <message>
        <source>Make a figure of the selected text, which Recoupe missed</source>
        <translation>Faire un chiffre du texte sélectionné, que Recoupe a manqué</translation>
    </message>
    <message>
        <source>Merge another fact-checker&apos;s annotations.json of this folder, or W3C Web Annotations of its articles from another tool</source>
        <translation>Fusionner le fichier annotations.json d’un autre vérificateur pour ce dossier, ou les annotations W3C Web Annotation de ses articles venant d’un autre outil</translation>
    </message>
    <message>
        <source>E&amp;xport Annotations for Other Tools…</source>
        <translation>E&amp;xporter les annotations pour d’autres outils…</translation>
    </message>
    <message>
        <source>Write the annotations as a W3C Web Annotation collection, which other annotation tools read</source>
        <translation>Écrire les annotations en collection W3C Web Annotation, que lisent d’autres outils d’annotation</translation>
    </message>
    <message>
        <source>Recoupe &amp;Handbook</source>
        <translation>&amp;Manuel de Recoupe</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation>Le graphique a été enregistré sous %1.</translation>
    </message>
    <message>
        <source>The report was written in %1.</source>
        <translation>Le rapport a été écrit dans %1.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Show &amp;Whole Page</source>
        <translation>Afficher la &amp;page entière</translation>
    </message>
    <message>
        <source>Show everything the saved web page holds, the menus, comments and footer that Recoupe set aside included; their figures are never read as claims</source>
        <translation>Afficher tout ce que contient la page web enregistrée, y compris les menus, commentaires et pied de page que Recoupe a mis de côté ; leurs chiffres ne sont jamais lus comme des affirmations</translation>
    </message>
</context>
<context>
    <name>Recoupe::PdfReader</name>
    <message>
        <source>The PDF is damaged or incomplete (or not a PDF at all): it cannot be read.</source>
        <translation>Le PDF est endommagé ou incomplet (ou ce n&apos;est pas un PDF) : il ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password: it was not read. Save or print a copy without a password to read it.</source>
        <translation>Le PDF est protégé par un mot de passe : il n&apos;a pas été lu. Enregistrez ou imprimez-en une copie sans mot de passe pour le lire.</translation>
    </message>
    <message>
        <source>The PDF has %1 pages, more than the limit of %2 for an article: it was not read.</source>
        <translation>Le PDF a %1 pages, plus que la limite de %2 pour un article : il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>No text layer: run OCR first. This PDF holds only images of its pages (a scan), and Recoupe reads text, not images.</source>
        <translation>Pas de couche texte : passez d&apos;abord un OCR. Ce PDF ne contient que des images de ses pages (un scan), et Recoupe lit du texte, pas des images.</translation>
    </message>
</context>
<context>
    <name>Recoupe::PreferencesDialog</name>
    <message>
        <source>Configure Recoupe</source>
        <translation>Configurer Recoupe</translation>
    </message>
    <message>
        <source>Follow the system colours</source>
        <translation>Suivre les couleurs du système</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Default (%1 pt)</source>
        <translation>Par défaut (%1 pt)</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>&amp;Highlighting theme:</source>
        <translation>Thème de &amp;coloration :</translation>
    </message>
    <message>
        <source>The theme colours the figures, currencies, periods and entities of the articles.</source>
        <translation>Le thème colore les chiffres, devises, périodes et entités des articles.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>The new language is used the next time Recoupe starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Recoupe.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Your name, as your annotations will show it</source>
        <translation>Votre nom, tel que vos annotations l&apos;afficheront</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
</context>
<context>
    <name>Recoupe::ReadingController</name>
    <message>
        <source>Marked in %1 in every pane</source>
        <translation>Marqué en %1 dans tous les volets</translation>
    </message>
    <message>
        <source>The sources disagree:</source>
        <translation>Les sources divergent :</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Other sources:</source>
        <translation>Autres sources :</translation>
    </message>
    <message>
        <source>No other article states this figure.</source>
        <translation>Aucun autre article ne donne ce chiffre.</translation>
    </message>
    <message>
        <source>Figure %1 of %2 in the open panes: %3</source>
        <translation>Chiffre %1 sur %2 dans les volets ouverts : %3</translation>
    </message>
    <message>
        <source>Could not remember the panes of this folder: %1</source>
        <translation>Impossible d&apos;enregistrer les volets de ce dossier : %1</translation>
    </message>
</context>
<context>
    <name>Recoupe::ReadingLayoutStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>The reading layout %1 cannot be read: %2</source>
        <translation>La disposition de lecture %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The reading layout %1 is not valid JSON (%2 at offset %3).</source>
        <translation>La disposition de lecture %1 n&apos;est pas du JSON valide (%2 à la position %3).</translation>
    </message>
    <message>
        <source>The reading layout %1 is not in the %2 format.</source>
        <translation>La disposition de lecture %1 n&apos;est pas au format %2.</translation>
    </message>
</context>
<context>
    <name>Recoupe::ReadingPane</name>
    <message>
        <source>from the metadata</source>
        <translation>d’après les métadonnées</translation>
    </message>
    <message>
        <source>from the text</source>
        <translation>d’après le texte</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>indiqué par vous</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>déduit</translation>
    </message>
    <message>
        <source>No article selected</source>
        <translation>Aucun article sélectionné</translation>
    </message>
    <message>
        <source>Choose an article in the Documents list to read it here.</source>
        <translation>Choisissez un article dans la liste Documents pour le lire ici.</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Correct the date, title or language of this article</source>
        <translation>Corriger la date, le titre ou la langue de cet article</translation>
    </message>
    <message>
        <source>No date: set it…</source>
        <translation>Sans date : l’indiquer…</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>No date was found in this article</source>
        <translation>Aucune date n’a été trouvée dans cet article</translation>
    </message>
    <message>
        <source>Encoding and size of the file (%1)</source>
        <translation>Encodage et taille du fichier (%1)</translation>
    </message>
    <message>
        <source>Recoupe could not read this file: %1</source>
        <translation>Recoupe n’a pas pu lire ce fichier : %1</translation>
    </message>
    <message>
        <source>Also reported by:</source>
        <translation>Également cité par :</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Volet de lecture</translation>
    </message>
    <message>
        <source>An article of the folder; its figures are highlighted and linked to the same figures in the other panes</source>
        <translation>Un article du dossier ; ses chiffres sont surlignés et reliés aux mêmes chiffres dans les autres volets</translation>
    </message>
    <message>
        <source>Correct the date, title or language</source>
        <translation>Corriger la date, le titre ou la langue</translation>
    </message>
    <message>
        <source>Article shown in this pane</source>
        <translation>Article affiché dans ce volet</translation>
    </message>
    <message>
        <source>Choose the article to read in this pane, or drop one here from the Documents list</source>
        <translation>Choisissez l&apos;article à lire dans ce volet, ou déposez-en un ici depuis la liste Documents</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>Fermer ce volet</translation>
    </message>
    <message>
        <source>Choose an article…</source>
        <translation>Choisir un article…</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Texte de %1</translation>
    </message>
    <message>
        <source>The whole page, as saved: what Recoupe set aside as the page&apos;s chrome (menus, most read, related stories, comments, footer) is shown too. Its figures are never read as claims. View &gt; Show Whole Page again to go back to the article.</source>
        <translation>La page entière, telle qu’enregistrée : ce que Recoupe a mis de côté comme habillage de la page (menus, les plus lus, articles liés, commentaires, pied de page) est aussi affiché. Ses chiffres ne sont jamais lus comme des affirmations. Affichage &gt; Afficher la page entière à nouveau pour revenir à l’article.</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s), %1</source>
        <translation>
            <numerusform>PDF, %n page, %1</numerusform>
            <numerusform>PDF, %n pages, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recoupe::ReadingView</name>
    <message>
        <source>— page %1 —</source>
        <extracomment>A mark in the margin of a PDF article&apos;s text, where one of its pages begins.</extracomment>
        <translation>— page %1 —</translation>
    </message>
</context>
<context>
    <name>Recoupe::ReportExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Recoupe::RestoreBackupDialog</name>
    <message>
        <source>Restore Annotations from a Backup</source>
        <translation>Restaurer les annotations depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Recoupe keeps the last ten versions of the annotations file. Restoring one replaces the current annotations; the current ones are backed up first, and Undo brings them back.</source>
        <translation>Recoupe garde les dix dernières versions du fichier d&apos;annotations. En restaurer une remplace les annotations actuelles ; celles-ci sont d&apos;abord sauvegardées, et Annuler les rétablit.</translation>
    </message>
    <message>
        <source>Backups of the annotations</source>
        <translation>Sauvegardes des annotations</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n annotation(s)</source>
        <translation>
            <numerusform>%1 — %n annotation</numerusform>
            <numerusform>%1 — %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — cannot be read: %2</source>
        <translation>%1 — illisible : %2</translation>
    </message>
    <message>
        <source>No backup yet: one is made when the annotations are first saved in a session.</source>
        <translation>Aucune sauvegarde pour l&apos;instant : une est faite au premier enregistrement des annotations dans une session.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>Recoupe::SearchResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Document / Line</source>
        <translation>Document / ligne</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
</context>
<context>
    <name>Recoupe::TimelineChart</name>
    <message>
        <source>Billions of US dollars</source>
        <translation>Milliards de dollars US</translation>
    </message>
    <message>
        <source>Billions of euros</source>
        <translation>Milliards d’euros</translation>
    </message>
    <message>
        <source>Billions (%1)</source>
        <translation>Milliards (%1)</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Sources divergentes</translation>
    </message>
    <message>
        <source>~ about</source>
        <translation>~ environ</translation>
    </message>
    <message>
        <source>↑ more than</source>
        <translation>↑ plus de</translation>
    </message>
    <message>
        <source>↓ at most</source>
        <translation>↓ au plus</translation>
    </message>
    <message>
        <source>Hedged (%1)</source>
        <translation>Nuancé (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n series)</source>
        <translation>
            <numerusform>Autres (%n série)</numerusform>
            <numerusform>Autres (%n séries)</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarter or half-year</source>
        <translation>Trimestre ou semestre</translation>
    </message>
    <message>
        <source>Median of a period (×N figures)</source>
        <translation>Médiane d&apos;une période (×N chiffres)</translation>
    </message>
</context>
<context>
    <name>Recoupe::TimelineChartView</name>
    <message>
        <source>%1 (about %2)</source>
        <translation>%1 (environ %2)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>The sources disagree.</source>
        <translation>Les sources divergent.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) from %1</source>
        <translation>
            <numerusform>%n chiffre de %1</numerusform>
            <numerusform>%n chiffres de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Median %1; middle half %2 to %3</source>
        <translation>Médiane %1 ; moitié centrale de %2 à %3</translation>
    </message>
    <message>
        <source>Lowest %1, highest %2</source>
        <translation>Minimum %1, maximum %2</translation>
    </message>
</context>
<context>
    <name>Recoupe::TimelineModel</name>
    <message>
        <source>Unattributed</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Capital expenditure</source>
        <translation>Dépenses d’investissement</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Net income</source>
        <translation>Résultat net</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Plotted at</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Low (%1 bn)</source>
        <translation>Bas (Md %1)</translation>
    </message>
    <message>
        <source>High (%1 bn)</source>
        <translation>Haut (Md %1)</translation>
    </message>
    <message>
        <source>Value (%1 bn)</source>
        <translation>Valeur (Md %1)</translation>
    </message>
    <message>
        <source>As stated</source>
        <translation>Tel qu’indiqué</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualificatif</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Date de la source</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
</context>
<context>
    <name>Recoupe::TimelinePane</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>The entity whose figures are drawn</source>
        <translation>L’entité dont les chiffres sont tracés</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Toutes les entités</translation>
    </message>
    <message>
        <source>The figure drawn</source>
        <translation>Le chiffre tracé</translation>
    </message>
    <message>
        <source>Amounts are converted into this currency at each article&apos;s date</source>
        <translation>Les montants sont convertis dans cette devise à la date de chaque article</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Guidance over time</source>
        <translation>Prévisions au fil du temps</translation>
    </message>
    <message>
        <source>Timeline: each figure where its period falls. Guidance over time: how the figure announced for a period changed from one article to the next.</source>
        <translation>Frise chronologique : chaque chiffre placé dans sa période. Prévisions au fil du temps : comment le chiffre annoncé pour une période a évolué d’un article à l’autre.</translation>
    </message>
    <message>
        <source>Save the chart as a picture (PNG, SVG) or its data (CSV, JSON)</source>
        <translation>Enregistrer le graphique comme image (PNG, SVG) ou ses données (CSV, JSON)</translation>
    </message>
    <message>
        <source>These articles give no period for the figure: it is not placed on the chart.</source>
        <translation>Ces articles ne donnent aucune période pour ce chiffre : il n’est pas placé sur le graphique.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Toutes les périodes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No period stated: %1</source>
        <translation>Sans période indiquée : %1</translation>
    </message>
    <message>
        <source>Nothing to place in time</source>
        <translation>Rien à placer dans le temps</translation>
    </message>
    <message>
        <source>No timeline yet</source>
        <translation>Pas encore de frise</translation>
    </message>
    <message>
        <source>No figure of these articles for “%1” states a period.</source>
        <translation>Aucun chiffre de ces articles pour « %1 » n’indique de période.</translation>
    </message>
    <message>
        <source>The timeline appears once the figures of a folder are compared.</source>
        <translation>La frise apparaît une fois les chiffres d’un dossier comparés.</translation>
    </message>
    <message>
        <source>One chart</source>
        <translation>Un graphique</translation>
    </message>
    <message>
        <source>Chart per entity</source>
        <translation>Un graphique par entité</translation>
    </message>
    <message>
        <source>One chart: every entity on the same axes. Chart per entity: a small chart for each, each on its own scale, over the same years.</source>
        <translation>Un graphique : toutes les entités sur les mêmes axes. Un graphique par entité : un petit graphique pour chacune, à sa propre échelle, sur les mêmes années.</translation>
    </message>
    <message>
        <source>&amp;Quarters</source>
        <translation>&amp;Trimestres</translation>
    </message>
    <message>
        <source>Show the figures of a quarter or a half-year (square markers) beside the years. A quarter&apos;s amount is not comparable with a year&apos;s.</source>
        <translation>Afficher les chiffres d&apos;un trimestre ou d&apos;un semestre (marques carrées) à côté des années. Le montant d&apos;un trimestre ne se compare pas à celui d&apos;une année.</translation>
    </message>
    <message>
        <source>No period stated: %1 (the first %2 listed)</source>
        <translation>Sans période indiquée : %1 (les %2 premiers listés)</translation>
    </message>
    <message>
        <source>&amp;Quarters (%1 hidden)</source>
        <translation>&amp;Trimestres (%1 masqués)</translation>
    </message>
</context>
<context>
    <name>Recoupe::W3cAnnotationReader</name>
    <message>
        <source>the next page of annotations is named by its address (%1) but not included in the file: it was not read, as Recoupe never uses the network</source>
        <translation>la page d’annotations suivante est désignée par son adresse (%1) mais n’est pas incluse dans le fichier : elle n’a pas été lue, car Recoupe n’utilise jamais le réseau</translation>
    </message>
    <message>
        <source>it is a JSON array, but none of its entries is a W3C Annotation</source>
        <translation>c’est un tableau JSON, mais aucune de ses entrées n’est une annotation W3C</translation>
    </message>
    <message>
        <source>its first page of annotations is named by its address (%1) but not included in the file: it was not read, as Recoupe never uses the network</source>
        <translation>sa première page d’annotations est désignée par son adresse (%1) mais n’est pas incluse dans le fichier : elle n’a pas été lue, car Recoupe n’utilise jamais le réseau</translation>
    </message>
    <message>
        <source>it is neither a Recoupe annotations file (no &quot;format&quot;: &quot;%1&quot;) nor W3C Web Annotation JSON (an Annotation, an array of them, an AnnotationPage or an AnnotationCollection)</source>
        <translation>ce n’est ni un fichier d’annotations de Recoupe (pas de &quot;format&quot;: &quot;%1&quot;) ni du JSON W3C Web Annotation (une Annotation, un tableau d’annotations, une AnnotationPage ou une AnnotationCollection)</translation>
    </message>
</context>
<context>
    <name>Recoupe::WholePageText</name>
    <message>
        <source>The file is no longer a page that can be read.</source>
        <translation>Le fichier n’est plus une page lisible.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Impossible de lire le fichier : %1.</translation>
    </message>
    <message>
        <source>The file cannot be decoded any more.</source>
        <translation>Le fichier ne peut plus être décodé.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cross-check the figures of a folder of news articles.</source>
        <translation>Recoupe les chiffres d’un dossier d’articles de presse.</translation>
    </message>
    <message>
        <source>The folder of articles to open.</source>
        <translation>Le dossier d’articles à ouvrir.</translation>
    </message>
    <message>
        <source>Language of the interface (fr, en).</source>
        <translation>Langue de l’interface (fr, en).</translation>
    </message>
    <message>
        <source>Render the window on FOLDER into PNG files in DIR, then quit.</source>
        <translation>Rendre la fenêtre sur DOSSIER en fichiers PNG dans DIR, puis quitter.</translation>
    </message>
    <message>
        <source>recoupe: give one folder at most</source>
        <translation>recoupe : indiquez un dossier au plus</translation>
    </message>
</context>
<context>
    <name>recoupe-cli</name>
    <message>
        <source>list the figures of FOLDER as claims (entity, metric, period, amount)</source>
        <translation>liste les chiffres de DOSSIER comme affirmations (entité, indicateur, période, montant)</translation>
    </message>
    <message>
        <source>list the articles of FOLDER, with their problems</source>
        <translation>liste les articles de DOSSIER, avec leurs problèmes</translation>
    </message>
    <message>
        <source>group the claims of FOLDER and say where the sources disagree, and why</source>
        <translation>regroupe les affirmations de DOSSIER et indique où les sources divergent, et pourquoi</translation>
    </message>
    <message>
        <source>list the sentences of different articles that say the same thing</source>
        <translation>liste les phrases d’articles différents qui disent la même chose</translation>
    </message>
    <message>
        <source>plot a metric of FOLDER on a timeline: PNG, SVG, CSV or JSON, ready to publish</source>
        <translation>trace un indicateur de DOSSIER sur une frise : PNG, SVG, CSV ou JSON, prêt à publier</translation>
    </message>
    <message>
        <source>list the annotations of FOLDER, placed again in the current texts</source>
        <translation>liste les annotations de DOSSIER, replacées dans les textes actuels</translation>
    </message>
    <message>
        <source>Usage: recoupe-cli COMMAND FOLDER [OPTIONS]</source>
        <translation>Usage : recoupe-cli COMMANDE DOSSIER [OPTIONS]</translation>
    </message>
    <message>
        <source>Cross-check the figures of a folder of news articles, headless.</source>
        <translation>Recoupe les chiffres d’un dossier d’articles de presse, sans interface graphique.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run &apos;recoupe-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Lancez « recoupe-cli COMMANDE --help » pour voir les options d’une commande.</translation>
    </message>
    <message>
        <source>Recoupe never uses the network.</source>
        <translation>Recoupe n’utilise jamais le réseau.</translation>
    </message>
    <message>
        <source>recoupe-cli: unknown command &apos;%1&apos;</source>
        <translation>recoupe-cli : commande « %1 » inconnue</translation>
    </message>
    <message>
        <source>write a fact-check report of FOLDER (HTML and Markdown, with the charts) for an editor</source>
        <translation>écrire un rapport de vérification de DOSSIER (HTML et Markdown, avec les graphiques) pour un rédacteur en chef</translation>
    </message>
    <message>
        <source>show what the lexicon marks in the articles of FOLDER (to extend entities and cues)</source>
        <translation>montrer ce que le lexique repère dans les articles de DOSSIER (pour étendre entités et indices)</translation>
    </message>
    <message>
        <source>list the corrections of the figures of FOLDER, with what each one changed</source>
        <translation>liste les corrections des chiffres de DOSSIER, avec ce que chacune a changé</translation>
    </message>
</context>
<context>
    <name>recoupe-cli documents</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>(not read: see problems)</source>
        <translation>(non lu : voir les problèmes)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) read</source>
        <translation>
            <numerusform>%n document lu</numerusform>
            <numerusform>%n documents lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n avec des problèmes</numerusform>
            <numerusform>%n avec des problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>Lists the articles of FOLDER (.txt, .md, .html, in its subfolders too) with their date, language, encoding and title, and the files that could not be read.</source>
        <translation>Liste les articles de DOSSIER (.txt, .md, .html, y compris dans ses sous-dossiers) avec leur date, leur langue, leur encodage et leur titre, ainsi que les fichiers qui n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>The folder of articles.</source>
        <translation>Le dossier d’articles.</translation>
    </message>
    <message>
        <source>Output format: text (a table, the default) or json (the &quot;documents&quot; part of recoupe-claims-1).</source>
        <translation>Format de sortie : text (un tableau, par défaut) ou json (la partie &quot;documents&quot; de recoupe-claims-1).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Run &apos;recoupe-cli documents --help&apos; for the options.</source>
        <translation>Lancez « recoupe-cli documents --help » pour voir les options.</translation>
    </message>
    <message>
        <source>Usage: recoupe-cli documents FOLDER [--format text|json]</source>
        <translation>Usage : recoupe-cli documents DOSSIER [--format text|json]</translation>
    </message>
    <message>
        <source>no FOLDER given.</source>
        <translation>aucun DOSSIER indiqué.</translation>
    </message>
    <message>
        <source>only one FOLDER can be read at a time.</source>
        <translation>un seul DOSSIER peut être lu à la fois.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text or json).</source>
        <translation>format « %1 » inconnu (utilisez text ou json).</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>avertissement :</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
</context>
</TS>
