"""L'aide de la ligne de commande en français canadien: each English text of the parsers (``--help``
descriptions, options, epilogues) and of argparse itself (``usage:``, its refusals), as written in the
command modules, with its French. Looked up by the English text, as Qt's translations are, so that a
command module keeps writing its help in one place; ``tests/cli/test_help_language.py`` fails when an
English text has no French here. Written with ordinary spaces before « : » and inside « », made
non-breaking below; a ``%`` is doubled, as argparse formats help with ``%``."""

from __future__ import annotations

from editor.model.findings.messages_fr import spaced

HELP: dict[str, str] = {
    # posting-editor
    "Edit bilingual (English/French) job postings of a Hugo site. Without a command, opens the editor window on "
    "PATH (a site folder or a posting file; default: the bundled sample site): posting-editor [--lang en|fr] [PATH].":
        "Modifier les offres d’emploi bilingues (anglais et français) d’un site Hugo. Sans commande, ouvre la "
        "fenêtre de l’éditeur sur CHEMIN (un dossier de site ou un fichier d’offre; par défaut : le site "
        "d’exemple fourni) : posting-editor [--lang en|fr] [CHEMIN].",
    "Exit status: 0 fine, 1 problems found, 2 usage or file error.":
        "Code de sortie : 0 tout va bien, 1 problèmes trouvés, 2 erreur d’utilisation ou de fichier.",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version du programme et quitter",
    "language of the messages, for any command; without a command, the window's language for this run (the saved "
    "preference is kept)":
        "langue des messages, pour toute commande; sans commande, la langue de la fenêtre pour cette fois (la "
        "préférence enregistrée est gardée)",
    "language of the messages (default: French when LC_ALL, LC_MESSAGES or LANG starts with fr, else English)":
        "langue des messages (par défaut : le français quand LC_ALL, LC_MESSAGES ou LANG commence par fr, "
        "sinon l’anglais)",
    # the list of commands
    "render postings' bodies to HTML": "rendre le corps des offres en HTML",
    "print a front matter value, or 'body'": "afficher une valeur de l’en-tête, ou « body » (le corps)",
    "change fields with a minimal diff": "modifier des champs en ne réécrivant que leurs lignes",
    "list the pairs of a site": "lister les paires d’un site",
    "create a linked pair (or one language) from the templates":
        "créer une paire liée (ou une seule langue) à partir des modèles",
    "archive (or reopen) both files of a pair": "archiver (ou rouvrir) les deux fichiers d’une paire",
    "check files or site folders": "vérifier des fichiers ou des dossiers de site",
    "copy finished postings into the site, optionally committing them":
        "copier les offres terminées dans le site, et les valider avec Git au besoin",
    "create the other language's version of a posting, ready to translate":
        "créer la version d’une offre dans l’autre langue, prête à traduire",
    "translation-memory matches for each block of a posting":
        "les correspondances de la mémoire de traduction pour chaque bloc d’une offre",
    "export or import the translation memory (TMX)": "exporter ou importer la mémoire de traduction (TMX)",
    "exchange a posting's translation with a CAT tool (XLIFF 1.2)":
        "échanger la traduction d’une offre avec un outil de TAO (XLIFF 1.2)",
    "exchange the site's glossary with terminology tools (TBX, CSV)":
        "échanger le glossaire du site avec des outils de terminologie (TBX, CSV)",
    "a bilingual review copy of a posting (PDF or HTML)": "une copie de révision bilingue d’une offre (PDF ou HTML)",
    "settle a pair's conflicts (shared fields that differ, a key used twice)":
        "régler les conflits d’une paire (champs communs qui diffèrent, clé employée deux fois)",
    "give a site its own templates for new postings": "donner au site ses propres modèles pour les nouvelles offres",
    # render, get, set
    "Render bodies as the site will.": "Rendre le corps des offres comme le site le fera.",
    "write DIR/<file name>.html for each file (without it, or with -, one file's HTML goes to the output)":
        "écrire DOSSIER/<nom du fichier>.html pour chaque fichier (sans cette option, ou avec -, le HTML d’un seul "
        "fichier va à la sortie)",
    "Print one field.": "Afficher un champ.",
    "Change fields; only their lines are rewritten. VALUE is read as YAML (archived=true is a boolean); title, "
    "description, translationKey and leverId are always text, and title and description one line of it. Shared "
    "fields (archived, leverId, translationKey, layout, type) are written to the other language's file of the "
    "pair too.":
        "Modifier des champs; seules leurs lignes sont réécrites. VALEUR est lue en YAML (archived=true est un "
        "booléen); title, description, translationKey et leverId sont toujours du texte, et title et description "
        "une seule ligne de texte. Les champs communs "
        "(archived, leverId, translationKey, layout, type) sont aussi écrits dans le fichier de l’autre langue "
        "de la paire.",
    "replace the body with the text of FILE ('-': standard input)":
        "remplacer le corps par le texte de FICHIER (« - » : l’entrée standard)",
    "do not update the counterpart's shared fields": "ne pas modifier les champs communs de l’autre fichier de la paire",
    # list
    "One row per linked pair: translationKey, archived, files, status and what is left to do (a language's further "
    "files on lines of their own below it; --format json has one entry per pair). Files are named from the "
    "folder holding all of a language's files, which the header names; on a terminal narrower than the table, "
    "each pair's files go on lines of their own under it and what is left to do is wrapped (never when the "
    "output is piped). Status: unreadable, merge-conflict (a merge left its conflict markers in a file), "
    "invalid, conflict, draft (template placeholders or TODO notes left), needs-translation, ok. A "
    "pair needs translation while a language file is missing or its text empty, a file still has "
    "[À TRADUIRE]/[TO TRANSLATE] markers or the other language's text, its source changed after the "
    "translation was last saved (git history, or the editor's .posting-editor/translations.json), or it "
    "has template placeholders or TODO notes.":
        "Une ligne par paire liée : translationKey, archivée, fichiers, état et ce qui reste à faire (les autres "
        "fichiers d’une langue sur des lignes à eux, en dessous; --format json donne une entrée par paire). Les "
        "fichiers sont nommés à partir du dossier qui contient tous ceux d’une langue, que l’en-tête nomme; dans "
        "un terminal plus étroit que le tableau, les fichiers de chaque paire vont sur des lignes à eux sous "
        "la sienne et ce qui reste à faire est replié (jamais quand la sortie va dans un tube). États : "
        "illisible, conflit de fusion (une fusion a laissé ses marqueurs de conflit dans un fichier), invalide, "
        "conflit, ébauche (espaces réservés du modèle ou notes TODO restants), à traduire, à jour. Une "
        "paire est à traduire tant qu’il lui manque un fichier de langue ou que son texte est vide, qu’un "
        "fichier contient encore des marques "
        "[À TRADUIRE]/[TO TRANSLATE] ou le texte de l’autre langue, que sa source a changé depuis le dernier "
        "enregistrement de la traduction (historique git, ou .posting-editor/translations.json de l’éditeur), "
        "ou qu’elle contient des espaces réservés du modèle ou des notes TODO.",
    "also say which Markdown files of the postings folders are not postings, and why (said anyway when no "
    "posting is found)":
        "dire aussi quels fichiers Markdown des dossiers d’offres ne sont pas des offres, et pourquoi (dit de toute "
        "façon quand aucune offre n’est trouvée)",
    "only the pairs whose title, key, Lever ID or text hold every word (accents and case aside), the pairs titled "
    "so first, as in the window's search":
        "seulement les paires dont le titre, la clé, l’identifiant Lever ou le texte contiennent chacun des mots "
        "(sans tenir compte des accents ni de la casse), celles qui portent ce titre en premier, comme la recherche "
        "de la fenêtre",
    "only the pairs that need translation (the window's “Needs translation”)":
        "seulement les paires à traduire (le filtre « À traduire » de la fenêtre)",
    # new, archive
    "Create an English/French pair from the templates, or only the language given a title (the other is created "
    "later, from the translator's side). A missing or empty SITE folder is made a drafts folder (en/, fr/).":
        "Créer une paire anglais-français à partir des modèles, ou seulement la langue qui reçoit un titre "
        "(l’autre est créée plus tard, au moment de la traduction). Un dossier SITE absent ou vide devient un "
        "dossier d’ébauches (en/, fr/).",
    "English title (creates the English file)": "titre anglais (crée le fichier anglais)",
    "French title (creates the French file)": "titre français (crée le fichier français)",
    "translationKey (default: from the English title, else the French one)":
        "translationKey (par défaut : tirée du titre anglais, sinon du titre français)",
    "applicant-tracking id; also names the files": "identifiant du système de suivi des candidatures; nomme aussi les fichiers",
    "start from this posting of SITE (and its other language) instead of the templates: its text and fields with "
    "the new title, key and Lever ID, not archived":
        "partir de cette offre de SITE (et de son autre langue) plutôt que des modèles : son texte et ses champs, "
        "avec le nouveau titre, la nouvelle clé et le nouvel identifiant Lever, non archivée",
    "start from the bundled templates even when the site has its own (say, one that is a broken link)":
        "partir des modèles fournis même quand le site a les siens (par exemple un lien brisé)",
    "Set archived on a pair.": "Donner une valeur à archived dans les deux fichiers d’une paire.",
    "set archived: false instead": "mettre plutôt archived: false",
    # check
    "Check postings: front matter, fields, body, the pair's two files, and the checks between the languages "
    "(numbers, links, structure, untranslated text, typography, inclusive writing, glossary), spelling in each "
    "file's language, and French grammar (Grammalecte). Lines read 'file:line:col: severity code: message'. "
    "Exit 1 when errors or warnings are found.":
        "Vérifier des offres : en-tête, champs, corps, les deux fichiers de la paire, et les vérifications "
        "entre les langues (nombres, liens, structure, texte non traduit, typographie, écriture inclusive, "
        "glossaire), l’orthographe dans la langue de chaque fichier et la grammaire française (Grammalecte). "
        "Chaque ligne se lit « fichier:ligne:colonne: gravité code: message » (la gravité, error, warning ou "
        "info, reste en anglais, comme l’attendent les outils qui lisent ces lignes). Code de sortie 1 quand des "
        "erreurs ou des avertissements sont trouvés.",
    "posting files or site folders": "fichiers d’offres ou dossiers de site",
    "first fix typography in place (spaces before : and in « », amounts, thousands, times, apostrophes), "
    "changing only those characters; paragraphs in the other language and headings whose id would change are "
    "left as they are (with a note); then report what is left":
        "corriger d’abord la typographie sur place (espaces avant le deux-points et dans les « », montants, "
        "milliers, heures, apostrophes), en ne changeant que ces caractères; les paragraphes dans l’autre "
        "langue et les intertitres dont l’identifiant changerait restent tels quels (avec une remarque); "
        "signaler ensuite ce qui reste",
    "skip the checks between the two languages": "sauter les vérifications entre les deux langues",
    "skip spell checking (English (Canada) and French dictionaries, plus the site's .posting-editor/dictionary.txt)":
        "sauter la vérification de l’orthographe (dictionnaires anglais (Canada) et français, plus le "
        ".posting-editor/dictionary.txt du site)",
    "skip the French grammar check (Grammalecte)": "sauter la vérification de la grammaire française (Grammalecte)",
    # export
    "Check the postings of SOURCE (a drafts folder with en/ and fr/, or a copy of the site), then write them "
    "into SITE: new postings under the site's postings folder as slug--leverId.md, postings the site already "
    "has (same translationKey) updated in place with minimal diffs. Every check of 'posting-editor check' runs "
    "on the pairs first. Errors stop the export; warnings stop it unless accepted. Unfinished work is always an "
    "error: a [TO TRANSLATE]/[À TRADUIRE] marker, a template placeholder or guidance sentence, an empty or "
    "'null' title or description, an empty body, a TODO note, a file mostly in the other language, text or a "
    "title left in the other language, a section with no text in one language (left out, or only an HTML "
    "comment under its heading), a pair missing a language that the site does not have either.":
        "Vérifier les offres de SOURCE (un dossier d’ébauches avec en/ et fr/, ou une copie du site), puis les "
        "écrire dans SITE : les nouvelles offres dans le dossier des offres du site, sous le nom "
        "slug--leverId.md, et les offres que le site a déjà (même translationKey) mises à jour sur place, en "
        "ne changeant que les lignes modifiées. Toutes les vérifications de « posting-editor check » passent "
        "d’abord sur les paires. Les erreurs arrêtent l’exportation; les avertissements aussi, à moins d’être "
        "acceptés. Le travail inachevé est toujours une erreur : une marque [TO TRANSLATE]/[À TRADUIRE], un "
        "espace réservé ou une consigne du modèle, un titre ou une description vide ou « null », un corps de "
        "texte vide, une note TODO, un fichier surtout écrit dans l’autre langue, du texte ou un titre laissé "
        "dans l’autre langue, une section sans texte dans une langue (omise, ou seulement un commentaire HTML "
        "sous son intertitre), une paire à laquelle il manque une langue que le site n’a pas non plus.",
    "drafts folder or site copy to export from": "dossier d’ébauches ou copie du site d’où exporter",
    "the Hugo site to export into": "le site Hugo où exporter",
    "export only this translationKey (repeat for several; default: every pair of SOURCE)":
        "n’exporter que cette translationKey (à répéter pour plusieurs; par défaut : toutes les paires de SOURCE)",
    "switch to this branch of SITE's repository first (created from the current one if needed)":
        "passer d’abord à cette branche du dépôt de SITE (créée à partir de la branche actuelle au besoin)",
    "commit exactly the exported files with git (never pushed)":
        "valider avec git exactement les fichiers exportés (jamais poussés)",
    "first line of the commit message (the postings are listed below it)":
        "première ligne du message de commit (les offres sont énumérées en dessous)",
    "show what would be written; write nothing": "montrer ce qui serait écrit; ne rien écrire",
    "export even when the checks report warnings (errors are never overridden)":
        "exporter même quand les vérifications signalent des avertissements (jamais malgré des erreurs)",
    "rename existing postings to their title's file name (the old address is kept in aliases)":
        "renommer les offres existantes d’après leur titre (l’ancienne adresse est gardée dans aliases)",
    # translate
    "Create the French (or English) posting of the pair KEY from the other language: shared fields copied, title "
    "and description left empty, every heading, paragraph and list item holding the source text marked "
    "[À TRADUIRE] / [TO TRANSLATE] until translated; standard paragraphs of the bilingual template are put in "
    "their translated form. Prints the new file's path.":
        "Créer l’offre française (ou anglaise) de la paire CLÉ à partir de l’autre langue : champs communs "
        "copiés, titre et description laissés vides, chaque intertitre, paragraphe et élément de liste gardant "
        "le texte source marqué [À TRADUIRE] / [TO TRANSLATE] jusqu’à sa traduction; les paragraphes standard "
        "du modèle bilingue sont mis dans leur forme traduite. Affiche le chemin du nouveau fichier.",
    "the site folder": "le dossier du site",
    "translationKey of the pair": "translationKey de la paire",
    "the language to create": "la langue à créer",
    "the translated title (also names the file); default: empty, the file then named after the translation "
    "memory's exact translation of the title, else after the source's title":
        "le titre traduit (nomme aussi le fichier); par défaut : vide, le fichier étant alors nommé d’après la "
        "traduction exacte du titre dans la mémoire de traduction, sinon d’après le titre de la source",
    "print the path and the new file; write nothing": "afficher le chemin et le nouveau fichier; ne rien écrire",
    "fill blocks from the site's translation memory: 100%% matches among 100%% matches go in translated, others "
    "scoring the site's pretranslate_threshold (default 85) or more go in still marked to translate":
        "remplir les blocs à partir de la mémoire de traduction du site : les correspondances à 100 %% "
        "entourées de correspondances à 100 %% sont insérées comme traduites, les autres dont le score atteint "
        "le pretranslate_threshold du site (85 par défaut) sont insérées toujours marquées à traduire",
    # suggest
    "For each segment of the pair KEY's source posting (title, description, then each heading, paragraph and "
    "list item), the best matches from the site's translation memory: score (0-100, as CAT tools show it), the "
    "memory's source with its differences from this segment marked ([-only in the memory-]{+only here+}), its "
    "translation (numbers, addresses and markup carried over) and where it comes from (and the kind of block it "
    "was translated for, when not this one's: a heading offered for a list item). JSON: a list of "
    "{\"block\": n, \"id\", \"line\", \"source\", \"kind\", \"matches\": [{\"score\", \"source\", "
    "\"target\", \"origin\": \"file:line\", \"adapted\", \"kind\"}]}; n counts the segments from 1; kind is "
    "title, description, heading, paragraph or item.":
        "Pour chaque segment de l’offre source de la paire CLÉ (titre, description, puis chaque intertitre, "
        "paragraphe et élément de liste), les meilleures correspondances de la mémoire de traduction du site : "
        "score (0 à 100, comme les outils de TAO l’affichent), la source de la mémoire avec ses différences "
        "avec ce segment marquées ([-seulement dans la mémoire-]{+seulement ici+}), sa traduction (nombres, "
        "adresses et balisage reportés) et sa provenance (et le type de bloc pour lequel elle a été faite, quand "
        "ce n’est pas celui-ci : un intertitre proposé pour un élément de liste). JSON : une liste de "
        "{\"block\": n, \"id\", \"line\", "
        "\"source\", \"kind\", \"matches\": [{\"score\", \"source\", \"target\", \"origin\": \"fichier:ligne\", "
        "\"adapted\", \"kind\"}]}; n compte les segments à partir de 1; kind vaut title, description, heading, "
        "paragraph ou item.",
    "the language translated into": "la langue cible de la traduction",
    "matches per segment (default 3)": "correspondances par segment (3 par défaut)",
    "lowest score shown (default 50)": "score le plus bas affiché (50 par défaut)",
    "leave out earlier versions from git": "laisser de côté les versions antérieures tirées de git",
    # tm
    "The site's translation memory as TMX 1.4b (en-CA / fr-CA).":
        "La mémoire de traduction du site en TMX 1.4b (en-CA / fr-CA).",
    "write the site's memory to a TMX file": "écrire la mémoire du site dans un fichier TMX",
    "add a translator's TMX memory to the site": "ajouter au site la mémoire TMX d’une traductrice ou d’un traducteur",
    "Write every unit of the site's translation memory (its aligned pairs, earlier versions from git, imported "
    "memories) to a TMX 1.4b file.":
        "Écrire chaque unité de la mémoire de traduction du site (ses paires alignées, les versions "
        "antérieures tirées de git, les mémoires importées) dans un fichier TMX 1.4b.",
    "Check a TMX file and keep a copy in SITE/.posting-editor/memory/, where suggest and pre-translation use every "
    "file. A different memory already imported under the same name is kept: the new one is added beside it "
    "(NAME-2.tmx), unless --replace is given.":
        "Vérifier un fichier TMX et en garder une copie dans SITE/.posting-editor/memory/, où suggest et la "
        "prétraduction se servent de chaque fichier. Une autre mémoire déjà importée sous le même nom est gardée : "
        "la nouvelle s’ajoute à côté (NOM-2.tmx), sauf avec --replace.",
    "replace the memory imported earlier under the same name; it is kept as a backup (NAME.tmx.DATE.bak, not read "
    "as memory)":
        "remplacer la mémoire importée avant sous le même nom; elle est gardée en copie de sécurité "
        "(NOM.tmx.DATE.bak, qui n’est pas lue comme mémoire)",
    # xliff
    "Export a posting for translation in a CAT tool (Trados, memoQ, OmegaT) as XLIFF 1.2, and import the "
    "translated file back into the other language's posting.":
        "Exporter une offre en XLIFF 1.2 pour la traduire dans un outil de TAO (Trados, memoQ, OmegaT), et "
        "importer le fichier traduit dans l’offre de l’autre langue.",
    "write the pair's segments as XLIFF 1.2": "écrire les segments de la paire en XLIFF 1.2",
    "write a translated XLIFF file into the site": "écrire un fichier XLIFF traduit dans le site",
    "Write the title, description and each text block of the KEY pair's source posting as XLIFF 1.2 units, with "
    "the present translation as targets (marked blocks as needs-translation).":
        "Écrire le titre, la description et chaque bloc de texte de l’offre source de la paire CLÉ en unités "
        "XLIFF 1.2, avec la traduction actuelle comme cibles (les blocs marqués comme needs-translation).",
    "translationKey of the pair, or the file of the posting to translate (needed when the key has several files "
    "in that language)":
        "translationKey de la paire, ou le fichier de l’offre à traduire (nécessaire quand la clé a plusieurs "
        "fichiers dans cette langue)",
    "the language to translate into": "la langue cible de la traduction",
    "the file to write (- for the output)": "le fichier à écrire (- pour la sortie standard)",
    "Write the translated units of FILE into the other language's posting (created if missing), changing only the "
    "translated title, description and blocks. Refused when the source text changed since the export; units "
    "left untranslated keep their marker.":
        "Écrire les unités traduites de FICHIER dans l’offre de l’autre langue (créée si elle manque), en ne "
        "changeant que le titre, la description et les blocs traduits. Refusé quand le texte source a changé "
        "depuis l’exportation; les unités laissées sans traduction gardent leur marque.",
    # glossary
    "Import term pairs from a TBX (ISO 30042, v2 or v3) or CSV file into the site's glossary "
    "(.posting-editor/glossary.yaml), or export the glossary as TBX-Basic.":
        "Importer des paires de termes d’un fichier TBX (ISO 30042, v2 ou v3) ou CSV dans le glossaire du "
        "site (.posting-editor/glossary.yaml), ou exporter le glossaire en TBX-Basic.",
    "add the terms of a TBX or CSV file to the glossary": "ajouter au glossaire les termes d’un fichier TBX ou CSV",
    "write the glossary as TBX-Basic": "écrire le glossaire en TBX-Basic",
    "Add the term pairs of FILE (TBX, or CSV with English, French and an optional note per row, in that order "
    "unless a header row names the columns en, fr, note; several forms in a cell separated by |) to the site's "
    "glossary. An entry whose English term is already there replaces its forms. Lists what was added, changed and "
    "skipped.":
        "Ajouter au glossaire du site les paires de termes de FICHIER (TBX, ou CSV avec l’anglais, le français et "
        "une note facultative par ligne, dans cet ordre sauf si une ligne d’en-tête nomme les colonnes en, fr, "
        "note; plusieurs formes dans une cellule séparées par |). Une entrée dont le "
        "terme anglais y est déjà remplace ses formes. Énumère ce qui a été ajouté, modifié et laissé de côté.",
    "report what would change; write nothing": "dire ce qui changerait; ne rien écrire",
    "Write the site's glossary as a TBX-Basic file (ISO 30042:2019).":
        "Écrire le glossaire du site dans un fichier TBX-Basic (ISO 30042:2019).",
    # review
    "Writes the English and French versions of a posting side by side, block by block, with the shared fields, "
    "the date, each file's last commit and the open findings, for a hiring manager to approve.":
        "Écrit les versions anglaise et française d’une offre côte à côte, bloc par bloc, avec les champs "
        "communs, la date, le dernier commit de chaque fichier et les problèmes à régler, pour "
        "l’approbation d’un gestionnaire d’embauche.",
    "the site or drafts folder": "le dossier du site ou des ébauches",
    "the posting's translationKey": "la translationKey de l’offre",
    "write a PDF here": "écrire un PDF à cet endroit",
    "write an HTML page here (- for the output)": "écrire une page HTML à cet endroit (- pour la sortie standard)",
    # resolve
    "Settle the conflicts of the pair KEY. Without an action, lists them with the commands that settle each. "
    "--field F --take en|fr gives every file of the pair the English (or French) file's value of the shared "
    "field F, changing only that line. --duplicate FILE acts on an extra file using the key in one language: "
    "--archive archives it under a key of its own (--rekey NEWKEY to choose it), --rekey NEWKEY alone gives it "
    "another key, --delete deletes the file.":
        "Régler les conflits de la paire CLÉ. Sans action, les énumère avec les commandes qui règlent chacun. "
        "--field F --take en|fr donne à chaque fichier de la paire la valeur du champ commun F du fichier "
        "anglais (ou français), en ne changeant que cette ligne. --duplicate FICHIER agit sur un fichier en trop "
        "qui emploie la clé dans une langue : --archive l’archive sous une clé à lui (--rekey NOUVELLE_CLÉ pour la "
        "choisir), --rekey NOUVELLE_CLÉ seul lui donne une autre clé, --delete supprime le fichier.",
    "Exit status: 0 settled or nothing to settle, 1 conflicts remain, 2 usage or file error.":
        "Code de sortie : 0 réglé ou rien à régler, 1 des conflits restent, 2 erreur d’utilisation ou de fichier.",
    "the shared field to settle (archived, leverId, layout, type)":
        "le champ commun à régler (archived, leverId, layout, type)",
    "whose value of --field wins": "la langue dont la valeur de --field l’emporte",
    "an extra file using KEY in its language": "un fichier en trop qui emploie CLÉ dans sa langue",
    "archive FILE under a key of its own": "archiver FICHIER sous une clé à lui",
    "delete FILE (it cannot be undone here)": "supprimer FICHIER (impossible à annuler ici)",
    "the new translationKey of FILE": "la nouvelle translationKey de FICHIER",
    # templates
    "New postings start from the site's templates (.posting-editor/templates/posting.en.md and posting.fr.md) "
    "when it has them, else from the bundled ones, which name no organisation.":
        "Les nouvelles offres partent des modèles du site (.posting-editor/templates/posting.en.md et "
        "posting.fr.md) quand il en a, sinon des modèles fournis, qui ne nomment aucune organisation.",
    "write the site's templates": "écrire les modèles du site",
    "Write SITE/.posting-editor/templates/posting.en.md and posting.fr.md: copies of the bundled templates, or, "
    "with --from, made from an existing posting and its counterpart (the body as it is; the front matter with "
    "$title, $description, $archived, $translation_key and $lever_id in place of their values, and the page's "
    "own address and date fields left out). Put what a writer must change in _…_ placeholders: export refuses "
    "postings that still hold one.":
        "Écrire SITE/.posting-editor/templates/posting.en.md et posting.fr.md : des copies des modèles "
        "fournis, ou, avec --from, des modèles tirés d’une offre existante et de sa contrepartie (le corps tel "
        "quel; l’en-tête avec $title, $description, $archived, $translation_key et $lever_id à la place de "
        "leurs valeurs, sans les champs d’adresse et de date propres à la page). Mettez ce que la personne qui "
        "rédige doit changer dans des espaces réservés _…_ : l’exportation refuse les offres qui en contiennent "
        "encore un.",
    "a posting of the site to make the templates from": "une offre du site d’où tirer les modèles",
    "replace templates the site already has": "remplacer les modèles que le site a déjà",
}

# The names argparse shows for the arguments (their metavars: the usage line, the list of arguments and
# the refusals); the texts above name the arguments by these French names.
METAVARS: dict[str, str] = {
    "ACTION": "ACTION",
    "COMMAND": "COMMANDE",
    "DIR": "DOSSIER",
    "F": "F",
    "FILE": "FICHIER",
    "FILE.tbx": "FICHIER.tbx",
    "FILE.tbx|FILE.csv": "FICHIER.tbx|FICHIER.csv",
    "FILE.tmx": "FICHIER.tmx",
    "FILE.xlf": "FICHIER.xlf",
    "K": "CLÉ",
    "KEY": "CLÉ",
    "KEY=VALUE": "CLÉ=VALEUR",
    "N": "N",
    "NAME": "NOM",
    "NEWKEY": "NOUVELLE_CLÉ",
    "PATH": "CHEMIN",
    "SCORE": "SCORE",
    "SITE": "SITE",
    "SOURCE": "SOURCE",
    "T": "T",
    "TEXT": "TEXTE",
    "UUID": "UUID",
    "WORDS": "MOTS",
}

# argparse's own words (Python 3.11 to 3.13), which it looks up through gettext when it uses them.
ARGPARSE: dict[str, str] = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments positionnels",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "the following arguments are required: %s": "ces arguments sont obligatoires : %s",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (choisir parmi %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "une valeur attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "expected at most one argument": "au plus une valeur attendue",
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
    "invalid %(type)s value: %(value)r": "valeur %(type)s invalide : %(value)r",
    "ambiguous option: %(option)s could match %(matches)s":
        "option ambiguë : %(option)s pourrait être %(matches)s",
    "not allowed with argument %s": "interdit avec l’argument %s",
    "one of the arguments %s is required": "un des arguments %s est obligatoire",
    "ignored explicit argument %r": "argument explicite %r ignoré",
    "can't open '%(filename)s': %(error)s": "impossible d’ouvrir « %(filename)s » : %(error)s",
    "unexpected option string: %s": "option inattendue : %s",
}

HELP = {english: spaced(french) for english, french in HELP.items()}
# Not spaced(): a non-breaking space before each %(name)s would glue argparse's values to the words before them.
ARGPARSE = {english: french.replace(" :", "\u00a0:").replace("« ", "«\u00a0").replace(" »", "\u00a0»")
            for english, french in ARGPARSE.items()}
