<#ftl output_format="HTML" strip_whitespace=true>
<#-- The DSFR header: the Marianne block, the service's name (linking to the home page), the search bar (sent to
     searchAction; on small screens, behind its button, as the DSFR's modal) and the main menu, whose item current is
     marked as the current page (programme, guide, inscription). -->
<#import "search-bar.ftl" as search>
<#macro header current siteName searchAction>
  <header class="fr-header">
    <div class="fr-header__body">
      <div class="fr-container">
        <div class="fr-header__body-row">
          <div class="fr-header__brand fr-enlarge-link">
            <div class="fr-header__brand-top">
              <div class="fr-header__logo">
                <p class="fr-logo">République<br>française</p>
              </div>
              <div class="fr-header__navbar">
                <#-- Links that work without JavaScript (the search page; the menu by :target, css/site.css); js/menu.js makes them the DSFR's buttons. -->
                <a class="fr-btn--search fr-btn" href="${searchAction}" data-fr-opened="false" aria-controls="recherche-modal" title="Rechercher" data-daect-button>Rechercher</a>
                <a class="fr-btn--menu fr-btn" href="#menu-principal" data-fr-opened="false" aria-controls="menu-principal" aria-haspopup="menu" id="bouton-menu" title="Menu" data-daect-button>Menu</a>
              </div>
            </div>
            <div class="fr-header__service">
              <a href="${root}index.html" title="Accueil — ${siteName}">
                <p class="fr-header__service-title">${organisation.name}</p>
              </a>
              <p class="fr-header__service-tagline">Ministère de l'Europe et des Affaires étrangères</p>
            </div>
          </div>
          <div class="fr-header__tools">
            <div class="fr-header__search fr-modal" id="recherche-modal">
              <div class="fr-container fr-container-lg--fluid">
                <button class="fr-btn--close fr-btn" aria-controls="recherche-modal" title="Fermer">Fermer</button>
                <@search.searchBar id="recherche-entete" action=searchAction/>
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
    <div class="fr-header__menu fr-modal" id="menu-principal">
      <div class="fr-container">
        <a class="fr-btn--close fr-btn" href="#bouton-menu" aria-controls="menu-principal" title="Fermer" data-daect-button>Fermer</a>
        <div class="fr-header__menu-links"></div>
        <nav class="fr-nav" id="navigation-principale" aria-label="Menu principal">
          <ul class="fr-nav__list">
            <@navItem href="index.html" label="Programme des webinaires" active=(current == "programme")/>
            <@navItem href="guide.html" label="Le guide opérationnel" active=(current == "guide")/>
            <@navItem href="inscription.html" label="Inscription" active=(current == "inscription")/>
          </ul>
        </nav>
      </div>
    </div>
  </header>
</#macro>

<#-- An item of the main menu; href from the site root. -->
<#macro navItem href label active>
  <li class="fr-nav__item"><a class="fr-nav__link" href="${root}${href}"<#if active> aria-current="page"</#if>>${label}</a></li>
</#macro>
