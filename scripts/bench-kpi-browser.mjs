// In-browser KPI benchmark: uploads a CSV to the release build's #/kpis page in headless
// Chromium and times from choosing the file until the records count shows (file read in
// chunks, all 11 KPIs, breakdowns, run charts and worklist computed). Also reports the
// longest main-thread task, to show the page never froze.
// Usage: node scripts/bench-kpi-browser.mjs FILE   (run by scripts/bench-kpi.sh)
import { statSync } from "node:fs";
import { startServer, launch } from "../tests/e2e/helpers.mjs";

const file = process.argv[2];
const server = await startServer("/");
const browser = await launch();
try {
  const page = await browser.newPage();
  page.on("console", (m) => process.env.KPI_BENCH_DEBUG && console.log(Date.now(), m.text()));
  await page.goto(server.url("#/kpis?area=E08000035"));
  await page.locator("main h1").first().waitFor({ timeout: 30000 });
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => { window.__longest = Math.max(window.__longest, e.duration); if (e.duration > 150) console.log("longtask", Math.round(e.duration), Math.round(performance.timeOrigin + e.startTime)); })).observe({ type: "longtask", buffered: false });
  });
  const started = Date.now();
  await page.getByTestId("kpi-file").setInputFiles(file);
  await page.getByTestId("kpi-records").waitFor({ timeout: 15 * 60 * 1000 });
  const seconds = (Date.now() - started) / 1000;
  const records = (await page.getByTestId("kpi-records").textContent()).trim();
  const rejected = (await page.getByTestId("kpi-rejected").textContent()).trim();
  const rows = Number(records.replace(/,/g, "")) + Number(rejected.replace(/,/g, ""));
  const longest = await page.evaluate(() => window.__longest);
  const kpis = [];
  for (let n = 1; n <= 11; n++) kpis.push(`${n}=${(await page.getByTestId(`kpi-${n}`).textContent()).trim()}`);
  console.log(`browser: ${seconds.toFixed(3)} s for ${rows.toLocaleString("en-GB")} rows (${Math.round(rows / seconds).toLocaleString("en-GB")} rows/s), file ${(statSync(file).size / 1e6).toFixed(1)} MB; records ${records}, rejected ${rejected}; longest main-thread task ${Math.round(longest)} ms`);
  console.log(`browser KPIs: ${kpis.join(" ")}`);
  console.log(`BROWSER_SECONDS ${seconds.toFixed(6)}`);
} finally {
  await browser.close();
  await server.close();
}
