<#ftl output_format="HTML" strip_whitespace=true>
<#import "/components/card.ftl" as card>
<#import "session-parts.ftl" as parts>
<#import "calendar.ftl" as cal>

<#-- A session in a list: title, date and hours, state, note, themes, and its actions. -->
<#macro sessionCard session headingLevel=3>
  <#-- (The parts are indented as the card's own lines around them, so that the page's markup lines up.) -->
  <@card.card title=session.title href=root + session.path headingLevel=headingLevel description=session.note!""
      class="daect-session" + session.past?then(" daect-session--past", "") data=parts.data(session); part>
    <#if part == "start">
          <@parts.badges session/>
          <p class="fr-card__detail"><@parts.when session/></p>
    <#elseif part == "end">
          <@parts.themeTags session=session size="sm"/>
    <#else>
        <#if session.openForRegistration><p class="fr-mb-2w daect-register-item"><@parts.registerLink session/></p></#if>
        <@cal.icsLink session/>
    </#if>
  </@card.card>
</#macro>

<#-- The same card, rendered once per bake for each address prefix and heading level: each session is listed on the
     page of each of its themes (fragments: FragmentCache). The pages at the root (the home page) list each session
     once: their cards are not kept. Outputs nothing but the card. -->
<#macro reusedSessionCard session headingLevel>
  <#if root?has_content>
    <#local key = session.slug + " " + root + " " + headingLevel?c>
    <#local reused = fragments.get(key)!>
    <#if !reused?has_content>
      <#local markup><@sessionCard session=session headingLevel=headingLevel/></#local>
      <#local reused = fragments.put(key, markup?markup_string)>
    </#if>
    ${reused?no_esc}<#t>
  <#else>
    <@sessionCard session=session headingLevel=headingLevel/>
  </#if>
</#macro>
