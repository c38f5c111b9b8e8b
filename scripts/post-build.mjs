// trunk post_build hook (runs in the staging folder's parent with TRUNK_STAGING_DIR set).
// Release builds only:
//  1. replace the Content-Security-Policy with one that allows trunk's inline loader by
//     its sha256 hash and nothing else inline;
//  2. fill the service worker's list of files and its cache version.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const profile = process.env.TRUNK_PROFILE;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run this from trunk");
if (profile !== "release") process.exit(0);

const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
const metaPattern = /<meta http-equiv="Content-Security-Policy" content="[^"]*" data-fls-csp\s*\/?>/;
if (!metaPattern.test(html)) throw new Error("index.html lost its Content-Security-Policy placeholder");
html = html.replace(metaPattern, `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
writeFileSync(indexPath, html);

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(staging, path).split("\\").join("/"));
  }
};
walk(staging);
const cached = files.filter((f) => f !== "sw.js").sort();
const version = createHash("sha256");
for (const f of cached) version.update(f).update(readFileSync(join(staging, f)));
const swPath = join(staging, "sw.js");
const sw = readFileSync(swPath, "utf8")
  .replace("__FLS_CACHE_VERSION__", version.digest("hex").slice(0, 16))
  .replace('"__FLS_FILES__"', ["./", ...cached.map((f) => "./" + f)].map((f) => JSON.stringify(f)).join(", "));
writeFileSync(swPath, sw);
console.log(`post-build: CSP with ${hashes.length} inline script hash(es); service worker caches ${cached.length + 1} entries`);
