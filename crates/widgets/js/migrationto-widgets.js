// The portal's widgets as custom elements. A partner page loads this one file:
//   <script type="module" src="https://migrationto.az/widgets/migrationto-widgets.js"></script>
//   <migrationto-deadline-calculator lang="en"></migrationto-deadline-calculator>
// Attributes: lang (az, en, ru), theme ("dark"), heading (level of its heading, 1-4; 2 if not
// given), service (the launcher's e-service), portal and api (where the portal and its API
// are; the script's own origin by default).
// Each element renders into its own shadow root, so the page's CSS and the widget's do not
// meet. The wasm is fetched once, when the first element appears, and shared by all of them.
// Nothing here touches the page's <html lang>, cookies, storage or global styles.

const here = new URL(".", import.meta.url);
const defaultPortal = new URL(import.meta.url).origin;
// Filled in by scripts/build-widgets.sh from locales/*.json: shown if the wasm cannot load.
const LOAD_FAILED = __LOAD_FAILED__;

const ELEMENTS = {
  "migrationto-deadline-calculator": "deadline-calculator",
  "migrationto-days-of-stay": "days-of-stay",
  "migrationto-status-tracker": "status-tracker",
  "migrationto-eservice-launcher": "eservice-launcher",
};

let loading;
function loadWidgets() {
  loading ??= import(new URL("migrationto_widgets.js", here).href).then(async (glue) => {
    await glue.default({ module_or_path: new URL("migrationto_widgets_bg.wasm", here) });
    return glue;
  });
  return loading;
}

function language(element) {
  const lang = (element.getAttribute("lang") || "az").toLowerCase().split("-")[0];
  return ["az", "en", "ru"].includes(lang) ? lang : "az";
}

class MigrationtoWidget extends HTMLElement {
  static observedAttributes = ["lang", "portal", "api", "service", "heading"];

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: "open" });
      const style = document.createElement("link");
      style.rel = "stylesheet";
      style.href = new URL("migrationto-widgets.css", here).href;
      root.append(style);
    }
    this.render();
  }

  attributeChangedCallback(_name, before, after) {
    if (this.shadowRoot && before !== after) this.render();
  }

  async render() {
    const portal = (this.getAttribute("portal") || defaultPortal).replace(/\/+$/, "");
    const api = this.getAttribute("api") || `${portal}/api/v1`;
    const lang = language(this);
    try {
      const widgets = await loadWidgets();
      const attr = (name) => this.getAttribute(name) || "";
      widgets.render(this.shadowRoot, ELEMENTS[this.localName], lang, portal, api, attr("service"), attr("heading"));
      this.dispatchEvent(new CustomEvent("migrationto-ready", { bubbles: true, composed: true }));
    } catch (error) {
      // Blocked by the page's Content-Security-Policy, or offline: say so, and link to the
      // portal, where the same service works.
      const frame = document.createElement("p");
      frame.className = "failed";
      frame.setAttribute("role", "alert");
      const link = document.createElement("a");
      link.href = `${portal}/${lang}/`;
      link.textContent = LOAD_FAILED[lang].link;
      frame.append(LOAD_FAILED[lang].text + " ", link);
      this.shadowRoot.replaceChildren(...[...this.shadowRoot.children].filter((c) => c.localName === "link"), frame);
      console.error("migrationto widget:", error);
    }
  }
}

for (const name of Object.keys(ELEMENTS)) {
  if (!customElements.get(name)) customElements.define(name, class extends MigrationtoWidget {});
}
