<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page of a theme or a place (JBake renders one per tag, into themes/; the bake renders its next pages, as
     themes/<tag>/page-<n>.html): its sessions, listed as on the home page, a page at a time. -->
<#import "/layouts/base.ftl" as layout>
<#import "/components/breadcrumb.ftl" as breadcrumb>
<#import "/programme/listing-page.ftl" as lp>
<#import "/programme/theme-filter.ftl" as themeFilter>
<#assign page = listingPage>
<#assign suffix = lp.pageSuffix(page)>
<#assign links><@lp.headLinks page/></#assign>
<@layout.page title=theme.label + " : les webinaires" + suffix description="Webinaires de la DAECT sur le thème « " + theme.label + " » : dates, horaires, inscriptions." + suffix current="programme" head=links scripts=["js/programme.js"]>
  <@breadcrumb.breadcrumb items=[["Accueil", "index.html"], ["Archives", programme.archivesPath], [theme.label + suffix, ""]]/>
  <h1>${theme.label}</h1>
  <p class="fr-text--lead">${page.totalLabel} au programme pour « ${theme.label} ».</p>
  <@lp.listingPage page=page headingLevel=2/>

  <nav class="fr-mt-4w" aria-labelledby="themes-titre">
    <@themeFilter.themeFilter themes=programme.themes current=theme.slug/>
  </nav>
  <p><a class="fr-link" href="${root}index.html#programme">Tout le programme des webinaires</a></p>
</@layout.page>
