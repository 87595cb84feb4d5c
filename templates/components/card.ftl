<#ftl output_format="HTML" strip_whitespace=true>
<#-- A DSFR card whose title links to href. description: its optional text; class: classes added to the card's;
     data: its data-* attributes (name without "data-" → value). The caller's nested content fills the card's three
     parts, called once each with their name as loop variable: "start" (badges, detail), "end" (tags), "footer"
     (actions). -->
<#macro card title href headingLevel=3 description="" size="sm" class="" data={}>
  <div class="fr-card<#if size?has_content> fr-card--${size}</#if><#if class?has_content> ${class}</#if>"<#list data as name, value> data-${name}="${value}"</#list>>
    <div class="fr-card__body">
      <div class="fr-card__content">
        <h${headingLevel} class="fr-card__title"><a href="${href}">${title}</a></h${headingLevel}>
        <#if description?has_content><p class="fr-card__desc">${description}</p></#if>
        <div class="fr-card__start">
          <#nested "start">
        </div>
        <div class="fr-card__end">
          <#nested "end">
        </div>
      </div>
      <div class="fr-card__footer">
        <#nested "footer">
      </div>
    </div>
  </div>
</#macro>
