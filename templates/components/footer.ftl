<#ftl output_format="HTML" strip_whitespace=true>
<#-- The DSFR footer: the Marianne block, the ministry's description and links, then the bottom links: the site's
     pages, and those the caller nests (whole <li class="fr-footer__bottom-item"> items). -->
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
          <p class="fr-footer__content-desc">Les webinaires du guide opérationnel de la coopération décentralisée sont proposés par la ${organisation.fullName} du ministère de l'Europe et des Affaires étrangères.</p>
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
          <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="${root}accessibilite.html">Accessibilité : non conforme</a></li>
          <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="${root}mentions-legales.html">Mentions légales</a></li>
          <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="${root}donnees-personnelles.html">Données personnelles</a></li>
          <#nested>
        </ul>
        <div class="fr-footer__bottom-copy">
          <p>Sauf mention contraire, les contenus de ce site sont proposés sous <a href="https://github.com/etalab/licence-ouverte/blob/master/LO.md">licence etalab-2.0</a>.</p>
        </div>
      </div>
    </div>
  </footer>
</#macro>
