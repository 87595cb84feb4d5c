<#ftl output_format="HTML" strip_whitespace=true>
<#import "/layouts/base.ftl" as layout>
<@layout.page title=content.title description=(content.description!settings.site_description)>
  <h1>${content.title}</h1>
  <div class="daect-body">${content.body?no_esc}</div>
</@layout.page>
