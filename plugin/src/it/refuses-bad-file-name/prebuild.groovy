import java.security.MessageDigest

// The site and the calendar lock of a previous successful build.
def site = new File(basedir, 'target/www')
new File(site, 'webinaires').mkdirs()
new File(site, 'index.html').setText('<h1>Ancien programme</h1>', 'UTF-8')
new File(site, 'webinaires/2021-01-13-sante.html').setText('<h1>La santé</h1>', 'UTF-8')
new File(basedir, 'programme.lock').setText('# Verrou des calendriers\n'
        + 'd3c6c4f3-578d-4e94-bfef-da0ea20b46ff 0 2026-11-27T05:23:04Z ' + ('ab' * 32) + ' 2021-01-13-sante\n', 'UTF-8')

// Names an editor may give: a page and a session with accents and spaces (JBake fails on them:
// "Illegal character in path"), a document with signs in assets/.
new File(basedir, 'content/Santé mondiale.md').setText('title=Santé mondiale\ntype=page\nstatus=published\n~~~~~~\nTexte.\n', 'UTF-8')
new File(basedir, 'content/webinaires/Jeunesse 2021.md').setText(new File(basedir, 'content/webinaires/2021-01-13-sante.md').getText('UTF-8')
        .replace('2021-01-13', '2021-02-03').replace('d3c6c4f3-578d-4e94-bfef-da0ea20b46ff', 'a6163231-16b0-4e55-a802-72e8c9341c3a'), 'UTF-8')
new File(basedir, 'assets/documents').mkdirs()
new File(basedir, 'assets/documents/Support #1 (100%).pdf').setText('pdf', 'UTF-8')

def fingerprint = { File file -> MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def before = new StringBuilder()
([new File(basedir, 'programme.lock')] + site.listFiles().toList().collectMany { it.isDirectory() ? it.listFiles().toList() : [it] }).sort().each {
    before << basedir.toPath().relativize(it.toPath()).toString() << ' ' << fingerprint(it) << '\n'
}
new File(basedir, 'avant.txt').setText(before.toString(), 'UTF-8')
return true
