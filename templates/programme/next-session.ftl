<#ftl output_format="HTML" strip_whitespace=true>
<#import "session-card.ftl" as card>

<#-- "Prochain webinaire": the next session that will take place, with its actions; the script puts the
     following one in its place once it is over. -->
<#macro nextSession next="" headingLevel=2>
  <section class="daect-next fr-mb-6w" aria-labelledby="prochain" data-next>
    <h${headingLevel} id="prochain">Prochain webinaire</h${headingLevel}>
    <#if next?has_content><@card.sessionCard session=next headingLevel=headingLevel + 1/></#if>
    <p class="daect-next-none"<#if next?has_content> hidden</#if>>Aucun webinaire à venir n’est annoncé pour le moment. <a href="#agenda-programme">Abonnez-vous au calendrier des webinaires</a> pour connaître les prochaines dates.</p>
  </section>
</#macro>
