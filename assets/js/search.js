/* The search page: asks the search index (Pagefind, built by the bake into pagefind/) for the words of ?q= or of the
   search bar, and lists the sessions found: title, date, themes, an excerpt, in a list announced by a status line.
   The index (its script and WebAssembly) loads only once the visitor searches. The theme and year filters narrow
   the search; the address follows (?q=…&theme=…&year=…), so that "back" and a shared link give the same results. */
(function () {
  'use strict';
  var page = document.querySelector('[data-search]');
  if (!page) {
    return;
  }
  var form = page.querySelector('form[data-search-form]');
  var input = form.querySelector('input[name="q"]');
  var status = page.querySelector('[data-search-status]');
  var results = page.querySelector('[data-search-results]');
  var filters = page.querySelector('[data-search-filters]');
  var selects = Array.prototype.slice.call(page.querySelectorAll('select[data-search-filter]'));
  var rootPath = new URL(page.dataset.searchRoot || './', document.baseURI).pathname;
  var loading = null;
  var MAX = 30;

  page.querySelector('[data-search-without-script]').hidden = true;

  var indexUrl = new URL(page.dataset.searchIndex, document.baseURI);
  var entryUrl = new URL('pagefind-entry.json', indexUrl).href;
  /* What the index's entry file said when the index in use was loaded: it changes each time the site is published. */
  var loadedEntry = null;

  /* The index's entry file as the site serves it now (null if it cannot be read). */
  function entry() {
    return fetch(entryUrl, { cache: 'no-cache' }).then(function (response) {
      return response.ok ? response.text() : null;
    }, function () {
      return null;
    });
  }

  /* The index's script, loaded once. fresh: loaded anew, as another module (the files the first one names may be
     gone). A load that failed is not kept: the next search tries again. */
  function index(fresh) {
    if (!loading || fresh) {
      var url = new URL(indexUrl.href);
      if (fresh) {
        url.searchParams.set('v', String(Date.now()));
      }
      var attempt = entry().then(function (text) {
        return import(url.href).then(function (pagefind) {
          return pagefind.options({ baseUrl: rootPath }).then(function () {
            return pagefind.filters();
          }).then(function (available) {
            fillFilters(available);
            loadedEntry = text;
            return pagefind;
          });
        });
      });
      loading = attempt;
      attempt.catch(function () {
        if (loading === attempt) {
          loading = null;
        }
      });
    }
    return loading;
  }

  /* The index as the site serves it now: the site may have been published again since this page was opened, and the
     index loaded then would answer from its old records, or fail on its files now gone. */
  function currentIndex() {
    if (!loading) {
      return index(false);
    }
    return loading.then(function (pagefind) {
      return entry().then(function (text) {
        return text !== null && loadedEntry !== null && text !== loadedEntry ? index(true) : pagefind;
      });
    });
  }

  function fillFilters(available) {
    selects.forEach(function (select) {
      var values = Object.keys(available[select.dataset.searchFilter] || {}).sort(function (a, b) {
        return select.dataset.searchFilter === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'fr');
      });
      var chosen = select.value;
      // The index loaded anew: its values replace those of the previous one (the first option, "all", stays).
      Array.prototype.slice.call(select.options, 1).forEach(function (option) { option.remove(); });
      values.forEach(function (value) {
        var option = document.createElement('option');
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      });
      var wanted = chosen || new URLSearchParams(location.search).get(select.dataset.searchFilter);
      if (wanted && values.indexOf(wanted) >= 0) {
        select.value = wanted;
      }
    });
    filters.hidden = false;
  }

  /* Pagefind's excerpt is HTML with <mark> around the words found: kept as text and marks only. */
  function excerpt(html) {
    var paragraph = document.createElement('p');
    var parsed = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html').body.firstChild;
    Array.prototype.forEach.call(parsed.childNodes, function (node) {
      if (node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = node.textContent;
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(node.textContent));
      }
    });
    paragraph.className = 'fr-text--sm fr-mb-0';
    return paragraph;
  }

  function item(data) {
    var li = document.createElement('li');
    li.className = 'fr-mb-3w';
    var title = document.createElement('h2');
    title.className = 'fr-h6 fr-mb-1v';
    var link = document.createElement('a');
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    title.appendChild(link);
    li.appendChild(title);
    var details = [];
    if (data.meta && data.meta.date) {
      details.push(data.meta.date);
    }
    if (data.filters && data.filters.theme && data.filters.theme.length) {
      details.push(data.filters.theme.join(', '));
    }
    if (details.length) {
      var detail = document.createElement('p');
      detail.className = 'fr-text--sm fr-mb-1v daect-search-detail';
      detail.textContent = details.join(' — ');
      li.appendChild(detail);
    }
    li.appendChild(excerpt(data.excerpt || ''));
    return li;
  }

  function chosenFilters() {
    var chosen = {};
    selects.forEach(function (select) {
      if (select.value) {
        chosen[select.dataset.searchFilter] = select.value;
      }
    });
    return chosen;
  }

  function run(remember) {
    var query = input.value.trim();
    var chosen = chosenFilters();
    if (remember && window.history) {
      var params = new URLSearchParams();
      if (query) {
        params.set('q', query);
      }
      Object.keys(chosen).forEach(function (key) { params.set(key, chosen[key]); });
      history.replaceState(null, '', '?' + params.toString());
    }
    if (!query && !Object.keys(chosen).length) {
      results.textContent = '';
      status.textContent = '';
      return;
    }
    status.textContent = 'Recherche en cours…';
    currentIndex().then(find).catch(function () {
      // Published again between the check and the search: the index as it is now, once more.
      return index(true).then(find);
    }).then(function (outcome) {
      results.textContent = '';
      outcome.found.forEach(function (data) { results.appendChild(item(data)); });
      var n = outcome.total;
      var words = query ? ' pour « ' + query + ' »' : '';
      status.textContent = n === 0 ? 'Aucun webinaire trouvé' + words + '.'
        : (n === 1 ? '1 webinaire trouvé' : n + ' webinaires trouvés') + words
          + (n > MAX ? ' ; les ' + MAX + ' plus pertinents sont affichés.' : '.');
    }).catch(function () {
      status.textContent = 'La recherche est indisponible pour le moment. Retrouvez les webinaires dans les archives.';
    });

    function find(pagefind) {
      return pagefind.search(query || null, { filters: chosenFilters() }).then(function (search) {
        return Promise.all(search.results.slice(0, MAX).map(function (result) { return result.data(); })).then(function (found) {
          if (query && found.length && !holdsEveryWord(found[0], query)) {
            return { total: 0, found: [] };
          }
          return { total: search.results.length, found: found };
        });
      });
    }
  }

  /*
   * Pagefind answers a word that begins no word of the site with the pages holding the longest word that begins it:
   * « agenda » with every page holding « à ». Every result then holds that word, so the first tells: a word of the
   * query (of two letters or more) of which the page matched nothing beginning like it is found nowhere. The words
   * a page matched are at its locations in its content, split as Pagefind splits it.
   */
  function holdsEveryWord(data, query) {
    var content = (data.raw_content || data.content || '').split(/[\r\n\s]+/g);
    var matched = [];
    (data.locations || []).forEach(function (at) {
      matched.push.apply(matched, parts(content[at] || ''));
    });
    return query.split(/\s+/).every(function (word) {
      var long = parts(word).filter(function (part) { return part.length >= 2; });
      return !long.length || long.some(function (part) {
        return matched.some(function (found) { return found.indexOf(part.slice(0, 3)) === 0; });
      });
    });
  }

  /* The words of a text in lower case, without accents, split at apostrophes and hyphens too (« L’Égalité » gives
     « l » and « egalite »), and whole (« legalite »): as Pagefind compares words. */
  function parts(text) {
    var plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    var words = plain.split(/[^a-z0-9]+/).filter(Boolean);
    return words.concat(plain.split(/\s+/).map(function (word) { return word.replace(/[^a-z0-9]/g, ''); }).filter(Boolean));
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run(true);
  });
  selects.forEach(function (select) {
    select.addEventListener('change', function () { run(true); });
  });
  input.addEventListener('focus', function () { index().catch(function () { }); }, { once: true });
  var initial = new URLSearchParams(location.search);
  if (initial.get('q')) {
    input.value = initial.get('q');
  }
  if (initial.get('q') || initial.get('theme') || initial.get('year')) {
    index().then(function () { run(false); }, function () { run(false); });
  }
})();
