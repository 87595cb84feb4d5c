<#ftl output_format="HTML" strip_whitespace=true>
<#-- The DSFR download link: the file's title, then its format and size (« PDF – 12 Ko ») in the link's detail. -->
<#macro download href title detail="">
  <a class="fr-link fr-link--download" href="${href}" download>${title}<#if detail?has_content> <span class="fr-link__detail">${detail}</span></#if></a>
</#macro>
