<#ftl output_format="HTML" strip_whitespace=true>
<#import "/layouts/base.ftl" as layout>
<#import "/components/breadcrumb.ftl" as breadcrumb>
<#import "/legal/fact.ftl" as fact>
<#-- The personal-data notice: the text of content/donnees-personnelles.md, then what the DAECT confirms in the
     settings (legal basis, retention, data protection officer: see LegalFacts) and whom to write to. -->
<@layout.page title=content.title description=(content.description!settings.site_description)>
  <@breadcrumb.breadcrumb items=[["Accueil", "index.html"], [content.title, ""]]/>
  <h1>${content.title}</h1>
  ${content.body?no_esc}

  <h2 id="base-legale">Sur quelle base ?</h2>
  <p>Base légale du traitement : <@fact.fact legal.legalBasis/>.</p>

  <h2 id="duree">Combien de temps sont-elles conservées ?</h2>
  <#if legal.retentionMonths?has_content>
    <p>Vos données sont conservées jusqu’à la fin du programme de webinaires, et au plus ${legal.retentionMonths} mois après votre inscription, puis supprimées.</p>
  <#else>
    <p>Durée de conservation : <@fact.fact ""/>.</p>
  </#if>

  <h2 id="droits">Vos droits</h2>
  <p>Vous pouvez accéder aux données qui vous concernent, les faire rectifier ou effacer, vous opposer à leur traitement ou en demander la limitation, et retirer votre consentement à tout moment.</p>
  <p>Pour exercer ces droits, écrivez au ${settings.contact_secretariat?uncap_first} : <a href="mailto:${settings.contact_email}">${settings.contact_email}</a>.</p>
  <p>Délégué à la protection des données du ministère : <#if legal.dpoEmail><a href="mailto:${legal.dpo}">${legal.dpo}</a><#else><@fact.fact legal.dpo/></#if>.</p>
  <p>Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la Commission nationale de l’informatique et des libertés (<a href="https://www.cnil.fr/fr/plaintes">CNIL</a>).</p>
</@layout.page>
