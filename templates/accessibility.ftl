<#ftl output_format="HTML" strip_whitespace=true>
<#import "/layouts/base.ftl" as layout>
<#import "/legal/fact.ftl" as fact>
<#-- The accessibility statement: the text of content/accessibilite.md, then its date, which the DAECT confirms in
     the settings (accessibility.declaration.date, see LegalFacts). -->
<@layout.page title=content.title description=(content.description!settings.site_description)>
  <h1>${content.title}</h1>
  <div class="daect-body">
    ${content.body?no_esc}
    <h2 id="etablissement">Établissement de cette déclaration</h2>
    <p>Cette déclaration a été établie le <#if legal.declarationDate?has_content><time datetime="${legal.declarationIsoDate}">${legal.declarationDate}</time><#else><@fact.fact ""/></#if>. Elle décrit l'état du site au moment de sa publication ; elle sera mise à jour après l'audit.</p>
  </div>
</@layout.page>
