<#ftl output_format="HTML" strip_whitespace=true>
<#-- Calendar components: .ics links, "add to" links of web calendars, subscription, schema.org Event.
     Every address and value comes from the Java views (SessionView, ProgrammeView). -->
<#import "/components/callout.ftl" as c>

<#-- The session's own .ics, typed so that the browser hands it to the calendar application. Once the session is over,
     the file stays (calendars that hold the event read it) but adding it to one's calendar is no longer the point. -->
<#macro icsLink session class="fr-link">
  <a class="${class}" href="${root}${session.icsPath}" type="text/calendar" download>${session.past?then("Fichier agenda du webinaire (.ics)", "Ajouter à mon agenda (.ics)")}<span class="fr-sr-only"> : ${session.title}</span></a>
</#macro>

<#-- On a session page: the .ics, and the add links of Google Agenda and Outlook (times in UTC, shown in each visitor's zone). -->
<#macro sessionLinks session>
  <section class="daect-calendar fr-my-4w" aria-labelledby="ajouter-agenda">
    <h2 id="ajouter-agenda" class="fr-h5">Ajouter ce webinaire à votre agenda</h2>
    <ul class="fr-btns-group fr-btns-group--inline-md">
      <li><@icsLink session=session class="fr-btn fr-btn--secondary"/></li>
      <#if !session.cancelled>
        <li><a class="fr-btn fr-btn--tertiary" href="${session.googleCalendarUrl}" rel="noopener"><span class="fr-sr-only">Ajouter à </span>Google Agenda</a></li>
        <li><a class="fr-btn fr-btn--tertiary" href="${session.outlookCalendarUrl}" rel="noopener"><span class="fr-sr-only">Ajouter à </span>Outlook</a></li>
      </#if>
    </ul>
    <p class="fr-text--sm">Votre agenda affiche l’horaire dans votre propre fuseau horaire. Si le webinaire change ou est annulé, le fichier .ics de cette page est mis à jour : ouvrez-le de nouveau pour mettre votre agenda à jour, ou abonnez-vous au <a href="${root}${programme.calendarPath}" type="text/calendar" download>calendrier du programme</a>.</p>
  </section>
</#macro>

<#-- The session as a schema.org Event (JSON text built and escaped in Java). -->
<#macro jsonLd session>
  <script type="application/ld+json">${session.jsonLd?no_esc}</script>
</#macro>

<#-- In the <head> of the home page: the whole programme's calendar, for clients and crawlers that look for it. -->
<#macro alternateLink>
  <link rel="alternate" type="text/calendar" title="${settings.site_name} — calendrier" href="${root}${programme.calendarPath}">
</#macro>

<#-- The whole programme: subscription (webcal://) and download. -->
<#macro subscribe headingLevel=2>
  <@c.callout title="Le programme dans votre agenda" headingLevel=headingLevel id="agenda-programme" class="daect-subscribe">
      <p>Abonnez-vous au calendrier des webinaires : les nouvelles dates, les changements d’horaire et les annulations y apparaîtront d’eux-mêmes.</p>
      <#-- Without the site's real address (site.host left at its example), no fake address is shown: the download only. -->
      <#if programme.calendarAddressKnown>
        <ul>
          <li><a href="${programme.calendarWebcalUrl}">S’abonner au calendrier des webinaires</a> (Apple Calendrier, Outlook, Thunderbird)</li>
          <li><a href="${root}${programme.calendarPath}" type="text/calendar" download>Télécharger le programme complet (.ics)</a></li>
        </ul>
        <p>Dans Google Agenda ou Outlook sur le web, abonnez-vous avec l’adresse : <code>${programme.calendarUrl}</code></p>
      <#else>
        <ul>
          <li><a href="${root}${programme.calendarPath}" type="text/calendar" download>Télécharger le programme complet (.ics)</a></li>
        </ul>
        <p class="daect-no-address">L’adresse d’abonnement sera donnée ici sur le site publié : cette version du site ne connaît pas encore son adresse publique. En attendant, téléchargez le programme complet et ouvrez-le avec votre agenda.</p>
      </#if>
  </@c.callout>
</#macro>

<#-- On every page (footer): the whole programme's calendar. -->
<#macro footerLink>
  <a class="fr-footer__bottom-link" href="${root}${programme.calendarPath}" type="text/calendar" download>Calendrier des webinaires (.ics)</a>
</#macro>
