<#ftl output_format="HTML" strip_whitespace=true>
<#import "/layouts/base.ftl" as layout>
<#import "/components/breadcrumb.ftl" as breadcrumb>
<#import "/programme/session-parts.ftl" as parts>
<#import "/components/callout.ftl" as callout>
<#import "/programme/information.ftl" as information>
<#import "/programme/calendar.ftl" as cal>
<#import "/programme/speakers.ftl" as sp>
<#import "/programme/session-actions.ftl" as actions>
<#assign s = session>
<@layout.page title=s.title description="Webinaire de la DAECT : " + s.title + " — " + s.dateLabel + ", " + s.hoursLabel + "." current="programme" scripts=["js/programme.js"]>
  <@breadcrumb.breadcrumb items=[["Accueil", "index.html"], ["Programme des webinaires", "index.html#programme"], [s.title, ""]]/>
  <#-- The search index (Pagefind) holds this article only, with the session's date and year. -->
  <article class="daect-session-page"<@parts.dataAttributes s/> data-pagefind-body>
    <h1>${s.title}</h1>
    <@parts.badges s/>
    <p class="fr-text--lead" data-pagefind-meta="date:${s.dateLabel}" data-pagefind-filter="year:${s.year?c}"><@parts.when s/></p>
    <@parts.themeTags session=s searchFilter=true/>
    <#-- The session's actions (registration, calendars, replay) are not words to search for. -->
    <div data-pagefind-ignore><@actions.actions session=s next=programme.nextAfter(s)!/></div>
    <#if s.note??><@callout.callout><p>${s.note}</p></@callout.callout></#if>
    <@sp.speakers s/>
    <#if content.body?has_content><div class="daect-body">${content.body?no_esc}</div></#if>
    <#-- Adding a session to one's calendar is for sessions to come. Its words are the same on every page: not for the
         search index (they filled every result's excerpt), which also indexes faster without them. -->
    <#if !s.past><div data-phases="open before during" data-pagefind-ignore><@cal.sessionLinks s/></div>
    <#-- Over: its calendar file stays linked (calendars read it), as a plain link, no longer an action of the page. -->
    <#else><p class="fr-text--sm" data-pagefind-ignore><@cal.icsLink session=s/></p></#if>
    <@cal.jsonLd s/>
  </article>

  <@information.information/>

  <nav class="daect-pager fr-mt-4w" aria-label="Dans le programme">
    <ul>
      <#assign previous = programme.previous(s)!>
      <#assign following = programme.following(s)!>
      <#if previous?has_content><li>Webinaire précédent : <a href="${root}${previous.path}" rel="prev">${previous.title}</a></li></#if>
      <#if following?has_content><li>Webinaire suivant : <a href="${root}${following.path}" rel="next">${following.title}</a></li></#if>
      <li><a class="fr-link" href="${root}index.html#programme">Retour au programme</a></li>
    </ul>
  </nav>
</@layout.page>
