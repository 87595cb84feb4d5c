<#ftl output_format="HTML" strip_whitespace=true>
<#-- Who speaks at a session (header "speakers"): before it, who will speak; once it is over, who spoke. Both headings
     are written, the one that does not apply hidden: the page's script shows the other once the session is over. -->
<#macro speakers session>
  <#if session.speakers?has_content>
    <section class="daect-speakers fr-my-4w" aria-labelledby="intervenants">
      <h2 id="intervenants" class="fr-h5"><span data-phases="open before during"<#if session.past> hidden</#if>>Interviendront</span><span data-phases="after"<#if !session.past> hidden</#if>>Sont intervenus</span></h2>
      <ul>
        <#list session.speakers as speaker>
          <#-- (A record: its accessors are methods.) --><li><strong>${speaker.name()}</strong>, ${speaker.jobTitle()}, ${speaker.affiliation()}</li>
        </#list>
      </ul>
    </section>
  </#if>
</#macro>
