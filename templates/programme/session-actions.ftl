<#ftl output_format="HTML" strip_whitespace=true>
<#-- The main action of a session's page over the session's life, one block per phase (data-phases), the blocks
     of the other phases hidden: the page's script (assets/js/programme.js) shows the visitor's phase by their clock.
       open   — registration open: « S'inscrire » (the primary button), until when;
       before — registration closed, not started: « Les inscriptions sont closes »;
       during — under way;
       after  — over: « Revoir le webinaire » and the documents, or when it took place and the next session. -->
<#import "/components/button.ftl" as button>
<#import "/components/download.ftl" as dl>

<#-- Only the blocks of the build's phase and of later ones are written: the script never moves a page back. -->
<#macro actions session next="">
  <#local phase = session.phase>
  <#local at = {"open": 0, "before": 1, "during": 2, "after": 3}[phase]>
  <div class="daect-actions fr-my-4w">
    <#if session.registrationOffered && at lt 3>
      <#if at == 0>
      <div data-phases="open"<#if phase != "open"> hidden</#if>>
        <p class="daect-register-item"><@button.linkButton href=root + session.registrationPath label="S’inscrire" kind="" class="daect-register" srLabel=" au webinaire « " + session.title + " »"/></p>
        <p>Inscriptions jusqu’au ${session.registrationClosesLabel}.</p>
      </div>
      </#if>
      <p data-phases="before during"<#if phase != "before" && phase != "during"> hidden</#if>>Les inscriptions sont closes.</p>
    </#if>
    <#if !session.cancelled>
      <#if at lt 3><p data-phases="during"<#if phase != "during"> hidden</#if>><strong>Ce webinaire a lieu en ce moment.</strong></p></#if>
      <div data-phases="after"<#if phase != "after"> hidden</#if>>
        <#if session.replay??>
          <p><@button.linkButton href=session.replay label="Revoir le webinaire" srLabel=" « " + session.title + " » (vidéo sur " + session.replayHost + ")"/></p>
          <p class="fr-hint-text">La vidéo s’ouvre sur ${session.replayHost}, un site extérieur.</p>
        <#elseif !session.documents?has_content>
          <p>Ce webinaire a eu lieu le ${session.dateInSentence}.</p>
          <#if next?has_content>
            <p>Prochain webinaire : <a href="${root}${next.path}">${next.title}</a>, ${next.dateInSentence}.</p>
          <#else>
            <p><a href="${root}index.html#programme">Voir le programme des webinaires</a></p>
          </#if>
        </#if>
      </div>
    </#if>
  </div>
  <#if session.documents?has_content>
    <section class="daect-documents fr-my-4w" aria-labelledby="documents">
      <h2 id="documents" class="fr-h5">Documents</h2>
      <ul>
        <#list session.documents as document>
          <li><@dl.download href=root + document.path title=document.title detail=document.detail/></li>
        </#list>
      </ul>
    </section>
  </#if>
</#macro>
