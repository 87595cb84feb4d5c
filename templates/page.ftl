<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=content.title description=(content.description!settings.site_description)>
  <h1>${content.title}</h1>
  ${content.body?no_esc}
</@layout.page>
