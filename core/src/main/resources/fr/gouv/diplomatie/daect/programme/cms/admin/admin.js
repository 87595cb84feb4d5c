/*
 * Registers JBake's header format with Decap CMS and checks what the form alone cannot: that a
 * session ends after it starts. The message is the validation's, in French, before anything is written.
 */
(function () {
  'use strict';
  var CMS = window.CMS;
  CMS.registerCustomFormat('jbake', 'md', window.DaectHeaderFormat);
  CMS.registerEventListener({
    name: 'preSave',
    handler: function (event) {
      var data = event.entry.get('data');
      var start = data.get('start');
      var end = data.get('end');
      if (event.entry.get('collection') === 'webinaires' && start && end && end <= start) {
        throw new Error('Heure de fin : la fin (' + end + ') doit venir après le début (' + start + ').');
      }
      return data;
    }
  });
})();
