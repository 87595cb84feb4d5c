<#ftl output_format="HTML" strip_whitespace=true>
<#-- Components shared by the page templates, in the style of the DSFR components. -->
<#import "calendar.ftl" as cal>

<#-- When a session takes place: "<time>Lundi 26 octobre 2020</time>, de 14 h 00 à 16 h 00 (heure de Paris)".
     One inline box: inside a flex container (the DSFR card detail), loose text and spans would lose the spaces
     between them. The page's script adds the visitor's own time inside it when their zone differs (assets/js/programme.js). -->
<#macro when session>
  <span class="daect-when"><time datetime="${session.startIso}">${session.dateLabel}</time>, ${session.hoursLabel} <span class="daect-tz">(${session.zoneLabel})</span></span>
</#macro>

<#-- The machine-readable facts of a session, on the element that shows it (card, page): the script
     re-checks from them, in the visitor's browser, whether the session is under way or over. -->
<#macro sessionData session>data-session="${session.slug}" data-start="${session.startIso}" data-end="${session.endIso}" data-zone="${session.timeZone}" data-status="${session.eventStatus}" data-themes="${session.themeSlugs}" data-state="${session.state}"</#macro>

<#-- The state badges of a session: cancelled, postponed…, then under way or past. Both time badges are
     written (the one that does not apply yet is hidden) so that the script only has to show the right one. -->
<#macro badges session>
  <ul class="fr-badges-group daect-badges"<#if !(session.eventStatusLabel?? || session.past || session.underWay)> hidden</#if>>
    <#if session.eventStatusLabel??>
      <li><p class="fr-badge fr-badge--sm ${session.cancelled?then('fr-badge--error', 'fr-badge--warning')}">${session.eventStatusLabel}</p></li>
    </#if>
    <#if !session.cancelled>
      <li data-state-badge="under-way"<#if !session.underWay> hidden</#if>><p class="fr-badge fr-badge--sm fr-badge--success">En cours</p></li>
    </#if>
    <li data-state-badge="past"<#if !session.past> hidden</#if>><p class="fr-badge fr-badge--sm">Passé</p></li>
  </ul>
</#macro>

<#-- The themes and places of a session, each linking to its page. -->
<#macro themeTags session size="">
  <#if session.themes?has_content>
    <ul class="fr-tags-group<#if size?has_content> fr-tags-group--${size}</#if>" aria-label="Thèmes et lieux">
      <#list session.themes as theme>
        <li><a class="fr-tag<#if size?has_content> fr-tag--${size}</#if>" href="${root}${theme.path}">${theme.label}</a></li>
      </#list>
    </ul>
  </#if>
</#macro>

<#-- A session in a list: title, date and hours, state, note, themes. -->
<#macro sessionCard session headingLevel=3>
  <div class="fr-card fr-card--sm daect-session<#if session.past> daect-session--past</#if>" <@sessionData session/>>
    <div class="fr-card__body">
      <div class="fr-card__content">
        <h${headingLevel} class="fr-card__title"><a href="${root}${session.path}">${session.title}</a></h${headingLevel}>
        <#if session.note??><p class="fr-card__desc">${session.note}</p></#if>
        <div class="fr-card__start">
          <@badges session/>
          <p class="fr-card__detail"><@when session/></p>
        </div>
        <div class="fr-card__end">
          <@themeTags session=session size="sm"/>
        </div>
      </div>
      <div class="fr-card__footer">
        <#if session.openForRegistration><p class="fr-mb-2w daect-register-item"><@registerLink session/></p></#if>
        <@cal.icsLink session/>
      </div>
    </div>
  </div>
</#macro>

<#-- "S'inscrire" to a session open for registration: the form with that session ticked. -->
<#-- The same card, rendered once per bake for each address prefix and heading level: each session is listed on the
     page of each of its themes (fragments: FragmentCache). The pages at the root (the home page) list each session
     once: their cards are not kept. Outputs nothing but the card. -->
<#macro reusedSessionCard session headingLevel>
  <#if root?has_content>
    <#local key = session.slug + " " + root + " " + headingLevel?c>
    <#local reused = fragments.get(key)!>
    <#if !reused?has_content>
      <#local card><@sessionCard session=session headingLevel=headingLevel/></#local>
      <#local reused = fragments.put(key, card?markup_string)>
    </#if>
    ${reused?no_esc}<#t>
  <#else>
    <@sessionCard session=session headingLevel=headingLevel/>
  </#if>
</#macro>

<#macro registerLink session>
  <a class="fr-btn fr-btn--secondary fr-btn--sm daect-register" href="${root}${session.registrationPath}">S’inscrire<span class="fr-sr-only"> au webinaire « ${session.title} »</span></a>
</#macro>

<#-- "Prochain webinaire": the next session that will take place, with its actions; the script puts the
     following one in its place once it is over. -->
<#macro nextSession next="" headingLevel=2>
  <section class="daect-next fr-mb-6w" aria-labelledby="prochain" data-next>
    <h${headingLevel} id="prochain">Prochain webinaire</h${headingLevel}>
    <#if next?has_content><@sessionCard session=next headingLevel=headingLevel + 1/></#if>
    <p class="daect-next-none"<#if next?has_content> hidden</#if>>Aucun webinaire à venir n’est annoncé pour le moment. <a href="#agenda-programme">Abonnez-vous au calendrier des webinaires</a> pour connaître les prochaines dates.</p>
  </section>
</#macro>

<#-- Sessions listed: the upcoming ones, then the past ones, most recent first, each part by year (as the
     source page groups the programme). Every year has its place among the past ones, hidden while empty:
     the script moves a session there once it is over. -->
<#macro listing listing headingLevel=2>
  <div class="daect-listing" data-listing>
    <section class="daect-upcoming" aria-labelledby="a-venir">
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
        <li><@reusedSessionCard session=session headingLevel=headingLevel + 1/></li>
      </#list>
    </ul>
  </div>
</#macro>

<#-- The themes and places of the programme, each linking to its page; on the home page the script turns
     them into filter buttons (no reload, the address follows, the count is announced). -->
<#macro themeFilter themes current="" filter=false>
  <div class="daect-filter fr-mb-4w"<#if filter> data-filter</#if>>
    <p id="themes-titre" class="fr-mb-1w">Thèmes et lieux</p>
    <ul class="fr-tags-group" aria-labelledby="themes-titre">
      <#list themes as theme>
        <li><a class="fr-tag" href="${root}${theme.path}" data-theme="${theme.slug}"<#if theme.slug == current> aria-current="page"</#if>>${theme.label}</a></li>
      </#list>
    </ul>
    <#if filter>
      <p class="fr-text--sm fr-mb-0" role="status" data-filter-status
         data-message-one="1 webinaire pour « {theme} »." data-message-many="{n} webinaires pour « {theme} »."
         data-message-all="Tous les webinaires sont affichés ({n})."></p>
    </#if>
  </div>
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

<#-- A fact of the legal pages (see the legal model): its value, or the mark « à confirmer par la DAECT » while its
     setting is empty; a production build refuses to publish it so. -->
<#macro fact value>
  <#if value?has_content>${value}<#else><span class="fr-badge fr-badge--sm fr-badge--warning fr-badge--no-icon daect-to-confirm">à confirmer par la DAECT</span></#if><#t>
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

<#-- The DSFR breadcrumb; items are [label, href] pairs, the current page last without href (a span, not the DSFR's
     link without href, which search engines count as a link they cannot follow). js/menu.js unfolds it on small screens. -->
<#macro breadcrumb items>
  <nav class="fr-breadcrumb" aria-label="vous êtes ici :">
    <button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="fil-ariane">Voir le fil d'Ariane</button>
    <div class="fr-collapse" id="fil-ariane">
      <ol class="fr-breadcrumb__list">
        <#list items as item>
          <li><#if item?has_next><a class="fr-breadcrumb__link" href="${root}${item[1]}">${item[0]}</a><#else><span class="fr-breadcrumb__link" aria-current="page">${item[0]}</span></#if></li>
        </#list>
      </ol>
    </div>
  </nav>
</#macro>
