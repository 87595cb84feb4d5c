<#ftl output_format="HTML" strip_whitespace=true>
<#-- The DSFR pagination. pages: hashes {number, href, current}, a gap ("…") being one with number 0; first, previous,
     next, last: addresses, empty where there is none (on the first or last page: shown disabled, as the DSFR does). -->
<#macro pagination pages first previous next last label="Pagination">
  <nav class="fr-pagination fr-mt-4w" aria-label="${label}">
    <ul class="fr-pagination__list">
      <li><@edge href=first class="fr-pagination__link--first" text="Première page"/></li>
      <li><@edge href=previous class="fr-pagination__link--prev fr-pagination__link--lg-label" text="Page précédente" rel="prev"/></li>
      <#list pages as page>
        <#if page.number == 0>
          <li><span class="fr-pagination__link">…</span></li>
        <#elseif page.current>
          <li><a class="fr-pagination__link" aria-current="page" title="Page ${page.number?c}">${page.number?c}</a></li>
        <#else>
          <li><a class="fr-pagination__link" href="${page.href}" title="Page ${page.number?c}">${page.number?c}</a></li>
        </#if>
      </#list>
      <li><@edge href=next class="fr-pagination__link--next fr-pagination__link--lg-label" text="Page suivante" rel="next"/></li>
      <li><@edge href=last class="fr-pagination__link--last" text="Dernière page"/></li>
    </ul>
  </nav>
</#macro>

<#macro edge href class text rel="">
  <#if href?has_content><a class="fr-pagination__link ${class}" href="${href}"<#if rel?has_content> rel="${rel}"</#if>>${text}</a><#else><a class="fr-pagination__link ${class}" aria-disabled="true" role="link">${text}</a></#if><#t>
</#macro>
