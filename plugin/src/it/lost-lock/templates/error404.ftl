<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>${(content.title)!"Page non trouvée"}</title><link rel="stylesheet" href="${root}css/site.css"></head>
<body>
<h1>${(content.title)!"Page non trouvée"}</h1>
<#if session??><p class="quand">${session.whenLabel}</p></#if>
<#if content?? && content.body??>${content.body?no_esc}</#if>
<ul class="programme"><#list programme.sessions as s><li><a href="${root}${s.path}">${s.title}</a></li></#list></ul>
</body>
</html>
