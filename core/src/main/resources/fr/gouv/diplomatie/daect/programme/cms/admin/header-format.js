/*
 * JBake's header format for Decap CMS: "key=value" lines, a "~~~~~~" line, then the Markdown body.
 * A file read then written unchanged comes out byte for byte the same: each header line read is
 * kept as it was unless its value changed, so an edit changes only its own line. New keys are
 * written in the form's order, "key=value" with no spaces, as the new-session command writes them.
 * Runs in the browser (window.DaectHeaderFormat) and under Node (module.exports) for the tests.
 */
(function (root) {
  'use strict';

  var SEPARATOR = '~~~~~~';
  /** Where the lines as read are kept in the entry's data: not a field, so never shown. */
  var HEADER = '__header';
  var BODY = 'body';
  /** Keys whose value is a comma-separated list in the file and a list in the form. */
  var LISTS = ['tags'];
  /** Data keys that start so are the interface's own (the file name's slug, the header as read): never written. */
  var INTERNAL = '__';
  /** new-session's cut: the title's first words up to this length, between two words. */
  var SLUG_LENGTH = 50;

  function isList(key) {
    return LISTS.indexOf(key) >= 0;
  }

  /** The value as the form holds it. */
  function parsed(key, value) {
    if (!isList(key)) {
      return value;
    }
    return value.split(',').map(function (tag) { return tag.trim(); }).filter(function (tag) { return tag !== ''; });
  }

  /** The value as the file writes it; '' when there is nothing to write. */
  function written(key, value) {
    if (value === undefined || value === null) {
      return '';
    }
    if (Array.isArray(value)) {
      return value.map(String).join(',');
    }
    // A header line holds one line: a line break would start another key.
    return String(value).replace(/\r\n|\r|\n/g, ' ').trim();
  }

  function fromFile(text) {
    var lines = [];
    var start = 0;
    while (start < text.length) {
      var end = text.indexOf('\n', start);
      var next = end < 0 ? text.length : end + 1;
      var line = text.slice(start, next);
      var content = line.replace(/\r?\n$/, '');
      if (content === SEPARATOR) {
        var data = {};
        lines.forEach(function (header) {
          if (header.key !== null) {
            data[header.key] = parsed(header.key, header.value);
          }
        });
        data[BODY] = text.slice(next);
        data[HEADER] = { lines: lines, separator: line };
        return data;
      }
      var equals = content.indexOf('=');
      lines.push(equals < 0
        ? { raw: line, key: null, value: null }
        : { raw: line, key: content.slice(0, equals).trim(), value: content.slice(equals + 1).trim() });
      start = next;
    }
    // No header at all: the whole file is the body.
    var whole = {};
    whole[BODY] = text;
    return whole;
  }

  function toFile(data, sortedKeys) {
    var header = data[HEADER] || { lines: [], separator: SEPARATOR + '\n' };
    var out = '';
    var done = {};
    done[BODY] = done[HEADER] = true;
    header.lines.forEach(function (line) {
      if (line.key === null) {
        out += line.raw;
        return;
      }
      if (done[line.key]) {
        // A key written twice: the validation reports it; the form knows one value only.
        return;
      }
      done[line.key] = true;
      var value = written(line.key, data[line.key]);
      if (value === written(line.key, parsed(line.key, line.value))) {
        out += line.raw;
      } else if (value !== '') {
        var end = /\r?\n$/.exec(line.raw);
        out += line.key + '=' + value + (end ? end[0] : '\n');
      }
    });
    (sortedKeys || []).concat(Object.keys(data)).forEach(function (key) {
      if (done[key] || key.indexOf(INTERNAL) === 0) {
        return;
      }
      done[key] = true;
      var value = written(key, data[key]);
      if (value !== '') {
        out += key + '=' + value + '\n';
      }
    });
    var body = data[BODY] === undefined || data[BODY] === null ? '' : String(data[BODY]);
    return out + header.separator + body;
  }

  /**
   * The file name's words as the build's Slugs.of and new-session write them ("L'eau & la santé" gives
   * "l-eau-la-sante"), cut between two words after SLUG_LENGTH characters. Decap's own slugs drop
   * apostrophes ("leau") and never cut.
   */
  function slug(title) {
    var plain = String(title || '').normalize('NFD').replace(/\p{M}+/gu, '')
      .replace(/œ/g, 'oe').replace(/Œ/g, 'oe').replace(/æ/g, 'ae').replace(/Æ/g, 'ae');
    var words = plain.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (words.length <= SLUG_LENGTH) {
      return words;
    }
    var cut = words.lastIndexOf('-', SLUG_LENGTH);
    return cut > 0 ? words.slice(0, cut) : words.slice(0, SLUG_LENGTH);
  }

  var format = { fromFile: fromFile, toFile: toFile, slug: slug, HEADER: HEADER, SLUG: INTERNAL + 'slug' };
  if (typeof module !== 'undefined' && module.exports) {
    module.exports = format;
  } else {
    root.DaectHeaderFormat = format;
  }
})(this);
