<#ftl output_format="HTML" strip_whitespace=true>
<#import "session-card.ftl" as card>

<#-- Sessions listed: the upcoming ones, then the past ones, most recent first, each part by year (as the
     source page groups the programme). Every year has its place among the past ones, hidden while empty:
     the script moves a session there once it is over. announceNone: say so when no session is to come (false on a
     year's archive, where an empty « À venir » would only be noise: the part is then left out). -->
<#macro listing listing headingLevel=2 announceNone=true>
  <div class="daect-listing" data-listing>
    <section class="daect-upcoming" aria-labelledby="a-venir"<#if !announceNone && listing.upcomingCount == 0> hidden</#if>>
      <h${headingLevel} id="a-venir">À venir</h${headingLevel}>
      <p class="daect-empty" data-empty-filtered="Aucun webinaire à venir sur ce thème."<#if listing.upcomingCount gt 0> hidden</#if>>Aucun webinaire à venir n’est annoncé pour le moment.</p>
      <#list listing.upcoming as year><@yearGroup year=year prefix="a-venir" headingLevel=headingLevel + 1/></#list>
    </section>
    <section class="daect-past" aria-labelledby="passes"<#if listing.pastCount == 0> hidden</#if>>
      <h${headingLevel} id="passes">Webinaires passés</h${headingLevel}>
      <#list listing.past as year><@yearGroup year=year prefix="passes" headingLevel=headingLevel + 1/></#list>
    </section>
  </div>
</#macro>

<#macro yearGroup year prefix headingLevel>
  <#-- Not a section: "2020" among the upcoming and among the past sessions would make two regions of the same name. -->
  <div class="daect-year fr-mb-4w" data-year="${year.year?c}"<#if !year.sessions?has_content> hidden</#if>>
    <h${headingLevel} id="${prefix}-${year.year?c}" class="fr-h6">${year.year?c}</h${headingLevel}>
    <ul class="daect-sessions">
      <#list year.sessions as session>
        <li><@card.reusedSessionCard session=session headingLevel=headingLevel + 1/></li>
      </#list>
    </ul>
  </div>
</#macro>
