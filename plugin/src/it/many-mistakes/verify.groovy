// Every mistake is reported, once, in file and line order, as one line each; then the count; then the build fails.
// (A setting missing from jbake.properties, the legal facts here, is reported first, at the top of the file.)
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def expected = '''
[ERROR] content/a-propos.md:1: erreur: ce fichier serait publié à l'adresse `a-propos.html`, comme content/a-propos.html ; l'un remplacerait l'autre : renommez ce fichier
[ERROR] content/index.md:5: erreur: lien `programme.pdf` : cette page ou ce fichier n'existe pas sur le site ; corrigez le lien, ou placez le fichier dans `assets/programme.pdf` (publié à l'adresse `programme.pdf`)
[ERROR] content/index.md:5: erreur: lien `webinaires/2021-01-13-sant.html` : cette page ou ce fichier n'existe pas sur le site ; vouliez-vous dire `webinaires/2021-01-13-sante.html` ?
[ERROR] content/index.md:7: erreur: lien `javascript:` interdit : il ferait exécuter du code par le navigateur du visiteur ; faites un lien vers une page du site ou une adresse https://
[ERROR] content/index.md:7: erreur: lien `data:` interdit : le contenu serait caché dans la page ; placez le fichier dans assets/ et faites un lien vers lui
[WARNING] content/index.md:9: avertissement: lien non chiffré `http://www.cncd.fr/` ; utilisez `https://www.cncd.fr/` si ce site le permet
[ERROR] content/index.md:11: erreur: balise `<img>` interdite : écrivez l'image en Markdown, `![description](images/fichier.png)`, le fichier étant dans assets/images/
[ERROR] content/index.md:11: erreur: attribut `onclick` interdit dans `<abbr>` : il ferait exécuter du code par le navigateur du visiteur ; retirez-le
[ERROR] content/index.md:13: erreur: balise `<script>` interdite : elle pourrait exécuter du code ou changer la page dans le navigateur du visiteur ; retirez-la (seules `<abbr title>`, `<span lang>`, `<sup>`, `<sub>`, `<br>`, `<kbd>`, `<mark>` et les commentaires `<!-- -->` sont permis)
[ERROR] content/latin1.md:1: erreur: le fichier n'est pas enregistré en UTF-8 (caractère illisible sur cette ligne, souvent une lettre accentuée) ; enregistrez-le avec l'encodage UTF-8 dans votre éditeur, puis vérifiez les accents
[ERROR] content/sans-separateur.md:1: erreur: l'en-tête n'est pas fermé : ajoutez une ligne `~~~~~~` après la dernière ligne `clé=valeur`, avant le texte de la page
[ERROR] content/webinaires/2021-01-13-sante2.md:1: erreur: le titre « La santé » est déjà celui de content/webinaires/2021-01-13-sante.md le même jour (2021-01-13) ; si c'est la même session, supprimez l'un des deux fichiers, sinon distinguez les titres
[ERROR] content/webinaires/2021-01-13-sante2.md:5: erreur: cette session (2021-01-13 de 11:00 à 12:00) a lieu en même temps que content/webinaires/2021-01-13-sante.md (2021-01-13 de 10:00 à 12:30) ; corrigez la date ou les heures de l'une des deux
[ERROR] content/webinaires/2021-01-13-sante2.md:7: erreur: `uid=d3c6c4f3-578d-4e94-bfef-da0ea20b46ff` est déjà celui de content/webinaires/2021-01-13-sante.md (ligne 7) ; chaque session a son propre uid : si ce fichier est une copie, donnez-lui un nouvel uid, par exemple `uid=c45ae055-99df-3898-8a16-30f332594c10`
[ERROR] content/webinaires/2021-01-20-entete.md:1: erreur: clé inconnue `titel` ; vouliez-vous dire `title` ?
[ERROR] content/webinaires/2021-01-20-entete.md:2: erreur: `title` est vide ; donnez-lui une valeur, par exemple `title=Titre du webinaire`
[ERROR] content/webinaires/2021-01-20-entete.md:5: erreur: `Mercredi 20 janvier` n'est pas une ligne `clé=valeur` ; écrivez-la sous cette forme, ou placez ce texte après la ligne `~~~~~~`
[ERROR] content/webinaires/2021-01-20-entete.md:9: erreur: la clé `start` est déjà donnée ligne 7 ; gardez une seule ligne `start=…` et supprimez l'autre
[ERROR] content/webinaires/2021-01-20-entete.md:11: erreur: `eventStatus=canceled` : valeur inconnue ; vouliez-vous dire `cancelled` ?
[ERROR] content/webinaires/2021-01-27-horaires.md:4: erreur: `date=2021-02-30` n'existe pas dans le calendrier ; vérifiez le jour et le mois (format AAAA-MM-JJ, par exemple `date=2021-03-10`)
[ERROR] content/webinaires/2021-01-27-horaires.md:5: erreur: `start=25:00` n'est pas une heure qui existe ; les heures vont de 00:00 à 23:59 (format HH:mm, par exemple `start=10:00`)
[WARNING] content/webinaires/2021-02-03-duree.md:6: avertissement: la session dure 9 h 30, plus de 8 heures (`start=08:00`, `end=17:30`) ; vérifiez `start` et `end`
[ERROR] content/webinaires/2021-02-03-duree.md:7: erreur: `timezone=Europe/Pari` : fuseau horaire inconnu ; vouliez-vous dire `Europe/Paris` ?
[ERROR] content/webinaires/2021-02-03-duree.md:9: erreur: tag inconnu `santé` ; vouliez-vous dire `sante` ?
[ERROR] content/webinaires/2021-02-10-ordre.md:1: erreur: clé obligatoire `status` absente ; ajoutez une ligne `status=published` avant la ligne `~~~~~~`
[ERROR] content/webinaires/2021-02-10-ordre.md:5: erreur: `end=10:00` n'est pas après `start=12:30` ; une session se termine après son début, le même jour : corrigez `start` ou `end`
[ERROR] content/webinaires/2021-02-10-ordre.md:6: erreur: `uid=1234` n'est pas un UUID (32 chiffres ou lettres de a à f, en groupes 8-4-4-4-12) ; remplacez-le, par exemple par `uid=df6c09fb-3d61-3095-8708-939a23a7fbdc`
[ERROR] content/webinaires/2021-02-17-statut.md:2: erreur: `type=sesion` : valeur inconnue ; vouliez-vous dire `session` ?
[ERROR] content/webinaires/2021-02-17-statut.md:3: erreur: `status=publié` : valeur inconnue ; valeurs possibles : published, draft
[ERROR] jbake.properties:1: erreur: `legal.director` est vide : une construction de production exige le nom du directeur ou de la directrice de la publication, affiché dans les mentions légales ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties (`legal.director=Prénom Nom, fonction`) ou sur la ligne de commande (`-Dlegal.director=…`)
[ERROR] jbake.properties:1: erreur: `legal.host` est vide : une construction de production exige le nom et l'adresse de l'hébergeur du site, affichés dans les mentions légales ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties (`legal.host=Nom de l'hébergeur, adresse postale`) ou sur la ligne de commande (`-Dlegal.host=…`)
[ERROR] jbake.properties:1: erreur: `privacy.dpo` est vide : une construction de production exige le moyen de joindre le délégué à la protection des données (adresse électronique ou postale), affiché sur la page Données personnelles ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties (`privacy.dpo=adresse électronique ou postale du délégué`) ou sur la ligne de commande (`-Dprivacy.dpo=…`)
[ERROR] jbake.properties:1: erreur: `privacy.legal.basis` est vide : une construction de production exige la base légale du traitement des inscriptions, affichée sur la page Données personnelles ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties (`privacy.legal.basis=le consentement des personnes inscrites (article 6.1.a du RGPD)`) ou sur la ligne de commande (`-Dprivacy.legal.basis=…`)
[ERROR] jbake.properties:1: erreur: `privacy.retention.months` est vide : une construction de production exige la durée maximale de conservation des données des inscrits, en mois, affichée sur la page Données personnelles ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties (`privacy.retention.months=12`) ou sur la ligne de commande (`-Dprivacy.retention.months=…`)
[ERROR] jbake.properties:1: erreur: `accessibility.declaration.date` est vide : une construction de production exige la date de la déclaration d'accessibilité (AAAA-MM-JJ), affichée sur la page Accessibilité ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties (`accessibility.declaration.date=2021-03-10`) ou sur la ligne de commande (`-Daccessibility.declaration.date=…`)
[ERROR] jbake.properties:1: erreur: `site.host=example.org/webinaires/` n'est pas une adresse absolue ; écrivez-la avec https:// et le nom du serveur, par exemple `site.host=https://www.example.org/webinaires/`
[ERROR] jbake.properties:3: erreur: `contact.email=secretariat@diplomatie` n'est pas une adresse électronique valide ; écrivez-la sous la forme `nom@domaine.fr`, sans espace
[ERROR] jbake.properties:4: erreur: form.action=http://formulaire.diplomatie.gouv.fr/webinaires : en production, le service de formulaire doit être en https, sinon les données des inscrits circulent en clair
'''.strip().readLines()

def printed = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+: / }
if (printed != expected) {
    println "Diagnostics printed:\n" + printed.join('\n')
}
assert printed == expected : "diagnostics differ (printed above)"
assert log.contains('[INFO] Validation du programme : 36 erreurs, 2 avertissements dans 12 fichiers')
assert log.contains('Le programme contient des erreurs (36 erreurs, 2 avertissements dans 12 fichiers) : corrigez les lignes ci-dessus.')
assert log.contains('BUILD FAILURE')
// Nothing was baked.
assert !new File(basedir, 'target/www').exists()
assert !new File(basedir, 'target/www.tmp').exists()
return true
