// Two production builds of the same project, logged one after the other in build.log.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def refused = log.substring(0, log.indexOf('BUILD FAILURE'))
def published = log.substring(log.indexOf('BUILD FAILURE'))

// 1. As shipped: the example host and each unconfirmed fact, named with its line and what to set.
def expected = '''
[ERROR] jbake.properties:2: erreur: `site.host=https://example.org/webinaires/` est une adresse d'exemple : le site publié l'écrirait dans les calendriers, l'abonnement `webcal://`, les adresses canoniques et le retour du formulaire d'inscription ; donnez l'adresse réelle du site publié dans jbake.properties ou sur la ligne de commande : `mvn package -Pproduction -Dsite.host=https://…/`
[ERROR] jbake.properties:6: erreur: form.action est vide : une construction de production exige l'adresse https du service de formulaire (par exemple https://formspree.io/f/…) ; sans elle, les inscriptions seraient envoyées à la réception locale de l'aperçu, qui n'existe pas sur le site publié
[ERROR] jbake.properties:7: erreur: `legal.director` est vide : une construction de production exige le nom du directeur ou de la directrice de la publication, affiché dans les mentions légales ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties (`legal.director=Prénom Nom, fonction`) ou sur la ligne de commande (`-Dlegal.director=…`)
[ERROR] jbake.properties:8: erreur: `legal.host` est vide : une construction de production exige le nom et l'adresse de l'hébergeur du site, affichés dans les mentions légales ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties (`legal.host=Nom de l'hébergeur, adresse postale`) ou sur la ligne de commande (`-Dlegal.host=…`)
[ERROR] jbake.properties:9: erreur: `privacy.dpo` est vide : une construction de production exige le moyen de joindre le délégué à la protection des données (adresse électronique ou postale), affiché sur la page Données personnelles ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties (`privacy.dpo=adresse électronique ou postale du délégué`) ou sur la ligne de commande (`-Dprivacy.dpo=…`)
[ERROR] jbake.properties:10: erreur: `privacy.legal.basis` est vide : une construction de production exige la base légale du traitement des inscriptions, affichée sur la page Données personnelles ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties (`privacy.legal.basis=le consentement des personnes inscrites (article 6.1.a du RGPD)`) ou sur la ligne de commande (`-Dprivacy.legal.basis=…`)
[ERROR] jbake.properties:11: erreur: `privacy.retention.months` est vide : une construction de production exige la durée maximale de conservation des données des inscrits, en mois, affichée sur la page Données personnelles ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties (`privacy.retention.months=12`) ou sur la ligne de commande (`-Dprivacy.retention.months=…`)
[ERROR] jbake.properties:12: erreur: `accessibility.declaration.date` est vide : une construction de production exige la date de la déclaration d'accessibilité (AAAA-MM-JJ), affichée sur la page Accessibilité ; une fois l'information confirmée par la DAECT, écrivez-la dans jbake.properties (`accessibility.declaration.date=2021-03-10`) ou sur la ligne de commande (`-Daccessibility.declaration.date=…`)
'''.strip().readLines()
def printed = refused.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+: / }
if (printed != expected) {
    println "Diagnostics printed:\n" + printed.join('\n')
}
assert printed == expected : "diagnostics differ (printed above)"
assert !refused.contains('Site construit dans')

// 2. With the deploy job's settings: baked, then checked in the same package phase, before anything is shipped.
assert published.contains('BUILD SUCCESS')
def bake = published.indexOf('Site construit dans')
def check = published.indexOf('Contrôle du site : 0 problème(s)')
assert bake > 0 && check > bake : "the check runs after the bake, in mvn package -Pproduction"
def site = new File(basedir, 'target/www')
def legal = new File(site, 'mentions-legales.html').getText('UTF-8')
assert legal.contains("Directeur ou directrice de la publication : Jeanne Martin, déléguée pour l&#39;action extérieure des collectivités territoriales")
assert new File(site, 'index.html').getText('UTF-8').contains('<p class="abonnement">https://webinaires.diplomatie.gouv.fr/programme.ics</p>')
assert new File(site, 'programme.ics').getText('UTF-8').contains('https://webinaires.diplomatie.gouv.fr/webinaires/2021-01-13-sante.html')
return true
