<#ftl output_format="HTML" strip_whitespace=true>
<#import "/components/callout.ftl" as c>
<#import "/components/link.ftl" as l>

<#-- The information block of the source page: secretariat, phone, e-mail, organigramme, registration. -->
<#macro information headingLevel=2>
  <@c.callout title="Informations" headingLevel=headingLevel id="informations" class="daect-information">
      <p>
        ${settings.contact_secretariat}<br>
        <a href="tel:${settings.contact_phone_international}">${settings.contact_phone}</a><br>
        <a href="mailto:${settings.contact_email}">${settings.contact_email}</a>
      </p>
      <p>Organigramme de la DAECT sur <@l.optionalLink href=(settings.link_organigramme!"") label="France Diplomatie"/></p>
      <p><a href="${root}inscription.html">Inscriptions en ligne</a></p>
      <p>Le programme, le lien pour participer et la confirmation de l'horaire vous seront transmis quelques jours avant le webinaire choisi.</p>
  </@c.callout>
</#macro>
