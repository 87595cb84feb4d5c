<#ftl output_format="HTML" strip_whitespace=true>
<#import "session-card.ftl" as card>

<#-- « En ce moment »: the session under way, if any; « Prochain webinaire »: the next one not yet started, with its
     actions. The script (assets/js/programme.js) keeps both true by the visitor's clock. With no session to come,
     the block is hidden: the programme's « À venir » says so, once. -->
<#macro nextSession next="" current="" headingLevel=2>
  <section class="daect-current fr-mb-6w" aria-labelledby="en-ce-moment" data-current<#if !current?has_content> hidden</#if>>
    <h${headingLevel} id="en-ce-moment">En ce moment</h${headingLevel}>
    <#if current?has_content><@card.sessionCard session=current headingLevel=headingLevel + 1/></#if>
  </section>
  <section class="daect-next fr-mb-6w" aria-labelledby="prochain" data-next<#if !next?has_content> hidden</#if>>
    <h${headingLevel} id="prochain">Prochain webinaire</h${headingLevel}>
    <#if next?has_content><@card.sessionCard session=next headingLevel=headingLevel + 1/></#if>
  </section>
</#macro>
