/*
 * The programme, kept true in the visitor's browser. The site is baked once and read for months:
 * from each session's start and end (ISO times with their offset, in data-start / data-end), this
 * script re-checks which sessions are under way or over, shows the right badge, takes the
 * registration link away from a session that is over, moves it among the past ones and puts the
 * following session in the "Prochain webinaire" block, the one under way in "En ce moment". On a session's page it
 * shows the blocks of the session's phase (registration open, closed, under way, over: data-phases), and it takes
 * the registration links away once registration closes (data-closes). It adds the visitor's own time next to the
 * Paris time when their zone differs, and turns the themes of the home page into instant filters.
 * Without it, the state the build wrote stands. The words of the page are in its templates; only
 * the sentence giving the local time is built here.
 */
(function () {
  'use strict';

  if (!window.Intl || !Intl.DateTimeFormat || !document.querySelectorAll || !Element.prototype.closest) {
    return;
  }

  const ORDER = { upcoming: 0, 'under-way': 1, past: 2 };
  const PHASES = { open: 0, before: 1, during: 2, after: 3 };
  const NBSP = '\u00a0';
  // A session of a list that the filter leaves visible (not the badges' or tags' own list items).
  const SHOWN = '.daect-sessions > li:not([hidden])';

  refresh();
  setUpFilter();
  // A page left open while a session starts or ends follows it.
  window.setInterval(refresh, 30000);

  /**
   * The visitor's clock; in the preview only, the date the editor chose (programme.today), which the preview server
   * writes in a meta element of every page it serves (never in a baked page), so that the pages follow the build.
   */
  function clock() {
    const chosen = document.querySelector('meta[name="daect-programme-today"]');
    return chosen ? Date.parse(chosen.content) + performance.now() : Date.now();
  }

  function refresh() {
    const now = clock();
    document.querySelectorAll('[data-session]').forEach(function (element) {
      showState(element, stateAt(element, now));
      showPhase(element, phaseAt(element, now));
    });
    document.querySelectorAll('[data-listing]').forEach(moveOverSessions);
    updateNext();
    document.querySelectorAll('[data-listing]').forEach(function (listing) {
      showListing(listing, currentTheme());
    });
    document.querySelectorAll('.daect-when:not([data-local])').forEach(addLocalTime);
  }

  /** Under way or over by the visitor's clock; never earlier than what the build already knew. */
  function stateAt(element, now) {
    const start = Date.parse(element.dataset.start);
    const end = Date.parse(element.dataset.end);
    const seen = now >= end ? 'past' : now >= start ? 'under-way' : 'upcoming';
    const built = element.dataset.state in ORDER ? element.dataset.state : 'upcoming';
    return ORDER[seen] > ORDER[built] ? seen : built;
  }

  /** The session's phase by the visitor's clock (registration open, closed, under way, over); never earlier than the build's. */
  function phaseAt(element, now) {
    const closes = element.dataset.closes ? Date.parse(element.dataset.closes) : -Infinity;
    const seen = now >= Date.parse(element.dataset.end) ? 'after' : now >= Date.parse(element.dataset.start) ? 'during'
      : now < closes ? 'open' : 'before';
    const built = element.dataset.phase in PHASES ? element.dataset.phase : 'open';
    return PHASES[seen] > PHASES[built] ? seen : built;
  }

  /** The blocks of that phase shown, the others hidden; registration links gone once registration closed. */
  function showPhase(element, phase) {
    element.dataset.phase = phase;
    element.querySelectorAll('[data-phases]').forEach(function (block) {
      block.hidden = block.dataset.phases.split(' ').indexOf(phase) < 0;
    });
    if (phase !== 'open') {
      element.querySelectorAll('.daect-register-item').forEach(function (item) {
        if (!item.closest('[data-phases]')) {
          item.remove();
        }
      });
    }
  }

  function showState(element, state) {
    element.dataset.state = state;
    element.classList.toggle('daect-session--past', state === 'past');
    element.querySelectorAll('.daect-badges').forEach(function (badges) {
      let shown = false;
      badges.querySelectorAll('li').forEach(function (item) {
        if (item.dataset.stateBadge) {
          item.hidden = item.dataset.stateBadge !== state;
        }
        shown = shown || !item.hidden;
      });
      badges.hidden = !shown;
    });
  }

  /** A session over since the build leaves "À venir" for the top of its year among the past ones. */
  function moveOverSessions(listing) {
    listing.querySelectorAll('.daect-upcoming [data-session][data-state="past"]').forEach(function (card) {
      const item = card.closest('li');
      const year = card.dataset.start.slice(0, 4);
      const list = listing.querySelector('.daect-past .daect-year[data-year="' + year + '"] ul');
      if (item && list) {
        list.insertBefore(item, list.firstElementChild);
      }
    });
  }

  /**
   * "Prochain webinaire": the first session not yet started and neither cancelled nor postponed, as Programme.next()
   * says; "En ce moment": the one under way, as Programme.current() says. Each block is hidden while it has none.
   */
  function updateNext() {
    const listing = document.querySelector('[data-listing]');
    if (!listing) {
      return;
    }
    const candidates = Array.prototype.slice.call(listing.querySelectorAll('.daect-upcoming [data-session]'))
      .filter(function (card) {
        return card.dataset.status !== 'cancelled' && card.dataset.status !== 'postponed';
      });
    showIn(document.querySelector('[data-next]'), candidates.find(function (card) {
      return card.dataset.state === 'upcoming';
    }));
    showIn(document.querySelector('[data-current]'), candidates.find(function (card) {
      return card.dataset.state === 'under-way';
    }));
  }

  /** A copy of the card in the block, in place of the one it shows (if another). */
  function showIn(block, card) {
    if (!block) {
      return;
    }
    const shown = block.querySelector('[data-session]');
    if (shown && card && shown.dataset.session === card.dataset.session) {
      return;
    }
    if (shown) {
      shown.remove();
    }
    block.hidden = !card;
    if (card) {
      const heading = block.querySelector('h1, h2, h3, h4, h5');
      heading.insertAdjacentElement('afterend', relevel(card.cloneNode(true), Number(heading.tagName.charAt(1)) + 1));
    }
  }

  /** The card's title at the heading level of its new place. */
  function relevel(card, level) {
    const title = card.querySelector('.fr-card__title');
    const heading = document.createElement('h' + level);
    heading.className = title.className;
    while (title.firstChild) {
      heading.appendChild(title.firstChild);
    }
    title.replaceWith(heading);
    return card;
  }

  /* ---- Local time ---- */

  /** "…(heure de Paris), soit de 9 h 00 à 11 h 00 à New York" for a visitor whose clock differs from Paris's. */
  function addLocalTime(when) {
    when.dataset.local = '';
    const session = when.closest('[data-session]');
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!session || !visitorZone || visitorZone === session.dataset.zone) {
      return;
    }
    const start = new Date(Date.parse(session.dataset.start));
    const end = new Date(Date.parse(session.dataset.end));
    const here = { start: wallClock(start, visitorZone), end: wallClock(end, visitorZone) };
    const there = { start: wallClock(start, session.dataset.zone), end: wallClock(end, session.dataset.zone) };
    if (here.start.key === there.start.key && here.end.key === there.end.key) {
      return;
    }
    const text = document.createElement('span');
    text.className = 'daect-local';
    text.textContent = ', soit ' + span(start, end, here, there, visitorZone) + ' ' + place(visitorZone);
    when.appendChild(text);
  }

  function span(start, end, here, there, zone) {
    if (here.start.day !== here.end.day) {
      return 'du ' + dayLabel(start, zone) + ' à ' + here.start.time + ' au ' + dayLabel(end, zone) + ' à ' + here.end.time;
    }
    const day = here.start.day !== there.start.day ? 'le ' + dayLabel(start, zone) + ' ' : '';
    return day + 'de ' + here.start.time + ' à ' + here.end.time;
  }

  /** Day and time of an instant in a zone: "14 h 00" written as the site writes hours. */
  function wallClock(date, zone) {
    const parts = {};
    new Intl.DateTimeFormat('fr-FR', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(date).forEach(function (part) {
      parts[part.type] = part.value;
    });
    const day = parts.year + '-' + parts.month + '-' + parts.day;
    const time = Number(parts.hour) % 24 + NBSP + 'h' + NBSP + parts.minute;
    return { day: day, time: time, key: day + ' ' + time };
  }

  /** "mardi 27 octobre". */
  function dayLabel(date, zone) {
    return new Intl.DateTimeFormat('fr-FR', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long' }).format(date);
  }

  /** "à New York" from the zone's name (America/New_York); a zone without a city says its own name. */
  function place(zone) {
    const FRENCH = {
      Algiers: 'Alger', Athens: 'Athènes', Brussels: 'Bruxelles', Bucharest: 'Bucarest', Cairo: 'Le Caire',
      Cape_Verde: 'Praia', Copenhagen: 'Copenhague', Havana: 'La Havane', Lisbon: 'Lisbonne', London: 'Londres',
      Mexico_City: 'Mexico', Moscow: 'Moscou', Tunis: 'Tunis', Vienna: 'Vienne', Warsaw: 'Varsovie'
    };
    const segments = zone.split('/');
    if (segments.length > 1 && segments[0] !== 'Etc') {
      const city = segments[segments.length - 1];
      return 'à ' + (FRENCH[city] || city.replace(/_/g, ' '));
    }
    const name = new Intl.DateTimeFormat('fr-FR', { timeZone: zone, timeZoneName: 'long' }).formatToParts(new Date())
      .filter(function (part) { return part.type === 'timeZoneName'; }).map(function (part) { return part.value; })[0];
    return '(' + (name || zone) + ')';
  }

  /* ---- Filter by theme (home page) ---- */

  function currentTheme() {
    const filter = document.querySelector('[data-filter]');
    const pressed = filter && filter.querySelector('[data-theme][aria-pressed="true"]');
    return pressed ? pressed.dataset.theme : null;
  }

  /** Hides what the theme leaves out: sessions, years left empty, the past part if nothing remains. */
  function showListing(listing, theme) {
    listing.querySelectorAll('[data-session]').forEach(function (card) {
      card.closest('li').hidden = Boolean(theme) && card.dataset.themes.split(' ').indexOf(theme) < 0;
    });
    listing.querySelectorAll('.daect-year').forEach(function (year) {
      year.hidden = !year.querySelector(SHOWN);
    });
    const upcoming = listing.querySelector('.daect-upcoming');
    const empty = upcoming.querySelector('.daect-empty');
    if (!empty.dataset.emptyAll) {
      empty.dataset.emptyAll = empty.textContent;
    }
    empty.hidden = Boolean(upcoming.querySelector(SHOWN));
    empty.textContent = theme ? empty.dataset.emptyFiltered : empty.dataset.emptyAll;
    const past = listing.querySelector('.daect-past');
    past.hidden = !past.querySelector(SHOWN);
  }

  /**
   * The theme links (each leads to its theme's page without the script) become toggle buttons, as
   * the DSFR's selectable tags: one theme at a time, pressed again to show everything. The address
   * follows (?theme=…), so that "back" restores the list and a filtered list can be shared.
   */
  function setUpFilter() {
    const filter = document.querySelector('[data-filter]');
    const listing = document.querySelector('[data-listing]');
    if (!filter || !listing || !window.history || !window.URL) {
      return;
    }
    const status = filter.querySelector('[data-filter-status]');
    filter.querySelectorAll('a[data-theme]').forEach(function (link) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = link.className;
      button.dataset.theme = link.dataset.theme;
      button.setAttribute('aria-pressed', 'false');
      button.textContent = link.textContent;
      link.replaceWith(button);
    });
    filter.addEventListener('click', function (event) {
      const button = event.target.closest('button[data-theme]');
      if (!button) {
        return;
      }
      const theme = button.getAttribute('aria-pressed') === 'true' ? null : button.dataset.theme;
      apply(theme, true);
      window.history.pushState({ theme: theme }, '', addressFor(theme));
    });
    window.addEventListener('popstate', function () {
      apply(themeInAddress(), true);
    });
    const initial = themeInAddress();
    if (initial) {
      apply(initial, false);
    }

    function apply(theme, announce) {
      let label = '';
      filter.querySelectorAll('button[data-theme]').forEach(function (button) {
        const pressed = button.dataset.theme === theme;
        button.setAttribute('aria-pressed', String(pressed));
        if (pressed) {
          label = button.textContent;
        }
      });
      if (!label) {
        theme = null;
      }
      showListing(listing, theme);
      if (announce || theme) {
        const count = listing.querySelectorAll(SHOWN).length;
        const message = !theme ? status.dataset.messageAll : count === 1 ? status.dataset.messageOne : status.dataset.messageMany;
        status.textContent = message.replace('{n}', String(count)).replace('{theme}', label);
      }
    }

    function themeInAddress() {
      return new URL(window.location.href).searchParams.get('theme');
    }

    function addressFor(theme) {
      const url = new URL(window.location.href);
      if (theme) {
        url.searchParams.set('theme', theme);
      } else {
        url.searchParams.delete('theme');
      }
      url.hash = '';
      return url.toString();
    }
  }
})();
