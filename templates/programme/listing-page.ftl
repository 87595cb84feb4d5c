<#ftl output_format="HTML" strip_whitespace=true>
<#import "/components/pagination.ftl" as p>
<#import "listing.ftl" as listing>

<#-- One page of a paginated listing (a theme's or a year's sessions): its sessions, listed as on the home page, then
     the DSFR pagination when the listing has several pages (announceNone: as for listing.ftl). -->
<#macro listingPage page headingLevel=2 announceNone=true>
  <#if page.rangeLabel?has_content><p class="fr-text--sm">${page.rangeLabel?cap_first}</p></#if>
  <@listing.listing listing=page.listing headingLevel=headingLevel announceNone=announceNone/>
  <#local pagination = page.pagination>
  <#if pagination.shown>
    <#local pages = []>
    <#list pagination.links as link>
      <#local pages = pages + [{"number": link.number, "href": link.gap?then("", root + link.path), "current": link.current}]>
    </#list>
    <@p.pagination pages=pages first=(pagination.number > 1)?then(root + pagination.first, "")
        previous=pagination.previous?has_content?then(root + pagination.previous, "")
        next=pagination.next?has_content?then(root + pagination.next, "")
        last=(pagination.number < pagination.count)?then(root + pagination.last, "")/>
  </#if>
</#macro>

<#-- The head's links to the previous and next pages of the listing. -->
<#macro headLinks page>
  <#if page.pagination.previous?has_content><link rel="prev" href="${root}${page.pagination.previous}"></#if>
  <#if page.pagination.next?has_content><link rel="next" href="${root}${page.pagination.next}"></#if>
</#macro>

<#-- " — page 2" after the title of a page after the first. -->
<#function pageSuffix page>
  <#return (page.pagination.number > 1)?then(" — page " + page.pagination.number?c, "")>
</#function>
