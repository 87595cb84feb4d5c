import java.nio.file.Files
import java.security.MessageDigest

// The site and the calendar lock of a previous successful build.
def site = new File(basedir, 'target/www')
new File(site, 'webinaires').mkdirs()
new File(site, 'index.html').setText('<h1>Ancien programme</h1>', 'UTF-8')
new File(site, 'webinaires/2021-01-13-sante.html').setText('<h1>La santé</h1>', 'UTF-8')
new File(basedir, 'programme.lock').setText('# Verrou des calendriers\n'
        + 'd3c6c4f3-578d-4e94-bfef-da0ea20b46ff 0 2026-11-27T05:23:04Z ' + ('ab' * 32) + ' 2021-01-13-sante\n', 'UTF-8')

// What must never be published: a file and a folder outside the project, reached by links.
def outside = new File(basedir.parentFile, 'refuses-symlink-dehors')
new File(outside, 'dossier').mkdirs()
new File(outside, 'secret.txt').setText('SECRET-HORS-DU-DEPOT', 'UTF-8')
new File(outside, 'dossier/motdepasse.txt').setText('SECRET-HORS-DU-DEPOT', 'UTF-8')
new File(basedir, 'assets').mkdirs()
Files.createSymbolicLink(new File(basedir, 'content/webinaires/notes.md').toPath(), new File(outside, 'secret.txt').toPath())
Files.createSymbolicLink(new File(basedir, 'assets/documents').toPath(), new File(outside, 'dossier').toPath())
Files.createSymbolicLink(new File(basedir, 'assets/image.png').toPath(), new File('../../refuses-symlink-dehors/secret.txt').toPath())

// The bytes of every file the failed build must leave alone.
def fingerprint = { File file -> MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def before = new StringBuilder()
([new File(basedir, 'programme.lock')] + site.listFiles().toList().collectMany { it.isDirectory() ? it.listFiles().toList() : [it] }).sort().each {
    before << basedir.toPath().relativize(it.toPath()).toString() << ' ' << fingerprint(it) << '\n'
}
new File(basedir, 'avant.txt').setText(before.toString(), 'UTF-8')
return true
