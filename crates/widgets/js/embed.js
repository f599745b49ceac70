// The page behind /{lang}/embed/{widget}: one widget, full width, for partner sites that can
// only use an iframe. It tells the page that frames it how tall it is, whenever that changes,
// and only that page's origin may read it. The partner side is migrationto-embed.js.

const [, lang, , name] = location.pathname.split("/");
const element = document.createElement(`migrationto-${name}`);
element.setAttribute("lang", lang);
// Alone on its page, the widget's heading is the page's heading.
element.setAttribute("heading", "1");
// The API's address, which the portal's server may set at run time (--api-base).
const api = document.querySelector('meta[name="migrationto-api"]')?.content;
if (api) element.setAttribute("api", new URL(api, location.href).href);
// What the partner chose in the snippet: the e-service, the theme, the brand colour.
const query = new URLSearchParams(location.search);
const service = query.get("service");
if (service) element.setAttribute("service", service);
if (query.get("theme") === "dark") element.setAttribute("theme", "dark");
const brand = query.get("brand");
if (brand && /^#[0-9a-f]{3,8}$/i.test(brand)) element.style.setProperty("--migrationto-brand", brand);
document.getElementById("widget").append(element);
await import(new URL("migrationto-widgets.js", import.meta.url).href);

// The framing page: Chromium and Safari name it; elsewhere the referrer does. The portal's
// frame-ancestors header already limits framing to partner sites.
const parentOrigin = location.ancestorOrigins?.[0] || (document.referrer && new URL(document.referrer).origin);

// The page is named after the widget; so is its main landmark, which a partner page with a
// main of its own then does not repeat.
element.addEventListener("migrationto-ready", () => {
  const heading = element.shadowRoot.querySelector(".title");
  if (heading) {
    document.title = heading.textContent;
    document.getElementById("widget").setAttribute("aria-label", heading.textContent);
  }
  report();
});

let sent = 0;
function report() {
  const height = Math.ceil(document.getElementById("widget").getBoundingClientRect().height);
  if (height !== sent && window.parent !== window && parentOrigin) {
    sent = height;
    window.parent.postMessage({ type: "migrationto:height", widget: name, height }, parentOrigin);
  }
}
// The element's own box: it grows and shrinks with the widget (the root element's box is
// not reported reliably as its content changes).
new ResizeObserver(report).observe(element);
report();
