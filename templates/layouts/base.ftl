<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page shell of every page: head, skip links, DSFR header and footer; the page's content is nested. -->
<#import "/components/header.ftl" as h>
<#import "/components/footer.ftl" as f>
<#import "/programme/calendar.ftl" as cal>
<#-- JBake's data model throws and catches an exception for each variable read from it that is not one of its own
     (a tenth of the bake's time): the variables every page reads are read from it once here, for the whole page. -->
<#global root = root path = path programme = programme settings = settings form = form content = content organisation = organisation fragments = fragments>

<#macro page title description=settings.site_description current="" head="" csp=form.contentSecurityPolicy scripts=[]>
<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <#-- Right after the charset, before anything the page loads, so that it governs all of it. Every page has one. -->
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} — ${settings.site_name}</title>
  <meta name="description" content="${description}">
  <#if path?has_content>
  <#assign canonical = settings.site_host + (path == "index.html")?then("", path)>
  <link rel="canonical" href="${canonical}">
  <meta property="og:url" content="${canonical}">
  </#if>
  <meta property="og:type" content="website">
  <meta property="og:locale" content="fr_FR">
  <meta property="og:site_name" content="${settings.site_name}">
  <meta property="og:title" content="${title}">
  <meta property="og:description" content="${description}">
  <link rel="alternate" type="application/atom+xml" title="Nouveaux webinaires (flux Atom)" href="${root}webinaires.atom">
  <link rel="icon" href="${root}dsfr/favicon/favicon.svg" type="image/svg+xml">
  <link rel="icon" href="${root}dsfr/favicon/favicon.ico" sizes="any">
  <link rel="apple-touch-icon" href="${root}dsfr/favicon/apple-touch-icon.png">
  <link rel="manifest" href="${root}dsfr/favicon/manifest.webmanifest" crossorigin="use-credentials">
  <link rel="preload" href="${root}fonts/marianne-regular.woff2" as="font" type="font/woff2" crossorigin>
  <#-- The pages of each kind have their own DSFR stylesheet, pruned by the bake to the rules they use. -->
  <link rel="stylesheet" href="${root}dsfr/dsfr-${(content.type)!"page"}.min.css">
  <link rel="stylesheet" href="${root}css/site.css">
  <#if head?has_content>${head?no_esc}</#if>
  <#-- The header's menu on small screens; the DSFR's own scripts would weigh 21 KB compressed for this alone. -->
  <script defer src="${root}js/menu.js"></script>
  <#list scripts as script><script defer src="${root}${script}"></script></#list>
</head>
<body>
  <div class="fr-skiplinks">
    <nav class="fr-container" aria-label="Accès rapide">
      <ul class="fr-skiplinks__list">
        <li><a class="fr-link" href="#contenu">Contenu</a></li>
        <li><a class="fr-link" href="#navigation-principale">Menu</a></li>
        <li><a class="fr-link" href="#pied-de-page">Pied de page</a></li>
      </ul>
    </nav>
  </div>
  <@h.header current=current siteName=settings.site_name searchAction=root + "recherche.html"/>
  <main id="contenu" tabindex="-1">
    <div class="fr-container fr-my-6w">
      <#nested>
    </div>
  </main>
  <@f.footer>
          <li class="fr-footer__bottom-item"><@cal.footerLink/></li>
  </@f.footer>
</body>
</html>
</#macro>
