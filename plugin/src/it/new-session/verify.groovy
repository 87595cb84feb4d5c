// Four builds, one log: a new file, a refused overwrite, refused arguments, then a clean validation.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def sessions = new File(basedir, 'content/webinaires')
def files = sessions.list().sort()
assert files == ['2021-03-10-sante-mondiale-l-action-des-collectivites.md'] : "written: " + files
def text = new File(sessions, files[0]).getText('UTF-8')
def header = text.substring(0, text.indexOf('~~~~~~')).readLines()
assert header[0..5] == ["title=Santé mondiale : l'action des collectivités", 'type=session', 'status=published',
                        'date=2021-03-10', 'start=10:00', 'end=12:30']
assert header[6] ==~ /uid=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/
assert header[7] == 'tags=sante'
assert text.contains('<!--') && text.contains('-->')

assert log.contains('[INFO] Nouveau webinaire écrit dans content/webinaires/2021-03-10-sante-mondiale-l-action-des-collectivites.md')
assert log.contains('[ERROR] content/webinaires/2021-03-10-sante-mondiale-l-action-des-collectivites.md existe déjà : il n\'est pas remplacé.')
def refused = log.readLines().findAll { it.startsWith('[ERROR] -D') }
assert refused == [
    '[ERROR] -Ddate=10/03/2021 : la date s\'écrit AAAA-MM-JJ et doit exister, par exemple -Ddate=2021-03-10',
    '[ERROR] -Dend=9:30 : l\'heure s\'écrit HH:mm sur 24 heures, par exemple -Dend=12:30',
] : refused.join("\n")
assert log.contains('Validation du programme : 0 erreur, 0 avertissement dans 2 fichiers')
return true
