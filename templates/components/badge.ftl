<#ftl output_format="HTML" strip_whitespace=true>
<#-- A DSFR badge, written inline (nothing around it). type: success, error, info, warning, new or none; element: p,
     or span inside a sentence. -->
<#macro badge label type="" size="sm" icon=true class="" element="p">
  <${element} class="fr-badge<#if size?has_content> fr-badge--${size}</#if><#if type?has_content> fr-badge--${type}</#if><#if !icon> fr-badge--no-icon</#if><#if class?has_content> ${class}</#if>">${label}</${element}><#t>
</#macro>
