/*
 * The preview pane of a session: the validation's findings on the entry as it stands, in French,
 * each with its field's label, then the title and the text. The local backend runs the build's own
 * validation on the candidate file (with the rest of the repository) without writing it; where there
 * is no local backend (the published interface), the pane only shows the entry: the CI validates.
 */
(function () {
  'use strict';
  var h = window.h;
  var DELAY_MS = 400;

  function candidatePath(entry, format) {
    if (entry.get('path')) {
      return entry.get('path');
    }
    var data = entry.get('data');
    return 'content/webinaires/' + (data.get('date') || '2000-01-01') + '-' + (format.slug(data.get('title')) || 'titre') + '.md';
  }

  function finding(diagnostic, index) {
    return h('li', { key: index, 'data-champ': diagnostic.field || '' },
      h('strong', null, diagnostic.label + ' : '), diagnostic.severity === 'erreur' ? '' : '(avertissement) ', diagnostic.message);
  }

  window.DaectPreview = window.createClass({
    getInitialState: function () {
      return { diagnostics: null };
    },
    componentDidMount: function () {
      this.schedule();
    },
    componentDidUpdate: function () {
      this.schedule();
    },
    componentWillUnmount: function () {
      clearTimeout(this.timer);
      this.gone = true;
    },
    /** Asks once the editor pauses, and only when the file would change. */
    schedule: function () {
      var format = window.DaectHeaderFormat;
      var keys = this.props.fields.map(function (field) { return field.get('name'); }).toArray();
      var path = candidatePath(this.props.entry, format);
      var raw = format.toFile(this.props.entry.get('data').toJS(), keys);
      var asked = path + '\n' + raw;
      if (asked === this.asked) {
        return;
      }
      this.asked = asked;
      clearTimeout(this.timer);
      var self = this;
      this.timer = setTimeout(function () {
        fetch('/api/v1', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ action: 'validate', params: { path: path, raw: raw } })
        }).then(function (response) {
          return response.ok ? response.json() : null;
        }).then(function (answer) {
          if (!self.gone && self.asked === asked) {
            self.setState({ diagnostics: answer ? answer.diagnostics : null });
          }
        }).catch(function () {
          // No local backend: nothing to show beyond the entry.
        });
      }, DELAY_MS);
    },
    render: function () {
      var data = this.props.entry.get('data');
      var diagnostics = this.state.diagnostics;
      var report = null;
      if (diagnostics && diagnostics.length > 0) {
        report = h('section', { id: 'validation', role: 'alert' },
          h('h2', null, diagnostics.length === 1 ? 'La validation signale un problème' : 'La validation signale ' + diagnostics.length + ' problèmes'),
          h('ul', null, diagnostics.map(finding)));
      } else if (diagnostics) {
        report = h('p', { id: 'validation' }, 'La validation ne signale rien.');
      }
      return h('article', null,
        report,
        h('h1', null, data.get('title')),
        h('p', null, [data.get('date'), data.get('start') && data.get('end') ? data.get('start') + '–' + data.get('end') : ''].join(' ')),
        this.props.widgetFor('body'));
    }
  });
})();
