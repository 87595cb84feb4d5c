<#ftl output_format="HTML" strip_whitespace=true>
<#-- A DSFR callout; its text is nested. Given a headingLevel, it is a region (section) named by its title, a heading
     with that id, and its text sits on lines of its own; otherwise a plain box whose optional title is a paragraph.
     The text's wrapper is a plain div: the DSFR's fr-callout__text (1.125rem) is meant for one paragraph, and around
     paragraphs (1rem, the DSFR's p) it made a list beside them larger than they are. -->
<#macro callout title="" headingLevel=0 id="" class="">
  <#local region = headingLevel gt 0>
  <#local element = region?then("section", "div")>
  <${element} class="fr-callout<#if class?has_content> ${class}</#if>"<#if region> aria-labelledby="${id}"</#if>>
    <#if region><h${headingLevel} id="${id}" class="fr-callout__title">${title}</h${headingLevel}><#elseif title?has_content><p class="fr-callout__title">${title}</p></#if>
  <#if region>
    <div>
      <#nested>
    </div>
  <#else>
    <div><#nested></div>
  </#if>
  </${element}>
</#macro>
