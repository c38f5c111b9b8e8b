// The first-load transfer of a trunk build: every .wasm, .js, .css and .html file a browser
// fetches to show the first page (not the service worker, which loads afterwards), raw and
// compressed with gzip -9, summed by kind. Used by check-size.mjs and bench-size.mjs.
import { readFileSync, readdirSync } from "node:fs";
import { join, extname } from "node:path";
import { gzipSync } from "node:zlib";

const KINDS = { ".wasm": "wasm", ".js": "js", ".css": "css", ".html": "html" };

/** `{ files: [{ name, kind, raw, gzip }], gzip: { wasm, js, css, html }, total }` for `dist`. */
export function firstLoad(dist) {
  const files = [];
  const gzip = { wasm: 0, js: 0, css: 0, html: 0 };
  for (const name of readdirSync(dist).sort()) {
    const kind = KINDS[extname(name)];
    if (!kind || name === "sw.js") continue;
    const body = readFileSync(join(dist, name));
    const gz = gzipSync(body, { level: 9 }).length;
    gzip[kind] += gz;
    files.push({ name, kind, raw: body.length, gzip: gz });
  }
  const total = Object.values(gzip).reduce((a, b) => a + b, 0);
  return { files, gzip, total };
}
