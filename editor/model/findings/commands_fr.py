"""Les messages de la ligne de commande en français canadien (mêmes clés et paramètres que
``commands_en``). Written with ordinary spaces before « : » and inside « », made non-breaking below."""

from __future__ import annotations

from editor.model.findings.messages_fr import spaced

TEXTS: dict[str, str | tuple[str, str]] = {
    # Toutes les commandes
    # Les lignes du programme sur la sortie d’erreur commencent par son nom, comme ses refus par argparse
    # (« posting-editor check : erreur : … »).
    "program-line": "posting-editor : {text}",
    "internal-error": "erreur interne : {error} (définissez POSTING_EDITOR_DEBUG=1 pour les détails, et signalez-la).",
    "empty-path-argument": "{argument} est vide : donnez un nom de fichier ou de dossier (une variable non définie "
                           "dans un script en donne un vide)",
    "unknown-command": "commande inconnue « {command} » (commandes : {commands})",
    "no-such-file": "{path} : fichier introuvable.",
    "no-such-path": "{path} : fichier ou dossier introuvable.",
    "not-a-file": "{path} n’est pas un fichier.",
    "not-regular-file": "{path} n’est pas un fichier ordinaire mais {kind}; seuls les fichiers ordinaires sont lus.",
    "kind-pipe": "un tube nommé (FIFO)",
    "kind-device": "un périphérique",
    "kind-socket": "un connecteur logiciel (socket)",
    "kind-link-to-nothing": "un lien symbolique vers un fichier qui n’existe pas",
    "kind-link-loop": "un lien symbolique qui revient sur lui-même (une boucle)",
    "kind-unreachable": "le système ne peut pas l’examiner",
    "cannot-read": "{path} : impossible de lire le fichier ({reason}).",
    "cannot-write": "Impossible d’écrire {path} : {reason}.",
    "output-failed": "Impossible d’écrire la sortie : {reason}.",
    "input-closed": "l’entrée standard est fermée",
    "output-closed": "la sortie standard est fermée",
    "cannot-write-unnamed": "Impossible d’écrire : {reason}.",
    # check
    "count-error": "{count:plural:erreur:erreurs}",
    "count-warning": "{count:plural:avertissement:avertissements}",
    "count-info": "{count:plural:remarque:remarques}",
    "summary": "{counts}.",
    "no-problems": "Aucun problème trouvé.",
    "fixed": "{count:plural:problème de typographie corrigé:problèmes de typographie corrigés}.",
    "not-fixed": "{reason} (non corrigé)",
    "fix-note": "remarque : {path} : {note}",
    "cannot-write-kept": "Impossible d’écrire {path} : {reason}. Le fichier est resté tel quel.",
    # export
    "export-refused-errors": "{count:plural:erreur:erreurs} : rien n’a été exporté. Corrigez-les dans SOURCE et "
                             "relancez la commande (--accept-warnings ne passe pas outre les erreurs).",
    "export-refused-warnings": "{count:plural:avertissement:avertissements} : rien n’a été exporté. Lisez-les, puis "
                               "relancez la commande avec --accept-warnings.",
    "export-dry-run": "Essai : {count:plural:fichier serait écrit:fichiers seraient écrits}; rien ne l’a été.",
    "export-nothing": "Rien à exporter : le site contient déjà ces offres telles quelles.",
    "export-wrote": "écrit : {path}",
    "export-removed": "supprimé : {path}",
    "export-branch-created": "Branche « {branch} » créée et choisie.",
    "export-branch-on": "Sur la branche « {branch} ».",
    "export-committed": "Commit {commit} fait sur « {branch} » (non poussé).",
    "export-done": "{count:plural:fichier exporté:fichiers exportés}.",
    "export-commit-message": "Message du commit :",
    "export-message-without-commit": "--message donne la première ligne du commit : ajoutez --commit, ou retirez "
                                     "--message. Rien n’a été exporté.",
    "to-finish": "À terminer avant l’exportation :",
    "to-finish-file": "  {path} : {tasks}",
    "todo-translation-marker": ("traduire {count} texte encore marqué [TO TRANSLATE]/[À TRADUIRE] et retirer la marque",
                                "traduire {count} textes encore marqués [TO TRANSLATE]/[À TRADUIRE] et retirer les "
                                "marques"),
    "todo-template-placeholder": ("remplacer {count} espace réservé du modèle par du vrai texte",
                                  "remplacer {count} espaces réservés du modèle par du vrai texte"),
    "todo-empty-title": "écrire le titre",
    "todo-empty-description": "écrire la description (elle est vide ou « null »)",
    "todo-untranslated-file": "traduire le texte : il est surtout dans l’autre langue",
    "todo-missing-counterpart": "écrire le fichier de l’autre langue (il manque)",
    "todo-body-not-translated": "traduire le texte (il est vide)",
    "todo-writer-note": ("terminer ce que remplace {count} note (TODO, TBD, FIXME, XXX) et la retirer",
                         "terminer ce que remplacent {count} notes (TODO, TBD, FIXME, XXX) et les retirer"),
    "todo-section-not-translated": ("traduire {count} section qui manque dans cette langue",
                                    "traduire {count} sections qui manquent dans cette langue"),
    "todo-untranslated-text": ("traduire {count} texte laissé dans l’autre langue",
                               "traduire {count} textes laissés dans l’autre langue"),
    "todo-wrong-language": ("traduire {count} texte écrit dans l’autre langue",
                            "traduire {count} textes écrits dans l’autre langue"),
    "todo-title-not-translated": "traduire le titre",
    "todo-other": ("corriger {count} autre erreur indiquée plus haut", "corriger {count} autres erreurs indiquées plus haut"),
    # glossary, xliff, tm, templates
    "no-such-folder": "{path} : dossier introuvable.",
    "glossary-wrote": ("{path} écrit : {count} paire de termes.", "{path} écrit : {count} paires de termes."),
    "glossary-added": "Ajouté : {term}",
    "glossary-changed": "Modifié : {term}",
    "glossary-skipped": "Ignoré : {term}",
    "glossary-saved-in": " dans {path}",
    "glossary-dry-run": " (rien d’écrit : --dry-run)",
    "glossary-nothing": " (rien à écrire)",
    "glossary-report": "Ajoutés : {added}, modifiés : {changed}, ignorés : {skipped}{written}.",
    "xliff-wrote": "{path} écrit pour la traduction en {to_lang}.",
    "xliff-not-imported": "{reason} Rien n’a été importé; relancez la commande.",
    "xliff-not-imported-refused": "{reason} Rien n’a été importé.",
    "signal-closing": "{signal} reçu, fermeture de la fenêtre (envoyez-le de nouveau pour quitter aussitôt; les "
                      "modifications non enregistrées sont alors gardées pour la récupération).",
    "signal-waits-for-export": "une exportation écrit dans le site; la fenêtre se fermera une fois l’exportation "
                               "terminée (renvoyez le signal pour quitter aussitôt : exporter de nouveau termine "
                               "alors l’exportation).",
    "xliff-import-order": "{site} est un fichier et {file} un dossier : le fichier XLIFF vient d’abord, puis le site : "
                          "posting-editor xliff import FICHIER.xlf SITE",
    "tm-exported": "{path} : {count:plural:unité de traduction:unités de traduction}.",
    "tm-not-tmx": "{path} : pas une mémoire TMX que ce programme peut lire : {reason}. Rien n’a été importé.",
    "tm-no-units": "{path} ne contient aucune unité avec un texte anglais et un texte français. Rien n’a été importé.",
    "tm-target-not-file": "{path} est un lien ou n’est pas un fichier; supprimez-le d’abord. Rien n’a été importé.",
    "tm-cannot-write": "Impossible d’écrire {path} : {reason}. Rien n’a été importé.",
    "tm-imported": "{path} : {count:plural:unité importée:unités importées}.",
    "tm-left-out": ("{count} unité sans texte anglais et français a été laissée de côté (autre langue ou segment "
                    "vide).",
                    "{count} unités sans texte anglais et français ont été laissées de côté (autres langues, "
                    "segments vides)."),
    "tm-replaced": "{path} : {count:plural:unité remplace:unités remplacent} la copie précédente, gardée sous {earlier}.",
    "tm-unchanged": "{path} contient déjà cette mémoire; rien n’a été changé.",
    "tm-beside": "{earlier} contient déjà une autre mémoire de ce nom, qui est gardée : celle-ci est {path} "
                 "({count:plural:unité:unités}); les deux servent. Pour remplacer plutôt la précédente, ajoutez "
                 "--replace.",
    "templates-from-bundled": "à partir du modèle fourni",
    "templates-from": "à partir de {path}",
    "templates-kept": "Les modèles remplacés sont conservés sous {names}.",
    "templates-dropped": "Retirés de l’en-tête (ils sont propres à une page) : {names}.",
    "templates-edit": "Modifiez les modèles : mettez ce que chaque offre change dans des espaces réservés _…_ "
                      "finissant par …, pour que l’exportation refuse une offre qui en contient encore.",
    "templates-done": "Les nouvelles offres de ce site partent maintenant de ces modèles.",
    # any command naming a pair, the window, suggest, review
    "no-such-key": "Aucune offre n’a la clé de traduction « {key} » dans {site}.",
    "window-cannot-start": "La fenêtre ne peut pas démarrer : {reason}. Les outils en ligne de commande fonctionnent "
                           "toujours (voir --help).",
    "window-no-display": "La fenêtre ne peut pas démarrer : il n’y a pas d’écran ici (les variables DISPLAY et WAYLAND_DISPLAY "
                         "ne sont pas définies : une session SSH sans redirection X, un service). Les outils en "
                         "ligne de commande fonctionnent toujours (voir --help).",
    "option-range": "{option} doit être entre {low} et {high}.",
    "review-no-output": "Indiquez où écrire la copie : --pdf FICHIER, --html FICHIER, ou les deux.",
    "review-pdf-to-output": "--pdf - : un PDF ne s’écrit pas sur la sortie; donnez un nom de fichier.",
    "review-output-folder": "{option} {path} est un dossier; donnez un nom de fichier.",
    "output-other-kind": "{path} existe et n’est pas un fichier {kinds} : y écrire le remplacerait. Donnez un autre "
                         "nom de fichier, ou supprimez d’abord ce fichier.",
    "review-wrote": "{path} écrit",
    # new, archive
    "new-line-break": "{option} doit tenir sur une ligne : Hugo le met dans la balise <title> et les balises meta "
                      "de la page, où un saut de ligne s’affiche mal. Rien n’a été créé.",
    "new-no-drafts": "Impossible de faire de {path} un dossier d’ébauches : {reason}",
    "new-cannot-create": "Impossible de créer {path} : {reason}. Rien n’a été créé.",
    "new-site-template-unusable": "{reason} Rien n’a été créé; pour partir plutôt des modèles fournis, ajoutez --bundled-template.",
    "new-drafts-made": "{path} n’existait pas : c’est maintenant un dossier d’ébauches, avec en/ pour les offres "
                       "en anglais et fr/ pour les offres en français.",
    "new-drafts-filled": "{path} était vide : c’est maintenant un dossier d’ébauches, avec en/ pour les offres "
                         "en anglais et fr/ pour les offres en français.",
    "new-one-fr-missing": "Offre anglaise de « {key} » créée; sa version française sera créée par la traductrice ou "
                          "le traducteur (dans la fenêtre : Créer la version française…).",
    "new-one-en-missing": "Offre française de « {key} » créée; sa version anglaise sera créée par la traductrice ou "
                          "le traducteur (dans la fenêtre : Créer la version anglaise…).",
    "new-pair": "Paire « {key} » créée.",
    "new-unreadable-note": "Remarque : {names} ne peut pas être lu, sa clé est donc inconnue; si c’est déjà cette "
                           "offre, retirez l’un des deux.",
    "new-bundled-templates": "Ce site n’a pas ses propres modèles : la nouvelle offre part des modèles fournis (intertitres "
                             "et espaces réservés seulement). Pour partir du texte habituel du site, exécutez : "
                             "posting-editor templates init {site} [--from FICHIER]",
    "unchanged": "{reason} Rien n’a été modifié.",
    "unchanged-again": "{reason} Rien n’a été modifié; relancez la commande.",
    "archive-archived": "{path} : archivée",
    "archive-archived-already": "{path} : archivée (déjà)",
    "archive-open": "{path} : ouverte",
    "archive-open-already": "{path} : ouverte (déjà)",
    # render, get, set
    "render-needs-out": "Plusieurs fichiers demandent --out DOSSIER (un DOSSIER/<nom>.html par fichier).",
    "render-cannot-make-folder": "{path} : impossible de créer le dossier ({reason}).",
    "render-cannot-write": "{path} : impossible d’écrire ({reason}).",
    "get-no-field": "{path} n’a pas de champ « {name} ».",
    "set-not-assignment": "« {text} » n’est pas de la forme CLÉ=VALEUR.",
    "set-body-file": "Utilisez --body-file FICHIER pour changer le corps.",
    "set-body-empty": "{path} est vide : rien n’a été changé. Pour vider le corps exprès, donnez un fichier "
                      "contenant une ligne vide.",
    "set-body-empty-input": "L’entrée standard est vide (la commande avant le tube a-t-elle échoué?) : rien n’a "
                            "été changé. Pour vider le corps exprès, donnez-lui une ligne vide.",
    "set-archived-bool": "archived doit valoir true ou false, pas « {value} ».",
    "set-line-break": "« {name} » doit tenir sur une ligne : Hugo le met dans la balise <title> et les balises meta "
                      "de la page, où un saut de ligne s’affiche mal. Rien n’a été changé; donnez la valeur sans "
                      "saut de ligne.",
    "set-unseen-character": "« {name} » contient {what} ({char}), qu’on ne voit pas mais qui le rend différent de ce "
                            "qu’il paraît. Rien n’a été changé; donnez la valeur sans ce caractère.",
    "set-nothing": "Rien à changer : donnez des paires CLÉ=VALEUR ou --body-file FICHIER.",
    "set-repair-first": "{problem} Le fichier n’a pas été modifié; réparez d’abord son en-tête.",
    "set-kept-changing": "{reason} Il changeait sans cesse pendant la commande; rien n’a été écrasé.",
    "set-also-updated": "{path} aussi mis à jour (champ commun).",
    "set-the-value": "la valeur",
    "set-still-invalid": ("Remarque : {problem} L’offre reste invalide tant que {fields} n’est pas corrigé "
                          "(posting-editor set {path} CHAMP=VALEUR).",
                          "Remarque : {problem} L’offre reste invalide tant que {fields} ne sont pas corrigés "
                          "(posting-editor set {path} CHAMP=VALEUR)."),
    "set-unchanged": "{path} : {reason} Le fichier n’a pas été modifié.",
    "set-body-too-large": "{path} : le corps dépasse {kilobytes}\u00a0Ko, le maximum que l’éditeur ouvre pour une offre "
                          "entière. Le fichier n’a pas été modifié.",
    "set-body-unreadable": "{path} : impossible de lire le corps ({reason}).",
    "set-unreadable-counterpart": "{reason} Le fichier n’a pas été modifié (avec --only-this-file, seul {path} serait "
                                  "modifié).",
    "set-conflict-note": "Remarque : la paire « {key} » est en conflit ou illisible; seul {path} est modifié.",
    # translate, suggest
    "translate-several-sources": "La paire « {key} » a plusieurs fichiers en {from_lang} ({files}); gardez-en un "
                                 "d’abord.",
    "translate-dry-run": "Rien n’a été écrit (--dry-run).",
    "translate-created": "Version en {to_lang} de « {key} » créée; traduisez les blocs marqués, le titre et la "
                         "description.",
    "translate-named-after-source": "{name} porte le nom du titre en {from_lang}, le titre en {to_lang} n’étant pas "
                                    "encore connu. Pour le nommer d’après son titre en {to_lang} : supprimez-le et "
                                    "relancez la commande avec --title ou, une fois traduit, exportez-le depuis un "
                                    "dossier d’ébauches avec --rename.",
    "translate-from-memory": "De la mémoire de traduction : {translated} traduits, {marked} à réviser (encore marqués; "
                             "{threshold} % ou plus).",
    "suggest-no-source": "La paire « {key} » n’a pas d’offre en {from_lang}.",
    "suggest-block": "{path}:{line} : bloc {number} ({id}) : {source}",
    "suggest-match": "  {score} %  {target}",
    "suggest-origin": "        de {origin}{adapted:if:, adaptée}{kind:if:, {kind}}; source : {source}",
    "suggest-kind-title": "traduite comme titre de l’offre",
    "suggest-kind-description": "traduite comme description",
    "suggest-kind-heading": "traduite comme intertitre",
    "suggest-kind-paragraph": "traduite comme paragraphe",
    "suggest-kind-item": "traduite comme élément de liste",
    "suggest-kind-sentence": "traduite comme phrase d’un bloc plus long",
    "suggest-summary": ("{shown} segment sur {count} a une correspondance de {threshold} % ou plus (mémoire : {units} "
                        "unités).",
                        "{shown} segments sur {count} ont une correspondance de {threshold} % ou plus (mémoire : "
                        "{units} unités)."),
    # list
    "list-count": "{total:plural:offre:offres} dans {where}.",
    "list-needing": ("{shown:plural:offre:offres} sur {total} doit être traduite dans {where}.",
                     "{shown:plural:offre:offres} sur {total} doivent être traduites dans {where}."),
    "list-found": ("{shown:plural:offre:offres} sur {total} trouvée pour « {search} » dans {where}.",
                   "{shown:plural:offre:offres} sur {total} trouvées pour « {search} » dans {where}."),
    "list-here": "le dossier courant",
    "passed-over-intro": "Pas des offres (l’en-tête d’une offre contient « layout: job-posting ») :",
    "passed-over-no-layout": "{count:plural:fichier:fichiers} sans layout dans l’en-tête : {names}",
    "passed-over-other-layout": "{count:plural:fichier:fichiers} avec un autre layout ({layouts}) : {names}",
    "passed-over-no-front-matter": "{count:plural:fichier:fichiers} sans en-tête : {names}",
    "passed-over-broken-front-matter": ("{count:plural:fichier:fichiers} dont l’en-tête est illisible et sans ligne "
                                        "« layout: job-posting » : {names}"),
    "passed-over-more": "{names} et {count} autres",
    "list-header-status": "état",
    "list-header-todo": "à faire",
    "list-yes": "oui",
    "list-no": "non",
    "list-status-invalid": "invalide",
    "list-status-unreadable": "illisible",
    "list-status-conflict": "conflit",
    "list-status-merge-conflict": "conflit de fusion",
    "list-status-draft": "ébauche",
    "list-status-needs-translation": "à traduire",
    "list-status-ok": "à jour",
    "list-key-no-key": "(sans translationKey : {name})",
    "list-key-unreadable": "(illisible : {name})",
    "list-missing-en": "Anglais manquant",
    "list-missing-fr": "Français manquant",
    "list-markers-en": "Anglais : {number:plural:bloc:blocs} à traduire",
    "list-markers-fr": "Français : {number:plural:bloc:blocs} à traduire",
    "list-untranslated-en": "Anglais : {number:plural:bloc:blocs} encore en français",
    "list-untranslated-fr": "Français : {number:plural:bloc:blocs} encore en anglais",
    "list-language-en": "Anglais : surtout en français ({number} %)",
    "list-language-fr": "Français : surtout en anglais ({number} %)",
    "list-outdated-en": "Anglais : en retard sur les modifications du français",
    "list-outdated-fr": "Français : en retard sur les modifications de l’anglais",
    "list-placeholders-en": "Anglais : {number:plural:espace réservé du modèle:espaces réservés du modèle}",
    "list-placeholders-fr": "Français : {number:plural:espace réservé du modèle:espaces réservés du modèle}",
    "list-merge-conflict-en": "Anglais : marqueurs de conflit de fusion à partir de la ligne {line}",
    "list-merge-conflict-fr": "Français : marqueurs de conflit de fusion à partir de la ligne {line}",
    "list-empty-en": "Anglais : texte vide",
    "list-empty-fr": "Français : texte vide",
    "list-notes-en": "Anglais : {number:plural:note laissée (TODO):notes laissées (TODO)}",
    "list-notes-fr": "Français : {number:plural:note laissée (TODO):notes laissées (TODO)}",
    "list-title-en": "Anglais : titre encore celui du français",
    "list-title-fr": "Français : titre encore celui de l’anglais",
    # resolve
    "resolve-field-take": "--field et --take vont ensemble, p. ex. --field leverId --take en.",
    "resolve-needs-duplicate": "--archive, --rekey et --delete agissent sur un fichier : donnez-le avec --duplicate "
                               "FICHIER.",
    "resolve-what-to-do": "Dites quoi faire du doublon : --archive, --rekey NOUVELLE_CLÉ ou --delete.",
    "resolve-delete-rekey": "--delete et --rekey ne peuvent pas aller ensemble.",
    "resolve-one-at-a-time": "Réglez un conflit à la fois : --field/--take, ou --duplicate.",
    "resolve-none": "La paire « {key} » n’a aucun conflit.",
    "resolve-unreadable": "{problem} (ses champs communs seront comparés à ceux des autres fichiers une fois réparé.)",
    "resolve-key-twice": "clé utilisée deux fois ({code}) : {files}",
    "resolve-settle-duplicate": "  à régler avec : --duplicate FICHIER --archive | --rekey NOUVELLE_CLÉ | --delete",
    "resolve-differs": "{name} diffère : {values}",
    "resolve-settle-field": "  à régler avec : --field {name} --take en|fr",
    "resolve-count": ("{count} conflit dans « {key} ».", "{count} conflits dans « {key} »."),
    "resolve-set": "{path} : {name} {value}",
    "resolve-deleted": "{path} supprimé.",
    "resolve-cannot-delete": "Impossible de supprimer {path} : {reason}. Rien n’a été modifié.",
    "resolve-archived": "{path} : archivé, translationKey « {key} »",
    "resolve-rekeyed": "{path} : translationKey « {key} »",
    "resolve-cannot-write": "Impossible d’écrire {path} : {reason}. Relancez la commande quand le fichier pourra être "
                            "écrit.",
}

TEXTS = {key: tuple(spaced(t) for t in text) if isinstance(text, tuple) else spaced(text)  # type: ignore[misc]
         for key, text in TEXTS.items()}
