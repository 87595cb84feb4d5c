<#ftl output_format="HTML" strip_whitespace=true>
<#import "/components/badge.ftl" as b>

<#-- A fact of the legal pages (see LegalFacts): its value, or the mark « à confirmer par la DAECT » while its
     setting is empty; a production build refuses to publish it so. -->
<#macro fact value>
  <#if value?has_content>${value}<#else><@b.badge label="à confirmer par la DAECT" type="warning" icon=false class="daect-to-confirm" element="span"/></#if><#t>
</#macro>
