<#ftl output_format="HTML" strip_whitespace=true>
<#-- « Revoir les webinaires » (home page): the latest past sessions with a recording or documents; nothing at all
     when there is none. -->
<#import "/components/card.ftl" as card>
<#import "session-parts.ftl" as parts>

<#macro replays sessions headingLevel=2>
  <#if sessions?has_content>
    <section class="daect-replays fr-mt-6w" aria-labelledby="revoir">
      <h${headingLevel} id="revoir">Revoir les webinaires</h${headingLevel}>
      <ul class="daect-sessions">
        <#list sessions as session>
          <li>
            <@card.card title=session.title href=root + session.path headingLevel=headingLevel + 1 class="daect-session"; part>
              <#if part == "start">
          <p class="fr-card__detail"><@parts.when session/></p>
              <#elseif part == "footer">
        <p class="fr-mb-0"><#if session.replay??>Enregistrement<#if session.documents?has_content> et documents</#if><#else>Documents</#if> sur la page du webinaire</p>
              </#if>
            </@card.card>
          </li>
        </#list>
      </ul>
    </section>
  </#if>
</#macro>
