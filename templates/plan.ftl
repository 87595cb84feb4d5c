<#ftl output_format="HTML" strip_whitespace=true>
<#import "/layouts/base.ftl" as layout>
<#import "/components/breadcrumb.ftl" as breadcrumb>
<@layout.page title=content.title description=content.description>
  <@breadcrumb.breadcrumb items=[["Accueil", "index.html"], [content.title, ""]]/>
  <h1>${content.title}</h1>
  <ul>
    <li><a href="${root}index.html">Programme des webinaires</a>
      <ul>
        <li><a href="${root}${programme.archivesPath}">Archives des webinaires</a>
          <ul>
            <#list programme.archiveYears as archive>
              <li><a href="${root}${archive.path}">${archive.year?c}</a> — ${archive.countLabel}</li>
            </#list>
          </ul>
        </li>
      </ul>
    </li>
    <li>Thèmes et lieux
      <ul>
        <#list programme.themes as theme>
          <li><a href="${root}${theme.path}">${theme.label}</a></li>
        </#list>
      </ul>
    </li>
    <li><a href="${root}guide.html">Le guide opérationnel de la coopération décentralisée</a></li>
    <li><a href="${root}inscription.html">Inscription aux webinaires</a></li>
    <li><a href="${root}donnees-personnelles.html">Données personnelles</a></li>
    <li><a href="${root}mentions-legales.html">Mentions légales</a></li>
    <li><a href="${root}accessibilite.html">Déclaration d'accessibilité</a></li>
  </ul>
</@layout.page>
