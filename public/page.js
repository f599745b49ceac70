// The page script (docs/static-first.md): for the pages that load no app, the reading pages and
// the page for an address without a language (index.html), and for the pages of the search, the
// partners page, a calculator, an e-service's wizard, the appointments and a status check,
// whose apps take over the content of `<main>` alone.
//
// On an address without a language (`/`, `/working`), it sends the visitor on to the same
// address in their language, as the app's route for it does (src/routes/locale_root.rs, core's
// `preferred_lang`): the one they chose with the language switcher, else the first of the
// browser's languages that the portal has, else Azerbaijani. It replaces the address, so Back
// does not return to one that sends them on again.
//
// On a reading page, and around a calculator, a wizard, the appointments or a status check (whose
// app takes over only the content of `<main>`, src/lib.rs `mount_content`; a wizard rewrites the
// language switcher's links as it moves between its pages, src/wizard/moves.rs), it does what
// plain HTML cannot: on a narrow screen
// the "Menu" button opens and closes the main navigation (src/components/primary_nav.rs); the
// language switcher's links keep the rest of the address (a query, the part of the page: a
// calculator keeps its answers in the query, so it is read again as a link is used), and
// the language chosen with them is kept in the browser for the next visit to `/`
// (src/components/language_switcher.rs, src/lang.rs). Everything else there is links and a form.
// On the search page opened with words to find (`?q=`), the words are in its box and it says
// the results are on their way until the search app shows them (src/routes/search.rs).

// The portal's languages, and the key `SAVED_LANG_KEY` in src/lang.rs.
const LANGS = ['az', 'en', 'ru'];
const SAVED_LANG_KEY = 'migrationto.lang';

function savedLang() {
  try {
    return localStorage.getItem(SAVED_LANG_KEY);
  } catch {
    return null; // Storage refused (a private window's setting).
  }
}

const [, first] = location.pathname.split('/');
if (!LANGS.includes(first)) {
  const browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  const primary = (tag) => String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
  const saved = savedLang();
  const lang = LANGS.includes(saved) ? saved : browser.map(primary).find((l) => LANGS.includes(l)) || 'az';
  const rest = location.pathname === '/' ? '' : location.pathname;
  location.replace(`/${lang}${rest}${location.search}`);
} else {
  const toggle = document.querySelector('.menu-toggle');
  const list = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
  if (list) {
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      list.classList.toggle('open', open);
    });
  }

  const switcher = document.querySelectorAll('.lang-switcher a[hreflang]');
  const keepAddress = () => {
    for (const link of switcher) {
      link.setAttribute('href', new URL(link.href).pathname + location.search + location.hash);
    }
  };
  keepAddress();
  addEventListener('hashchange', keepAddress);
  for (const link of switcher) {
    link.addEventListener('pointerdown', keepAddress);
    link.addEventListener('focus', keepAddress);
    link.addEventListener('click', () => {
      keepAddress();
      try {
        localStorage.setItem(SAVED_LANG_KEY, link.hreflang);
      } catch {
        // Storage refused: the page still changes language.
      }
    });
  }

  const box = document.getElementById('search-page-q');
  const outcome = document.querySelector('.search-outcome[data-loading]');
  const asked = (new URLSearchParams(location.search).get('q') || '').trim();
  if (box && outcome && outcome.firstElementChild && asked && document.documentElement.dataset.app !== 'running') {
    box.value = asked;
    outcome.firstElementChild.className = 'loading';
    outcome.firstElementChild.textContent = outcome.dataset.loading;
  }
}
