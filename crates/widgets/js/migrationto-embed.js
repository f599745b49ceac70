// For partner pages that frame the portal's widgets (/{lang}/embed/{widget}): sizes each
// frame to its content. A message counts only when it comes from the frame's own window and
// from the portal's origin, so no other page or frame can resize anything.
//   <iframe src="https://migrationto.az/en/embed/deadline-calculator" title="…"
//           data-migrationto-embed></iframe>
//   <script src="https://migrationto.az/widgets/migrationto-embed.js" defer></script>

// Full width and no border, set from here rather than in a style attribute, which a strict
// Content-Security-Policy would refuse.
function fit() {
  for (const frame of document.querySelectorAll("iframe[data-migrationto-embed]")) {
    frame.style.width = "100%";
    frame.style.border = "0";
  }
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fit);
else fit();

window.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "migrationto:height" || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll("iframe[data-migrationto-embed]")) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, location.href).origin !== event.origin) return;
    frame.style.height = `${Math.max(0, Math.min(data.height, 20000))}px`;
  }
});
