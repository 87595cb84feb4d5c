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

<#-- The same card, rendered once per bake for each set of arguments and address prefix: each session is listed on the
     page of each of its themes (fragments: FragmentCache). The arguments (those of sessionCard) are passed on as they
     are and are the cache's key, so that the key and the card cannot differ. The pages at the root (the home page)
     list each session once: their cards are not kept. Outputs nothing but the card. -->
<#macro reusedSessionCard args...>
  <#if root?has_content>
    <#local key = fragments.key(args, root)>
    <#local reused = fragments.get(key)!>
    <#if !reused?has_content>
      <#local markup><@sessionCard?with_args(args)/></#local>
      <#local reused = fragments.put(key, markup?markup_string)>
    </#if>
    ${reused?no_esc}<#t>
  <#else>
    <@sessionCard?with_args(args)/>
  </#if>
</#macro>
