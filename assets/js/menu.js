/* What the pages need of the DSFR's scripts, which the site does not ship (21 KB compressed):
   - the header's menu and search bar on small screens, as the DSFR's modals: the "Menu" (or "Rechercher") button
     opens it, "Fermer", Escape or the button again close it; the focus goes to the search field or the close
     button, stays in the modal, and comes back;
   - the collapsed parts, as the DSFR's collapse (the breadcrumb on small screens): the button unfolds its part.
   Without it, links open the menu and the breadcrumb (css/site.css). */
(function () {
  'use strict';

  /* The DSFR shows these parts with a transition of their visibility, during which they cannot take the focus yet. */
  function focusWhenShown(element, part) {
    element.focus();
    if (document.activeElement === element) {
      return;
    }
    var done = false;
    function focus() {
      if (!done) {
        done = true;
        element.focus();
      }
    }
    part.addEventListener('transitionend', focus, { once: true });
    setTimeout(focus, 400);
  }

  /* Without this script, the "Menu" and "Voir le fil d'Ariane" links open their part by its address (:target in
     css/site.css); with it, they become the DSFR's buttons, attributes kept. */
  Array.prototype.forEach.call(document.querySelectorAll('a[data-daect-button]'), function (link) {
    var button = document.createElement('button');
    Array.prototype.forEach.call(link.attributes, function (attribute) {
      if (attribute.name !== 'href' && attribute.name !== 'data-daect-button') {
        button.setAttribute(attribute.name, attribute.value);
      }
    });
    button.type = 'button';
    while (link.firstChild) {
      button.appendChild(link.firstChild);
    }
    link.replaceWith(button);
  });

  Array.prototype.forEach.call(document.querySelectorAll('button[aria-controls][aria-expanded]'), function (button) {
    var part = document.getElementById(button.getAttribute('aria-controls'));
    if (!part || !part.classList.contains('fr-collapse')) {
      return;
    }
    button.addEventListener('click', function () {
      var expanded = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(expanded));
      part.classList.toggle('fr-collapse--expanded', expanded);
      var first = expanded && part.querySelector('a[href]');
      if (first) {
        focusWhenShown(first, part);
      }
    });
  });

  /* Each modal of the header (the menu, the search bar on small screens) opens from its button. */
  function setUpModal(id, label) {
  var menu = document.getElementById(id);
  var opener = document.querySelector('[data-fr-opened][aria-controls="' + id + '"]');
  if (!menu || !opener) {
    return;
  }
  var closer = menu.querySelector('.fr-btn--close');

  function focusable() {
    return Array.prototype.filter.call(menu.querySelectorAll('a[href], button, input'), function (element) {
      return element.offsetParent !== null;
    });
  }

  function onKey(event) {
    if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Tab') {
      var elements = focusable();
      var first = elements[0];
      var last = elements[elements.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        last.focus();
        event.preventDefault();
      } else if (!event.shiftKey && document.activeElement === last) {
        first.focus();
        event.preventDefault();
      }
    }
  }

  function open() {
    menu.classList.add('fr-modal--opened');
    menu.setAttribute('role', 'dialog');
    menu.setAttribute('aria-modal', 'true');
    menu.setAttribute('aria-label', label);
    opener.setAttribute('data-fr-opened', 'true');
    opener.setAttribute('aria-expanded', 'true');
    document.addEventListener('keydown', onKey);
    var first = menu.querySelector('input') || closer;
    if (first) {
      focusWhenShown(first, menu);
    }
  }

  function close() {
    menu.classList.remove('fr-modal--opened');
    menu.removeAttribute('role');
    menu.removeAttribute('aria-modal');
    menu.removeAttribute('aria-label');
    opener.setAttribute('data-fr-opened', 'false');
    opener.setAttribute('aria-expanded', 'false');
    document.removeEventListener('keydown', onKey);
    opener.focus();
  }

  opener.setAttribute('aria-expanded', 'false');
  opener.addEventListener('click', function () {
    if (menu.classList.contains('fr-modal--opened')) {
      close();
    } else {
      open();
    }
  });
  if (closer) {
    closer.addEventListener('click', close);
  }
  }
  setUpModal('menu-principal', 'Menu');
  setUpModal('recherche-modal', 'Rechercher');
})();
