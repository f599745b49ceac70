// The page script of the reading pages, which load no app (docs/static-first.md): what the app
// does there that plain HTML cannot. On a narrow screen the "Menu" button opens and closes the
// main navigation (src/components/primary_nav.rs); the language switcher's links keep the rest
// of the address (a query, the part of the page), and the language chosen with them is kept in
// the browser so the portal opens in it next time (src/components/language_switcher.rs,
// src/lang.rs). Everything else on these pages is links and a form.

// The same key as `SAVED_LANG_KEY` in src/lang.rs.
const SAVED_LANG_KEY = 'migrationto.lang';

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
function keepAddress() {
  for (const link of switcher) {
    const to = new URL(link.href);
    link.setAttribute('href', to.pathname + location.search + location.hash);
  }
}
keepAddress();
addEventListener('hashchange', keepAddress);

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('.lang-switcher a[hreflang]') : null;
  if (link) {
    try {
      localStorage.setItem(SAVED_LANG_KEY, link.hreflang);
    } catch {
      // Storage refused (a private window's setting): the page still changes language.
    }
  }
});
