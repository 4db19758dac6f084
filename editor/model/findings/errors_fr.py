"""Les messages d’erreur du modèle en français canadien (mêmes clés et paramètres que ``errors_en``).
Written with ordinary spaces before « : » and inside « », made non-breaking below."""

from __future__ import annotations

from editor.model.findings.messages_fr import spaced

TEXTS: dict[str, str | tuple[str, str]] = {
    # Toute erreur
    "reason-only": "{reason}",
    "lines": "{lines}",
    "not-a-folder": "{path} n’est pas un dossier.",
    "file-problem": "{path} ({problem})",
    "posting-problem": "{path}:{line}: {problem}",
    "posting-problem-at": "{path}:{line}:{column}: {problem}",
    "path-reason": "{path} : {reason}",
    "fix-language-unknown": "{path} : impossible de savoir s’il est en anglais ou en français; précisez la langue.",
    # Pourquoi un fichier n’a pu être lu ou écrit (les mots du système, en anglais ailleurs)
    "os-no-space": "plus d’espace libre sur le disque",
    "os-permission": "permission refusée",
    "os-not-permitted": "opération non permise",
    "os-read-only-file": "permission refusée (le fichier est en lecture seule)",
    "os-read-only-disk": "le disque est en lecture seule",
    "os-no-such-file": "fichier ou dossier introuvable",
    "os-is-folder": "c’est un dossier",
    "os-not-folder": "un élément du chemin n’est pas un dossier",
    "os-name-too-long": "nom de fichier trop long",
    "os-input-output": "erreur d’entrée-sortie du disque",
    "os-too-many-links": "trop de liens symboliques en chemin",
    "os-exists": "le fichier existe déjà",
    "os-not-regular": "ce n’est pas un fichier ordinaire (un tube, un périphérique ou un dossier); seuls les fichiers ordinaires sont lus",
    "os-not-regular-write": "ce n’est pas un fichier ordinaire (un dossier, un tube ou un périphérique), qui n’est pas remplacé",
    "os-quota": "quota de disque dépassé",
    # Pourquoi un terme importé a été ignoré (import du glossaire)
    "term-at-line": "ligne {line}",
    "file-value": "{file} : {value}",
    "term-at-entry": "entrée {entry}",
    "term-skip-no-form": "{term} ({where} : pas de forme en {lang})",
    "term-skip-earlier": "{term} ({where} : déjà plus haut dans le fichier)",
    "term-skip-same": "{term} (déjà dans le glossaire)",
    "value-not-set": "(non défini)",
    "value-empty": "(vide)",
    "value-text": "« {text} »",
    # La modification d’une offre
    "the-posting": "L’offre",
    "posting-unreadable": "L’offre ne peut pas être lue.",
    "posting-repair-first": "{path} : {problem} Réparez d’abord l’en-tête.",
    "posting-not-written": "{path} : {problem} Elle n’a pas été écrite.",
    "edit-unsafe-value": "La valeur de « {name} » ne peut pas être écrite sans risque dans cet en-tête.",
    "edit-cannot-remove": "Le champ « {name} » ne peut pas être retiré sans changer d’autres champs.",
    "edit-toml-null": "TOML n’a pas de valeur vide (null) : retirez plutôt le champ, ou donnez-lui une valeur.",
    "edit-toml-as-text": "Cet en-tête TOML ne peut pas être modifié champ par champ; modifiez-le comme du texte.",
    "edit-duplicate-field": "Le champ « {name} » figure plus d’une fois dans l’en-tête; retirez-en un d’abord.",
    "edit-too-large": "Avec ce corps, l’offre ferait {kilobytes}\u00a0Ko; l’éditeur ouvre des offres d’au plus {most}\u00a0Ko.",
    "lever-id-in-name": "« {lever_id} » ne peut pas faire partie d’un nom de fichier; un leverId est un UUID comme "
                        "0f8fad5b-d9cb-469f-a165-70867728950e.",
    "glossary-entry-forms": "Une entrée du glossaire demande une forme anglaise et une forme française.",
    "not-a-site-language": "« {code} » n’est pas une langue du site (en ou fr).",
    "repair-first": "{path} : {problem} Réparez-le d’abord.",
    "nothing-created": "{reason} Rien n’a été créé.",
    "nothing-imported": "{reason} Rien n’a été importé.",
    "unreadable-pair-files": ("Un fichier du site ne peut pas être lu et pourrait appartenir à la paire « {key} » : "
                              "{names} Rendez-le lisible (ou supprimez-le), puis réessayez.",
                              "Des fichiers du site ne peuvent pas être lus et pourraient appartenir à la paire "
                              "« {key} » : {names} Rendez-les lisibles (ou supprimez-les), puis réessayez."),
    # Les sites et leurs fichiers de données
    "content-dirs-overlap": "{path} : les dossiers de contenu anglais et français se chevauchent ({en} et {fr}); "
                            "chaque langue doit avoir le sien (son contentDir dans la configuration Hugo).",
    "not-a-site": "{path} n’est ni un site Hugo (pas de contentDir par langue, pas de content/en ni de content/fr) ni "
                  "un dossier d’ébauches avec des sous-dossiers en/ et fr/.",
    "site-folder-unreadable": "{path} ne peut pas être lu : {reason}.",
    "site-config-unreadable": "La configuration Hugo {path} ne peut pas être lue : {reason}.",
    "site-around-unreadable": "{path} fait partie du site {site}, qui ne peut pas être ouvert. {reason} Réparez-le, "
                              "puis réessayez.",
    "data-too-large": "il dépasse {kilobytes}\u00a0Ko, bien plus qu’un tel fichier n’en a besoin",
    "data-not-utf8": "ce n’est pas du texte UTF-8 (octet {byte} à la position {offset})",
    "data-at": "ligne {line}, colonne {column} : {reason}",
    "data-too-deep": "des listes ou des tables sont imbriquées trop profondément pour être lues",
    "data-deeper-than": "des listes ou des tables sont imbriquées sur plus de {depth} niveaux",
    "data-long-number": "un nombre a plus de 4\u00a0300 chiffres",
    # L’écriture des fichiers
    "file-being-saved": "{path} est en cours d’enregistrement par un autre programme; réessayez.",
    "file-changed-since-opened": "{path} a été modifié par un autre programme depuis son ouverture.",
    "file-created-meanwhile": "{path} a été créé par un autre programme entre-temps; rien n’a été remplacé.",
    "files-changed-on-disk": "{files} : modifié sur le disque depuis l’ouverture.",
    "changed-before-delete": "{path} a été modifié sur le disque depuis sa lecture; relisez-le avant de le supprimer.",
    "outside-content": "{path} n’est pas dans les dossiers de contenu du site ({folders}); rien n’y a été écrit.",
    "outside-content-folder": "{path} n’est pas dans le dossier de contenu {lang} du site, {folder}.",
    "outside-content-folder-configured": "Le dossier de contenu {lang} du site, {path}, est hors du site {root} (son "
                                         "contentDir dans la configuration Hugo); rien n’y a été écrit.",
    "outside-content-folder-link": "Le dossier de contenu {lang} du site, {path}, mène à {real}, hors du site {root} "
                                   "(un lien symbolique); rien n’y a été écrit.",
    "outside-by-link": "{path} mène à {real}, hors du dossier de contenu {lang} du site, {folder} (un lien symbolique "
                       "en chemin); rien n’y a été écrit.",
    "outside-site-by-link": "{path} mène à {real}, hors du site {root} (un lien symbolique en chemin); rien n’y a été "
                            "écrit.",
    # La création des offres, les modèles
    "create-no-title": "Il faut un titre : en anglais, en français, ou les deux.",
    "create-description-needs-title": "Une description en {lang} demande un titre en {lang} : le fichier en {lang} "
                                      "n’est créé qu’avec un titre.",
    "create-title-names-nothing": "Le titre en {lang} « {title} » n’a ni lettre ni chiffre pour nommer son fichier; "
                                  "donnez un titre avec des mots.",
    "create-bad-lever-id": "« {lever_id} » n’est pas un leverId (un UUID comme 0f8fad5b-d9cb-469f-a165-70867728950e).",
    "create-empty-key": "La clé de traduction (translationKey) ne peut pas être vide.",
    "create-key-used": "La clé « {key} » est déjà utilisée par une autre offre; choisissez-en une autre avec --key.",
    "create-template-unreadable": "Le modèle {path} ne peut pas être lu : {reason}.",
    "create-template-not-utf8": "Le modèle {path} n’est pas du texte UTF-8; enregistrez-le en UTF-8.",
    "create-exists": "{path} existe déjà; choisissez un autre titre ou une autre clé.",
    "create-template-invalid": "Le modèle {path} n’est pas une offre valide : {problem}",
    "create-site-template-unusable": "Le modèle du site {path} ne peut pas être utilisé : {reason}. Réparez-le "
                                     "ou retirez-le.",
    "template-link-missing": "c’est un lien symbolique vers {target}, qui n’existe pas",
    "template-outside-site": "il mène à {real}, hors du site (un lien symbolique), et une nouvelle offre ne doit pas "
                             "en copier le texte",
    "create-unseen-character": "Le champ {field}{lang:if: de l’offre en {lang}} contient {what} ({char}), qu’on ne "
                               "voit pas mais qui le rend différent de ce qu’il paraît. Retirez-le; rien n’a été créé.",
    "hidden-line-break": "un saut de ligne",
    "hidden-control": "un caractère de contrôle",
    "hidden-bidi": "un caractère de contrôle bidirectionnel",
    "create-not-empty": "{path} n’est pas vide et n’est ni un site Hugo ni un dossier d’ébauches (en/, fr/).",
    "template-unreadable-posting": "{path} ne peut pas être lu comme une offre : {problem}",
    "template-not-in-site": "{path} n’est pas une offre d’un site ou d’un dossier d’ébauches (content/en, content/fr "
                            "ou en/, fr/) : impossible de connaître sa langue et son équivalent.",
    "template-not-a-posting": "{path} n’est pas une offre d’emploi (pas de translationKey).",
    "template-cannot-make": "Impossible de faire un modèle à partir de {path} : {reason}.",
    "template-variables": "Impossible de faire un modèle à partir de {path} : son en-tête ne résiste pas aux variables.",
    "templates-exist": ("{files} existe déjà; utilisez --force pour le remplacer.",
                        "{files} existent déjà; utilisez --force pour les remplacer."),
    "template-is-link": "{path} est un lien symbolique; supprimez-le d’abord.",
    # Les paires et leurs conflits
    "pair-several-files": "Plusieurs fichiers en {lang} utilisent la clé « {key} » : {files}. Gardez-en un (renommez "
                          "ou supprimez les autres) avant de modifier la paire.",
    "pair-unreadable-file": "Un fichier de cette paire ne peut pas être lu; réparez-le avant de changer les champs "
                            "communs.",
    "conflict-no-readable": "La paire n’a aucun fichier lisible en {lang} d’où prendre « {name} ».",
    "conflict-among-themselves": "Les fichiers en {lang} de la paire ne s’entendent pas entre eux sur « {name} »; "
                                 "réglez d’abord la clé utilisée deux fois.",
    "conflict-unreadable": "{files} : l’en-tête ne peut pas être lu; réparez-le avant de régler le conflit.",
    "not-shared-field": "« {name} » n’est pas un champ commun (champs communs : {shared}).",
    "conflict-key-per-file": "Un conflit de translationKey se règle fichier par fichier : utilisez --duplicate FICHIER "
                             "--rekey NOUVELLE_CLÉ.",
    "conflict-already-agree": "Les fichiers de « {key} » s’entendent déjà sur « {name} ».",
    "conflict-only-file": "{path} est le seul fichier en {lang} de « {key} »; seule une copie en trop peut être "
                          "archivée, recevoir une autre clé ou être supprimée ici.",
    "conflict-same-file": "{link} est un lien symbolique vers {target}, qui a aussi la clé « {key} » : les deux noms "
                          "sont un seul fichier, qu’une nouvelle clé, l’archivage ou la suppression changerait sous "
                          "les deux. Supprimez plutôt le lien, {link}.",
    "conflict-not-a-file-of": "{path} n’est pas l’un des fichiers ayant la clé « {key} ».",
    "empty-new-key": "La nouvelle clé de traduction (translationKey) ne peut pas être vide.",
    "already-has-key": "{path} a déjà la clé « {key} »; choisissez-en une autre.",
    "key-used-by": "La clé « {key} » est déjà utilisée par le fichier en {lang} {path}; choisissez-en une autre.",
    # L’exportation et git
    "export-same-folder": "SOURCE et SITE sont le même dossier; exportez à partir d’un dossier d’ébauches ou d’une "
                          "copie du site.",
    "export-plan-errors": ("L’exportation a {count} erreur; rien n’a été écrit. Corrigez-la et planifiez de nouveau.",
                           "L’exportation a {count} erreurs; rien n’a été écrit. Corrigez-les et planifiez de nouveau."),
    "export-not-committed": "Les fichiers ont été écrits, mais pas validés (commit) : {reason}",
    "export-changed-since-plan": "{path} a changé depuis la planification de l’exportation; rien n’a été écrit. "
                                 "Planifiez l’exportation de nouveau.",
    "export-not-written": "L’exportation n’a pas pu être écrite : {reason} Tous les fichiers sont restés tels quels.",
    "export-aliases-not-a-list": "« aliases » devrait être une liste d’adresses, et non {value}.",
    # Le plan d’exportation, une ligne par fichier : ce qui est fait (aligné sur le plus long des quatre), puis les notes
    "export-action-new": "nouveau",
    "export-action-update": "modifié",
    "export-action-rename": "renommé",
    "export-action-unchanged": "inchangé",
    "export-plan-written": "(écrit, pas encore validé)",
    "export-note-kept-fields": "champs que seul le site a, gardés : {fields}",
    "export-note-file-name-kept": "nom de fichier gardé (celui du titre serait {name}; renommez avec --rename)",
    "export-note-address-changed": "adresse {old} -> {new}; l’ancienne est ajoutée aux alias",
    "export-note-written-earlier": "écrit par une exportation précédente qui ne l’a pas validé (commit); il l’est "
                                   "cette fois",
    "git-missing": "git n’est pas installé : l’exportation ne peut donc pas être validée (commit). Installez git, ou "
                   "exportez sans valider.",
    "git-no-repository": "{path} n’est pas dans un dépôt git : l’exportation ne peut donc pas être validée (commit). "
                         "Exportez sans valider, ou exécutez d’abord « git init » à cet endroit.",
    "compare-git-missing": "git n’est pas installé : il n’y a donc pas de dernier commit auquel comparer.",
    "compare-no-repository": "{path} n’est pas dans un dépôt git : il n’y a donc pas de dernier commit auquel "
                             "comparer.",
    "git-could-not-run": "git {command} n’a pas pu s’exécuter : {reason}",
    "git-failed": "git {command} a échoué : {reason}",
    "git-switch-refused": "git a refusé de passer à « {branch} » : {reason} Rien n’a été écrit.",
    "git-commit-failed": "le commit git a échoué : {reason}",
    "git-in-progress": "Le dépôt du site est au milieu d’une opération ({operation}). Terminez-la ou annulez-la "
                       "d’abord (git status explique comment); rien n’a été écrit.",
    "git-outside": "{files} est hors du dépôt git {path}.",
    "git-no-identity": "git n’a pas d’identité pour valider (user.name et user.email). Indiquez la vôtre avec\n"
                       "  git config --global user.name \"Votre nom\"\n"
                       "  git config --global user.email vous@example.org\n"
                       "puis exportez de nouveau; rien n’a été écrit.",
    "git-uncommitted": "Ces fichiers ont des modifications non validées dans le dépôt du site : {files}. Validez-les "
                       "ou annulez-les d’abord, pour que le commit de l’exportation ne contienne que l’exportation.",
    "git-ignored": "Le .gitignore du site ignore {files} : ces fichiers ne peuvent donc pas être validés.",
    "git-detached": "Le dépôt du site n’est sur aucune branche (HEAD détachée). Indiquez une branche où valider.",
    "git-no-commit": "Le dépôt du site n’a encore aucun commit; impossible de passer à « {branch} ».",
    "git-branch-differs": "La branche « {branch} » contient d’autres versions de {files} que la branche actuelle. "
                          "Passez-y d’abord (git switch {branch}) et exportez de nouveau, pour que ce que vous relisez "
                          "soit ce qui est écrit.",
    "git-branch-invalid": "« {branch} » n’est pas un nom de branche valide (git check-ref-format --branch le refuse ou "
                          "le lit comme une autre branche).",
    "git-branch-ref": "« {branch} » serait lu par git comme une référence à part entière ({first}/...), pas comme une "
                      "branche; donnez un simple nom de branche comme export/postings.",
    "git-branch-remote": "« {branch} » masquerait le dépôt distant « {remote} » (git le confondrait avec une branche de "
                         "{remote}); donnez un nom de branche qui ne commence pas par le nom d’un dépôt distant.",
    "git-branch-is-remote-branch": "« {branch} » est déjà le nom d’une branche distante; donnez un autre nom de "
                                   "branche.",
    "git-branch-is-tag": "« {branch} » est déjà le nom d’une étiquette (tag); donnez un autre nom de branche.",
    # Les adresses et le serveur Hugo
    "url-no-language": "La configuration du site n’a pas de langue « {code} ».",
    "url-section-page": "{path} est une page de section, pas une offre.",
    "url-not-in-content": "{path} n’est pas dans le dossier de contenu du site.",
    "url-permalink": "Le modèle de permalien « {pattern} » utilise « {part} », que cet éditeur ne sait pas développer.",
    "url-date": "La date « {date} » dans {path} n’est pas une date que cet éditeur sait lire.",
    "hugo-not-installed": "L’aperçu sur le site demande Hugo, qui n’est pas installé. Installez-le, puis réessayez :\n"
                          "{commands}\n(ou consultez https://gohugo.io/installation/)",
    "hugo-no-config": "{path} n’a pas de configuration Hugo (hugo.yaml, config.yaml ou config/_default/); ouvrez le "
                      "site lui-même.",
    "hugo-no-layouts": "{path} n’a pas de gabarits (ni dossier layouts/, ni thème, ni module) : Hugo ne peut donc pas "
                       "afficher ses pages.",
    "hugo-not-started": "hugo n’a pas pu être lancé : {reason}",
    "hugo-not-running": "le serveur hugo ne fonctionne pas.",
    "hugo-timed-out": "le serveur hugo n’a pas répondu en {seconds} secondes. Hugo a dit :\n{output}",
    "hugo-stopped": "le serveur hugo s’est arrêté. Hugo a dit :\n{output}",
    "hugo-start-first": "Le serveur Hugo ne fonctionne pas; lancez-le d’abord.",
    "hugo-not-in-content": "{path} n’est pas dans un dossier de contenu de {site}.",
    "hugo-cannot-read": "{path} ne peut pas être lu : {reason}.",
    "hugo-address": "Adresse de serveur inattendue de la part de Hugo : {url}",
    "hugo-no-port": "Aucun port libre sur 127.0.0.1 pour le serveur Hugo.",
    # Le dictionnaire du site, le glossaire et les fichiers de termes
    "dictionary-cannot-read": "{path} ne peut pas être lu ({reason}); le mot n’a pas été ajouté.",
    "dictionary-kept-changing": "{path} changeait sans cesse; le mot n’a pas été ajouté.",
    "dictionary-unwritable": "{path} ne peut pas être écrit ({reason}); le mot n’a pas été ajouté.",
    "dictionary-word-refused": "« {word} » ne peut pas être ajouté au dictionnaire : un mot est une ligne de texte qui "
                               "ne commence pas par #.",
    "dictionary-unknown-language": "Le dictionnaire n’a pas de langue « {code} » (en ou fr).",
    "glossary-cannot-read": "Le glossaire {path} ne peut pas être lu : {reason}",
    "glossary-not-list": "Le glossaire {path} doit contenir une liste de termes sous « terms: ».",
    "template-cannot-read": "Le modèle {path} ne peut pas être lu : {reason}; les consignes qu’il contient ne sont "
                            "pas cherchées dans les offres, et une offre qui en garde une n’est pas arrêtée.",
    "glossary-no-file": "Le glossaire n’a pas encore de fichier; donnez un chemin.",
    # Les réglages du site (.posting-editor/config.yaml) et son dictionnaire : les valeurs par défaut à la place
    "settings-cannot-read": "{path} ne peut pas être lu ({reason}); les valeurs par défaut sont utilisées.",
    "settings-not-mapping": "{path} n’est pas une liste de réglages; les valeurs par défaut sont utilisées.",
    "settings-invalid": "{path} : {problems}.",
    "settings-typography": "typography doit valoir canada ou france, pas « {value} »",
    "settings-inclusive": "inclusive_writing doit valoir true ou false",
    "settings-disabled": "disabled_checks doit être une liste de codes de problèmes",
    "settings-threshold": "pretranslate_threshold doit être un nombre entier de 50 à 100",
    "dictionary-words-unused": "{path} ne peut pas être lu ({reason}); ses mots ne sont pas utilisés.",
    "glossary-cannot-save": "Le glossaire ne peut pas être enregistré dans {path} : {reason}.",
    "glossary-changed-meanwhile": "Le glossaire n’a pas été enregistré : un autre programme a modifié {path} depuis son "
                                  "ouverture. Rouvrez le glossaire pour voir ses modifications.",
    "translations-cannot-read": "{path} ne peut pas être lu (une fusion y a peut-être laissé des marques de "
                                "conflit) : les paires qui ne sont plus à jour et la langue d’où chacune a été "
                                "traduite sont jugées sans lui (d’après l’historique git seul, ou "
                                "pas du tout hors de git), et une traduction qui n’est plus à jour peut ne pas être "
                                "signalée. Réparez-le ou prenez la version d’un des côtés.",
    "translation-state-unreadable": "{path} ne peut pas être lu : il a été laissé tel quel, et cet enregistrement "
                                    "d’une traduction n’y a pas été noté.",
    "tbx-root": "{path} : ce n’est pas un fichier TBX (sa racine est <{root}>, pas <tbx> ni <martif>).",
    "terms-too-large": "{path} : le fichier dépasse {megabytes}\u00a0Mo; ce n’est pas un glossaire.",
    "terms-not-utf8": "{path} : ce n’est pas un fichier texte UTF-8; enregistrez la feuille de calcul en CSV UTF-8.",
    "terms-not-text": "{path} : ce n’est pas un fichier texte; donnez un fichier TBX ou un fichier CSV.",
    "terms-header-unclear": "{path} : la première ligne nomme des colonnes ({names}), mais pas celle de l’anglais "
                            "ni celle du français; nommez-les en et fr (et note), par exemple « en,fr,note », "
                            "ou retirez cette ligne.",
    "terms-csv-first-row-term": "{path} : sa première ligne ({names}) a été lue comme un terme, pas comme des "
                                "noms de colonnes; les colonnes ont été lues comme anglais, français et note, "
                                "dans cet ordre. Si elle nomme des colonnes, nommez-les en et fr (et note), "
                                "par exemple « en,fr,note ».",
    "terms-csv-empty": "{path} ne contient aucun terme : le fichier est vide ou ne contient que des lignes blanches.",
    "terms-csv-no-header": "{path} n’a pas de ligne d’en-tête qui nomme ses colonnes : elles ont été lues comme "
                           "anglais, français et note, dans cet ordre, dès la ligne 1.",
    # Le XML des outils de traduction : XLIFF, TBX, TMX
    "xml-what-xliff": "fichier XLIFF",
    "xml-what-tbx": "fichier TBX",
    "xml-unreadable": "{path} : impossible de lire le {what} ({reason}).",
    "xml-too-large": "{path} : le {what} dépasse {megabytes}\u00a0Mo; divisez-le ou exportez moins d’offres à la fois.",
    "xml-declarations": "{path} : le {what} déclare un type de document ou des entités (<!DOCTYPE>, <!ENTITY>); les "
                        "fichiers des outils de traduction n’en ont pas, et de telles déclarations peuvent s’étendre "
                        "sans limite ou lire d’autres fichiers : il n’a donc pas été lu.",
    "xml-not-well-formed": "{path} : le {what} n’est pas du XML bien formé{line:if: (ligne {line})}. (message du lecteur XML : {reason})",
    "xml-doctype": "{path} : le {what} déclare un type de document; les fichiers des outils de traduction n’en ont pas.",
    "tmx-too-large": "elle dépasse {megabytes}\u00a0Mo, plus qu’une mémoire pour des offres d’emploi n’en demande; divisez-la",
    "tmx-not-well-formed": "XML mal formé{line:if: (ligne {line})}. (message du lecteur XML : {reason})",
    "tmx-root": "l’élément racine est <{root}>, pas <tmx>",
    "tmx-version": "la version TMX « {version} » n’est pas prise en charge (la 1.4 l’est)",
    "tmx-no-version": "l’élément <tmx> n’indique pas de version (la 1.4 est prise en charge)",
    "tmx-parts": "un fichier TMX doit avoir un <header> et un <body>",
    # La traduction : squelettes et XLIFF
    "repair-before-translating": "{path} : {problem} Réparez-le avant de le traduire.",
    "already-in-language": "{path} est déjà en {lang}.",
    "pair-has-language": "La paire « {key} » a déjà une version en {lang} : {files}.",
    "exists-give-title": "{path} existe déjà; donnez un autre titre.",
    "no-source-posting": "La paire « {key} » n’a pas d’offre en {from_lang} à partir de laquelle traduire.",
    "no-such-key-or-file": "Aucune offre n’a la clé de traduction « {key} » dans {site}, et aucun fichier d’offre ne "
                           "porte ce nom.",
    "xliff-name-not-utf8": "{path} : le nom du fichier n’est pas du texte UTF-8, qu’un fichier XLIFF ne peut pas "
                           "nommer; renommez le fichier, puis exportez de nouveau.",
    "xliff-not-source": "« {path} » n’est pas l’offre en {from_lang} de la paire « {key} ».",
    "xliff-several-sources": "La paire « {key} » a plusieurs fichiers en {from_lang} ({files}); donnez celui à traduire "
                             "au lieu de la clé.",
    "xliff-no-target": "Aucun fichier en {to_lang} de la paire « {key} » ne va avec {path}.",
    "xliff-control-character": "L’unité {unit} contient un caractère de contrôle que le XML ne peut pas porter; "
                               "retirez-le d’abord de l’offre.",
    "xliff-not-xliff": "Ce n’est pas un fichier XLIFF 1.2 (sa racine n’est pas <xliff> dans l’espace de noms XLIFF 1.2).",
    "xliff-languages": "Le fichier « {path} » va de « {source} » à « {target} »; seules les offres en anglais et en "
                       "français sont importées.",
    "xliff-unit-twice": "L’unité « {unit} » figure deux fois dans « {path} ».",
    "xliff-no-file": "Le fichier XLIFF ne contient aucun élément <file> : rien à importer.",
    "xliff-no-source": "L’unité « {unit} » n’a pas de <source>.",
    "xliff-unknown-code": "Unité « {unit} » : le code <{element} id=\"{id}\"/> ne correspond à aucun code de la source.",
    "xliff-unknown-posting": "Le fichier XLIFF ne nomme aucune clé de traduction, et « {path} » n’est pas une offre de "
                             "{site}; a-t-il été exporté de ce site?",
    "xliff-other-way": "Le fichier XLIFF traduit à partir de la version en {from_lang}, mais la paire « {key} » va dans "
                       "l’autre sens.",
    "xliff-target-changed": "{path} a changé depuis l’exportation, là où irait la traduction : {places}. Rien n’a été "
                            "importé; exportez de nouveau et reportez la traduction, ou modifiez ces passages dans "
                            "l’éditeur.",
    "xliff-block-split": "{path}, {place} (unité {unit}) : sa traduction ne resterait pas un seul bloc : une de ses "
                         "lignes commence comme un intertitre, un élément de liste ou un autre bloc Markdown "
                         "(« {text} »). Rien n’a été importé; joignez ses lignes, ou mettez une barre oblique "
                         "inverse devant la marque pour la garder comme texte (\\#, \\-, 1\\.).",
    "xliff-cannot-apply": "{path} : {reason} Rien n’a été importé.",
    "xliff-units-missing": ("Dans le fichier XLIFF, il manque l’unité {units} que l’exportation de {path} avait "
                            "écrite : un outil de TAO l’a jointe à une autre unité, ou elle a été supprimée. Rien "
                            "n’a été importé; redonnez-lui son unité, ou exportez de nouveau.",
                            "Dans le fichier XLIFF, il manque les unités {units} que l’exportation de {path} avait "
                            "écrites : un outil de TAO les a jointes à d’autres unités, ou elles ont été supprimées. "
                            "Rien n’a été importé; redonnez à chacune son unité, ou exportez de nouveau."),
    "xliff-units-unknown": ("Le fichier XLIFF contient l’unité {units}, qu’aucune exportation n’écrit : un outil de "
                            "TAO a divisé une unité, ou elle a été ajoutée. Rien n’a été importé; rejoignez-la à son "
                            "unité de {path}, ou exportez de nouveau.",
                            "Le fichier XLIFF contient les unités {units}, qu’aucune exportation n’écrit : un outil de "
                            "TAO a divisé des unités, ou elles ont été ajoutées. Rien n’a été importé; rejoignez-les à "
                            "leurs unités de {path}, ou exportez de nouveau."),
    "xliff-source-changed": "Le texte source a changé depuis l’exportation : la traduction pourrait ne plus y "
                            "correspondre; rien n’a été importé. Exportez de nouveau et reportez la traduction. La "
                            "différence (- tel qu’exporté, + maintenant dans {path}) :\n{diff}",
    "segment-title": "le titre",
    "segment-description": "la description",
    "segment-heading": "l’intertitre à la ligne {line}",
    "segment-paragraph": "le paragraphe à la ligne {line}",
    "segment-item": "l’élément de liste à la ligne {line}",
    "segment-table": "le tableau à la ligne {line}",
    "segment-other": "le bloc à la ligne {line}",
    "xliff-report": "{parts}.",
    "xliff-report-unchanged": "{path} : inchangé",
    "xliff-report-created": ("{path} : créé, {count} segment écrit", "{path} : créé, {count} segments écrits"),
    "xliff-report-updated": ("{path} : mis à jour, {count} segment écrit", "{path} : mis à jour, {count} segments écrits"),
    "xliff-report-kept": "{count} encore à traduire (toujours marqués)",
    "xliff-report-same": "{count} déjà comme dans le fichier",
    "xliff-report-skipped": "{count} à traduire dans l’éditeur ({places})",
}

TEXTS = {key: tuple(spaced(t) for t in text) if isinstance(text, tuple) else spaced(text)  # type: ignore[misc]
         for key, text in TEXTS.items()}
