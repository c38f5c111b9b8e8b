// Prints the app's first-load transfer (gzip -9) beside a bare leptos app built with the same
// release profile and tools, by kind, and splits the app's .wasm into code and embedded data
// (the ONS tables, source records and text), so growth can be traced to one or the other.
//   node scripts/bench-size.mjs APP_DIST BARE_DIST   (run by scripts/bench.sh)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { firstLoad } from "./first-load.mjs";

const [appDist, bareDist] = process.argv.slice(2);
const app = firstLoad(appDist);
const bare = firstLoad(bareDist);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`.padStart(11);

console.log(`${"first load, gzip -9".padEnd(22)} ${"FLS Toolkit".padStart(11)} ${"bare leptos".padStart(11)} ${"difference".padStart(11)}`);
for (const kind of ["wasm", "js", "css", "html"]) {
  console.log(`${kind.padEnd(22)} ${kib(app.gzip[kind])} ${kib(bare.gzip[kind])} ${kib(app.gzip[kind] - bare.gzip[kind])}`);
}
console.log(`${"total".padEnd(22)} ${kib(app.total)} ${kib(bare.total)} ${kib(app.total - bare.total)}`);

/** Byte ranges of a WebAssembly module's sections by id (10 code, 11 data). */
function sections(bytes) {
  const out = [];
  let at = 8; // magic and version
  const leb = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return value;
    }
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    out.push({ id, start: at, end: at + size });
    at += size;
  }
  return out;
}

const wasmFile = app.files.find((f) => f.kind === "wasm");
const wasm = readFileSync(join(appDist, wasmFile.name));
const part = (id) => Buffer.concat(sections(wasm).filter((s) => s.id === id).map((s) => wasm.subarray(s.start, s.end)));
const code = part(10);
const data = part(11);
const gz = (b) => gzipSync(b, { level: 9 }).length;
console.log(`app .wasm ${kib(wasmFile.raw).trim()} raw: code ${kib(code.length).trim()} raw, ${kib(gz(code)).trim()} gzip; embedded data ${kib(data.length).trim()} raw, ${kib(gz(data)).trim()} gzip`);
console.log(`FIRST_LOAD_BYTES ${app.total}`);
console.log(`BARE_LEPTOS_BYTES ${bare.total}`);
