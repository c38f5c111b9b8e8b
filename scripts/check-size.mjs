// Checks the release build in dist/ against the size budgets in scripts/size-budgets.json
// and prints the first-load transfer (gzip -9). Exits 1 naming every budget exceeded.
//   node scripts/check-size.mjs [dist]
import { readFileSync, readdirSync } from "node:fs";
import { join, extname } from "node:path";
import { gzipSync } from "node:zlib";

const dist = process.argv[2] || "dist";
const budgets = JSON.parse(readFileSync(new URL("./size-budgets.json", import.meta.url), "utf8"));
const kinds = { ".wasm": "wasm", ".js": "js", ".css": "css", ".html": "html" };
const sizes = { wasm: 0, js: 0, css: 0, html: 0 };
const rows = [];
for (const name of readdirSync(dist)) {
  const kind = kinds[extname(name)];
  if (!kind || name === "sw.js") continue; // the service worker loads after the page
  const body = readFileSync(join(dist, name));
  const gz = gzipSync(body, { level: 9 }).length;
  sizes[kind] += gz;
  rows.push(`${name.padEnd(44)} ${String(body.length).padStart(9)} raw ${String(gz).padStart(8)} gzip`);
}
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
console.log(rows.join("\n"));
console.log(`first load (gzip): ${total} bytes (${(total / 1024).toFixed(0)} KiB)`);
const over = Object.entries({ ...sizes, first_load_total: total })
  .filter(([kind, size]) => budgets[kind] !== undefined && size > budgets[kind])
  .map(([kind, size]) => `size budget "${kind}" exceeded: ${size} bytes gzip, budget ${budgets[kind]} (scripts/size-budgets.json)`);
if (over.length) {
  console.error(over.join("\n"));
  console.error("Trim what grew, or raise the budget deliberately and say why in the commit.");
  process.exit(1);
}
console.log("size: 1 passed, 0 failed");
