<#ftl output_format="HTML" strip_whitespace=true>
<#--
  DSFR form components. Every field has a container marked data-champ (the field's name) and a
  messages group, where assets/js/inscription.js shows the errors (client checks or the service's
  answer) and points the inputs' aria-describedby at them; data-erreur names the DSFR class of the
  container's error state.
-->

<#-- A group of fields with its legend; fields go inside, each in its own element. -->
<#macro fieldset id legend hint="">
  <fieldset class="fr-fieldset" id="${id}" aria-labelledby="${id}-legende">
    <legend class="fr-fieldset__legend" id="${id}-legende">${legend}<#if hint?has_content> <span class="fr-hint-text">${hint}</span></#if></legend>
    <#nested>
  </fieldset>
</#macro>

<#-- A text or e-mail field, its attributes from the form definition (form.field(name)). -->
<#macro input field label hint="" missing="Ce champ est obligatoire." invalid="">
  <#local id = field.name>
  <div class="fr-fieldset__element">
    <div class="fr-input-group" data-champ="${field.name}" data-erreur="fr-input-group--error">
      <label class="fr-label" for="${id}">${label}<#if hint?has_content> <span class="fr-hint-text">${hint}</span></#if></label>
      <input class="fr-input" type="${field.type}" id="${id}" name="${field.name}"<#if field.autocomplete?has_content> autocomplete="${field.autocomplete}"</#if><#if field.required> required</#if><#if (field.maxLength > 0)> maxlength="${field.maxLength?c}"</#if><#if field.type == "email"> spellcheck="false"</#if> data-message-manquant="${missing}"<#if invalid?has_content> data-message-invalide="${invalid}"</#if>>
      <div class="fr-messages-group" id="${id}-messages"></div>
    </div>
  </div>
</#macro>

<#-- Checkboxes sharing one name, at least one to tick when the field is required; the boxes go inside (@checkbox). -->
<#macro checkboxGroup field legend hint="" missing="Cochez au moins une case.">
  <#local id = field.name>
  <fieldset class="fr-fieldset" id="${id}" aria-labelledby="${id}-legende" data-champ="${field.name}" data-erreur="fr-fieldset--error"<#if field.required> data-requis</#if> data-message-manquant="${missing}">
    <legend class="fr-fieldset__legend--regular fr-fieldset__legend" id="${id}-legende">${legend}<#if hint?has_content> <span class="fr-hint-text">${hint}</span></#if></legend>
    <#nested>
    <div class="fr-messages-group" id="${id}-messages"></div>
  </fieldset>
</#macro>

<#-- One box of a group; closes: when it stops being offered (an ISO instant), for the page's script. -->
<#macro checkbox field id value label hint="" closes="">
  <div class="fr-fieldset__element"<#if closes?has_content> data-closes="${closes}"</#if>>
    <div class="fr-checkbox-group">
      <input type="checkbox" id="${id}" name="${field.name}" value="${value}">
      <label class="fr-label" for="${id}">${label}<#if hint?has_content> <span class="fr-hint-text">${hint}</span></#if></label>
    </div>
  </div>
</#macro>

<#-- The consent box: required on its own; what it consents to is explained by the nested text (with its link), which the box points to. -->
<#macro consent field label missing>
  <#local id = field.name>
  <div class="fr-fieldset__element">
    <div class="fr-checkbox-group" data-champ="${field.name}" data-erreur="fr-checkbox-group--error">
      <input type="checkbox" id="${id}" name="${field.name}" value="oui"<#if field.required> required</#if> aria-describedby="${id}-info" data-message-manquant="${missing}">
      <label class="fr-label" for="${id}">${label}</label>
      <div class="fr-messages-group" id="${id}-messages"></div>
    </div>
    <div class="daect-consent-info" id="${id}-info"><#nested></div>
  </div>
</#macro>

<#--
  The honeypot. Robots fill every field; a person must never meet this one, whatever they use:
  "hidden" is honoured by the browser without our stylesheet (should it fail to load) and removes
  the field from the accessibility tree; aria-hidden covers older assistive tools; tabindex="-1"
  keeps it out of the Tab order even if a user stylesheet shows it; autocomplete="off" and a name
  no autofill knows keep the browser from filling it for the visitor; and the label tells anyone
  who sees it anyway (text browser, styles off) to leave it empty.
-->
<#macro honeypot name>
  <div class="daect-honeypot" hidden aria-hidden="true">
    <label for="${name}">Ne remplissez pas ce champ : il sert à détecter les envois automatiques.</label>
    <input type="text" id="${name}" name="${name}" value="" tabindex="-1" autocomplete="off">
  </div>
</#macro>

<#macro hidden name value>
  <input type="hidden" name="${name}" value="${value}">
</#macro>
