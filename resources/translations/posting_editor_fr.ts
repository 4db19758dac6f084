<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_CA">
<context>
    <name>AlignedEditing</name>
    <message>
        <location filename="../../editor/ui/aligned_editing.py" line="+202"/>
        <location line="+9"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Matches the block at the cursor in the %1 text</source>
        <translation>Correspond au bloc où se trouve le curseur dans le texte %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only in this language: the %1 text has no matching block</source>
        <translation>Seulement dans cette langue&#xa0;: le texte %1 n’a aucun bloc correspondant</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <location filename="../../editor/ui/actions.py" line="+60"/>
        <source>&amp;Open Site Folder…</source>
        <translation>&amp;Ouvrir le dossier du site…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of a Hugo site to edit its job postings</source>
        <translation>Ouvrir le dossier d’un site Hugo pour en modifier les offres d’emploi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;File…</source>
        <translation>Ouvrir un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open one posting file and its translation</source>
        <translation>Ouvrir le fichier d’une offre et sa traduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Posting…</source>
        <translation>&amp;Nouvelle offre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new job posting in English and French</source>
        <translation>Créer une nouvelle offre d’emploi en anglais et en français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new job posting from the open one&apos;s text and fields, in both languages</source>
        <translation>Commencer une nouvelle offre d’emploi à partir du texte et des champs de l’offre ouverte, dans les deux langues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save both language versions of the current posting</source>
        <translation>Enregistrer les versions anglaise et française de l’offre ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert to Saved</source>
        <translation>Revenir à la version enre&amp;gistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard unsaved changes to the current posting</source>
        <translation>Abandonner les modifications non enregistrées de l’offre ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archived</source>
        <translation>&amp;Archivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the posting, in both languages, as no longer accepting applications</source>
        <translation>Indiquer que l’offre, dans les deux langues, n’accepte plus de candidatures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to Site…</source>
        <translation>E&amp;xporter vers le site…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy finished postings into the website&apos;s folder, with a preview of every change first</source>
        <translation>Copier les offres terminées dans le dossier du site Web, après un aperçu de chaque changement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revie&amp;w Copy…</source>
        <translation>Copie de ré&amp;vision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save both languages side by side as a PDF or HTML page for approval</source>
        <translation>Enregistrer les deux langues côte à côte en PDF ou en page HTML, pour approbation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print both languages side by side for approval</source>
        <translation>Imprimer les deux langues côte à côte, pour approbation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export for &amp;Translation…</source>
        <translation>Exporter pour la &amp;traduction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current posting as an XLIFF file for a translator&apos;s CAT tool (Trados, memoQ, OmegaT)</source>
        <translation>Enregistrer l’offre ouverte dans un fichier XLIFF pour l’outil de TAO d’une traductrice ou d’un traducteur (Trados, memoQ, OmegaT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mport Translation…</source>
        <translation>I&amp;mporter une traduction…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a translated XLIFF file into the posting of the other language</source>
        <translation>Écrire un fichier XLIFF traduit dans l’offre de l’autre langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close Site</source>
        <translation>Fermer le &amp;site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the open site</source>
        <translation>Fermer le site ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit the application</source>
        <translation>Quitter l’application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change in the focused text</source>
        <translation>Annuler la dernière modification du texte actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the last undone change in the focused text</source>
        <translation>Rétablir la dernière modification annulée du texte actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected text to the clipboard</source>
        <translation>Déplacer le texte sélectionné dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected text to the clipboard</source>
        <translation>Copier le texte sélectionné dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the clipboard&apos;s text</source>
        <translation>Insérer le texte du presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the focused text</source>
        <translation>Rechercher dans le texte actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next match</source>
        <translation>Aller à l’occurrence suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the previous match</source>
        <translation>Aller à l’occurrence précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace…</source>
        <translation>R&amp;emplacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search and replace in the focused text</source>
        <translation>Rechercher et remplacer dans le texte actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go to Line…</source>
        <translation>A&amp;ller à la ligne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the cursor to a line number</source>
        <translation>Placer le curseur à un numéro de ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt Problem</source>
        <translation>Problème suivan&amp;t</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Bulleted Lis&amp;t</source>
        <translation>Liste à &amp;puces</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Go to the next error or warning</source>
        <translation>Aller à l’erreur ou à l’avertissement suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Pro&amp;blem</source>
        <translation>Problème précéde&amp;nt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the previous error or warning</source>
        <translation>Aller à l’erreur ou à l’avertissement précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix T&amp;ypography</source>
        <translation>Corriger la t&amp;ypographie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply every typography fix the checks offer to both language versions</source>
        <translation>Appliquer aux deux versions linguistiques toutes les corrections typographiques proposées par les vérifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Other Language&apos;s Text</source>
        <translation>Texte de l’autre lan&amp;gue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other Language&apos;s Te&amp;xt (Back)</source>
        <translation>Texte de l’autre langue (r&amp;etour)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next Pa&amp;ne</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+3"/>
        <source>Move to the other language&apos;s body text, where its cursor was</source>
        <translation>Aller au corps de texte de l’autre langue, là où était son curseur</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>New Posting from T&amp;his One…</source>
        <translation>Nouvelle offre à partir de &amp;celle-ci…</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Move to the next part of the window: list, fields, text, problems</source>
        <translation>Aller à la partie suivante de la fenêtre&#xa0;: liste, champs, texte, problèmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move to the previous part of the window: problems, text, fields, list</source>
        <translation>Aller à la partie précédente de la fenêtre&#xa0;: problèmes, texte, champs, liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text bold, or remove its bold</source>
        <translation>Mettre le texte sélectionné en gras, ou lui retirer le gras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Italics</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected text in italics, or remove its italics</source>
        <translation>Mettre le texte sélectionné en italique, ou lui retirer l’italique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected text a link and type its address</source>
        <translation>Faire du texte sélectionné un lien et en taper l’adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Heading</source>
        <translation>In&amp;tertitre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line a section heading (##), or a paragraph again</source>
        <translation>Faire de la ligne courante un intertitre (##), ou de nouveau un paragraphe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subheading</source>
        <translation>&amp;Sous-intertitre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the current line a subheading (###), or a paragraph again</source>
        <translation>Faire de la ligne courante un sous-intertitre (###), ou de nouveau un paragraphe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start each selected line with a bullet (-), or remove the bullets</source>
        <translation>Commencer chaque ligne sélectionnée par une puce (-), ou retirer les puces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number the selected lines (1. 2. 3.), or remove the numbers</source>
        <translation>Numéroter les lignes sélectionnées (1. 2. 3.), ou retirer les numéros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Preview</source>
        <translation>Afficher l’&amp;aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the preview of the page as the site will show it</source>
        <translation>Afficher ou masquer l’aperçu de la page telle que le site l’affichera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview &amp;Below Text</source>
        <translation>Aperçu &amp;sous le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place the preview under the text instead of beside it</source>
        <translation>Placer l’aperçu sous le texte plutôt qu’à côté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place Preview to &amp;Fit the Window</source>
        <translation>Placer l’aperçu selon la largeur de la &amp;fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the preview beside the text on wide windows and below it where the text would wrap too short</source>
        <translation>Mettre l’aperçu à côté du texte dans une fenêtre large, et dessous là où les lignes du texte seraient trop courtes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Swap Language Columns</source>
        <translation>&amp;Inverser les colonnes de langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show French on the left and English on the right, or the reverse</source>
        <translation>Afficher le français à gauche et l’anglais à droite, ou l’inverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ynchronize Scrolling</source>
        <translation>Défilement s&amp;ynchronisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll the English and French texts, and each text and its preview, together</source>
        <translation>Faire défiler ensemble les textes anglais et français, et chaque texte avec son aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Line Numbers</source>
        <translation>&amp;Numéros de ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show line numbers beside the text</source>
        <translation>Afficher les numéros de ligne à côté du texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What &amp;Changed in the Source…</source>
        <translation>Ce qui a &amp;changé dans la source…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show, word by word, how the source text changed since the translation was last saved</source>
        <translation>Montrer, mot à mot, comment le texte source a changé depuis le dernier enregistrement de la traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with Last Co&amp;mmit…</source>
        <translation>Comparer au dernier co&amp;mmit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show, line by line, what the posting&apos;s texts change from the version git last committed</source>
        <translation>Montrer, ligne par ligne, ce que les textes de l’offre changent par rapport à la dernière version validée dans git</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload Site</source>
        <translation>&amp;Relire le site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the site&apos;s postings again, with what other programs added, deleted or renamed</source>
        <translation>Relire les offres du site, avec ce que d’autres programmes ont ajouté, supprimé ou renommé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview on Si&amp;te</source>
        <translation>Aperçu sur le si&amp;te</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the saved posting on the real site in your browser (runs Hugo)</source>
        <translation>Afficher l’offre enregistrée sur le vrai site dans votre navigateur (lance Hugo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On Site</source>
        <translation>Sur le site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Glossary…</source>
        <translation>&amp;Glossaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the site&apos;s English–French term pairs that the checks compare</source>
        <translation>Modifier les paires de termes anglais-français du site que les vérifications comparent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert Suggestion &amp;1</source>
        <translation>Insérer la suggestion &amp;1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the first translation-memory suggestion in place of the block under the cursor</source>
        <translation>Remplacer le bloc sous le curseur par la première suggestion de la mémoire de traduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert Suggestion &amp;2</source>
        <translation>Insérer la suggestion &amp;2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the second translation-memory suggestion in place of the block under the cursor</source>
        <translation>Remplacer le bloc sous le curseur par la deuxième suggestion de la mémoire de traduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert Suggestion &amp;3</source>
        <translation>Insérer la suggestion &amp;3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the third translation-memory suggestion in place of the block under the cursor</source>
        <translation>Remplacer le bloc sous le curseur par la troisième suggestion de la mémoire de traduction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same as &amp;System</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the language of the operating system for menus and messages</source>
        <translation>Utiliser la langue du système d’exploitation pour les menus et les messages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show menus and messages in English</source>
        <translation>Afficher les menus et les messages en anglais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show menus and messages in French</source>
        <translation>Afficher les menus et les messages en français</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder of the log, where errors are written, to attach it to a report</source>
        <translation>Afficher le dossier du journal, où les erreurs sont inscrites, pour le joindre à un signalement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Posting Editor</source>
        <translation>À &amp;propos de l’Éditeur d’offres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and licence of this application</source>
        <translation>Version et licence de cette application</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Make the site&apos;s templates for new postings from the open posting and its translation</source>
        <translation>Créer les modèles du site pour les nouvelles offres à partir de l’offre ouverte et de sa traduction</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Make Site &amp;Templates from This Posting…</source>
        <translation>Créer les &amp;modèles du site à partir de cette offre…</translation>
    </message>
</context>
<context>
    <name>CommittedCompare</name>
    <message>
        <location filename="../../editor/ui/committed_compare.py" line="+36"/>
        <source>%1 (last commit)</source>
        <translation>%1 (dernier commit)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (not committed yet)</source>
        <translation>%1 (pas encore validé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (yours)</source>
        <translation>%1 (votre version)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compare with Last Commit</source>
        <translation>Comparer au dernier commit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes since the last commit</source>
        <translation>Changements depuis le dernier commit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines starting with - are only in the last commit; lines starting with + are only in the text here, saved or not.</source>
        <translation>Les lignes qui commencent par - ne sont que dans le dernier commit; celles qui commencent par + ne sont que dans le texte ici, enregistré ou non.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../editor/ui/conflict_panel.py" line="+70"/>
        <source>⚠ Several English files use this translation key: %1. Edit the one chosen below, or compare them to keep one.</source>
        <translation>⚠ Plusieurs fichiers anglais utilisent cette clé de traduction&#xa0;: %1. Modifiez celui qui est choisi ci-dessous, ou comparez-les pour n’en garder qu’un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ Several French files use this translation key: %1. Edit the one chosen below, or compare them to keep one.</source>
        <translation>⚠ Plusieurs fichiers français utilisent cette clé de traduction&#xa0;: %1. Modifiez celui qui est choisi ci-dessous, ou comparez-les pour n’en garder qu’un.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the files side by side, then archive, rename the key of, or delete the extra ones</source>
        <translation>Afficher les fichiers côte à côte, puis archiver les fichiers en trop, changer leur clé ou les supprimer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>English: %1</source>
        <translation>anglais&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French: %1</source>
        <translation>français&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ The files differ on %1 (%2). Keep one value for both:</source>
        <translation>⚠ Valeurs différentes pour «&#xa0;%1&#xa0;» (%2). Garder une seule valeur pour les deux&#xa0;:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Compare and Settle…</source>
        <translation>Comparer et régler…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep the English value</source>
        <translation>Garder la valeur anglaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the French value</source>
        <translation>Garder la valeur française</translation>
    </message>
</context>
<context>
    <name>ConflictResolution</name>
    <message>
        <location filename="../../editor/ui/window_conflicts.py" line="+64"/>
        <source>Deleted %1.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived %1 under the key “%2”.</source>
        <translation>%1 a été archivé sous la clé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now has the key “%2”.</source>
        <translation>%1 a maintenant la clé «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CopyAcross</name>
    <message>
        <location filename="../../editor/ui/copy_across.py" line="+55"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace Text?</source>
        <translation>Remplacer le texte?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replace the title in %1, “%2”, with the one in %3?</source>
        <translation>Remplacer le titre en %1, «&#xa0;%2&#xa0;», par celui en %3?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the description in %1, “%2”, with the one in %3?</source>
        <translation>Remplacer la description en %1, «&#xa0;%2&#xa0;», par celle en %3?</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Replace this block of the %1 text with the matching %2 block? Undo brings it back.</source>
        <translation>Remplacer ce bloc du texte %1 par le bloc %2 correspondant? Annuler le rétablit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace the matching block of the %1 text with this one? Undo brings it back.</source>
        <translation>Remplacer le bloc correspondant du texte %1 par celui-ci? Annuler le rétablit.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Copy the %1 Title Here</source>
        <translation>Copier ici le titre %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the %1 Description Here</source>
        <translation>Copier ici la description du texte %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the Matching %1 Block Here</source>
        <translation>Copier ici le bloc %1 correspondant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send This Block to the %1 Text</source>
        <translation>Envoyer ce bloc dans le texte %1</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../editor/ui/crash_reporter.py" line="+100"/>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posting Editor ran into an error it did not expect.</source>
        <translation>L’Éditeur d’offres a rencontré une erreur imprévue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you were doing may not have finished. Your unsaved work is kept in the recovery files. The details were written to the log.</source>
        <translation>Ce que vous faisiez n’est peut-être pas terminé. Votre travail non enregistré est conservé dans les fichiers de récupération. Les détails ont été inscrits au journal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../editor/ui/dialogs.py" line="+52"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both the English and the French files are saved together. If you don&apos;t save, your changes are lost.</source>
        <translation>Les fichiers anglais et français sont enregistrés ensemble. Si vous n’enregistrez pas, vos modifications seront perdues.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program changed %1 while you were editing it.</source>
        <translation>Un autre programme a modifié %1 pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its changes and yours are on different lines: Combine Both keeps them all, as unsaved changes to look over before you save. You can also keep your version (it replaces theirs when you save) or take theirs (your unsaved changes to that file are lost).</source>
        <translation>Ses modifications et les vôtres touchent des lignes différentes&#xa0;: Combiner les deux les garde toutes, comme modifications non enregistrées à relire avant d’enregistrer. Vous pouvez aussi garder votre version (elle remplacera l’autre à l’enregistrement) ou prendre l’autre version (vos modifications non enregistrées de ce fichier seront perdues).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both versions changed the same lines, so they cannot be combined:</source>
        <translation>Les deux versions ont modifié les mêmes lignes; elles ne peuvent donc pas être combinées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Keep your version (it replaces theirs when you save), or take theirs (your unsaved changes to that file are lost)?</source>
        <translation>Garder votre version (elle remplacera l’autre à l’enregistrement) ou prendre l’autre version (vos modifications non enregistrées de ce fichier seront perdues)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Combine Both</source>
        <translation>&amp;Combiner les deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Prendre l’autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Difference…</source>
        <translation>Afficher les &amp;différences…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Heading id would change</source>
        <translation>L’identifiant de l’intertitre changerait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This fix changes the heading&apos;s id %1.</source>
        <translation>Cette correction change l’identifiant de l’intertitre %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links to the heading (…#id) would no longer reach it.</source>
        <translation>Les liens vers cet intertitre (…#id) n’y mèneraient plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These fixes change the ids of several headings: %1.</source>
        <translation>Ces corrections changent les identifiants de plusieurs intertitres&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links to those headings (…#id) would no longer reach them.</source>
        <translation>Les liens vers ces intertitres (…#id) n’y mèneraient plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeping an id adds {#id} at the end of its heading: Hugo gives the heading that id, and the page looks the same.</source>
        <translation>Garder un identifiant ajoute {#id} à la fin de son intertitre&#xa0;: Hugo donne cet identifiant à l’intertitre, et la page ne change pas d’apparence.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This site turns heading attributes off (markup.goldmark.parser.attribute.title), so {#id} cannot keep an id.</source>
        <translation>Ce site désactive les attributs des intertitres (markup.goldmark.parser.attribute.title)&#xa0;: {#id} ne peut donc pas garder un identifiant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep the Ids</source>
        <translation>&amp;Garder les identifiants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep the Id</source>
        <translation>&amp;Garder l’identifiant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Leave Those Headings</source>
        <translation>&amp;Laisser ces intertitres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Leave the Heading</source>
        <translation>&amp;Laisser l’intertitre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change the Ids</source>
        <translation>&amp;Changer les identifiants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Change the Id</source>
        <translation>&amp;Changer l’identifiant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Differences between the file on disk and your version</source>
        <translation>Différences entre le fichier sur le disque et votre version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines starting with - are only on disk; lines starting with + are only in your version.</source>
        <translation>Les lignes qui commencent par - se trouvent seulement sur le disque; celles qui commencent par + seulement dans votre version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed on both sides (they cannot be combined):</source>
        <translation>Modifié des deux côtés (impossible de combiner)&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recover unsaved changes</source>
        <translation>Récupérer des modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The editor closed unexpectedly last time. These postings had changes that were not saved:</source>
        <translation>L’éditeur s’est fermé de façon inattendue la dernière fois. Ces offres avaient des modifications non enregistrées&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postings with unsaved changes</source>
        <translation>Offres avec des modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2) — %3, in %4</source>
        <translation>%1 (%2) — %3, dans %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restoring opens the posting with those changes, unsaved; the files on disk change only when you save.</source>
        <translation>La restauration ouvre l’offre avec ces modifications, non enregistrées; les fichiers sur le disque ne changent qu’à l’enregistrement.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New Posting</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>English &amp;title:</source>
        <translation>&amp;Titre anglais&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English title</source>
        <translation>Titre anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <source>&amp;French title:</source>
        <translation>Titre &amp;français&#xa0;:</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>French title</source>
        <translation>Titre français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English &amp;description:</source>
        <translation>&amp;Description anglaise&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English description</source>
        <translation>Description anglaise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French d&amp;escription:</source>
        <translation>D&amp;escription française&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French description</source>
        <translation>Description française</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation &amp;key:</source>
        <translation>Cl&amp;é de traduction&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Translation key</source>
        <translation>Clé de traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lever ID:</source>
        <translation>Identifiant &amp;Lever&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lever ID</source>
        <translation>Identifiant Lever</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to make one from the English title, or from the French one when there is no English title</source>
        <translation>Laissez vide pour en créer une à partir du titre anglais, ou du titre français s’il n’y a pas de titre anglais</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creates a file from the posting templates for each language given a title, linked by the translation key. Leave a title empty to write in one language only: the other version can be created later with its “Create the … Version…” button.</source>
        <translation>Crée, à partir des modèles d’offre, un fichier pour chaque langue qui a un titre, liés par la clé de traduction. Laissez un titre vide pour rédiger dans une seule langue&#xa0;: l’autre version pourra être créée plus tard avec son bouton «&#xa0;Créer la version…&#xa0;».</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New Posting from This One</source>
        <translation>Nouvelle offre à partir de celle-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts from “%1”: its text and fields in each language it has, with the title, key and Lever ID given here, not archived. A description left empty keeps its description, to edit.</source>
        <translation>Part de «&#xa0;%1&#xa0;»&#xa0;: son texte et ses champs dans chacune de ses langues, avec le titre, la clé et l’identifiant Lever donnés ici, non archivée. Une description laissée vide garde la sienne, à modifier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start from the &amp;bundled templates instead</source>
        <translation>Partir plutôt des &amp;modèles fournis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About Posting Editor</source>
        <translation>À propos de l’Éditeur d’offres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posting Editor</source>
        <translation>Éditeur d’offres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the English and French versions of job postings side by side, with a live preview and checks, for Hugo sites.</source>
        <translation>Modifiez côte à côte les versions anglaise et française des offres d’emploi, avec un aperçu en direct et des vérifications, pour les sites Hugo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Line number:</source>
        <translation>Numéro de &amp;ligne&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;English title:</source>
        <translation>Titre &amp;anglais&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Language Version</source>
        <translation>Nouvelle version linguistique</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it is the file the translator sent back, replacing it loses their translation unless it was imported (File ▸ Import Translation…).</source>
        <translation>Si c’est le fichier renvoyé par la traductrice ou le traducteur, le remplacer fait perdre sa traduction, à moins qu’elle ait été importée (Fichier ▸ Importer une traduction…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Do&amp;n&apos;t Save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>Creates an English and a French file, linked by the translation key, from the bundled templates: headings and placeholders only, as this site has no templates of its own. To start from the site&apos;s usual text, run “posting-editor templates init SITE --from FILE” once.</source>
        <translation>Crée un fichier anglais et un fichier français, liés par la clé de traduction, à partir des modèles fournis&#xa0;: des intertitres et des espaces réservés seulement, car ce site n’a pas ses propres modèles. Pour partir du texte habituel du site, exécutez une fois «&#xa0;posting-editor templates init SITE --from FICHIER&#xa0;».</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Licence: GPL-3.0, as it includes the Grammalecte grammar checker (GPL-3.0); the Posting Editor&apos;s own source code is under the MIT licence.</source>
        <translation>Licence&#xa0;: GPL-3.0, car l’application comprend le correcteur grammatical Grammalecte (GPL-3.0); le code source propre à l’Éditeur d’offres est sous licence MIT.</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <location filename="../../editor/ui/disk_watch.py" line="+136"/>
        <source>%1 (on disk)</source>
        <translation>%1 (sur le disque)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (yours)</source>
        <translation>%1 (votre version)</translation>
    </message>
</context>
<context>
    <name>DocumentManager</name>
    <message>
        <location filename="../../editor/ui/document_manager.py" line="+132"/>
        <source>%1 cannot be opened. %2</source>
        <translation>Impossible d’ouvrir %1. %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 cannot be read and may be this pair&apos;s other half; shared fields are not changed until it can be read.</source>
        <translation>%1 ne peut pas être lu et pourrait être l’autre moitié de cette paire; les champs communs ne seront pas modifiés tant qu’il ne pourra pas être lu.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Your edits are still here, unsaved. Save again once the file can be written.</source>
        <translation>Vos modifications sont toujours ici, non enregistrées. Enregistrez de nouveau quand le fichier pourra être écrit.</translation>
    </message>
</context>
<context>
    <name>DraftsOffer</name>
    <message>
        <location filename="../../editor/ui/drafts_offer.py" line="+31"/>
        <source>Empty Folder</source>
        <translation>Dossier vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is empty: it is neither a site nor a drafts folder yet. Make it a drafts folder?</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: ce n’est encore ni un site ni un dossier d’ébauches. En faire un dossier d’ébauches?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two sub-folders are added to it: en/ for the English postings and fr/ for the French ones. New postings can then be written there and exported to the site later. Nothing else is written.</source>
        <translation>Deux sous-dossiers y sont ajoutés&#xa0;: en/ pour les offres en anglais et fr/ pour les offres en français. On peut ensuite y rédiger de nouvelles offres et les exporter vers le site plus tard. Rien d’autre n’est écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make It a Drafts Folder</source>
        <translation>&amp;En faire un dossier d’ébauches</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot open the site</source>
        <translation>Impossible d’ouvrir le site</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../editor/ui/duplicate_dialog.py" line="+32"/>
        <source>Files Using the Key “%1”</source>
        <translation>Fichiers qui utilisent la clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These English files all use the translation key “%1”; the site can link only one of them to its translation. Keep one, and archive, give another key to, or delete each of the others.</source>
        <translation>Ces fichiers anglais utilisent tous la clé de traduction «&#xa0;%1&#xa0;»; le site ne peut lier qu’un seul d’entre eux à sa traduction. Gardez-en un, et archivez chacun des autres, donnez-lui une autre clé ou supprimez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These French files all use the translation key “%1”; the site can link only one of them to its translation. Keep one, and archive, give another key to, or delete each of the others.</source>
        <translation>Ces fichiers français utilisent tous la clé de traduction «&#xa0;%1&#xa0;»; le site ne peut lier qu’un seul d’entre eux à sa traduction. Gardez-en un, et archivez chacun des autres, donnez-lui une autre clé ou supprimez-le.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(the file cannot be read)</source>
        <translation>(le fichier est illisible)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lever ID:</source>
        <translation>Identifiant Lever&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last changed:</source>
        <translation>Dernière modification&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text of %1</source>
        <translation>Texte de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New translation key for %1</source>
        <translation>Nouvelle clé de traduction pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Archive Under This Key</source>
        <translation>&amp;Archiver sous cette clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark it archived and give it the key above, so it no longer takes this one</source>
        <translation>Le marquer comme archivé et lui donner la clé ci-dessus, pour qu’il n’occupe plus celle-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Give It This Key</source>
        <translation>Lui &amp;donner cette clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete File…</source>
        <translation>&amp;Supprimer le fichier…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New &amp;key:</source>
        <translation>Nouvelle &amp;clé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EngineNotice</name>
    <message>
        <location filename="../../editor/ui/engine_notice.py" line="+66"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not show this notice again for this site</source>
        <translation>Ne plus afficher cet avis pour ce site</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This site is built with Hugo %1 (set in %2), which renders Markdown with Blackfriday. The preview follows Goldmark, the renderer of Hugo 0.60 and later, so the published page can differ:</source>
        <translation>Ce site est construit avec Hugo %1 (indiqué dans %2), qui rend le Markdown avec Blackfriday. L’aperçu suit Goldmark, le moteur de rendu de Hugo 0.60 et des versions suivantes; la page publiée peut donc différer&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>raw HTML (such as &lt;br&gt; or &lt;div&gt;) is published by Blackfriday, but hidden in the preview, as Goldmark hides it unless markup.goldmark.renderer.unsafe is on;</source>
        <translation>le HTML brut (comme &lt;br&gt; ou &lt;div&gt;) est publié par Blackfriday, mais masqué dans l’aperçu, car Goldmark le masque à moins que markup.goldmark.renderer.unsafe soit activé;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list needs a blank line before it in Blackfriday; Goldmark also starts one right after a line of text;</source>
        <translation>une liste doit être précédée d’une ligne vide dans Blackfriday; Goldmark en commence aussi une juste après une ligne de texte;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>heading ids can differ, which changes links to #anchors.</source>
        <translation>les identifiants des intertitres peuvent différer, ce qui modifie les liens vers des #ancres.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../editor/ui/export_dialog.py" line="+245"/>
        <source>Site to Export Into</source>
        <translation>Site vers lequel exporter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the site folder to export into.</source>
        <translation>Choisissez le dossier du site vers lequel exporter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one posting to export.</source>
        <translation>Choisissez au moins une offre à exporter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the postings and comparing them with the site…</source>
        <translation>Vérification des offres et comparaison avec le site…</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n error(s) must be fixed before exporting; nothing will be written.</source>
        <translation>
            <numerusform>%n erreur doit être corrigée avant l’exportation; rien ne sera écrit.</numerusform>
            <numerusform>%n erreurs doivent être corrigées avant l’exportation; rien ne sera écrit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Git cannot commit these files as asked; see below. Nothing will be written.</source>
        <translation>Git ne peut pas valider ces fichiers comme demandé; voyez ci-dessous. Rien ne sera écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to export: the site already holds these postings as they are.</source>
        <translation>Rien à exporter&#xa0;: le site contient déjà ces offres telles quelles.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) will be written into the site.</source>
        <translation>
            <numerusform>%n fichier sera écrit dans le site.</numerusform>
            <numerusform>%n fichiers seront écrits dans le site.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the warnings, and accept them to export.</source>
        <translation>Lisez les avertissements, puis acceptez-les pour exporter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No change.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+85"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message numerus="yes">
        <location line="-64"/>
        <source>Wrote %n file(s) into %1:</source>
        <translation>
            <numerusform>%n fichier écrit dans %1&#xa0;:</numerusform>
            <numerusform>%n fichiers écrits dans %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed (renamed): %1</source>
        <translation>Supprimés (renommés)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created the branch “%1” and switched to it.</source>
        <translation>Branche «&#xa0;%1&#xa0;» créée et activée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the branch “%1”.</source>
        <translation>Sur la branche «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committed as %1 (not pushed).</source>
        <translation>Validé sous %1 (non poussé).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <source>Export done.</source>
        <translation>Exportation terminée.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>The export failed.</source>
        <translation>L’exportation a échoué.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Export to Site</source>
        <translation>Exporter vers le site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Site folder to export into:</source>
        <translation>Dossier du &amp;site de destination&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site folder to export into</source>
        <translation>Dossier du site de destination</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Hugo site&apos;s folder (its git repository)</source>
        <translation>Le dossier du site Hugo (son dépôt Git)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Git bra&amp;nch:</source>
        <translation>&amp;Branche Git&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the current branch</source>
        <translation>la branche actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Git branch</source>
        <translation>Branche Git</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to this branch first, creating it from the current one if needed</source>
        <translation>Passer d’abord à cette branche, en la créant à partir de la branche actuelle au besoin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commit the exported files with git (never pushed)</source>
        <translation>&amp;Valider les fichiers exportés avec Git (jamais poussés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename files to match their titles</source>
        <translation>&amp;Renommer les fichiers selon leur titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their old addresses are kept as aliases.</source>
        <translation>Leurs anciennes adresses sont gardées comme alias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept the warnings and export anyway</source>
        <translation>&amp;Accepter les avertissements et exporter quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will &amp;happen:</source>
        <translation>Ce &amp;qui va se passer&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the export will do</source>
        <translation>Ce que fera l’exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors, warnings and files; press Enter on a problem to open the posting at its line</source>
        <translation>Erreurs, avertissements et fichiers; appuyez sur Entrée sur un problème pour ouvrir l’offre à sa ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Difference (lines with + are added, lines with - removed):</source>
        <translation>&amp;Différences (lignes avec + ajoutées, lignes avec - supprimées)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference of the selected file</source>
        <translation>Différences du fichier sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>ExportFindings</name>
    <message>
        <location filename="../../editor/ui/export_findings.py" line="+31"/>
        <source>translate the texts still marked to translate (%1)</source>
        <translation>traduire les textes encore marqués à traduire (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace the template placeholders (%1)</source>
        <translation>remplacer les espaces réservés du modèle (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the title</source>
        <translation>écrire le titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the description</source>
        <translation>écrire la description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translate the text (most of it is in the other language)</source>
        <translation>traduire le texte (il est surtout dans l’autre langue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the other language&apos;s file</source>
        <translation>écrire le fichier de l’autre langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translate the text (it is empty)</source>
        <translation>traduire le texte (il est vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish what the notes (TODO, TBD, FIXME, XXX) stand for (%1)</source>
        <translation>terminer ce que remplacent les notes (TODO, TBD, FIXME, XXX) (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translate the sections this language lacks (%1)</source>
        <translation>traduire les sections qui manquent dans cette langue (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translate the texts left in the other language (%1)</source>
        <translation>traduire les textes laissés dans l’autre langue (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translate the texts written in the other language (%1)</source>
        <translation>traduire les textes écrits dans l’autre langue (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translate the title</source>
        <translation>traduire le titre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fix the other errors (%1)</source>
        <translation>corriger les autres erreurs (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To finish: %1</source>
        <translation>À terminer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warnings: %1</source>
        <translation>Avertissements&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>ExportPostings</name>
    <message>
        <location filename="../../editor/ui/export_postings.py" line="+89"/>
        <source>&amp;Postings to export:</source>
        <translation>&amp;Offres à exporter&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postings to export</source>
        <translation>Offres à exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the postings to export; Space checks or unchecks one</source>
        <translation>Cochez les offres à exporter; la barre d’espacement coche ou décoche une offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the postings</source>
        <translation>Chercher dans les offres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the postings by title or key</source>
        <translation>Chercher dans les offres par titre ou par clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check A&amp;ll</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Uncheck All</source>
        <translation>Tout dé&amp;cocher</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <location filename="../../editor/ui/export_preview.py" line="+40"/>
        <source>Errors — these block the export (%1)</source>
        <translation>Erreurs — elles bloquent l’exportation (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings — accept them to export (%1)</source>
        <translation>Avertissements — acceptez-les pour exporter (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Git refuses (%1)</source>
        <translation>Refus de Git (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>kept fields only the site has: %1</source>
        <translation>champs que seul le site a, gardés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file name kept (the title&apos;s name would be %1; check Rename to change it)</source>
        <translation>nom de fichier gardé (celui du titre serait %1; cochez Renommer pour le changer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>address %1 → %2; the old one is added to aliases</source>
        <translation>adresse %1 → %2; l’ancienne est ajoutée aux alias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written by an earlier export that did not commit it; it is committed now</source>
        <translation>écrit par une exportation précédente qui ne l’a pas validé (commit); il l’est cette fois</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New files (%1)</source>
        <translation>Nouveaux fichiers (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed files (%1)</source>
        <translation>Fichiers modifiés (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already up to date (%1)</source>
        <translation>Déjà à jour (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (renamed from %2)</source>
        <translation>%1 (renommé, anciennement %2)</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../editor/ui/file_field.py" line="+20"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../editor/ui/find_bar.py" line="+121"/>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement text</source>
        <translation>Texte de remplacement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Trouver l’occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with:</source>
        <translation>Remplacer par&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the next match (Enter)</source>
        <translation>Trouver l’occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>Remp&amp;lacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;All</source>
        <translation>Remplacer to&amp;ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+45"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Search wrapped around</source>
        <translation>La recherche a fait le tour du texte</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../editor/ui/glossary_dialog.py" line="+134"/>
        <source>Row %1 needs both an English and a French term.</source>
        <translation>La ligne %1 doit avoir un terme anglais et un terme français.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms that must correspond between the English and the French postings of this site. When a posting uses a term and its translation does not use the term&apos;s counterpart, the checks say so. Separate several accepted forms with semicolons.</source>
        <translation>Termes qui doivent se correspondre entre les offres anglaises et françaises de ce site. Quand une offre emploie un terme et que sa traduction n’emploie pas le terme correspondant, les vérifications le signalent. Séparez plusieurs formes acceptées par des points-virgules.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Term pairs:</source>
        <translation>&amp;Paires de termes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary term pairs</source>
        <translation>Paires de termes du glossaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per term: the English form, then the French form; F2 edits a cell</source>
        <translation>Une ligne par terme&#xa0;: la forme anglaise, puis la forme française; F2 modifie une cellule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Term</source>
        <translation>&amp;Ajouter un terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Term</source>
        <translation>&amp;Supprimer le terme</translation>
    </message>
</context>
<context>
    <name>GrammarUnderliner</name>
    <message>
        <location filename="../../editor/ui/grammar_underline.py" line="+67"/>
        <source>Blue wavy underline: grammar. %1 Right-click for suggestions.</source>
        <translation>Soulignement ondulé bleu&#xa0;: grammaire. %1 Clic droit pour les suggestions.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Formatting runs through these words: correct them by hand.</source>
        <translation>De la mise en forme traverse ces mots&#xa0;: corrigez-les à la main.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore in this posting</source>
        <translation>Ignorer dans cette offre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop pointing out this problem with these words in this posting (until you quit)</source>
        <translation>Ne plus signaler ce problème avec ces mots dans cette offre (jusqu’à la fermeture de l’application)</translation>
    </message>
</context>
<context>
    <name>HandOff</name>
    <message>
        <location filename="../../editor/ui/window_handoff.py" line="+51"/>
        <source>Cannot preview on the site</source>
        <translation>Impossible d’afficher l’aperçu sur le site</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>%n fichier exporté.</numerusform>
            <numerusform>%n fichiers exportés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The window will close once the export is done…</source>
        <translation>La fenêtre se fermera une fois l’exportation terminée…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The export failed: the window stays open so that you can see why.</source>
        <translation>L’exportation a échoué&#xa0;: la fenêtre reste ouverte pour que vous puissiez voir pourquoi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is in the site exported into; open that site to change it.</source>
        <translation>%1 se trouve dans le site de destination; ouvrez ce site pour le modifier.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Save Review Copy</source>
        <translation>Enregistrer la copie de révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation>Document PDF (*.pdf);;Page Web (*.html)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save the review copy</source>
        <translation>Impossible d’enregistrer la copie de révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review copy saved to %1</source>
        <translation>Copie de révision enregistrée dans %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The site shows the saved files: save to see your latest changes there.</source>
        <translation>Le site montre les fichiers enregistrés&#xa0;: enregistrez pour y voir vos derniers changements.</translation>
    </message>
</context>
<context>
    <name>LanguageColumn</name>
    <message>
        <location filename="../../editor/ui/language_column.py" line="+313"/>
        <source>This file cannot be read, so it is shown as plain text. Line %1: %2 Repair it here; the usual fields come back as soon as it can be read.</source>
        <translation>Ce fichier ne peut pas être lu; il est donc affiché en texte brut. Ligne %1&#xa0;: %2 Corrigez-le ici; les champs habituels reviendront dès qu’il pourra être lu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>English</source>
        <comment>column heading</comment>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <comment>column heading</comment>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 * (unsaved)</source>
        <translation>%1 * (non enregistré)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>De&amp;scription&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body (Markdown):</source>
        <translation>Corps (&amp;Markdown)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 title</source>
        <translation>Titre — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page&apos;s heading and the link text in lists</source>
        <translation>Le titre de la page et le texte du lien dans les listes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 description</source>
        <translation>Description — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sentence or two that search engines and social media show under the title</source>
        <translation>Une ou deux phrases que les moteurs de recherche et les médias sociaux affichent sous le titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 body</source>
        <translation>Corps — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text of the posting, in Markdown</source>
        <translation>Le texte de l’offre, en Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 preview</source>
        <translation>Aperçu — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page as the site will show it</source>
        <translation>La page telle que le site l’affichera</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 file as plain text</source>
        <translation>Fichier %1 en texte brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 file to edit</source>
        <translation>Fichier %1 à modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several files have this translation key; choose the one to edit</source>
        <translation>Plusieurs fichiers ont cette clé de traduction; choisissez celui à modifier</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+22"/>
        <location line="+12"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+22"/>
        <location line="+12"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Tit&amp;le:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body (&amp;Markdown):</source>
        <translation>Corps (Mar&amp;kdown)&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no %1 file with this translation key yet.</source>
        <translation>Il n’y a pas encore de fichier %1 avec cette clé de traduction.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create the French Version…</source>
        <translation>Cré&amp;er la version française…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes the file with the other version&apos;s shared fields and its text block by block, each block marked as not yet translated</source>
        <translation>Crée le fichier avec les champs communs de l’autre version et son texte bloc par bloc, chaque bloc marqué comme pas encore traduit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the %1 title here</source>
        <translation>Copier ici le titre %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the %1 description here</source>
        <translation>Copier ici la description du texte %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Des&amp;cription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create the Eng&amp;lish Version…</source>
        <translation>Créer la version anglai&amp;se…</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>This file can be read again. Its usual fields come back when you leave this text (Tab, or a click elsewhere).</source>
        <translation>Ce fichier peut de nouveau être lu. Ses champs habituels reviendront quand vous quitterez ce texte (Tab, ou un clic ailleurs).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/ui/main_window.py" line="+150"/>
        <location line="+162"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Cannot open the site</source>
        <translation>Impossible d’ouvrir le site</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not a job posting</source>
        <translation>Pas une offre d’emploi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a job posting (layout: job-posting).</source>
        <translation>%1 n’est pas une offre d’emploi (layout&#xa0;: job-posting).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose a posting in the list.</source>
        <translation>Choisissez une offre dans la liste.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open a site folder to start (File ▸ Open Site Folder…).</source>
        <translation>Ouvrez le dossier d’un site pour commencer (Fichier ▸ Ouvrir le dossier du site…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No postings here yet: File ▸ %1 (%2) writes the first one.</source>
        <translation>Aucune offre ici pour l’instant&#xa0;: Fichier ▸ %1 (%2) rédige la première.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Another posting already uses the translation key “%1”. Choose another key, then save.</source>
        <translation>Une autre offre utilise déjà la clé de traduction «&#xa0;%1&#xa0;». Choisissez une autre clé, puis enregistrez.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reverted to the saved files. Edit ▸ Undo brings your changes back.</source>
        <translation>Retour aux fichiers enregistrés. Édition ▸ Annuler ramène vos modifications.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Your version is back, unsaved; the file on disk still holds the other program&apos;s change.</source>
        <translation>Votre version est revenue, non enregistrée; le fichier sur le disque contient toujours la modification de l’autre programme.</translation>
    </message>
    <message>
        <location filename="../../editor/ui/window_saves.py" line="+25"/>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../editor/ui/main_window.py" line="+2"/>
        <source>Your changes are back, unsaved.</source>
        <translation>Vos modifications sont revenues, non enregistrées.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+37"/>
        <location filename="../../editor/app.py" line="+135"/>
        <source>Posting Editor</source>
        <translation>Éditeur d’offres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open Site Folder</source>
        <translation>Ouvrir le dossier du site</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Posting File</source>
        <translation>Ouvrir un fichier d’offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown files (*.md);;All files (*)</source>
        <translation>Fichiers Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>OutdatedBar</name>
    <message>
        <location filename="../../editor/ui/source_changes.py" line="+60"/>
        <source>What Changed…</source>
        <translation>Voir ce qui a changé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show how the source text changed since the translation was saved</source>
        <translation>Montrer comment le texte source a changé depuis l’enregistrement de la traduction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outdated translation: the %1 text changed after the translation into %2 was last saved.</source>
        <translation>Traduction à mettre à jour&#xa0;: le texte %1 a changé depuis le dernier enregistrement de la traduction vers le %2.</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message numerus="yes">
        <location filename="../../editor/ui/window_outside.py" line="+54"/>
        <source>Read %n posting(s) again.</source>
        <translation>
            <numerusform>%n offre relue.</numerusform>
            <numerusform>%n offres relues.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Took the version on disk of %1: your unsaved changes to it were given up.</source>
        <translation>Version du disque reprise pour %1&#xa0;: vos modifications non enregistrées de ce fichier sont abandonnées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kept your version of %1: saving writes it over the file on disk.</source>
        <translation>Votre version de %1 est gardée&#xa0;: l’enregistrer remplacera le fichier sur le disque.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: combined, its front matter could not be read</source>
        <translation>%1&#xa0;: une fois combiné, son en-tête (front matter) serait illisible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of your version, %3 on disk</source>
        <translation>%1&#xa0;: %2 de votre version, %3 sur le disque</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n more place(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n autre endroit</numerusform>
            <numerusform>%1&#xa0;: %n autres endroits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(in the body)</source>
        <translation>(dans le corps)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(field “%1”)</source>
        <translation>(champ «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines %1–%2</source>
        <translation>lignes %1 à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on disk already holds your edits: there is nothing to save.</source>
        <translation>%1 sur le disque contient déjà vos modifications&#xa0;: il n’y a rien à enregistrer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combined the change made on disk to %1 with your edits: not saved yet. Edit ▸ Undo takes it back.</source>
        <translation>La modification faite sur le disque à %1 a été combinée avec vos modifications&#xa0;: rien n’est encore enregistré. Édition ▸ Annuler revient en arrière.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Recreated %1</source>
        <translation>Recréé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The posting was deleted outside the editor.</source>
        <translation>L’offre a été supprimée en dehors de l’éditeur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Renamed outside the editor: %1</source>
        <translation>Renommé en dehors de l’éditeur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added outside the editor: %1</source>
        <translation>Ajouté en dehors de l’éditeur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Reading the site again…</source>
        <translation>Relecture du site…</translation>
    </message>
</context>
<context>
    <name>PairEditor</name>
    <message>
        <location filename="../../editor/ui/pair_editor.py" line="+303"/>
        <source>The shared fields can be changed once both files can be read.</source>
        <translation>Les champs communs pourront être modifiés quand les deux fichiers pourront être lus.</translation>
    </message>
</context>
<context>
    <name>PostingList</name>
    <message numerus="yes">
        <location filename="../../editor/ui/posting_list.py" line="+322"/>
        <source>%n posting(s)</source>
        <translation>
            <numerusform>%n offre</numerusform>
            <numerusform>%n offres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Needs translation</source>
        <translation>À traduire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title, key, Lever ID or text</source>
        <translation>Titre, clé, identifiant Lever ou texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search postings</source>
        <translation>Rechercher des offres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the postings whose title, key, Lever ID or text contain every word typed</source>
        <translation>N’affiche que les offres dont le titre, la clé, l’identifiant Lever ou le texte contiennent tous les mots tapés</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>All postings</source>
        <translation>Toutes les offres</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>%n of %1 posting(s)</source>
        <translation>
            <numerusform>%n offre sur %1</numerusform>
            <numerusform>%n offres sur %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No posting matches “%1”.</source>
        <translation>Aucune offre ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No posting among “%2” matches “%1”.</source>
        <translation>Aucune offre de «&#xa0;%2&#xa0;» ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No posting to show under “%1”. Choose “%2” to see every posting.</source>
        <translation>Aucune offre à afficher sous «&#xa0;%1&#xa0;». Choisissez «&#xa0;%2&#xa0;» pour les voir toutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open postings</source>
        <translation>Offres ouvertes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived postings</source>
        <translation>Offres archivées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needing attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which postings to show</source>
        <translation>Offres à afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postings</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per posting: its title, its translation key and what needs attention</source>
        <translation>Une ligne par offre&#xa0;: son titre, sa clé de traduction et ce qui demande votre attention</translation>
    </message>
</context>
<context>
    <name>PostingListModel</name>
    <message>
        <location filename="../../editor/ui/posting_list_model.py" line="+36"/>
        <source>Needs translation</source>
        <translation>À traduire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Ébauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid file</source>
        <translation>Fichier invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file cannot be read</source>
        <translation>Un fichier ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived in one language only</source>
        <translation>Archivée dans une seule langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Merge conflict markers</source>
        <translation>Marqueurs de conflit de fusion</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../editor/ui/preview_view.py" line="+256"/>
        <source>The preview could not be made.</source>
        <translation>L’aperçu n’a pas pu être produit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The error was written to the log (Help ▸ Open Log Folder).</source>
        <translation>L’erreur a été inscrite au journal (Aide ▸ Ouvrir le dossier du journal).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Image not shown in the preview</source>
        <translation>Image non affichée dans l’aperçu</translation>
    </message>
</context>
<context>
    <name>ProblemsArea</name>
    <message>
        <location filename="../../editor/ui/problems_area.py" line="+128"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../editor/ui/problems_panel.py" line="+18"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Remarque</translation>
    </message>
    <message numerus="yes">
        <location line="+142"/>
        <source>%n places</source>
        <translation>
            <numerusform>%n endroit</numerusform>
            <numerusform>%n endroits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (can be fixed)</source>
        <translation>%1 (corrigeable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Fix, or use the context menu, to apply the change.</source>
        <translation>Appuyez sur Corriger, ou utilisez le menu contextuel, pour appliquer le changement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file of the site: %1</source>
        <translation>Un fichier du site&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Go to the Problem</source>
        <translation>&amp;Aller au problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fix</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Problems: checks failed — see the log</source>
        <translation>&amp;Problèmes&#xa0;: les vérifications ont échoué — voir le journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Problems: none</source>
        <translation>&amp;Problèmes&#xa0;: aucun</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Problems: %1</source>
        <translation>&amp;Problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All severities</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both languages</source>
        <translation>Deux langues</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of this severity</source>
        <translation>Afficher les problèmes de cette gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of this language&apos;s file</source>
        <translation>Afficher les problèmes du fichier de cette langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show problems of this kind</source>
        <translation>Afficher les problèmes de ce type</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>(%n shown)</source>
        <translation>
            <numerusform>(%n affiché)</numerusform>
            <numerusform>(%n affichés)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fi&amp;x</source>
        <translation>Corri&amp;ger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the change the selected problem suggests</source>
        <translation>Appliquer le changement que propose le problème sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Errors and warnings in the open posting; press Enter on one to go to its line</source>
        <translation>Erreurs et avertissements de l’offre ouverte; appuyez sur Entrée sur l’un d’eux pour aller à sa ligne</translation>
    </message>
</context>
<context>
    <name>QueueTexts</name>
    <message>
        <location filename="../../editor/ui/queue_texts.py" line="+22"/>
        <source>(no translation key: %1)</source>
        <translation>(sans clé de traduction&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(unreadable: %1)</source>
        <translation>(illisible&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>English missing</source>
        <translation>Anglais manquant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French missing</source>
        <translation>Français manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>French: mostly in English (%1%)</source>
        <translation>Français&#xa0;: surtout en anglais (%1&#xa0;%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English: mostly in French (%1%)</source>
        <translation>Anglais&#xa0;: surtout en français (%1&#xa0;%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>French: title still the English one</source>
        <translation>Français&#xa0;: titre encore celui de l’anglais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English: title still the French one</source>
        <translation>Anglais&#xa0;: titre encore celui du français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: translation outdated</source>
        <translation>%1&#xa0;: traduction à mettre à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: text empty</source>
        <translation>%1&#xa0;: texte vide</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n note(s) left (TODO)</source>
        <translation>
            <numerusform>%1&#xa0;: %n note laissée (TODO)</numerusform>
            <numerusform>%1&#xa0;: %n notes laissées (TODO)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n block(s) to translate</source>
        <translation>
            <numerusform>%1&#xa0;: %n bloc à traduire</numerusform>
            <numerusform>%1&#xa0;: %n blocs à traduire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n block(s) still in %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n bloc encore en %2</numerusform>
            <numerusform>%1&#xa0;: %n blocs encore en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n template placeholder(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n espace réservé du modèle</numerusform>
            <numerusform>%1&#xa0;: %n espaces réservés du modèle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>English: line %1</source>
        <translation>Anglais&#xa0;: ligne %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French: line %1</source>
        <translation>Français&#xa0;: ligne %1</translation>
    </message>
</context>
<context>
    <name>SharedFields</name>
    <message>
        <location filename="../../editor/ui/shared_fields.py" line="+136"/>
        <source>⚠ The English and French files differ on: %1. Editing a field here writes the value shown to both files.</source>
        <translation>⚠ Les fichiers anglais et français diffèrent pour&#xa0;: %1. Modifier un champ ici écrit la valeur affichée dans les deux fichiers.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>No longer accepting applications; written to both the English and the French file</source>
        <translation>N’accepte plus de candidatures; inscrit dans le fichier anglais et dans le fichier français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lever ID:</source>
        <translation>Identifiant Lever&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lever ID</source>
        <translation>Identifiant Lever</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The posting&apos;s identifier in the applicant-tracking system, shared by both languages</source>
        <translation>L’identifiant de l’offre dans le système de suivi des candidatures, commun aux deux langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0f8fad5b-d9cb-469f-a165-70867728950e</source>
        <translation>p. ex. 0f8fad5b-d9cb-469f-a165-70867728950e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation &amp;key:</source>
        <translation>Clé de traduction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation key</source>
        <translation>Clé de traduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links the English and French files of this posting; the same in both</source>
        <translation>Relie les fichiers anglais et français de cette offre; identique dans les deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adva&amp;nced</source>
        <translation>Ava&amp;ncé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show advanced fields</source>
        <translation>Afficher les champs avancés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layout</source>
        <translation>Gabarit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Layo&amp;ut:</source>
        <translation>Ga&amp;barit&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SitePreview</name>
    <message>
        <location filename="../../editor/ui/site_preview.py" line="+88"/>
        <source>Starting Hugo for %1… %2 s</source>
        <translation>Démarrage de Hugo pour %1… %2&#xa0;s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hugo gave no address for this page.</source>
        <translation>Hugo n’a donné aucune adresse pour cette page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 (Hugo reloads the page when you save)</source>
        <translation>Affichage de %1 (Hugo recharge la page quand vous enregistrez)</translation>
    </message>
</context>
<context>
    <name>SiteTemplates</name>
    <message>
        <location filename="../../editor/ui/site_templates.py" line="+42"/>
        <source>Save the Posting First</source>
        <translation>Enregistrez d’abord l’offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The templates are made from the posting&apos;s files as saved, and “%1” has unsaved changes. Save it (or revert it), then make the templates again.</source>
        <translation>Les modèles sont faits à partir des fichiers de l’offre tels qu’ils sont enregistrés, et «&#xa0;%1&#xa0;» a des modifications non enregistrées. Enregistrez-la (ou revenez à la version enregistrée), puis créez de nouveau les modèles.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot Make the Templates</source>
        <translation>Impossible de créer les modèles</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Templates written to %1: new postings of this site start from them.</source>
        <translation>Modèles écrits dans %1&#xa0;: les nouvelles offres de ce site en partent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ones replaced are kept as %1.</source>
        <translation>Ceux qu’ils remplacent sont conservés sous %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>English: from the bundled template</source>
        <translation>Anglais&#xa0;: à partir du modèle fourni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French: from the bundled template</source>
        <translation>Français&#xa0;: à partir du modèle fourni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English: from %1</source>
        <translation>Anglais&#xa0;: à partir de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French: from %1</source>
        <translation>Français&#xa0;: à partir de %1</translation>
    </message>
</context>
<context>
    <name>SourceChanges</name>
    <message>
        <location filename="../../editor/ui/source_changes.py" line="-43"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <translation>français</translation>
    </message>
</context>
<context>
    <name>SourceChangesDialog</name>
    <message>
        <location line="+135"/>
        <source>Added: “%1”</source>
        <translation>Ajouté&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed: “%1”</source>
        <translation>Supprimé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced “%1” with “%2”</source>
        <translation>«&#xa0;%1&#xa0;» remplacé par «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What Changed in the %1 Text</source>
        <translation>Ce qui a changé dans le texte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No change to show: the editor does not know the text as it was when the translation was saved.</source>
        <translation>Aucun changement à montrer&#xa0;: l’éditeur ne connaît pas le texte tel qu’il était quand la traduction a été enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %1 text changed in %n place(s) since the translation was last saved. Update the translation in those places only.</source>
        <translation>
            <numerusform>Le texte %1 a changé à %n endroit depuis le dernier enregistrement de la traduction. Mettez à jour la traduction à cet endroit seulement.</numerusform>
            <numerusform>Le texte %1 a changé à %n endroits depuis le dernier enregistrement de la traduction. Mettez à jour la traduction à ces endroits seulement.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Underlined on a green tint: added to the source. Struck through on a red tint: removed from it.</source>
        <translation>Souligné sur fond vert&#xa0;: ajouté à la source. Barré sur fond rouge&#xa0;: retiré de la source.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Changes:</source>
        <translation>&amp;Changements&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes in the source</source>
        <translation>Changements dans la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source &amp;now, with the changes marked:</source>
        <translation>La source &amp;maintenant, avec les changements marqués&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source text with the changes marked</source>
        <translation>Texte source avec les changements marqués</translation>
    </message>
</context>
<context>
    <name>SpellUnderliner</name>
    <message>
        <location filename="../../editor/ui/spell_underline.py" line="+215"/>
        <source>Red wavy underline: “%1” is not in the dictionary. Right-click for suggestions.</source>
        <translation>Soulignement ondulé rouge&#xa0;: «&#xa0;%1&#xa0;» n’est pas dans le dictionnaire. Clic droit pour les suggestions.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to the site&apos;s dictionary</source>
        <translation>Ajouter au dictionnaire du site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept this word in this language in every posting of the site (.posting-editor/dictionary.txt)</source>
        <translation>Accepter ce mot dans cette langue dans toutes les offres du site (.posting-editor/dictionary.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore in this posting</source>
        <translation>Ignorer dans cette offre</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../editor/app.py" line="+90"/>
        <source>Posting Editor cannot start</source>
        <translation>L’Éditeur d’offres ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posting Editor cannot start.</source>
        <translation>L’Éditeur d’offres ne peut pas démarrer.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPane</name>
    <message>
        <location filename="../../editor/ui/suggestions_pane.py" line="+166"/>
        <source>from one sentence of a longer block</source>
        <translation>d’une phrase d’un bloc plus long</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the site&apos;s translation memory…</source>
        <translation>Lecture de la mémoire de traduction du site…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This block has no matching block in the other language to translate from.</source>
        <translation>Ce bloc n’a pas de bloc correspondant dans l’autre langue à partir duquel traduire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No suggestion for the block under the cursor.</source>
        <translation>Aucune suggestion pour le bloc sous le curseur.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>from a title</source>
        <translation>d’un titre d’offre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from a description</source>
        <translation>d’une description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from a heading</source>
        <translation>d’un intertitre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from a paragraph</source>
        <translation>d’un paragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from a list item</source>
        <translation>d’un élément de liste</translation>
    </message>
</context>
<context>
    <name>TranslationExchange</name>
    <message>
        <location filename="../../editor/ui/translation_exchange.py" line="+57"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote %1 for translation into %2.</source>
        <translation>%1 écrit pour la traduction vers le %2.</translation>
    </message>
</context>
<context>
    <name>TranslatorTools</name>
    <message>
        <location filename="../../editor/ui/translator_tools.py" line="+100"/>
        <source>Comparing the source with the text the translation was made from…</source>
        <translation>Comparaison de la source avec le texte à partir duquel la traduction a été faite…</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+3"/>
        <source>Not created</source>
        <translation>Non créé</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>New version: %n block(s) translated from the translation memory</source>
        <translation>
            <numerusform>Nouvelle version&#xa0;: %n bloc traduit à partir de la mémoire de traduction</numerusform>
            <numerusform>Nouvelle version&#xa0;: %n blocs traduits à partir de la mémoire de traduction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n to review (still marked)</source>
        <translation>
            <numerusform>, %n à réviser (toujours marqué)</numerusform>
            <numerusform>, %n à réviser (toujours marqués)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the others hold the other language&apos;s text, marked to translate.</source>
        <translation>; les autres contiennent le texte de l’autre langue, marqué à traduire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New version: each block holds the other language&apos;s text, marked to translate; the translation memory was still being read, so none was filled from it (Alt+1 offers its suggestions once it is read).</source>
        <translation>Nouvelle version&#xa0;: chaque bloc contient le texte de l’autre langue, marqué à traduire; la mémoire de traduction était encore en lecture, aucun bloc n’en a donc été rempli (Alt+1 offre ses suggestions dès qu’elle est lue).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New version: each block holds the other language&apos;s text, marked to translate.</source>
        <translation>Nouvelle version&#xa0;: chaque bloc contient le texte de l’autre langue, marqué à traduire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to copy: the %1 text already holds that block.</source>
        <translation>Rien à copier&#xa0;: le texte %1 contient déjà ce bloc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied into the %1 text; Undo takes it back.</source>
        <translation>Copié dans le texte %1; Annuler le retire.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That problem changed since it was found; the list is being updated.</source>
        <translation>Ce problème a changé depuis qu’il a été trouvé; la liste est en cours de mise à jour.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fixed; Undo in that field takes it back.</source>
        <translation>Corrigé; Annuler dans ce champ rétablit le texte.</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n change(s) in English</source>
        <translation>
            <numerusform>%n changement en anglais</numerusform>
            <numerusform>%n changements en anglais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) in French</source>
        <translation>
            <numerusform>%n changement en français</numerusform>
            <numerusform>%n changements en français</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typography fixed: %1. Undo in each field takes it back.</source>
        <translation>Typographie corrigée&#xa0;: %1. Annuler dans chaque champ rétablit le texte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The typography needs no fixing.</source>
        <translation>La typographie n’a besoin d’aucune correction.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n heading id(s) kept with {#id}, so links to them still work.</source>
        <translation>
            <numerusform>%n identifiant d’intertitre gardé avec {#id}&#xa0;: les liens qui y mènent fonctionnent toujours.</numerusform>
            <numerusform>%n identifiants d’intertitres gardés avec {#id}&#xa0;: les liens qui y mènent fonctionnent toujours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n heading(s) left as written: fixing them would change their ids and break links to them (fix them one by one from the problems list).</source>
        <translation>
            <numerusform>%n intertitre laissé tel quel&#xa0;: le corriger changerait son identifiant et briserait les liens qui y mènent (corrigez-le depuis la liste des problèmes).</numerusform>
            <numerusform>%n intertitres laissés tels quels&#xa0;: les corriger changerait leurs identifiants et briserait les liens qui y mènent (corrigez-les un à un depuis la liste des problèmes).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Glossary saved to %1</source>
        <translation>Glossaire enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../editor/ui/welcome_panel.py" line="+34"/>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; This is a sample site to try things out. On the left, its postings; on the right, the one you chose, French and English side by side, each with its text and a preview of the page. Problems the checks find are listed below. To start on your own postings, open your site&apos;s folder.</source>
        <translation>&lt;b&gt;Bienvenue.&lt;/b&gt; Voici un site d’exemple pour faire des essais. À gauche, ses offres; à droite, celle que vous avez choisie, en français et en anglais côte à côte, chacune avec son texte et un aperçu de la page. Les problèmes que trouvent les vérifications sont listés en dessous. Pour travailler sur vos propres offres, ouvrez le dossier de votre site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Your Site&apos;s Folder…</source>
        <translation>Ouvrir le dossier de votre site…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close this welcome for good</source>
        <translation>Fermer ce mot de bienvenue pour de bon</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../editor/ui/window_menus.py" line="+126"/>
        <source>No recent sites</source>
        <translation>Aucun site récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear Recent Sites</source>
        <translation>&amp;Effacer les sites récents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un site &amp;récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat</source>
        <translation>Fo&amp;rmat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interface Language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>WordCounts</name>
    <message>
        <location filename="../../editor/ui/word_counts.py" line="+82"/>
        <source>FR</source>
        <translation>FR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EN</source>
        <translation>EN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selection (%1): %2, %3</source>
        <translation>Sélection (%1)&#xa0;: %2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>FR/EN %1</source>
        <translation>FR/EN %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words and characters a reader reads: title, description and body, without markup. French usually runs 15 to 20% longer than English.</source>
        <translation>Mots et caractères que lit le lectorat&#xa0;: titre, description et corps, sans le balisage. Le français est d’ordinaire de 15 à 20&#xa0;% plus long que l’anglais.</translation>
    </message>
</context>
<context>
    <name>WorkflowDialogs</name>
    <message>
        <location filename="../../editor/ui/workflow_dialogs.py" line="+27"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body</source>
        <translation>corps du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>archivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lever ID</source>
        <translation>identifiant Lever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>translation key</source>
        <translation>clé de traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layout</source>
        <translation>gabarit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whole file</source>
        <translation>fichier entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>front matter</source>
        <translation>en-tête (front matter)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>archived</source>
        <comment>the value of the archived field</comment>
        <translation>archivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not archived</source>
        <translation>non archivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (both languages)</source>
        <translation>%1 (les deux langues)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French %1</source>
        <translation>%1 en français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English %1</source>
        <translation>%1 en anglais</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert to Saved</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away your unsaved changes to “%1”?</source>
        <translation>Abandonner vos modifications non enregistrées de «&#xa0;%1&#xa0;»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost: %1.

Edit ▸ Undo brings them back, once, until you type again.</source>
        <translation>Perdu&#xa0;: %1.

Édition ▸ Annuler les ramène, une fois, jusqu’à ce que vous tapiez de nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>File deleted outside the editor</source>
        <translation>Fichier supprimé en dehors de l’éditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The French file was deleted outside the editor.</source>
        <translation>Le fichier français a été supprimé en dehors de l’éditeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The English file was deleted outside the editor.</source>
        <translation>Le fichier anglais a été supprimé en dehors de l’éditeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The English and French files were deleted outside the editor.</source>
        <translation>Les fichiers anglais et français ont été supprimés en dehors de l’éditeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is no longer on disk. Recreate it from the text still open here, or close it: its text open here is then lost, and the other language stays open as it is.</source>
        <translation>%1 n’est plus sur le disque. Recréez-le à partir du texte encore ouvert ici, ou fermez-le&#xa0;: son texte ouvert ici est alors perdu, et l’autre langue reste ouverte telle quelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is no longer on disk. Recreate it from the text still open here, or close the posting (the text open here is then lost).</source>
        <translation>%1 n’est plus sur le disque. Recréez-le à partir du texte encore ouvert ici, ou fermez l’offre (le texte ouvert ici est alors perdu).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recreate the File</source>
        <translation>&amp;Recréer le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close the File</source>
        <translation>&amp;Fermer le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the Posting</source>
        <translation>&amp;Fermer l’offre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site Folder No Longer There</source>
        <translation>Dossier du site introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site folder %1 is no longer there: it was renamed, moved or deleted outside the editor. Nothing was written; the text open here stays, unsaved. Copy what you need, then open the site where it is now (File ▸ Open Site Folder…).</source>
        <translation>Le dossier du site %1 n’est plus là&#xa0;: il a été renommé, déplacé ou supprimé en dehors de l’éditeur. Rien n’a été écrit; le texte ouvert ici reste, non enregistré. Copiez ce dont vous avez besoin, puis ouvrez le site là où il se trouve maintenant (Fichier ▸ Ouvrir le dossier du site…).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the File</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 (“%2”) from the disk?</source>
        <translation>Supprimer %1 («&#xa0;%2&#xa0;») du disque?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is removed for good; the editor cannot bring it back. Archiving it or giving it another key keeps it.</source>
        <translation>Le fichier est supprimé pour de bon; l’éditeur ne peut pas le ramener. L’archiver ou lui donner une autre clé le conserve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Characters That Could Not Be Read</source>
        <translation>Caractères illisibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not UTF-8 text. Characters that could not be read, shown as �: %2.</source>
        <translation>%1 n’est pas du texte UTF-8. Caractères illisibles, affichés comme �&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving writes them as �: the original characters (é, à, ’…) are lost. Type them again where � shows first, or save the file as UTF-8 in your text editor and open it again.</source>
        <translation>L’enregistrement les écrit comme �&#xa0;: les caractères d’origine (é, à, ’…) sont perdus. Tapez-les de nouveau là où � s’affiche d’abord, ou enregistrez le fichier en UTF-8 dans votre éditeur de texte, puis ouvrez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard the Glossary Changes</source>
        <translation>Abandonner les changements au glossaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The glossary has changes that are not saved.</source>
        <translation>Le glossaire a des changements qui ne sont pas enregistrés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing now loses the terms added, changed or removed since it was opened. Cancel, then Save, keeps them.</source>
        <translation>Fermer maintenant perd les termes ajoutés, modifiés ou supprimés depuis son ouverture. Annuler, puis Enregistrer, les garde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Abandonner les changements</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left out, as they belong to one page: %1.</source>
        <translation>Retirés, car ils sont propres à une page&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afterwards, edit them: put what each posting changes in _…_ placeholders, which export refuses to publish.</source>
        <translation>Modifiez-les ensuite&#xa0;: mettez ce que chaque offre change dans des espaces réservés _…_, que l’exportation refuse de publier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the Site&apos;s Templates</source>
        <translation>Remplacer les modèles du site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This site already has templates (%1). Replace them with templates made from “%2”?</source>
        <translation>Ce site a déjà des modèles (%1). Les remplacer par des modèles faits à partir de «&#xa0;%2&#xa0;»?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current templates are kept beside them, as replaced-….posting.en.md and …posting.fr.md.</source>
        <translation>Les modèles actuels sont conservés à côté, sous replaced-….posting.en.md et …posting.fr.md.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace Templates</source>
        <translation>&amp;Remplacer les modèles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the Site&apos;s Templates</source>
        <translation>Créer les modèles du site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the site&apos;s templates from “%1”? New postings of this site will start from them.</source>
        <translation>Créer les modèles du site à partir de «&#xa0;%1&#xa0;»? Les nouvelles offres de ce site en partiront.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make Templates</source>
        <translation>&amp;Créer les modèles</translation>
    </message>
</context>
<context>
    <name>XliffExportDialog</name>
    <message>
        <location filename="../../editor/ui/xliff_export_dialog.py" line="+23"/>
        <location line="+50"/>
        <source>Export for Translation</source>
        <translation>Exporter pour la traduction</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Save “%1” as an XLIFF 1.2 file for a translator&apos;s CAT tool (Trados, memoQ, OmegaT). Blocks still marked to translate go out as “needs translation”; bring the translated file back with File ▸ Import Translation…</source>
        <translation>Enregistrer «&#xa0;%1&#xa0;» dans un fichier XLIFF 1.2 pour l’outil de TAO d’une traductrice ou d’un traducteur (Trados, memoQ, OmegaT). Les blocs encore marqués à traduire partent avec l’état «&#xa0;à traduire&#xa0;»; rapportez le fichier traduit avec Fichier ▸ Importer une traduction…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Translate &amp;into:</source>
        <translation>Traduire &amp;en&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Fichiers XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists and is not an XLIFF file: exporting there would replace it. Choose another file name.</source>
        <translation>%1 existe et n’est pas un fichier XLIFF&#xa0;: y exporter le remplacerait. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>XliffImportDialog</name>
    <message>
        <location filename="../../editor/ui/xliff_import_dialog.py" line="+34"/>
        <location line="+30"/>
        <source>Import Translation</source>
        <translation>Importer une traduction</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Write a translated XLIFF file into the posting of the other language. Only the translated title, description and blocks change; blocks the translator left to translate keep their marker.</source>
        <translation>Écrire un fichier XLIFF traduit dans l’offre de l’autre langue. Seuls le titre, la description et les blocs traduits changent; les blocs laissés à traduire gardent leur marque.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Result of the import</source>
        <translation>Résultat de l’importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the import did will show here.</source>
        <translation>Ce que l’importation a fait s’affichera ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>Fichiers XLIFF (*.xlf *.xliff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 Nothing was imported; try again.</source>
        <translation>%1 Rien n’a été importé; essayez de nouveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the description</source>
        <translation>la description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the heading at line %1</source>
        <translation>l’intertitre à la ligne %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the list item at line %1</source>
        <translation>l’élément de liste à la ligne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the paragraph at line %1</source>
        <translation>le paragraphe à la ligne %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The source text changed since the export, so the translation may no longer fit it. Nothing was imported; export again and carry the translation over. The difference (− as exported, + now):</source>
        <translation>Le texte source a changé depuis l’exportation&#xa0;: la traduction pourrait ne plus lui correspondre. Rien n’a été importé; exportez de nouveau et reportez-y la traduction. La différence (− à l’exportation, + maintenant)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The translated file changed since the export where the translation would go. Nothing was imported; export again and carry the translation over, or edit these in the editor:</source>
        <translation>Le fichier traduit a changé depuis l’exportation là où irait la traduction. Rien n’a été importé; exportez de nouveau et reportez-y la traduction, ou modifiez ces passages dans l’éditeur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: created, %n segment(s) written.</source>
        <translation>
            <numerusform>%1&#xa0;: créé, %n segment écrit.</numerusform>
            <numerusform>%1&#xa0;: créé, %n segments écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: updated, %n segment(s) written.</source>
        <translation>
            <numerusform>%1&#xa0;: mis à jour, %n segment écrit.</numerusform>
            <numerusform>%1&#xa0;: mis à jour, %n segments écrits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unchanged.</source>
        <translation>%1&#xa0;: inchangé.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n segment(s) left to translate keep their marker.</source>
        <translation>
            <numerusform>%n segment laissé à traduire garde sa marque.</numerusform>
            <numerusform>%n segments laissés à traduire gardent leur marque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n segment(s) already as in the file.</source>
        <translation>
            <numerusform>%n segment déjà tel que dans le fichier.</numerusform>
            <numerusform>%n segments déjà tels que dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To translate in the editor (the other language splits, joins or lacks these blocks):</source>
        <translation>À traduire dans l’éditeur (l’autre langue divise, réunit ou n’a pas ces blocs)&#xa0;:</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Rien n’a été importé.</translation>
    </message>
</context>
</TS>
