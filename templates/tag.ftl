<#ftl output_format="HTML" strip_whitespace=true>
<#-- The page of a theme or a place (JBake renders one per tag, into themes/): its sessions, listed as on the home page. -->
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<#assign listing = programme.listingOf(theme)>
<@layout.page title=theme.label + " : les webinaires" description="Webinaires de la DAECT sur le thème « " + theme.label + " » : dates, horaires, inscriptions." current="programme" scripts=["js/programme.js"]>
  <@c.breadcrumb items=[["Accueil", "index.html"], ["Programme des webinaires", "index.html#programme"], [theme.label, ""]]/>
  <h1>${theme.label}</h1>
  <p class="fr-text--lead">${listing.sizeLabel} au programme pour « ${theme.label} ».</p>
  <@c.listing listing=listing headingLevel=2/>

  <nav class="fr-mt-4w" aria-labelledby="themes-titre">
    <@c.themeFilter themes=programme.themes current=theme.slug/>
  </nav>
  <p><a class="fr-link" href="${root}index.html#programme">Tout le programme des webinaires</a></p>
</@layout.page>
