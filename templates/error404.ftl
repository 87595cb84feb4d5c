<#ftl output_format="HTML" strip_whitespace=true>
<#import "/layouts/base.ftl" as layout>
<@layout.page title="Page non trouvée" description="La page demandée n'existe pas ou a été déplacée.">
  <h1>Page non trouvée</h1>
  <p class="fr-text--lead">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
  <p>Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus disponible.</p>
  <p><a class="fr-link" href="${settings.site_host}index.html">Retour au programme des webinaires</a></p>
</@layout.page>
