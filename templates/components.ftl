<#ftl output_format="HTML" strip_whitespace=true>
<#-- Components shared by the page templates, in the style of the DSFR components. -->
<#import "calendar.ftl" as cal>

<#-- When a session takes place: "<time>Lundi 26 octobre 2020</time>, de 14 h 00 à 16 h 00". -->
<#-- One inline box: inside a flex container (the DSFR card detail), loose text and spans would lose the spaces between them. -->
<#macro when session>
  <span class="daect-when"><time datetime="${session.startIso}">${session.dateLabel}</time>, ${session.hoursLabel} <span class="daect-tz">(${session.zoneLabel})</span></span>
</#macro>

<#-- The state badges of a session: cancelled, postponed…, past, under way. -->
<#macro badges session>
  <#if session.eventStatusLabel?? || session.past || session.underWay>
    <ul class="fr-badges-group">
      <#if session.eventStatusLabel??>
        <li><p class="fr-badge fr-badge--sm ${session.cancelled?then('fr-badge--error', 'fr-badge--warning')}">${session.eventStatusLabel}</p></li>
      </#if>
      <#if session.underWay>
        <li><p class="fr-badge fr-badge--sm fr-badge--success">En cours</p></li>
      <#elseif session.past>
        <li><p class="fr-badge fr-badge--sm">Passé</p></li>
      </#if>
    </ul>
  </#if>
</#macro>

<#-- A session in a list: title, date and hours, state, note. -->
<#macro sessionCard session headingLevel=3>
  <div class="fr-card fr-card--sm daect-session<#if session.past> daect-session--past</#if>">
    <div class="fr-card__body">
      <div class="fr-card__content">
        <h${headingLevel} class="fr-card__title"><a href="${root}${session.path}">${session.title}</a></h${headingLevel}>
        <#if session.note??><p class="fr-card__desc">${session.note}</p></#if>
        <div class="fr-card__start">
          <@badges session/>
          <p class="fr-card__detail"><@when session/></p>
        </div>
      </div>
      <div class="fr-card__footer">
        <#if session.openForRegistration><p class="fr-mb-2w"><@registerLink session/></p></#if>
        <@cal.icsLink session/>
      </div>
    </div>
  </div>
</#macro>

<#-- "S'inscrire" to a session open for registration: the form with that session ticked. -->
<#macro registerLink session>
  <a class="fr-btn fr-btn--secondary fr-btn--sm daect-register" href="${root}${session.registrationPath}">S’inscrire<span class="fr-sr-only"> au webinaire « ${session.title} »</span></a>
</#macro>

<#-- The programme, one list per year. -->
<#macro programmeByYear years>
  <#list years as year>
    <section class="fr-mb-6w" aria-labelledby="programme-${year.year?c}">
      <h3 id="programme-${year.year?c}">${year.year?c}</h3>
      <ul class="daect-sessions">
        <#list year.sessions as session>
          <li><@sessionCard session=session headingLevel=4/></li>
        </#list>
      </ul>
    </section>
  </#list>
</#macro>

<#-- A DSFR callout. -->
<#macro callout title="">
  <div class="fr-callout">
    <#if title?has_content><p class="fr-callout__title">${title}</p></#if>
    <div class="fr-callout__text"><#nested></div>
  </div>
</#macro>

<#-- A link when the setting gives an address, the plain text otherwise (the source page gives none). -->
<#macro optionalLink href label>
  <#if href?has_content><a href="${href}">${label}</a><#else>${label}</#if>
</#macro>

<#-- The information block of the source page: secretariat, phone, e-mail, organigramme, registration. -->
<#macro information headingLevel=2>
  <section class="fr-callout daect-information" aria-labelledby="informations">
    <h${headingLevel} id="informations" class="fr-callout__title">Informations</h${headingLevel}>
    <div class="fr-callout__text">
      <p>
        ${settings.contact_secretariat}<br>
        <a href="tel:${settings.contact_phone_international}">${settings.contact_phone}</a><br>
        <a href="mailto:${settings.contact_email}">${settings.contact_email}</a>
      </p>
      <p>Organigramme de la DAECT sur <@optionalLink href=(settings.link_organigramme!"") label="France Diplomatie"/></p>
      <p><a href="${root}inscription.html">Inscriptions en ligne</a></p>
      <p>Le programme, le lien pour participer et la confirmation de l'horaire vous seront transmis quelques jours avant le webinaire choisi.</p>
    </div>
  </section>
</#macro>

<#-- The DSFR breadcrumb; items are [label, href] pairs, the current page last without href. -->
<#macro breadcrumb items>
  <nav class="fr-breadcrumb" aria-label="vous êtes ici :">
    <button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="fil-ariane">Voir le fil d'Ariane</button>
    <div class="fr-collapse" id="fil-ariane">
      <ol class="fr-breadcrumb__list">
        <#list items as item>
          <li><#if item?has_next><a class="fr-breadcrumb__link" href="${root}${item[1]}">${item[0]}</a><#else><a class="fr-breadcrumb__link" aria-current="page">${item[0]}</a></#if></li>
        </#list>
      </ol>
    </div>
  </nav>
</#macro>
