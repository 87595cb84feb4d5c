// Two builds of one project, one log: warnings pass, then fail with -Dprogramme.failOnWarning=true.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def warnings = [
    '[WARNING] content/webinaires/2021-01-13-sante.md:6: avertissement: la session dure 9 h 30, plus de 8 heures (`start=08:00`, `end=17:30`) ; vérifiez `start` et `end`',
    '[WARNING] content/webinaires/2021-01-13-sante.md:9: avertissement: lien non chiffré `http://www.who.int/fr` ; utilisez `https://www.who.int/fr` si ce site le permet',
]
def printed = log.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\d+: / }
assert printed == warnings + warnings : "warnings differ:\n" + printed.join("\n")
assert log.count('Validation du programme : 0 erreur, 2 avertissements dans 1 fichier') == 2
assert log.contains('BUILD SUCCESS')
assert log.contains('BUILD FAILURE')
assert log.contains('Le programme contient des avertissements, bloquants avec -Dprogramme.failOnWarning=true (0 erreur, 2 avertissements dans 1 fichier) : corrigez les lignes ci-dessus.')
return true
