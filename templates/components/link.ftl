<#ftl output_format="HTML" strip_whitespace=true>
<#-- A link when href is given, the plain text otherwise (for addresses a setting may leave empty). -->
<#macro optionalLink href label>
  <#if href?has_content><a href="${href}">${label}</a><#else>${label}</#if>
</#macro>

<#-- An e-mail address as a link that never breaks inside a word on a phone: it may wrap only before the « @ ». -->
<#macro email address>
  <#local at = address?index_of("@")>
  <a class="daect-email" href="mailto:${address}"><#if at gt 0><span>${address?substring(0, at)}</span><wbr><span>${address?substring(at)}</span><#else>${address}</#if></a><#t>
</#macro>
