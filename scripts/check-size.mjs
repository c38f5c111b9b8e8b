// Checks the release build in dist/ against the size budgets in scripts/size-budgets.json
// and prints the first-load transfer (gzip -9). Exits 1 naming every budget exceeded.
//   node scripts/check-size.mjs [dist]
import { readFileSync } from "node:fs";
import { firstLoad } from "./first-load.mjs";

const dist = process.argv[2] || "dist";
const budgets = JSON.parse(readFileSync(new URL("./size-budgets.json", import.meta.url), "utf8"));
const { files, gzip, total } = firstLoad(dist);
for (const f of files) console.log(`${f.name.padEnd(44)} ${String(f.raw).padStart(9)} raw ${String(f.gzip).padStart(8)} gzip`);
console.log(`first load (gzip): ${total} bytes (${(total / 1024).toFixed(0)} KiB)`);
const over = Object.entries({ ...gzip, first_load_total: total })
  .filter(([kind, size]) => budgets[kind] !== undefined && size > budgets[kind])
  .map(([kind, size]) => `size budget "${kind}" exceeded: ${size} bytes gzip, budget ${budgets[kind]} (scripts/size-budgets.json)`);
if (over.length) {
  console.error(over.join("\n"));
  console.error("Trim what grew, or raise the budget deliberately and say why in the commit.");
  process.exit(1);
}
console.log("size: 1 passed, 0 failed");
