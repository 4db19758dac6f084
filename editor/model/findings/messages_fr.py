"""Messages et libellés en français canadien de chaque code de constat (syntaxe : voir ``catalogue``).

Written with ordinary spaces before « : » and inside « », made non-breaking at the end of the module."""

from __future__ import annotations

THOUSANDS = "\u202f"
LANGUAGE_NAMES = {"en": "anglais", "fr": "français"}
# The front matter keys stay as typed in the file (the writer must find them); the French word helps.
FIELD_NAMES = {
    "title": "« title » (titre)",
    "description": "« description »",
    "archived": "« archived » (archivée)",
    "translationKey": "« translationKey » (clé de traduction)",
    "layout": "« layout » (gabarit)",
    "leverId": "« leverId » (identifiant Lever)",
    "aliases": "« aliases » (anciennes adresses)",
}
FIELD_FORMAT = "«\u00a0{}\u00a0»"
PLACES = {"line": "ligne {line}", "title": "le titre", "description": "la description"}


def singular(count: int) -> bool:
    return count < 2




def _typography(rule: str) -> str:
    return "{in_where:if:Dans {in_where} : }" + rule + " « {before} » → « {after} »{hard:if: (⍽ = espace insécable)}."


_ADVICE = {
    "p": "laissez une ligne vide entre les paragraphes",
    "br": "commencez un nouveau paragraphe, ou terminez la ligne par une barre oblique inversée (\\)",
    "strong": "écrivez **gras**",
    "b": "écrivez **gras**",
    "em": "écrivez _italique_",
    "i": "écrivez _italique_",
    "a": "écrivez [texte du lien](adresse)",
    "ul": "commencez chaque élément de liste par « - »",
    "ol": "commencez chaque élément de liste par « 1. »",
    "li": "commencez chaque élément de liste par « - »",
    "h2": "commencez la ligne par ##",
    "h3": "commencez la ligne par ###",
    "h4": "commencez la ligne par ####",
    "": "utilisez plutôt le Markdown",
}
_RAW_HTML = ("Ce {shown} est du HTML. Hugo retire le HTML de la page publiée : cette partie n’y paraîtra pas telle "
             "qu’elle est écrite. À la place, ")
_SKIP = ("Ce titre de niveau {level} ({marks}) suit directement {above} : le niveau {wanted} est sauté. Les "
         "personnes qui utilisent un lecteur d’écran parcourent la page par ses titres et pourraient croire qu’une "
         "section manque. Utilisez {wanted_marks} ici, ou corrigez le titre précédent.")

MESSAGES = {
    "unreadable": "Le fichier ne peut pas être lu : {reason}.{permission:if: Demandez à la personne propriétaire du "
                  "fichier de le rendre lisible, ou vérifiez ses autorisations.}",
    "not-a-regular-file": "Ce n’est pas un fichier ordinaire (c’est un tube, un périphérique ou un dossier) : il n’a "
                          "pas été lu. Remplacez-le par un fichier texte ordinaire ou supprimez-le.",
    "file-too-large": "Le fichier dépasse {kilobytes}\u00a0Ko, la taille maximale d’une offre. Il n’a pas été ouvert.",
    "not-utf8": "Le fichier n’est pas du texte UTF-8 (octet {byte}). Enregistrez-le en UTF-8 dans votre éditeur de "
                "texte, puis ouvrez-le de nouveau.",
    "empty-file": "Le fichier est vide : une offre a besoin d’un en-tête (front matter) et d’un corps.",
    "no-front-matter": "Le fichier ne commence pas par une ligne « --- » (YAML), une ligne « +++ » (TOML) ni une "
                       "« {{ » (JSON) : il n’a pas d’en-tête (front matter).",
    "unclosed-front-matter": {
        "": "L’en-tête qui commence à la ligne 1 n’est jamais fermé : ajoutez une ligne « --- » après le dernier champ.",
        "toml": "L’en-tête qui commence à la ligne 1 n’est jamais fermé : ajoutez une ligne « +++ » après le dernier "
                "champ.",
        "json": "L’en-tête JSON qui commence à la ligne 1 n’est jamais fermé : il manque une « }} » après le dernier "
                "champ.",
    },
    "front-matter-too-complex": {
        "depth": "Les listes ou tables de l’en-tête sont imbriquées sur plus de {depth} niveaux; une offre en demande "
                 "deux ou trois. L’en-tête a été refusé.",
        "values": "L’en-tête contient plus de {count} valeurs; une offre en demande quelques dizaines. Il a été refusé.",
    },
    "toml-syntax": {
        "": "L’en-tête n’est pas du TOML valide : {detail} (message de TOML).",
        "twice": "Un champ ou une table paraît plus d’une fois dans l’en-tête TOML; supprimez l’un d’eux.",
        "invalid-value": "L’en-tête n’est pas du TOML valide : cette valeur est illisible (le texte se met entre "
                         "guillemets; true et false s’écrivent en minuscules).",
    },
    "toml-value": {
        "": "Une valeur de l’en-tête TOML est illisible ({detail}).",
        "long-number": "Une valeur de l’en-tête TOML est illisible (un nombre a plus de 4\u00a0300 chiffres).",
        "date": "Une date ou une heure de l’en-tête n’existe pas. Corrigez-la, ou mettez-la entre guillemets si c’est "
                "du texte.",
    },
    "json-syntax": "L’en-tête n’est pas du JSON valide : {detail} (message de JSON).",
    "json-value": {
        "": "La valeur de « {key} » est illisible ({detail}).",
        "not-a-number": "La valeur de « {key} » est illisible : {value} n’est pas un nombre JSON, et Hugo le refuse.",
        "long-number": "La valeur de « {key} » est illisible (un nombre a plus de 4\u00a0300 chiffres).",
    },
    "yaml-syntax": {
        "hint-colon-in-value": "L’en-tête n’est pas du YAML valide : un « : » (deux-points et espace) paraît dans une valeur qui n’est pas entre guillemets. Mettez toute la valeur entre guillemets droits doubles. (message de YAML : {detail})",
        "hint-block-end": "L’en-tête n’est pas du YAML valide : une valeur n’est pas écrite comme YAML l’attend (souvent un guillemet dans une valeur entre guillemets, ou une ligne indentée autrement). Vérifiez les guillemets de cette ligne. (message de YAML : {detail})",
        "hint-missing-colon": "L’en-tête n’est pas du YAML valide : une ligne n’est pas de la forme « clé: valeur » : souvent une valeur sur plusieurs lignes (comme une description « >- ») a une ligne vide ou une ligne non indentée. Indentez chaque ligne de la valeur. (message de YAML : {detail})",
        "hint-quote-ends-early": "L’en-tête n’est pas du YAML valide : un guillemet dans une valeur entre guillemets termine la valeur trop tôt. Entre apostrophes droites, doublez l’apostrophe (l''équipe), ou mettez la valeur entre guillemets doubles. (message de YAML : {detail})",
        "hint-tab": "L’en-tête n’est pas du YAML valide : une tabulation sert à indenter; utilisez des espaces. (message de YAML : {detail})",
        "hint-undefined-alias": "L’en-tête n’est pas du YAML valide : un « *nom » renvoie à une ancre « &nom » qui n’existe pas. (message de YAML : {detail})",
        "hint-unclosed-list": "L’en-tête n’est pas du YAML valide : un « [ » ouvre une liste qui n’est jamais fermée. Si le crochet fait partie du texte, mettez toute la valeur entre guillemets. (message de YAML : {detail})",
        "hint-unclosed-map": "L’en-tête n’est pas du YAML valide : une « {{ » ouvre un tableau qui n’est jamais fermé. Si l’accolade fait partie du texte, mettez toute la valeur entre guillemets. (message de YAML : {detail})",
        "hint-unclosed-quote": "L’en-tête n’est pas du YAML valide : un guillemet ouvre une valeur qui n’est jamais fermée : ajoutez le guillemet fermant. (message de YAML : {detail})",
        "": "L’en-tête n’est pas du YAML valide : {detail}.",
        "other": "L’en-tête n’est pas du YAML valide : {detail}",
        "unbuilt": "L’en-tête ne peut pas être lu : {detail}",
        "character": "L’en-tête contient un caractère que YAML refuse ({character}), en général collé par accident "
                     "et invisible. Supprimez-le (retapez le texte autour si vous ne le voyez pas).",
    },
    "yaml-value": {
        "date": "« {value} » n’est pas une date ou une heure réelle ({reason}). Corrigez-la, ou mettez-la entre "
                "guillemets si c’est du texte.",
        "number": "Le nombre « {value} » ne peut pas être lu ({reason}). Corrigez-le, ou mettez-le entre guillemets "
                  "si c’est du texte.",
        "value": "La valeur « {value} » ne peut pas être lue ({reason}).",
        "": "Une valeur ne peut pas être lue : {reason}.",
        "long-number": "Un nombre compte ici {length} caractères; les nombres de plus de {limit} caractères sont "
                       "refusés (les lire pourrait prendre des minutes). Mettez-le entre guillemets si c’est du texte.",
    },
    "yaml-too-complex": {
        "values": "Le YAML se développe en plus de {limit} valeurs (par des ancres « & » et des alias « * »). Il a "
                  "été refusé pour protéger l’éditeur.",
        "depth": "Les listes et les tableaux sont imbriqués sur plus de {limit} niveaux ici. Le YAML a été refusé pour "
                 "protéger l’éditeur.",
    },
    "unknown-tag": "L’étiquette « {tag} » n’est pas permise dans l’en-tête : seuls le texte, les nombres, les dates, "
                   "true/false, les listes et les tableaux le sont. Retirez l’étiquette (le mot qui commence par « ! »).",
    "duplicate-key": "Le champ {field} paraît plus d’une fois; Hugo peut refuser le fichier ou ne garder qu’une des "
                     "valeurs. Supprimez celle que vous ne voulez pas.",
    "front-matter-not-mapping": {
        "": "L’en-tête doit être une liste de champs « clé: valeur », pas une valeur seule ni une liste.",
        "data": "L’en-tête doit être un ensemble de champs.",
        "json": "Un en-tête JSON doit être un seul objet : {{ \"champ\": valeur, … }}.",
    },
    "missing-field": "Le champ {field} manque.",
    "wrong-layout": "Le gabarit est « {layout} »; les offres d’emploi utilisent « job-posting ».",
    "empty-title": {
        "": "Le titre est vide : c’est le titre de la page et le texte du lien dans les listes.",
        "null": "Le titre est le mot « null » (laissé par un ancien outil) : écrivez le titre, c’est le titre de la "
                "page et le texte du lien dans les listes.",
        "not-text": "Le titre n’est pas un texte mais {value} : écrivez le titre (entre guillemets s’il n’est qu’un "
                    "nombre); c’est le titre de la page et le texte du lien dans les listes.",
    },
    "title-spaces": "Le titre commence ou se termine par des espaces; retirez-les.",
    "empty-description": "La description est vide (ou c’est le mot « null » laissé par un ancien outil); les moteurs "
                         "de recherche et les médias sociaux l’affichent sous le titre.",
    "archived-not-boolean": {
        "": "« archived » doit valoir true ou false, pas {value}.",
        "text": "« archived » doit valoir true ou false, pas « {value} ».",
        "empty": "« archived » doit valoir true ou false; il est vide.",
    },
    "lever-id-not-uuid": {
        "": "Le leverId {value} n’est pas un identifiant du système de suivi des candidatures (un UUID comme "
            "0f8fad5b-d9cb-469f-a165-70867728950e).",
        "text": "Le leverId « {value} » n’est pas un identifiant du système de suivi des candidatures (un UUID "
                "comme 0f8fad5b-d9cb-469f-a165-70867728950e).",
    },
    "empty-translation-key": "La translationKey est vide : c’est elle qui relie les fichiers anglais et français.",
    "html-entity": {
        "title": "Le titre contient une entité HTML ({entity}); tapez le caractère lui-même.",
        "description": "La description contient une entité HTML ({entity}); tapez le caractère lui-même.",
    },
    "html-entity-in-file-name": "Le nom du fichier contient une entité HTML ({entity}); elle se retrouve dans "
                                "l’adresse de la page.",
    "hidden-character": {
        "title": "Le titre contient un caractère invisible ({char}, de contrôle ou de mise en forme bidirectionnelle)"
                 "\u00a0: il peut se lire autrement qu’il est écrit. Retapez le titre.",
        "description": "La description contient un caractère invisible ({char}, de contrôle ou de mise en forme "
                       "bidirectionnelle)\u00a0: elle peut se lire autrement qu’elle est écrite. Retapez la description.",
        "translationKey": "La translationKey contient un caractère invisible ({char})\u00a0: elle diffère de la clé "
                          "qu’elle semble être, et le fichier de l’autre langue ne s’y relie pas. Retapez la clé.",
    },
    "merge-conflict-markers": "Une fusion a laissé ici ses marques de conflit (<<<<<<<, =======, >>>>>>>)\u00a0: la page "
                              "les afficherait, avec les deux versions de ces lignes. Gardez les bonnes lignes et "
                              "supprimez les marques.",
    "body-h1": "C’est un titre de niveau 1 (#). Le titre de l’offre est déjà le titre de niveau 1 de la page, qui en "
               "aurait donc deux. Utilisez plutôt un titre de niveau 2 (##).",
    "heading-skip": {
        "title": _SKIP.replace("{above}", "le titre de l’offre (niveau 1)"),
        "heading": _SKIP.replace("{above}", "un titre de niveau {above_level}"),
    },
    "raw-html": {tag: _RAW_HTML + advice + "." for tag, advice in _ADVICE.items()},
    "empty-link-text": "Ce lien n’a pas de texte. Les lecteurs d’écran l’annoncent comme une simple adresse, ou pas "
                       "du tout, et les personnes voyantes ne peuvent pas cliquer dessus. Écrivez des mots qui disent "
                       "où mène le lien.",
    "vague-link-text": "Le texte du lien « {text} » ne dit pas où mène le lien. Les personnes qui parcourent les "
                       "liens d’une page, ou qui les entendent énumérés par un lecteur d’écran, ne peuvent pas savoir "
                       "à quoi il mène. Utilisez des mots qui décrivent la destination, par exemple « le formulaire "
                       "de demande de mesures d’adaptation ».",
    "key-used-twice": "La clé « {key} » est aussi utilisée par {others}; chaque langue peut avoir un seul fichier "
                      "par clé. Supprimez l’ancienne copie ou donnez-lui sa propre clé.",
    "missing-counterpart": {
        "": "Aucune offre en {other_lang} n’a la clé « {key} » : traduisez celle-ci en {other_lang}, ou donnez "
            "cette clé à l’offre en {other_lang}.",
        "unreadable": "Aucune offre en {other_lang} n’a la clé « {key} », à moins que ce soit un des fichiers "
                      "illisibles ({files}) : réparez ce fichier, ou traduisez celle-ci en {other_lang}.",
        "kept": "Aucune offre en {other_lang} n’a la clé « {key} ». Le fichier du site dans cette langue est gardé "
                "tel quel : vérifiez qu’il correspond toujours.",
        "unreadable-kept": "Aucune offre en {other_lang} n’a la clé « {key} », à moins que ce soit un des fichiers "
                           "illisibles ({files}). Le fichier du site dans cette langue est gardé tel quel : "
                           "vérifiez qu’il correspond toujours.",
    },
    "shared-field-mismatch": "Le champ {field} diffère entre les fichiers de cette paire ({values_words}); il doit être le "
                             "même dans les deux langues.",
    "file-name-convention": "Le site nomme les offres « slug--{lever}.md » (le slug du titre, deux traits d’union, "
                            "le leverId); renommer change l’adresse de la page : si vous le faites, ajoutez "
                            "l’ancienne adresse aux « aliases ».",
    "number-mismatch": "« {text} » dans le texte {lang} ({where}) ne se trouve pas ici dans le texte {other_lang}. "
                       "Vérifiez que le nombre a été reporté (en {other_lang} : {shown}).",
    "classification-mismatch": {
        "": "Le texte {lang} donne la classification {classification} ({where}). Les deux langues doivent donner le "
            "même groupe et le même niveau.",
        "instead": "Le texte {lang} donne la classification {classification} ({where}); le texte {other_lang} donne "
                   "plutôt {instead}. Les deux langues doivent donner le même groupe et le même niveau.",
    },
    "link-missing": "Le texte {lang} contient l’adresse Web {address} ({where}), que le texte {other_lang} n’a pas. "
                    "Le lectorat des deux langues a besoin des mêmes adresses.",
    "email-missing": "Le texte {lang} contient l’adresse courriel {address} ({where}), que le texte {other_lang} n’a "
                     "pas. Le lectorat des deux langues a besoin des mêmes adresses.",
    "link-other-language": "{address} est la version {other_lang} de la page; le lectorat du texte {lang} devrait "
                           "recevoir la version en {lang}.",
    "length-mismatch": "Le texte {short_lang} est beaucoup plus court que le texte {long_lang} ({short_count} "
                       "caractères contre {long_count}) : des parties entières semblent manquer.",
    "heading-count-mismatch": {
        "": "Le texte {source_lang} a {source_count:plural:intertitre:intertitres}; le texte {target_lang} en a {target_count}.",
        "extra": "Le texte {source_lang} a {source_count:plural:intertitre:intertitres}; le texte {target_lang} en a "
                 "{target_count}. Cet intertitre (« {text} ») n’a pas d’équivalent dans le texte {source_lang} : faites-en "
                 "un paragraphe ou ajoutez-le là aussi.",
        "missing": "Le texte {source_lang} a {source_count:plural:intertitre:intertitres}; le texte {target_lang} en a "
                   "{target_count}. L’intertitre « {text} » ({where}) n’a pas d’équivalent ici.",
    },
    "double-space": '{in_where:if:Dans {in_where} : }Deux espaces entre des mots ici; une seule suffit (une double espace marque souvent un mot supprimé).',
    "missing-space-after-stop": '{in_where:if:Dans {in_where} : }Aucune espace après ce point : « {text} » colle deux phrases.',
    "markdown-heading-space": '{in_where:if:Dans {in_where} : }« {text} » doit avoir une espace après les croisillons pour être un intertitre; sans elle, la page affiche les croisillons.',
    "markdown-link-space": '{in_where:if:Dans {in_where} : }Il y a une espace entre ] et ( dans « {text} » : ce n’est pas un lien, la page affiche les crochets et l’adresse. Supprimez l’espace.',
    "list-marker-missing": '{in_where:if:Dans {in_where} : }Cette ligne se trouve entre deux éléments de liste mais n’a pas de marqueur : elle se joint à l’élément précédent. Commencez-la par « {marker} » si c’est un élément distinct.',
    "double-full-stop": '{in_where:if:Dans {in_where} : }Deux points de suite dans « {text} » : un seul termine la phrase (les points de suspension en ont trois).',
    "markdown-sublist-indent": '{in_where:if:Dans {in_where} : }Cet élément est en retrait de {spaces:plural:espace:espaces}, moins que les {wanted} où commence le texte de l’élément précédent : il n’est donc pas imbriqué sous celui-ci, la page l’affiche dans la même liste. Mettez-le en retrait de {wanted} espaces.',
    "paragraph-break-missing": '{in_where:if:Dans {in_where} : }Aucune ligne vide avant cette ligne (« {text} ») : elle continue le paragraphe de la ligne précédente. Laissez une ligne vide entre les deux si elle commence un nouveau paragraphe.',
    "markdown-emphasis-unclosed": '{in_where:if:Dans {in_where} : }L’astérisque de « {text} » ouvre un italique ou un gras qui n’est jamais fermé : la page affiche l’astérisque. Ajoutez l’astérisque fermant après les mots à mettre en valeur, ou supprimez-le.',
    "list-item-stop-missing": '{in_where:if:Dans {in_where} : }Tous les autres éléments de cette liste se terminent par un point ou un point-virgule (ou ? ou !); celui-ci (« {text} ») n’en a pas.',
    "hyphen-for-dash": '{in_where:if:Dans {in_where} : }« {text} » : un trait d’union entre deux espaces tient lieu de tiret. Écrivez un tiret (– entre deux espaces, ou —).',
    "parenthesis-unclosed": '{in_where:if:Dans {in_where} : }La parenthèse ouverte à « {text} » n’est jamais fermée.',
    "french-title-case": '{in_where:if:Dans {in_where} : }En français, seuls le premier mot et les noms propres d’un titre prennent la majuscule : écrivez « {suggestion} ».',
    "french-quotation-marks": '{in_where:if:Dans {in_where} : }Un texte français prend les guillemets « » (avec espaces insécables à l’intérieur), pas {marks} : « {text} ».',
    "abbreviated-form-spaced": '{in_where:if:Dans {in_where} : }« {text} » : une terminaison abrégée se joint à son mot, sans espace (« {joined} »); mieux encore, écrivez les deux formes au long.',
    "english-in-french": '{in_where:if:Dans {in_where} : }« {phrase} » est de l’anglais dans une phrase française. Employez le terme français (le glossaire du site donne ceux qu’il a approuvés), ou mettez-le en italique s’il doit rester en anglais.',
    "anglicism": '{in_where:if:Dans {in_where} : }« {text} » est un calque de l’anglais « {english} »; en français, on écrit « {suggestion} ».',
    # Grammaire française (language/grammar.py) : le message de Grammalecte.
    "grammar-agreement": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-participle": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-conjugation": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-infinitive": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-imperative": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-question": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-mood": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-confusion": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-phrase": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-style": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-pleonasm": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-hyphen": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-comma": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-date": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-negation": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-lowercase": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-euphony": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-chemistry": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-repetition": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-number": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-capitals": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-other": '{in_where:if:Dans {in_where} : }{message} « {flagged} »{suggestions:if: → {suggestions}}.',
    "grammar-unavailable": "Le correcteur grammatical français n’a pas pu être chargé ({reason}). La grammaire française "
                           "n’a pas été vérifiée.",
    "translation-of-other-source": "Ce bloc traduit le bloc {source_lang} « {text} » ({where}), et non celui qui lui "
                                   "fait face (« {beside_text} », {beside_where}) : il a peut-être été déplacé ou "
                                   "collé au mauvais endroit.",
    "paragraph-unmatched": {
        "source": "Le paragraphe {source_lang} « {text} » ({where}) n’a pas d’équivalent dans le texte "
                  "{target_lang}; il irait à peu près ici.",
        "target": "Ce paragraphe (« {text} ») n’a pas d’équivalent dans le texte {source_lang} : ajoutez-le là aussi, "
                  "ou retirez-le d’ici.",
    },
    "list-item-count-mismatch": {
        "no-list": "Le texte {source_lang} a ici une liste de {source_count} éléments ({where}); le texte "
                   "{target_lang} n’a pas de liste correspondante.",
        "": "Cette liste a {target_count:plural:élément:éléments}; la liste du texte {source_lang} ({where}) en a "
            "{source_count}.",
    },
    "untranslated-text": {
        "": "Ce texte est le même que dans l’offre en {other_lang} ({where}) : « {text} ». Traduisez-le en {lang}.",
        "whole": "{count} des {prose} paragraphes, intertitres et éléments de liste de cette offre sont les mêmes que dans "
                 "l’offre en {source_lang} : elle n’a pas encore été traduite en {target_lang}.",
    },
    "wrong-language": "Ce texte semble être en {guess_lang}, dans l’offre en {lang} : « {text} ».",
    "translation-marker": "Ce texte est encore marqué {text} : traduisez-le, puis retirez la marque.",
    "untranslated-file": "La plus grande partie de cette offre en {lang} est en {other_lang} ({percent} % de son "
                         "texte) : traduisez-la en {lang}.",
    "template-placeholder": {
        "placeholder": "Un espace réservé du modèle est resté dans l’offre : remplacez « {text} » par du vrai texte.",
        "guidance": "Une consigne du modèle est restée dans l’offre : remplacez « {text} ».",
    },
    "writer-note": "Une note laissée pour plus tard (« {text} ») : écrivez ce qu’elle remplace, puis retirez-la; le site "
                   "l’afficherait.",
    "title-not-translated": {
        "": "Le titre est vide ici, mais l’offre en {other_lang} en a un (« {text} ») : traduisez-le.",
        "same": "Le titre est celui de l’offre en {other_lang}, mot pour mot (« {text} ») : traduisez-le.",
    },
    "description-not-translated": "La description est vide ici, mais l’offre en {other_lang} en a une (« {text} ») : "
                                  "traduisez-la.",
    "section-not-translated": {
        "": "La section « {text} » du texte {source_lang} ({where}, {words:plural:mot:mots}) n’a pas de texte "
            "{target_lang} ici : traduisez-la.",
        "comment": "Seul un commentaire HTML se trouve sous cet intertitre, et le site ne l’affiche pas : la section "
                   "« {text} » du texte {source_lang} ({where}) compte {words:plural:mot:mots} à traduire.",
        "empty": "Rien n’est écrit sous cet intertitre : la section « {text} » du texte {source_lang} ({where}) compte "
                 "{words:plural:mot:mots} à traduire.",
    },
    "body-not-translated": "Le corps du texte est vide ici, mais l’offre en {other_lang} compte {words:plural:mot:mots} : "
                           "traduisez-les, sinon la page n’affichera que son titre.",
    "terminology-drift": "Ce texte {lang} est traduit autrement dans {other_file}:{other_line}, une traduction que "
                         "le site a approuvée (« …{there}… » là où celle-ci a « …{here}… »). Employez partout une "
                         "seule formulation en {target_lang}, à moins que celle-ci ne dise autre chose.",
    "glossary-term-missing": "Le texte {lang} utilise « {term} » ({where}); le glossaire le traduit par {wanted}, que "
                             "le texte {other_lang} n’utilise pas{note:if: ({note})}.",
    "glossary-unreadable": "{detail_words}",
    "settings-unreadable": "{detail_words}",
    "template-unreadable": "{detail_words}",
    "translations-unreadable": "{detail_words}",
    "typography-amount": {
        "fr": _typography("En français, les montants s’écrivent 50\u00a0000\u00a0$ ou 75,25\u00a0$ : le nombre, une espace "
                          "insécable, puis le symbole du dollar."),
        "en": _typography("En anglais, les montants s’écrivent $50,000 ou $75.25 : le symbole du dollar d’abord, des "
                          "virgules entre les milliers."),
    },
    "typography-thousands": {
        "fr": _typography("En français, les milliers sont séparés par une espace insécable (15\u00a0000), pas par une "
                          "virgule ni une espace ordinaire."),
        "en": _typography("En anglais, les milliers sont séparés par une virgule (15,000)."),
    },
    "typography-percent": {
        "fr": _typography("En français, une espace insécable sépare le nombre du symbole % (15 %)."),
        "en": _typography("En anglais, le symbole % suit le nombre sans espace (15%)."),
    },
    "typography-time": {
        "fr": _typography("En français, les heures s’écrivent 13\u00a0h\u00a030 ou 9\u00a0h, avec des espaces insécables autour "
                          "du h."),
        "en": _typography("En anglais, les heures s’écrivent 1:30 p.m. ou 9 a.m. (en minuscules, avec des points)."),
    },
    "typography-colon": _typography("En français, le deux-points prend une espace insécable avant et une espace "
                                    "après."),
    "typography-space-before-punctuation": {
        "en-colon": _typography("En anglais, aucune espace ne précède le deux-points."),
        "france": _typography("L’usage de France met une espace fine insécable avant {mark}."),
        "fr": _typography("Selon l’usage canadien, aucune espace ne précède {mark}."),
        "en": _typography("En anglais, aucune espace ne précède {mark}."),
    },
    "typography-guillemets": _typography("En français, les guillemets « » prennent une espace insécable à "
                                         "l’intérieur et une espace ordinaire à l’extérieur."),
    "typography-apostrophe": {
        "typographic": _typography("Cette offre utilise surtout l’apostrophe ’ (typographique); utilisez la même "
                                   "partout."),
        "straight": _typography("Cette offre utilise surtout l’apostrophe ' (droite); utilisez la même partout."),
    },
    "typography-quote-punctuation": _typography("En anglais canadien, le point ou la virgule se place avant le guillemet fermant."),
    "inclusive-abbreviated-form": {
        "first": "« {form} » est une forme abrégée. Dans un texte suivi, le Portail linguistique du Canada recommande "
                 "d’écrire les deux formes au long (« les agentes et les agents », « une conseillère ou un "
                 "conseiller ») ou un mot neutre (« le personnel », « la personne candidate »); gardez les formes "
                 "abrégées pour les endroits où l’espace manque.",
        "again": "« {form} » est une forme abrégée (voir la note à la ligne {first_line}).",
    },
    "spelling": {
        lang: "{in_where:if:Dans {in_where} : }« {word} » n’est pas dans le dictionnaire " + name +
              "{suggestions:if:; peut-être : {suggestions}}."
        for lang, name in (("en", "anglais (Canada)"), ("fr", "français"))
    },
    "dictionary-unreadable": "{detail_words}",
    "spelling-unavailable": {
        "no-library": "L’orthographe n’a pas été vérifiée : la vérification demande le paquet chunspell ({reason}).",
        "no-dictionary": "L’orthographe n’a pas été vérifiée : le dictionnaire {lang} manque dans {folder}.",
    },
    "export-lever-id-used": "Le site a déjà le leverId {lever} sous la clé « {key} » : le même emploi serait publié "
                            "deux fois.",
    "export-same-target": "{file} et {other_file} seraient tous deux écrits dans {target}.",
    "export-file-name": "Aucun nom de fichier ne peut être formé pour cette ébauche. Détail : {detail}",
    "export-site-conflict": "Le site a {count} fichiers en {lang} avec la clé « {key} »; gardez-en un seul avant d’y "
                            "exporter.",
    "export-site-unreadable": {
        "candidate": "Le fichier du site ne peut pas être lu, et ce pourrait être l’offre en {lang} de « {key} » : "
                     "{detail} Rendez-le lisible, puis exportez de nouveau.",
        "": "Le fichier du site ne peut pas être lu : {reason}.",
    },
    "export-site-invalid": "Le fichier du site ne peut pas être mis à jour : {detail} Réparez-le d’abord dans le site.",
    "export-field": "Impossible de mettre à jour {target} : {detail}",
    "export-address": {
        "error": "Impossible de déterminer l’adresse de la page ({detail}); renommez-la à la main et ajoutez "
                 "l’ancienne adresse aux « aliases ».",
        "warning": "Impossible de déterminer l’adresse de la page ({detail}); vérifiez que son adresse ne change pas.",
    },
    "export-aliases": {
        "": "L’ancienne adresse ne peut pas être ajoutée aux « aliases ». Détail : {detail}",
        "not-a-list": "« aliases » devrait être une liste d’adresses, et non {value}.",
    },
    "export-outside": "La cible est hors du dossier de contenu du site. Détail : {detail}",
    "export-target-exists": "{target} existe déjà dans le site et appartient à une autre offre; changez le titre, ou "
                            "réglez d’abord la question dans le site.",
}

LABELS = {
    "unreadable": "Fichier illisible",
    "not-a-regular-file": "Pas un fichier ordinaire",
    "file-too-large": "Fichier trop gros",
    "not-utf8": "Pas du texte UTF-8",
    "empty-file": "Fichier vide",
    "no-front-matter": "Aucun en-tête",
    "unclosed-front-matter": "En-tête non fermé",
    "yaml-syntax": "YAML non valide",
    "yaml-value": "Valeur illisible",
    "yaml-too-complex": "YAML trop complexe",
    "front-matter-too-complex": "En-tête trop complexe",
    "toml-syntax": "TOML non valide",
    "toml-value": "Valeur TOML illisible",
    "json-syntax": "JSON non valide",
    "json-value": "Valeur JSON illisible",
    "unknown-tag": "Étiquette YAML refusée",
    "duplicate-key": "Champ répété",
    "front-matter-not-mapping": "En-tête sans champs",
    "missing-field": "Champ manquant",
    "wrong-layout": "Mauvais gabarit",
    "empty-title": "Titre vide",
    "title-spaces": "Espaces autour du titre",
    "empty-description": "Description vide",
    "archived-not-boolean": "« archived » ni true ni false",
    "lever-id-not-uuid": "leverId non valide",
    "empty-translation-key": "translationKey vide",
    "html-entity": "Entité HTML",
    "html-entity-in-file-name": "Entité HTML dans le nom",
    "hidden-character": "Caractère invisible",
    "merge-conflict-markers": "Marques de conflit de fusion",
    "body-h1": "Titre de niveau 1",
    "heading-skip": "Niveau de titre sauté",
    "raw-html": "HTML brut",
    "empty-link-text": "Lien sans texte",
    "vague-link-text": "Texte de lien vague",
    "key-used-twice": "Clé utilisée deux fois",
    "missing-counterpart": "Autre langue manquante",
    "shared-field-mismatch": "Champ commun différent",
    "file-name-convention": "Convention de nom de fichier",
    "number-mismatch": "Nombre non reporté",
    "classification-mismatch": "Classification différente",
    "link-missing": "Adresse Web manquante",
    "email-missing": "Adresse courriel manquante",
    "link-other-language": "Lien vers l’autre langue",
    "length-mismatch": "Texte beaucoup plus court",
    "heading-count-mismatch": "Intertitres différents",
    "paragraph-unmatched": "Paragraphe sans équivalent",
    "double-space": 'Double espace',
    "missing-space-after-stop": 'Point sans espace',
    "markdown-heading-space": 'Intertitre sans espace',
    "markdown-link-space": 'Lien brisé',
    "list-marker-missing": 'Marqueur de liste manquant',
    "double-full-stop": 'Deux points de suite',
    "markdown-sublist-indent": 'Sous-liste non imbriquée',
    "paragraph-break-missing": 'Ligne vide manquante',
    "markdown-emphasis-unclosed": 'Astérisque isolé',
    "list-item-stop-missing": 'Point manquant dans une liste',
    "hyphen-for-dash": 'Trait d’union pour un tiret',
    "parenthesis-unclosed": 'Parenthèse non fermée',
    "french-title-case": 'Majuscules à l’anglaise',
    "french-quotation-marks": 'Guillemets anglais',
    "abbreviated-form-spaced": 'Forme abrégée espacée',
    "english-in-french": 'Anglais dans le français',
    "anglicism": 'Anglicisme',
    "grammar-agreement": 'Accord',
    "grammar-participle": 'Participe passé',
    "grammar-conjugation": 'Conjugaison',
    "grammar-infinitive": 'Infinitif',
    "grammar-imperative": 'Impératif',
    "grammar-question": 'Interrogation',
    "grammar-mood": 'Mode verbal',
    "grammar-confusion": 'Confusion',
    "grammar-phrase": 'Locution',
    "grammar-style": 'Style (grammaire)',
    "grammar-pleonasm": 'Pléonasme',
    "grammar-hyphen": 'Trait d’union',
    "grammar-comma": 'Virgule',
    "grammar-date": 'Date incorrecte',
    "grammar-negation": 'Négation',
    "grammar-lowercase": 'Minuscule',
    "grammar-euphony": 'Euphonie',
    "grammar-chemistry": 'Chimie',
    "grammar-repetition": 'Répétition',
    "grammar-number": 'Singulier ou pluriel',
    "grammar-capitals": 'Majuscules',
    "grammar-other": 'Grammaire',
    "grammar-unavailable": 'Grammaire non vérifiée',
    "translation-of-other-source": "Traduit un autre bloc",
    "list-item-count-mismatch": "Éléments de liste différents",
    "untranslated-text": "Texte non traduit",
    "wrong-language": "Mauvaise langue",
    "translation-marker": "Marqué à traduire",
    "untranslated-file": "Offre non traduite",
    "template-placeholder": "Texte du modèle restant",
    "writer-note": "Note laissée (TODO)",
    "title-not-translated": "Titre non traduit",
    "description-not-translated": "Description non traduite",
    "body-not-translated": "Texte non traduit",
    "section-not-translated": "Section non traduite",
    "terminology-drift": "Formulation différente",
    "glossary-term-missing": "Terme du glossaire absent",
    "glossary-unreadable": "Glossaire illisible",
    "settings-unreadable": "Réglages illisibles",
    "template-unreadable": "Modèle illisible",
    "translations-unreadable": "Registre des traductions illisible",
    "typography-amount": "Écriture des montants",
    "typography-thousands": "Séparateur des milliers",
    "typography-percent": "Espace avant %",
    "typography-time": "Écriture des heures",
    "typography-colon": "Espace avant deux-points",
    "typography-space-before-punctuation": "Espace avant ponctuation",
    "typography-guillemets": "Espaces dans « »",
    "typography-apostrophe": "Style d’apostrophe",
    "typography-quote-punctuation": "Ponctuation hors des guillemets",
    "inclusive-abbreviated-form": "Forme inclusive abrégée",
    "spelling": "Orthographe",
    "dictionary-unreadable": "Dictionnaire illisible",
    "spelling-unavailable": "Orthographe non vérifiée",
    "export-lever-id-used": "leverId déjà utilisé",
    "export-same-target": "Même fichier cible",
    "export-file-name": "Aucun nom de fichier",
    "export-site-conflict": "Clé en double dans le site",
    "export-site-unreadable": "Fichier du site illisible",
    "export-site-invalid": "Fichier du site abîmé",
    "export-field": "Champ non mis à jour",
    "export-address": "Adresse inconnue",
    "export-aliases": "« aliases » non mis à jour",
    "export-outside": "Hors du site",
    "export-target-exists": "Fichier cible existant",
}


def spaced(text: str) -> str:
    """French spacing: a non-breaking space before a colon and inside guillemets."""
    return text.replace(" :", "\u00a0:").replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" %", "\u00a0%")


MESSAGES = {code: ({variant: spaced(text) for variant, text in entry.items()} if isinstance(entry, dict)
                   else spaced(str(entry))) for code, entry in MESSAGES.items()}
LABELS = {code: spaced(text) for code, text in LABELS.items()}
FIELD_NAMES = {name: spaced(text) for name, text in FIELD_NAMES.items()}
