<#ftl output_format="HTML" strip_whitespace=true>
<#-- The search page (recherche.html), where the header's search bar leads: js/search.js asks the index (Pagefind,
     built after the bake into pagefind/) only once the visitor searches. Its WebAssembly needs 'wasm-unsafe-eval',
     on this page only. Without JavaScript, the page leads to the archives and the site map. -->
<#import "/layouts/base.ftl" as layout>
<#import "/components/breadcrumb.ftl" as breadcrumb>
<#import "/components/search-bar.ftl" as search>
<@layout.page title="Rechercher un webinaire" description="Rechercher un webinaire de la DAECT par son titre, son thème ou son contenu."
    csp=form.contentSecurityPolicy?replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'") scripts=["js/search.js"]>
  <@breadcrumb.breadcrumb items=[["Accueil", "index.html"], ["Rechercher", ""]]/>
  <h1>Rechercher un webinaire</h1>
  <div class="daect-search" data-search data-search-root="${root}" data-search-index="${root}pagefind/pagefind.js">
    <@search.searchBar id="recherche" action=root + "recherche.html" large=true label="Rechercher" placeholder="Titre, thème, intervenant…"/>
    <div class="daect-search-filters fr-mt-2w" data-search-filters hidden>
      <div class="fr-select-group">
        <label class="fr-label" for="recherche-theme">Thème ou lieu</label>
        <select class="fr-select" id="recherche-theme" data-search-filter="theme"><option value="">Tous les thèmes et lieux</option></select>
      </div>
      <div class="fr-select-group">
        <label class="fr-label" for="recherche-annee">Année</label>
        <select class="fr-select" id="recherche-annee" data-search-filter="year"><option value="">Toutes les années</option></select>
      </div>
    </div>
    <p class="fr-mt-2w" role="status" data-search-status></p>
    <ol class="daect-search-results" data-search-results></ol>
    <p data-search-without-script>La recherche demande JavaScript. Tous les webinaires se retrouvent aussi dans les archives, année par année et thème par thème, et dans le plan du site.</p>
  </div>
  <nav class="fr-mt-4w" aria-labelledby="parcourir">
    <h2 id="parcourir" class="fr-h5">Parcourir le programme</h2>
    <ul>
      <li><a href="${root}${programme.archivesPath}">Archives des webinaires, année par année et thème par thème</a></li>
      <li><a href="${root}plan-du-site.html">Plan du site</a></li>
    </ul>
  </nav>
</@layout.page>
