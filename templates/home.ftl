<#ftl output_format="HTML" strip_whitespace=true>
<#import "/layouts/base.ftl" as layout>
<#import "/programme/next-session.ftl" as nextSession>
<#import "/programme/theme-filter.ftl" as themeFilter>
<#import "/programme/listing.ftl" as listing>
<#import "/programme/information.ftl" as information>
<#import "/programme/calendar.ftl" as cal>
<#import "/programme/replays.ftl" as replays>
<#assign calendarHead><@cal.alternateLink/></#assign>
<@layout.page title=content.title current="programme" head=calendarHead scripts=["js/programme.js"]>
  <h1>${content.title}</h1>
  <#if content.subtitle??><p class="fr-text--lead">${content.subtitle}</p></#if>

  <@nextSession.nextSession next=programme.next! current=programme.current!/>

  <div class="daect-intro">${content.body?no_esc}</div>

  <section class="fr-mt-6w" aria-labelledby="programme">
    <h2 id="programme">Programme des webinaires</h2>
    <@themeFilter.themeFilter themes=programme.themes filter=true/>
    <@listing.listing listing=programme.home headingLevel=3/>
    <p class="fr-mt-2w"><a class="fr-link" href="${root}${programme.archivesPath}"><#if programme.homeComplete>Les webinaires année par année<#else>Tous les webinaires, année par année et thème par thème</#if></a></p>
  </section>

  <@replays.replays sessions=programme.replays/>

  <@cal.subscribe/>

  <@information.information/>

  <p class="fr-mt-4w"><a class="fr-link" href="${root}guide.html">Découvrir le guide opérationnel de la coopération décentralisée</a></p>
</@layout.page>
