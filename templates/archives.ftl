<#ftl output_format="HTML" strip_whitespace=true>
<#-- The archives' index (archives/index.html): every year and every theme, each with its pages of sessions. -->
<#import "/layouts/base.ftl" as layout>
<#import "/components/breadcrumb.ftl" as breadcrumb>
<#import "/programme/theme-filter.ftl" as themeFilter>
<@layout.page title="Archives des webinaires" description="Tous les webinaires de la DAECT, année par année et thème par thème." current="programme">
  <@breadcrumb.breadcrumb items=[["Accueil", "index.html"], ["Archives", ""]]/>
  <h1>Archives des webinaires</h1>
  <p class="fr-text--lead">Tous les webinaires du programme, à venir et passés, année par année et thème par thème.</p>
  <section class="fr-mt-4w" aria-labelledby="annees">
    <h2 id="annees">Par année</h2>
    <#if programme.archiveYears?has_content>
      <ul class="daect-years">
        <#list programme.archiveYears as archive>
          <li><a class="fr-link" href="${root}${archive.path}">${archive.year?c}</a> — ${archive.countLabel}</li>
        </#list>
      </ul>
    <#else>
      <p>Aucun webinaire n’est encore au programme.</p>
    </#if>
  </section>
  <#if programme.themes?has_content>
    <section class="fr-mt-4w" aria-labelledby="par-theme">
      <h2 id="par-theme">Par thème</h2>
      <@themeFilter.themeFilter themes=programme.themes/>
    </section>
  </#if>
</@layout.page>
