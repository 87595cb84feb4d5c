<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<#import "calendar.ftl" as cal>
<#assign calendarHead><@cal.alternateLink/></#assign>
<@layout.page title=content.title current="programme" head=calendarHead scripts=["js/programme.js"]>
  <h1>${content.title}</h1>
  <#if content.subtitle??><p class="fr-text--lead">${content.subtitle}</p></#if>

  <@c.nextSession next=programme.next!/>

  <div class="daect-intro">${content.body?no_esc}</div>

  <section class="fr-mt-6w" aria-labelledby="programme">
    <h2 id="programme">Programme des webinaires</h2>
    <@c.themeFilter themes=programme.themes filter=true/>
    <@c.listing listing=programme.listing headingLevel=3/>
  </section>

  <@cal.subscribe/>

  <@c.information/>

  <p class="fr-mt-4w"><a class="fr-link" href="${root}guide.html">Découvrir le guide opérationnel de la coopération décentralisée</a></p>
</@layout.page>
