// Live reload of the local preview. The preview server adds this script to the pages it serves;
// it is never part of the baked site. The page reloads as soon as the site was rebuilt (or failed
// to be: the page then shows the error overlay the server put in it).
(function () {
  'use strict';
  var script = document.currentScript;
  var build = script ? script.getAttribute('data-build') : null;

  var overlay = document.getElementById('apercu-erreurs');
  if (overlay) {
    overlay.focus();
    var hide = overlay.querySelector('.apercu-erreurs__masquer');
    if (hide) {
      hide.addEventListener('click', function () {
        overlay.hidden = true;
      });
    }
  }

  if (!('EventSource' in window) || !build) {
    return;
  }
  var events = new EventSource('/_apercu/evenements');
  events.addEventListener('build', function (event) {
    if (event.data !== build) {
      events.close();
      window.location.reload();
    }
  });
})();
