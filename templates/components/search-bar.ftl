<#ftl output_format="HTML" strip_whitespace=true>
<#-- The DSFR search bar, as a form sent with GET to action (its field named q). id: the field's id (unique on the page). -->
<#macro searchBar id action value="" label="Rechercher" placeholder="Rechercher un webinaire" large=false>
  <form class="fr-search-bar<#if large> fr-search-bar--lg</#if>" role="search" action="${action}" method="get" data-search-form>
    <label class="fr-label" for="${id}">${label}</label>
    <input class="fr-input" type="search" id="${id}" name="q" value="${value}" placeholder="${placeholder}" autocomplete="off">
    <button class="fr-btn" type="submit" title="${label}">${label}</button>
  </form>
</#macro>
