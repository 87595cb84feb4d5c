<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<@layout.page title=content.title description=(content.description!settings.site_description) current="guide">
  <@c.breadcrumb items=[["Accueil", "index.html"], [content.title, ""]]/>
  <h1>${content.title}</h1>
  <div class="daect-body">${content.body?no_esc}</div>
  <p class="daect-download">Télécharger <@c.optionalLink href=(settings.link_guide_pdf!"") label="le guide opérationnel de la coopération décentralisée"/> (PDF)</p>
</@layout.page>
