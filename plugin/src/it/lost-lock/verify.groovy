// CI refuses a lock that lost a published session's line, says to restore it from git, and writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
assert log.contains("programme.lock:1: erreur: programme.lock n'est pas à jour pour 1 webinaire(s)")
assert log.contains('« La santé » (content/webinaires/2021-01-13-sante.md) : nouveau webinaire, SEQUENCE ')
assert !log.contains('2020-11-18-egalite.md')
assert log.contains("Un webinaire absent de programme.lock qui avait déjà été publié veut dire que programme.lock a perdu sa ligne : "
        + "restaurez programme.lock depuis l'historique (« git checkout -- programme.lock »), puis relancez mvn package")
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat ') // no stack trace

assert new File(basedir, 'programme.lock').bytes == new File(basedir, 'committed.lock').bytes
assert !new File(basedir, 'target/www').exists()
return true
