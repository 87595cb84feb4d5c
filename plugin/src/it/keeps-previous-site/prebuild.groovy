// The site of a previous successful build, which visitors may be reading from this folder.
def site = new File(basedir, 'target/www')
new File(site, 'webinaires').mkdirs()
new File(site, 'marker.txt').setText('site précédent', 'UTF-8')
new File(site, 'index.html').setText('<h1>Ancien programme</h1>', 'UTF-8')
return true
