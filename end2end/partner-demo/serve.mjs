// Serves the partner demo page on its own origin: node serve.mjs PORT PORTAL_ORIGIN [LANG].
// The page names the portal (for its script tags and its Content-Security-Policy) and the
// widgets' language; everything else is a plain static file.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join, normalize } from "node:path";

const [port = "8081", portal = "http://127.0.0.1:8080", defaultLang = "en"] = process.argv.slice(2);
const here = dirname(fileURLToPath(import.meta.url));
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css" };

createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/favicon.ico") {
    // The demo has no icon; a 404 for the one the browser asks for would be logged as an error.
    res.writeHead(204);
    res.end();
    return;
  }
  const path = url.pathname === "/" ? "/index.html" : normalize(url.pathname);
  const ext = path.slice(path.lastIndexOf("."));
  try {
    let body = await readFile(join(here, path));
    if (ext === ".html") {
      const lang = ["az", "en", "ru"].includes(url.searchParams.get("lang")) ? url.searchParams.get("lang") : defaultLang;
      body = body.toString().replaceAll("__PORTAL__", portal).replaceAll("__LANG__", lang);
    }
    res.writeHead(200, { "content-type": types[ext] ?? "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
}).listen(Number(port), "127.0.0.1", () => console.log(`partner demo: http://127.0.0.1:${port}/ (portal ${portal})`));
