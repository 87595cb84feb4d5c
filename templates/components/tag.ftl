<#ftl output_format="HTML" strip_whitespace=true>
<#-- A DSFR tag group: a list named by label (aria-label) or by the element labelledBy names; its tags are nested
     (@tag). size: "sm" for small tags, empty for the default. -->
<#macro group size="" label="" labelledBy="">
    <ul class="fr-tags-group<#if size?has_content> fr-tags-group--${size}</#if>"<#if label?has_content> aria-label="${label}"</#if><#if labelledBy?has_content> aria-labelledby="${labelledBy}"</#if>>
      <#nested>
    </ul>
</#macro>

<#-- One tag of a group, a link; data: its data-* attributes (name without "data-" → value); current: the page it
     leads to is this one. -->
<#macro tag label href size="" data={} current=false>
        <li><a class="fr-tag<#if size?has_content> fr-tag--${size}</#if>" href="${href}"<#list data as name, value> data-${name}="${value}"</#list><#if current> aria-current="page"</#if>>${label}</a></li>
</#macro>
