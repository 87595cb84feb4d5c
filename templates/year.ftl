<#ftl output_format="HTML" strip_whitespace=true>
<#-- A year of the archives (archives/<year>.html, then archives/<year>/page-<n>.html): its sessions, listed as on the
     home page, a page at a time; the script marks each one past once it is over. -->
<#import "/layouts/base.ftl" as layout>
<#import "/components/breadcrumb.ftl" as breadcrumb>
<#import "/programme/listing-page.ftl" as lp>
<#assign page = listingPage>
<#assign suffix = lp.pageSuffix(page)>
<#assign links><@lp.headLinks page/></#assign>
<@layout.page title="Les webinaires de " + year?c + suffix description="Les webinaires de la DAECT en " + year?c + " : dates, thèmes, replays et documents." + suffix current="programme" head=links scripts=["js/programme.js"]>
  <@breadcrumb.breadcrumb items=[["Accueil", "index.html"], ["Archives", programme.archivesPath], [year?c + suffix, ""]]/>
  <h1>Les webinaires de ${year?c}</h1>
  <p class="fr-text--lead">${page.totalLabel} en ${year?c}.</p>
  <@lp.listingPage page=page headingLevel=2 announceNone=false/>
  <p class="fr-mt-4w"><a class="fr-link" href="${root}${programme.archivesPath}">Toutes les années et tous les thèmes</a></p>
</@layout.page>
