<#ftl output_format="HTML" strip_whitespace=true>
<#import "/layouts/base.ftl" as layout>
<#import "/legal/fact.ftl" as fact>
<#-- The mentions légales: the text of content/mentions-legales.md, then the publication's director and the host,
     which the DAECT confirms in the settings (see LegalFacts). -->
<@layout.page title=content.title description=(content.description!settings.site_description)>
  <h1>${content.title}</h1>
  <div class="daect-body">
    ${content.body?no_esc}
    <h2 id="publication">Direction de la publication</h2>
    <p>Directeur ou directrice de la publication : <@fact.fact legal.director/>.</p>
    <h2 id="hebergement">Hébergement</h2>
    <p>Ce site est hébergé par : <@fact.fact legal.host/>.</p>
  </div>
</@layout.page>
