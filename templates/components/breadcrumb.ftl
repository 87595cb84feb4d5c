<#ftl output_format="HTML" strip_whitespace=true>
<#-- The DSFR breadcrumb; items are [label, href] pairs, the current page last without href (a span, not the DSFR's
     link without href, which search engines count as a link they cannot follow). js/menu.js unfolds it on small screens. -->
<#macro breadcrumb items>
  <nav class="fr-breadcrumb" aria-label="vous êtes ici :">
    <button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="fil-ariane">Voir le fil d'Ariane</button>
    <div class="fr-collapse" id="fil-ariane">
      <ol class="fr-breadcrumb__list">
        <#list items as item>
          <li><#if item?has_next><a class="fr-breadcrumb__link" href="${root}${item[1]}">${item[0]}</a><#else><span class="fr-breadcrumb__link" aria-current="page">${item[0]}</span></#if></li>
        </#list>
      </ol>
    </div>
  </nav>
</#macro>
