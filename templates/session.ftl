<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<#import "calendar.ftl" as cal>
<#assign s = session>
<@layout.page title=s.title description="Webinaire de la DAECT : " + s.title + " — " + s.dateLabel + ", " + s.hoursLabel + "." current="programme" scripts=["js/programme.js"]>
  <@c.breadcrumb items=[["Accueil", "index.html"], ["Programme des webinaires", "index.html#programme"], [s.title, ""]]/>
  <article class="daect-session-page" <@c.sessionData s/>>
    <h1>${s.title}</h1>
    <@c.badges s/>
    <p class="fr-text--lead"><@c.when s/></p>
    <@c.themeTags session=s/>
    <#if s.openForRegistration><p class="daect-register-item"><@c.registerLink s/></p></#if>
    <#if s.note??><@c.callout><p>${s.note}</p></@c.callout></#if>
    <#if content.body?has_content><div class="daect-body">${content.body?no_esc}</div></#if>
    <@cal.sessionLinks s/>
    <@cal.jsonLd s/>
  </article>

  <@c.information/>

  <nav class="daect-pager fr-mt-4w" aria-label="Dans le programme">
    <ul>
      <#assign previous = programme.previous(s)!>
      <#assign following = programme.following(s)!>
      <#if previous?has_content><li>Webinaire précédent : <a href="${root}${previous.path}" rel="prev">${previous.title}</a></li></#if>
      <#if following?has_content><li>Webinaire suivant : <a href="${root}${following.path}" rel="next">${following.title}</a></li></#if>
      <li><a class="fr-link" href="${root}index.html#programme">Retour au programme</a></li>
    </ul>
  </nav>
</@layout.page>
