import java.security.MessageDigest

// Each name is reported with the name to use, the build fails before the bake, and the previous site and
// calendar lock are left byte for byte.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def printed = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] .+:\d+: / }
def rule = '` ne convient pas à une adresse web (espace, accent, majuscule ou signe) ; renommez-le `'
def allowed = '` (minuscules sans accents, chiffres, et `-`, `_` ou `.` entre eux)'
assert printed == [
        '[ERROR] assets/documents/Support #1 (100%).pdf:1: erreur: le nom de fichier `Support #1 (100%).pdf' + rule + 'support-1-100.pdf' + allowed,
        '[ERROR] content/Santé mondiale.md:1: erreur: le nom de fichier `Santé mondiale.md' + rule + 'sante-mondiale.md' + allowed,
        '[ERROR] content/webinaires/Jeunesse 2021.md:1: erreur: le nom de fichier `Jeunesse 2021.md` donnerait une adresse peu sûre ' +
                '(majuscules, accents, espaces ou signes) ; renommez-le `jeunesse-2021.md` (minuscules, chiffres et tirets)']
assert log.contains('BUILD FAILURE')
assert !log.contains('Illegal character')
assert !(log =~ /programme-maven-plugin:[^:]+:bake /) // the bake never started

def fingerprint = { File file -> MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def site = new File(basedir, 'target/www')
def after = new StringBuilder()
([new File(basedir, 'programme.lock')] + site.listFiles().toList().collectMany { it.isDirectory() ? it.listFiles().toList() : [it] }).sort().each {
    after << basedir.toPath().relativize(it.toPath()).toString() << ' ' << fingerprint(it) << '\n'
}
assert after.toString() == new File(basedir, 'avant.txt').getText('UTF-8')
assert !new File(basedir, 'target/www.tmp').exists()
return true
