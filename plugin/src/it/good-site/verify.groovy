// A correct project validates without a word, then bakes every page.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
assert log.contains('Validation du programme : 0 erreur, 0 avertissement dans 3 fichiers')
assert log.contains('BUILD SUCCESS')
// The bake goal takes up what the validate goal read and validated, instead of doing it again.
assert log.contains("[INFO] Les 3 fichiers vérifiés à l'étape précédente n'ont pas changé : ils ne sont pas relus.")
// What was built, in words an editor reads (the time of each step is for mvn -X).
assert log =~ /\[INFO\] Site construit dans target\/www : \d+ pages HTML, .* en \d+,\d s\n/
assert !log.contains(' ms (JBake : ')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] content\//)
// Nothing of the libraries' own chatter: JBake's database starts on a thread of its own, before the bake, and stays quiet.
assert !log.contains('OrientDB') && !log.contains('OLogManager') : 'OrientDB logged into the build log'

def site = new File(basedir, 'target/www')
['index.html', 'webinaires/2021-01-13-sante.html', 'webinaires/2020-11-18-egalite.html', '404.html', 'css/site.css', 'docs/programme.pdf'].each {
    assert new File(site, it).isFile() : "missing from the site: $it"
}
// The file written with a BOM and CRLF line ends is read like any other: title intact, no stray BOM.
def egalite = new File(site, 'webinaires/2020-11-18-egalite.html').getText('UTF-8')
assert egalite.contains('<h1>Légalité femmes-hommes</h1>')
assert !egalite.contains('\uFEFF')
assert new File(site, 'index.html').getText('UTF-8').contains('webinaires/2020-11-18-egalite.html')
return true
