<#ftl output_format="HTML" strip_whitespace=true>
<#import "/layouts/base.ftl" as layout>
<#import "/components/breadcrumb.ftl" as breadcrumb>
<#import "/components/link.ftl" as link>
<@layout.page title=content.title description=(content.description!settings.site_description) current="guide">
  <@breadcrumb.breadcrumb items=[["Accueil", "index.html"], [content.title, ""]]/>
  <h1>${content.title}</h1>
  <div class="daect-body">${content.body?no_esc}</div>
  <p class="daect-download">Télécharger <@link.optionalLink href=(settings.link_guide_pdf!"") label="le guide opérationnel de la coopération décentralisée"/> (PDF)</p>
</@layout.page>
