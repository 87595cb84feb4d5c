<#ftl output_format="HTML" strip_whitespace=true>
<#-- The parts of a session that its card and its page both show. Every value comes from the SessionView. -->
<#import "/components/badge.ftl" as b>
<#import "/components/tag.ftl" as t>

<#-- When a session takes place: "<time>Lundi 26 octobre 2020</time>, de 14 h 00 à 16 h 00 (heure de Paris)".
     One inline box: inside a flex container (the DSFR card detail), loose text and spans would lose the spaces
     between them. The page's script adds the visitor's own time inside it when their zone differs (assets/js/programme.js). -->
<#macro when session>
  <span class="daect-when"><time datetime="${session.startIso}">${session.dateLabel}</time>, ${session.hoursLabel} <span class="daect-tz">(${session.zoneLabel})</span></span>
</#macro>

<#-- The machine-readable facts of a session, as data-* attributes (name without "data-" → value) of the element that
     shows it (card, page): the script re-checks from them, in the visitor's browser, whether the session is under way
     or over. -->
<#function data session>
  <#local facts = {"session": session.slug, "start": session.startIso, "end": session.endIso, "zone": session.timeZone,
      "status": session.eventStatus, "themes": session.themeSlugs, "state": session.state, "phase": session.phase}>
  <#-- When registration closes (registration.closes.hours before the start): the script takes the register links away then. -->
  <#return session.registrationOffered?then(facts + {"closes": session.registrationClosesIso}, facts)>
</#function>

<#-- Those facts written as the attributes of a page's element (each with its leading space). -->
<#macro dataAttributes session><#list data(session) as name, value> data-${name}="${value}"</#list></#macro>

<#-- The state badges of a session: cancelled, postponed…, then under way or past. Both time badges are
     written (the one that does not apply yet is hidden) so that the script only has to show the right one. -->
<#macro badges session>
  <#-- Out of the search index: a state of the build's day, which the visitor's browser corrects. -->
  <ul class="fr-badges-group daect-badges" data-pagefind-ignore<#if !(session.eventStatusLabel?? || session.past || session.underWay)> hidden</#if>>
    <#if session.eventStatusLabel??>
      <li><@b.badge label=session.eventStatusLabel type=session.cancelled?then("error", "warning")/></li>
    </#if>
    <#if !session.cancelled>
      <li data-state-badge="under-way"<#if !session.underWay> hidden</#if>><@b.badge label="En cours" type="success"/></li>
    </#if>
    <li data-state-badge="past"<#if !session.past> hidden</#if>><@b.badge label="Passé"/></li>
  </ul>
</#macro>

<#-- The themes and places of a session, each linking to its page. -->
<#macro themeTags session size="" searchFilter=false>
  <#if session.themes?has_content>
    <@t.group size=size label="Thèmes et lieux">
      <#list session.themes as theme>
        <@t.tag label=theme.label href=root + theme.path size=size data=searchFilter?then({"pagefind-filter": "theme"}, {})/>
      </#list>
    </@t.group>
  </#if>
</#macro>

<#-- "S'inscrire" to a session open for registration: the form with that session ticked; the card's main action. -->
<#macro registerLink session>
  <a class="fr-btn fr-btn--sm daect-register" href="${root}${session.registrationPath}">S’inscrire<span class="fr-sr-only"> au webinaire « ${session.title} »</span></a>
</#macro>
