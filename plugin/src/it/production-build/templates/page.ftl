<#ftl output_format="HTML">
<#-- Just enough of a page for the site check: language, title, description, landmarks, skip link, one h1. -->
<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>${(content.title)!"Page non trouvée"}</title><meta name="description" content="${(content.title)!"Page non trouvée"}"></head>
<body>
<a href="#contenu">Aller au contenu</a>
<header><p>${settings.site_name}</p></header>
<main id="contenu">
<h1>${(content.title)!"Page non trouvée"}</h1>
<#if content?? && content.body??>${content.body?no_esc}</#if>
<#if content?? && (content.type!"") == "legal"><p class="directeur">Directeur ou directrice de la publication : ${legal.director}</p><p class="hebergeur">${legal.host}</p></#if>
<#if (content.type!"") == "home" && programme.calendarAddressKnown><p class="abonnement">${programme.calendarUrl}</p></#if>
</main>
<footer><p><a href="${root}index.html">Programme</a></p></footer>
</body>
</html>
