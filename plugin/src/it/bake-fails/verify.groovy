// Validation passes; the bake fails, naming the content file and the template; the previous site stays.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
assert log.contains('Validation du programme : 0 erreur, 0 avertissement dans 3 fichiers') : 'validation should pass'
assert log =~ /(?m)^\[ERROR\] content\/a-propos\.md : erreur dans le gabarit page\.ftl : The following has evaluated to null or missing:$/ : 'the file is not named first on its line'
assert log.contains('La cuisson du site a échoué : 1 problème(s), voir ci-dessus.') : 'no bake failure'
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'target/www/marker.txt').getText('UTF-8') == 'site précédent' : 'the previous site was touched'
assert !new File(basedir, 'target/www/index.html').exists() : 'part of the new site was written'
assert !new File(basedir, 'target/www.tmp').exists() : 'the staging folder was left behind'
return true
