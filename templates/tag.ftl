<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page of a theme or a place (JBake renders one per tag, into themes/): its sessions, listed as on the home page. -->
<#import "/layouts/base.ftl" as layout>
<#import "/components/breadcrumb.ftl" as breadcrumb>
<#import "/programme/listing.ftl" as listing>
<#import "/programme/theme-filter.ftl" as themeFilter>
<#assign themeListing = programme.listingOf(theme)>
<@layout.page title=theme.label + " : les webinaires" description="Webinaires de la DAECT sur le thème « " + theme.label + " » : dates, horaires, inscriptions." current="programme" scripts=["js/programme.js"]>
  <@breadcrumb.breadcrumb items=[["Accueil", "index.html"], ["Programme des webinaires", "index.html#programme"], [theme.label, ""]]/>
  <h1>${theme.label}</h1>
  <p class="fr-text--lead">${themeListing.sizeLabel} au programme pour « ${theme.label} ».</p>
  <@listing.listing listing=themeListing headingLevel=2/>

  <nav class="fr-mt-4w" aria-labelledby="themes-titre">
    <@themeFilter.themeFilter themes=programme.themes current=theme.slug/>
  </nav>
  <p><a class="fr-link" href="${root}index.html#programme">Tout le programme des webinaires</a></p>
</@layout.page>
