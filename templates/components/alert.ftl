<#ftl output_format="HTML" strip_whitespace=true>
<#-- A DSFR alert (type: success, error, info, warning), with its title and nested description. -->
<#macro alert type title headingLevel=2 id="">
  <div class="fr-alert fr-alert--${type}"<#if id?has_content> id="${id}"</#if> tabindex="-1">
    <h${headingLevel} class="fr-alert__title">${title}</h${headingLevel}>
    <#nested>
  </div>
</#macro>
