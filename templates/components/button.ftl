<#ftl output_format="HTML" strip_whitespace=true>
<#-- A DSFR button that is a link. kind: "" (primary), "secondary" or "tertiary"; size: "", "sm" or "lg"; label: the
     visible text; srLabel: words added for screen readers only (which session, where the link leads). -->
<#macro linkButton href label kind="" size="" srLabel="" class="">
  <a class="fr-btn<#if kind?has_content> fr-btn--${kind}</#if><#if size?has_content> fr-btn--${size}</#if><#if class?has_content> ${class}</#if>" href="${href}">${label}<#if srLabel?has_content><span class="fr-sr-only">${srLabel}</span></#if></a>
</#macro>
