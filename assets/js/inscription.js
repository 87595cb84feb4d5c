/*
 * The registration form, progressively enhanced. Without this script the form is a plain POST to
 * the form service, which redirects to the thank-you page. With it: French checks before sending,
 * then fetch with "Accept: application/json" (Formspree's protocol), and the answer shown on the
 * page — success in place of the form, each refused field in its DSFR error state, a retry when the
 * service cannot be reached — without ever losing what the visitor typed.
 * Every message is written in the page (data-message-* attributes and <template>s).
 */
(function () {
  'use strict';

  const form = document.querySelector('form[data-daect-inscription]');
  if (!form || !window.fetch || !window.URLSearchParams || !window.FormData) {
    return;
  }
  const status = document.getElementById('inscription-statut');
  const alerts = document.getElementById('inscription-alertes');
  const button = form.querySelector('button[type="submit"]');
  const buttonLabel = button.textContent;
  let sending = false;

  // Our French messages replace the browser's bubbles (which follow the browser's language).
  form.noValidate = true;

  withdrawSessionsOver();
  preselect();
  // A page left open while a session ends follows it.
  window.setInterval(withdrawSessionsOver, 30000);

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    attempt();
  });

  // A field the visitor corrects loses its error at once.
  form.addEventListener('change', function (event) {
    const container = event.target.closest('[data-champ]');
    if (container) {
      clearError(container);
    }
  });

  function attempt() {
    if (sending) {
      return;
    }
    clearAlerts();
    containers().forEach(clearError);
    const errors = check();
    if (errors.length > 0) {
      showFieldErrors(errors);
      return;
    }
    send();
  }

  /**
   * The page is baked once and read for days: a session whose registration closed by the visitor's clock (data-closes,
   * registration.closes.hours before its start) is no
   * longer offered, its box unticked and taken away; once none is left, the form gives way to the page's notice
   * that no session is open. Without this script, the form offers what the build offered.
   */
  function withdrawSessionsOver() {
    if (!document.body.contains(form)) {
      return;
    }
    // In the preview only, the date the editor chose (programme.today), as assets/js/programme.js reads it.
    const chosen = document.querySelector('meta[name="daect-programme-today"]');
    const now = chosen ? Date.parse(chosen.content) + performance.now() : Date.now();
    form.querySelectorAll('[data-closes]').forEach(function (element) {
      if (!element.hidden && Date.parse(element.dataset.closes) <= now) {
        const box = element.querySelector('input');
        box.checked = false;
        box.disabled = true;
        element.hidden = true;
      }
    });
    if (form.querySelector('[data-closes]') && !form.querySelector('[data-closes]:not([hidden])')) {
      clearAlerts();
      form.replaceWith(fromTemplate('inscription-modele-aucun'));
    }
  }

  /** ?session=<slug> ticks that session's box; a session no longer open gets a notice. */
  function preselect() {
    const slug = new URLSearchParams(window.location.search).get('session');
    if (!slug || !document.body.contains(form)) {
      return;
    }
    const box = document.getElementById('webinaire-' + slug);
    if (box && box.type === 'checkbox' && form.contains(box) && !box.disabled) {
      box.checked = true;
    } else {
      alerts.appendChild(fromTemplate('inscription-modele-session-fermee'));
    }
  }

  function containers() {
    return Array.from(form.querySelectorAll('[data-champ]'));
  }

  function container(name) {
    return containers().find(function (c) { return c.getAttribute('data-champ') === name; });
  }

  /** The checks a visitor can fix before sending, in page order. */
  function check() {
    const errors = [];
    containers().forEach(function (c) {
      const name = c.getAttribute('data-champ');
      const inputs = Array.from(c.querySelectorAll('input'));
      if (c.tagName === 'FIELDSET') {
        if (c.hasAttribute('data-requis') && !inputs.some(function (i) { return i.checked; })) {
          errors.push({ field: name, message: c.getAttribute('data-message-manquant') });
        }
        return;
      }
      const input = inputs[0];
      if (input.type === 'checkbox') {
        if (input.required && !input.checked) {
          errors.push({ field: name, message: input.getAttribute('data-message-manquant') });
        }
      } else if (input.required && input.value.trim() === '') {
        errors.push({ field: name, message: input.getAttribute('data-message-manquant') });
      } else if (input.validity.typeMismatch || input.validity.tooLong) {
        errors.push({ field: name, message: input.getAttribute('data-message-invalide') || input.validationMessage });
      }
    });
    return errors;
  }

  function send() {
    sending = true;
    button.disabled = true;
    button.textContent = form.getAttribute('data-message-envoi');
    form.setAttribute('aria-busy', 'true');
    announce(form.getAttribute('data-message-envoi'));
    // URL-encoded, never in the address: the body of a POST.
    const body = new URLSearchParams(new FormData(form));
    fetch(form.getAttribute('action'), {
      method: 'POST',
      body: body,
      headers: { 'Accept': 'application/json' },
      credentials: 'omit',
      cache: 'no-store'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        done();
        if (response.ok && data.ok !== false) {
          succeeded();
        } else if (response.status >= 400 && response.status < 500) {
          refused(data);
        } else {
          failed();
        }
      });
    }, function () {
      done();
      failed();
    });
  }

  function done() {
    sending = false;
    button.disabled = false;
    button.textContent = buttonLabel;
    form.removeAttribute('aria-busy');
  }

  function succeeded() {
    const alert = fromTemplate('inscription-modele-succes');
    clearAlerts();
    form.replaceWith(alert);
    alert.focus();
    announce(form.getAttribute('data-message-succes'));
  }

  /** The service refused: its errors go on their fields; what belongs to no field goes in an alert. */
  function refused(data) {
    const errors = Array.isArray(data.errors) ? data.errors : [];
    const onFields = errors.filter(function (e) { return e && e.field && container(e.field); });
    const general = errors.filter(function (e) { return onFields.indexOf(e) < 0; })
      .map(function (e) { return e && e.message; }).filter(Boolean);
    if (onFields.length > 0 && general.length === 0) {
      showFieldErrors(onFields);
      return;
    }
    const alert = fromTemplate('inscription-modele-refus');
    alert.querySelector('[data-detail]').textContent = general.join(' ') || data.error || '';
    alerts.appendChild(alert);
    if (onFields.length > 0) {
      showFieldErrors(onFields);
    } else {
      alert.focus();
      announce(alert.textContent);
    }
  }

  /** The service could not be reached (network, 5xx): say so, keep every value, offer to retry. */
  function failed() {
    const alert = fromTemplate('inscription-modele-echec');
    alert.querySelector('[data-reessayer]').addEventListener('click', attempt);
    clearAlerts();
    alerts.appendChild(alert);
    alert.focus();
    announce(alert.querySelector('.fr-alert__title').textContent);
  }

  function showFieldErrors(errors) {
    errors.forEach(function (error) {
      markError(container(error.field), error.message);
    });
    const first = container(errors[0].field).querySelector('input');
    first.focus();
    announce(form.getAttribute('data-message-erreurs'));
  }

  /** DSFR error state on the field, its message in the messages group, described and flagged on each input. */
  function markError(c, message) {
    clearError(c);
    const id = c.getAttribute('data-champ') + '-erreur';
    const p = document.createElement('p');
    p.className = 'fr-message fr-message--error';
    p.id = id;
    p.textContent = message;
    c.querySelector('.fr-messages-group').appendChild(p);
    c.classList.add(c.getAttribute('data-erreur'));
    c.querySelectorAll('input').forEach(function (input) {
      input.setAttribute('aria-invalid', 'true');
      setTokens(input, 'aria-describedby', tokens(input, 'aria-describedby').concat(id));
    });
  }

  function clearError(c) {
    const id = c.getAttribute('data-champ') + '-erreur';
    const p = document.getElementById(id);
    if (p) {
      p.remove();
    }
    c.classList.remove(c.getAttribute('data-erreur'));
    c.querySelectorAll('input').forEach(function (input) {
      input.removeAttribute('aria-invalid');
      setTokens(input, 'aria-describedby', tokens(input, 'aria-describedby').filter(function (t) { return t !== id; }));
    });
  }

  function tokens(element, attribute) {
    return (element.getAttribute(attribute) || '').split(/\s+/).filter(Boolean);
  }

  function setTokens(element, attribute, list) {
    if (list.length > 0) {
      element.setAttribute(attribute, list.join(' '));
    } else {
      element.removeAttribute(attribute);
    }
  }

  function clearAlerts() {
    alerts.replaceChildren();
  }

  function fromTemplate(id) {
    return document.getElementById(id).content.firstElementChild.cloneNode(true);
  }

  /** Emptied first, so that the same message twice is announced twice. */
  function announce(message) {
    status.textContent = '';
    window.setTimeout(function () {
      status.textContent = message;
    }, 100);
  }
}());
