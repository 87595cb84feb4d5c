// Each of these once broke the Atom feed, the calendars or the build itself without naming the file: now each is
// reported with its file and line, in French, and the build fails before anything is baked, without a stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def expected = '''
[ERROR] content/index.md:7: erreur: cette ligne imbrique 1000 niveaux de citation (`>`) ou de liste, plus que les 20 permis ; réduisez l'imbrication
[ERROR] content/webinaires/1900-01-01-ancien.md:4: erreur: `date=1900-01-01` est hors des dates acceptées, du 2000-01-01 au 2099-12-31 ; vérifiez l'année
[ERROR] content/webinaires/2021-03-28-heure-ete.md:1: erreur: caractère invisible `U+000B` « tabulation verticale » dans la valeur de `title`, interdit dans un en-tête ; supprimez-le ou remplacez-le par une espace (il vient souvent d'un copier-coller depuis un traitement de texte)
[ERROR] content/webinaires/2021-03-28-heure-ete.md:5: erreur: `start=02:30` n'existe pas le 2021-03-28 dans le fuseau `Europe/Paris` : les horloges passent de 02:00 à 03:00 cette nuit-là ; choisissez une heure avant 02:00 ou à partir de 03:00
[ERROR] content/webinaires/2021-03-28-heure-ete.md:9: erreur: caractère invisible `U+0000` « caractère nul » dans le texte, interdit ; supprimez-le ou remplacez-le par une espace (il vient souvent d'un copier-coller depuis un traitement de texte)
[ERROR] jbake.properties:4: erreur: `contact.secretariat` : caractère invisible `U+000A` « saut de ligne » dans la valeur, interdit ; écrivez la valeur sur une seule ligne, sans `\\n`, `\\t` ni caractère de contrôle
'''.strip().readLines()

def printed = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+: / }
if (printed != expected) {
    println "Diagnostics printed:\n" + printed.join('\n')
}
assert printed == expected : "diagnostics differ (printed above)"
assert log.contains('BUILD FAILURE')
assert !log.contains('StackOverflowError')
assert !log.contains('\tat ') : 'no Java stack trace'
assert !new File(basedir, 'target/www').exists()
return true
