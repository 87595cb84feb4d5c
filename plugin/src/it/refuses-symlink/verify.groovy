import java.security.MessageDigest

// Each link is reported, the build fails before the bake, nothing of the targets is published, and the
// previous site and calendar lock are left byte for byte.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def printed = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+: / }
def outside = new File(basedir.parentFile, 'refuses-symlink-dehors')
def what = '`) : le site ne publie rien à travers un lien, qui pourrait montrer un fichier hors du dépôt ; ' +
        'remplacez le lien par le fichier (ou le dossier) lui-même, copié dans le dépôt, ou supprimez-le'
assert printed == [
        "[ERROR] assets/documents:1: erreur: c'est un lien symbolique (vers `" + new File(outside, 'dossier').path + what,
        "[ERROR] assets/image.png:1: erreur: c'est un lien symbolique (vers `../../refuses-symlink-dehors/secret.txt" + what,
        "[ERROR] content/webinaires/notes.md:1: erreur: c'est un lien symbolique (vers `" + new File(outside, 'secret.txt').path + what]
assert log.contains('BUILD FAILURE')
assert !(log =~ /programme-maven-plugin:[^:]+:bake /) // the bake never started

def fingerprint = { File file -> MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def site = new File(basedir, 'target/www')
def after = new StringBuilder()
([new File(basedir, 'programme.lock')] + site.listFiles().toList().collectMany { it.isDirectory() ? it.listFiles().toList() : [it] }).sort().each {
    after << basedir.toPath().relativize(it.toPath()).toString() << ' ' << fingerprint(it) << '\n'
}
assert after.toString() == new File(basedir, 'avant.txt').getText('UTF-8')
assert !new File(basedir, 'target/www.tmp').exists()
new File(basedir, 'target').eachFileRecurse { file ->
    assert !file.name.endsWith('.zip')
    assert !(file.isFile() && file.getText('UTF-8').contains('SECRET-HORS-DU-DEPOT')) : file
}
return true
