// The mistake is reported, the build fails, and the previous site is left exactly as it was.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def printed = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+: / }
assert printed == ['[ERROR] content/webinaires/2021-01-13-sante.md:8: erreur: `eventStatus=canceled` : valeur inconnue ; vouliez-vous dire `cancelled` ?']
assert log.contains('Validation du programme : 1 erreur, 0 avertissement dans 2 fichiers')
assert log.contains('BUILD FAILURE')
assert !(log =~ /programme-maven-plugin:[^:]+:bake /) // the bake never started

def site = new File(basedir, 'target/www')
assert new File(site, 'marker.txt').getText('UTF-8') == 'site précédent'
assert new File(site, 'index.html').getText('UTF-8') == '<h1>Ancien programme</h1>'
assert site.list().sort() == ['index.html', 'marker.txt', 'webinaires']
assert !new File(basedir, 'target/www.tmp').exists()
return true
