// The site of a previous successful build.
def site = new File(basedir, 'target/www')
site.mkdirs()
new File(site, 'marker.txt').setText('site précédent', 'UTF-8')
return true
