<#ftl output_format="HTML" strip_whitespace=true>
<#import "/components/link.ftl" as l>
<#import "/layouts/base.ftl" as layout>
<#import "/components/breadcrumb.ftl" as breadcrumb>
<#import "/components/callout.ftl" as callout>
<#import "/components/form.ftl" as f>
<#import "/components/alert.ftl" as a>
<#assign open = programme.openForRegistration>
<#assign contact><@l.email settings.contact_email/></#assign>
<@layout.page title=content.title description=(content.description!settings.site_description) current="inscription"
    scripts=open?has_content?then(["js/inscription.js"], [])>
  <@breadcrumb.breadcrumb items=[["Accueil", "index.html"], [content.title, ""]]/>
  <h1>${content.title}</h1>
  <#if content.body?has_content><div class="daect-intro">${content.body?no_esc}</div></#if>

  <#if open?has_content>
    <div id="inscription" class="daect-inscription fr-col-12 fr-col-md-10 fr-col-lg-8">
      <p id="inscription-statut" class="fr-sr-only" role="status" aria-live="polite" aria-atomic="true"></p>
      <div id="inscription-alertes"></div>
      <form id="formulaire-inscription" action="${form.action(root)}" method="${form.method}" data-daect-inscription
            data-message-envoi="Envoi en cours…" data-message-erreurs="Le formulaire contient des erreurs : corrigez les champs signalés."
            data-message-succes="Votre inscription est envoyée.">
        <p class="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>

        <@f.fieldset id="coordonnees" legend="Vos coordonnées">
          <@f.input field=form.field("nom") label="Nom" missing="Indiquez votre nom."/>
          <@f.input field=form.field("prenom") label="Prénom" missing="Indiquez votre prénom."/>
          <@f.input field=form.email label="Adresse électronique" hint="Format attendu : prenom.nom@exemple.fr. Le lien du webinaire vous sera envoyé à cette adresse."
              missing="Indiquez votre adresse électronique." invalid="Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr."/>
          <@f.input field=form.field("organisation") label="Organisation ou collectivité" hint="Par exemple : Région Occitanie, commune de Lille, association…" missing="Indiquez votre organisation ou votre collectivité."/>
          <@f.input field=form.field("fonction") label="Fonction (facultatif)" hint="Par exemple : élu, chargée de mission relations internationales"/>
        </@f.fieldset>

        <@f.checkboxGroup field=form.field("webinaires") legend="Webinaires choisis" hint="Cochez un ou plusieurs webinaires." missing="Choisissez au moins un webinaire.">
          <#list open as s>
            <@f.checkbox field=form.field("webinaires") id="webinaire-" + s.slug value=s.dateLabel + " — " + s.title label=s.title hint=s.whenLabel + " (" + s.zoneLabel + "). Inscriptions jusqu’au " + s.registrationClosesLabel + "." closes=s.registrationClosesIso/>
          </#list>
        </@f.checkboxGroup>

        <@f.fieldset id="consentement-groupe" legend="Vos données personnelles">
          <@f.consent field=form.field("consentement")
              label="J’accepte que la DAECT utilise ces informations pour enregistrer mon inscription et m’envoyer le lien du webinaire."
              missing="Cochez cette case pour accepter le traitement de vos données, sans quoi nous ne pouvons pas vous inscrire.">
            <p class="fr-text--sm">Vos données sont traitées par la ${organisation.fullName} du ministère de l’Europe et des Affaires étrangères, uniquement pour gérer votre inscription. Pour savoir combien de temps elles sont conservées et comment exercer vos droits, consultez la page <a href="${root}donnees-personnelles.html">Données personnelles</a>.</p>
          </@f.consent>
        </@f.fieldset>

        <@f.honeypot name=form.gotchaField/>
        <@f.hidden name=form.subjectField value=form.subject/>
        <@f.hidden name=form.nextField value=form.next/>

        <button type="submit" class="fr-btn" id="inscription-envoyer">Envoyer mon inscription</button>
      </form>
    </div>

    <#-- Messages the script shows; kept here so that every word of the page is in its template. -->
    <template id="inscription-modele-succes">
      <@a.alert type="success" title="Votre inscription est envoyée">
        <p>Merci. Le programme, le lien pour participer et la confirmation de l’horaire vous seront transmis quelques jours avant le webinaire choisi.</p>
      </@a.alert>
    </template>
    <template id="inscription-modele-echec">
      <@a.alert type="error" title="L’envoi n’a pas abouti">
        <p>Le service d’inscription n’a pas pu être joint. Vérifiez votre connexion à internet, puis réessayez : les informations saisies sont conservées. Si le problème persiste, écrivez au secrétariat de la DAECT : ${contact}.</p>
        <button type="button" class="fr-btn fr-btn--secondary fr-mt-2w" data-reessayer>Réessayer l’envoi</button>
      </@a.alert>
    </template>
    <template id="inscription-modele-refus">
      <@a.alert type="error" title="Votre inscription n’a pas été acceptée">
        <p data-detail></p>
        <p>Corrigez les champs signalés, puis envoyez à nouveau. En cas de difficulté, écrivez au secrétariat de la DAECT : ${contact}.</p>
      </@a.alert>
    </template>
    <template id="inscription-modele-session-fermee">
      <@a.alert type="info" title="Ce webinaire n’est pas ouvert aux inscriptions">
        <p>Le webinaire demandé est passé, annulé, reporté ou complet. Vous pouvez choisir un autre webinaire ci-dessous.</p>
      </@a.alert>
    </template>
    <template id="inscription-modele-aucun"><@noneOpen/></template>
  <#else>
    <@noneOpen/>
  </#if>
</@layout.page>
<#-- Said when no session is open: by the bake, or by the page's script once the last one offered is over. -->
<#macro noneOpen>
  <@callout.callout title="Aucun webinaire n’est ouvert aux inscriptions">
    <p>Aucun webinaire n’est ouvert aux inscriptions pour le moment. Pour toute question, écrivez au secrétariat de la DAECT : ${contact}.</p>
  </@callout.callout>
</#macro>
