<#ftl output_format="HTML" strip_whitespace=true>
<#-- The base layout of every page: head, skip links, DSFR header and footer. -->
<#import "components.ftl" as c>
<#import "calendar.ftl" as cal>

<#macro page title description=settings.site_description current="" head="" csp=form.contentSecurityPolicy scripts=[]>
<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <#-- Right after the charset, before anything the page loads, so that it governs all of it. Every page has one. -->
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} — ${settings.site_name}</title>
  <meta name="description" content="${description}">
  <#if path?has_content>
  <#assign canonical = settings.site_host + (path == "index.html")?then("", path)>
  <link rel="canonical" href="${canonical}">
  <meta property="og:url" content="${canonical}">
  </#if>
  <meta property="og:type" content="website">
  <meta property="og:locale" content="fr_FR">
  <meta property="og:site_name" content="${settings.site_name}">
  <meta property="og:title" content="${title}">
  <meta property="og:description" content="${description}">
  <link rel="alternate" type="application/atom+xml" title="Nouveaux webinaires (flux Atom)" href="${root}webinaires.atom">
  <link rel="icon" href="${root}dsfr/favicon/favicon.svg" type="image/svg+xml">
  <link rel="icon" href="${root}dsfr/favicon/favicon.ico" sizes="any">
  <link rel="apple-touch-icon" href="${root}dsfr/favicon/apple-touch-icon.png">
  <link rel="manifest" href="${root}dsfr/favicon/manifest.webmanifest" crossorigin="use-credentials">
  <link rel="preload" href="${root}fonts/marianne-regular.woff2" as="font" type="font/woff2" crossorigin>
  <#-- The pages of each kind have their own DSFR stylesheet, pruned by the bake to the rules they use. -->
  <link rel="stylesheet" href="${root}dsfr/dsfr-${(content.type)!"page"}.min.css">
  <link rel="stylesheet" href="${root}css/site.css">
  <#if head?has_content>${head?no_esc}</#if>
  <#-- The header's menu on small screens; the DSFR's own scripts would weigh 21 KB compressed for this alone. -->
  <script defer src="${root}js/menu.js"></script>
  <#list scripts as script><script defer src="${root}${script}"></script></#list>
</head>
<body>
  <div class="fr-skiplinks">
    <nav class="fr-container" aria-label="Accès rapide">
      <ul class="fr-skiplinks__list">
        <li><a class="fr-link" href="#contenu">Contenu</a></li>
        <li><a class="fr-link" href="#navigation-principale">Menu</a></li>
        <li><a class="fr-link" href="#pied-de-page">Pied de page</a></li>
      </ul>
    </nav>
  </div>
  <@header current=current/>
  <main id="contenu" tabindex="-1">
    <div class="fr-container fr-my-6w">
      <#nested>
    </div>
  </main>
  <@footer/>
</body>
</html>
</#macro>

<#macro header current>
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
                <button class="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls="menu-principal" aria-haspopup="menu" id="bouton-menu" title="Menu">Menu</button>
              </div>
            </div>
            <div class="fr-header__service">
              <a href="${root}index.html" title="Accueil — ${settings.site_name}">
                <p class="fr-header__service-title">Délégation pour l'action extérieure des collectivités territoriales</p>
              </a>
              <p class="fr-header__service-tagline">Ministère de l'Europe et des Affaires étrangères</p>
            </div>
          </div>
        </div>
      </div>
    </div>
    <div class="fr-header__menu fr-modal" id="menu-principal">
      <div class="fr-container">
        <button class="fr-btn--close fr-btn" aria-controls="menu-principal" title="Fermer">Fermer</button>
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

<#macro navItem href label active>
  <li class="fr-nav__item"><a class="fr-nav__link" href="${root}${href}"<#if active> aria-current="page"</#if>>${label}</a></li>
</#macro>

<#macro footer>
  <footer class="fr-footer" id="pied-de-page">
    <div class="fr-container">
      <div class="fr-footer__body">
        <div class="fr-footer__brand fr-enlarge-link">
          <a href="${root}index.html" title="Retour à l'accueil du site — République française">
            <p class="fr-logo">République<br>française</p>
          </a>
        </div>
        <div class="fr-footer__content">
          <p class="fr-footer__content-desc">Les webinaires du guide opérationnel de la coopération décentralisée sont proposés par la Délégation pour l'action extérieure des collectivités territoriales (DAECT) du ministère de l'Europe et des Affaires étrangères.</p>
          <ul class="fr-footer__content-list">
            <li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.diplomatie.gouv.fr/">diplomatie.gouv.fr</a></li>
            <li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.legifrance.gouv.fr/">legifrance.gouv.fr</a></li>
            <li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.info.gouv.fr/">info.gouv.fr</a></li>
            <li class="fr-footer__content-item"><a class="fr-footer__content-link" href="https://www.service-public.fr/">service-public.fr</a></li>
          </ul>
        </div>
      </div>
      <div class="fr-footer__bottom">
        <ul class="fr-footer__bottom-list">
          <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="${root}plan-du-site.html">Plan du site</a></li>
          <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="${root}accessibilite.html">Accessibilité : non conforme</a></li>
          <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="${root}mentions-legales.html">Mentions légales</a></li>
          <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="${root}donnees-personnelles.html">Données personnelles</a></li>
          <li class="fr-footer__bottom-item"><@cal.footerLink/></li>
        </ul>
        <div class="fr-footer__bottom-copy">
          <p>Sauf mention contraire, les contenus de ce site sont proposés sous <a href="https://github.com/etalab/licence-ouverte/blob/master/LO.md">licence etalab-2.0</a>.</p>
        </div>
      </div>
    </div>
  </footer>
</#macro>
