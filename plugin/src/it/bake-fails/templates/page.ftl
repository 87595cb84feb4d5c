<#ftl output_format="HTML">
<#-- A page template that needs a summary: a page without one cannot be rendered. -->
<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>${content.title}</title></head>
<body><h1>${content.title}</h1><p class="resume">${content.summary}</p>${content.body?no_esc}</body>
</html>
