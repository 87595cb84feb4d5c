/*
 * Registers JBake's header format with Decap CMS; checks what the form alone cannot (that a session
 * ends after it starts: the validation's message, in French, before anything is written); names a new
 * session's file as new-session does.
 */
(function () {
  'use strict';
  var CMS = window.CMS;
  var format = window.DaectHeaderFormat;
  CMS.registerCustomFormat('jbake', 'md', format);
  CMS.registerEventListener({
    name: 'preSave',
    handler: function (event) {
      var data = event.entry.get('data');
      if (event.entry.get('collection') !== 'webinaires') {
        return data;
      }
      var start = data.get('start');
      var end = data.get('end');
      if (start && end && end <= start) {
        throw new Error('Heure de fin : la fin (' + end + ') doit venir après le début (' + start + ').');
      }
      // The collection's slug is "{{fields.date}}-{{fields.__slug}}"; the format never writes this key.
      return data.set(format.SLUG, format.slug(data.get('title')));
    }
  });
  if (window.DaectPreview) {
    CMS.registerPreviewTemplate('webinaires', window.DaectPreview);
  }
})();
