<#ftl output_format="HTML" strip_whitespace=true>
<#-- A link when href is given, the plain text otherwise (for addresses a setting may leave empty). -->
<#macro optionalLink href label>
  <#if href?has_content><a href="${href}">${label}</a><#else>${label}</#if>
</#macro>
