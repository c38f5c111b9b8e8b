// End-to-end: the KPI page in the release build. The shared sample file uploaded through the
// file input must give exactly kpi_sample.expected.json; KPI 2 for Leeds is computed here from
// the ONS and rate CSVs; a bad file gets a clear message; the rejected rows download; patient
// rows never reach localStorage; drag and drop and typed settings work; nothing leaves the origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { startServer, launch, newContext, foreign, text, ready, screenshots, root, councilPopulation, fractures, openSuite, closeSuite } from "./helpers.mjs";

const SAMPLE = join(root, "tests", "fixtures", "kpi_sample.csv");
const EXPECTED = JSON.parse(readFileSync(join(root, "tests", "fixtures", "kpi_sample.expected.json"), "utf8"));
const LEEDS = "E08000035";

// Every record id in the sample (the column headed "Record Id"), to look for in storage.
const SAMPLE_IDS = (() => {
  const lines = readFileSync(SAMPLE, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim());
  const column = lines[0].split(",").findIndex((h) => h.trim().toLowerCase().replace(/\s+/g, "_") === "record_id");
  return lines.slice(1).map((l) => l.split(",")[column].trim()).filter((id) => id.length > 3);
})();

/** KPI 2 as the contract defines it: non-spine records ÷ (per year × days ÷ 365.25), one decimal. */
function kpi2(perYear) {
  const expected = (perYear * EXPECTED.days_covered) / 365.25;
  return `${(Math.round((EXPECTED.non_spine_records * 1000) / expected) / 10).toFixed(1)}%`;
}

async function waitForText(page, testid, wanted) {
  await page.waitForFunction(([id, want]) => document.querySelector(`[data-testid="${id}"]`)?.textContent.trim() === want, [testid, wanted], { timeout: 20000 });
}

async function upload(page, file) {
  await page.getByTestId("kpi-file").setInputFiles(file);
  await page.getByTestId("kpi-records").waitFor({ timeout: 30000 });
}

let server;
let browser;
before(async () => ({ server, browser } = await openSuite()));
after(() => closeSuite({ server, browser }));

test("the sample file gives exactly the expected KPIs, with KPI 2 from Leeds", async () => {
  const { context, requests, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(`#/kpis?area=${LEEDS}`));
  await ready(page);
  await upload(page, SAMPLE);

  assert.equal(await text(page, "kpi-records"), String(EXPECTED.records));
  assert.equal(await text(page, "kpi-rejected"), String(EXPECTED.rejected));
  const [y, m, d] = EXPECTED.as_at.split("-");
  assert.equal(await text(page, "kpi-as-at-used"), `${d}/${m}/${y}`);
  for (let n = 1; n <= 11; n++) {
    if (n === 2) continue;
    assert.equal(await text(page, `kpi-${n}`), `${EXPECTED[`kpi${n}`].toFixed(1)}%`, `KPI ${n}`);
    assert.equal(await text(page, `kpi-${n}-fraction`), EXPECTED.fractions[`kpi${n}`].replace("/", " / "), `KPI ${n} fraction`);
    const pending = EXPECTED.pending[`kpi${n}`];
    assert.equal(await text(page, `kpi-${n}-pending`), pending === undefined ? "—" : String(pending), `KPI ${n} pending`);
  }
  const f = fractures(councilPopulation(LEEDS));
  assert.equal(await text(page, "kpi-2"), kpi2(f.hip + f.wrist + f.other));
  assert.match(await text(page, "kpi-2-fraction"), new RegExp(`^${EXPECTED.non_spine_records} / `));
  // Bands are words, not colour alone: KPI 4 45.1% is red, KPI 7 62.8% green (its green starts at 50).
  assert.equal(await text(page, "kpi-4-band"), "Red");
  assert.equal(await text(page, "kpi-7-band"), "Green");
  assert.equal(await text(page, "kpi-3-band"), "Amber");
  assert.match(await page.getByTestId("kpi-table").textContent(), /National 2019 \(FLS-DB\).*National 2021 \(FLS-DB\)/s);

  // The rejected rows download: a header and one line per rejected row, line number first.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("kpi-rejected-csv").click()]);
  assert.equal(download.suggestedFilename(), "fls-kpi-rejected-rows.csv");
  const rejected = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  assert.equal(rejected[0], "line,record_id,reason");
  assert.equal(rejected.length, 1 + EXPECTED.rejected);
  for (const row of rejected.slice(1)) assert.match(row, /^\d+,/);

  // The worklist is a download made in the page, by record id.
  const [worklist] = await Promise.all([page.waitForEvent("download"), page.getByTestId("kpi-worklist-csv").click()]);
  const worklistText = await readFile(await worklist.path(), "utf8");
  assert.match(worklistText, /^\uFEFFrecord_id,action,fracture_date,due_date,status,days_overdue\r\n/);
  assert.ok(SAMPLE_IDS.some((id) => worklistText.includes(id)));

  // A run chart per KPI but KPI 2, each with its table.
  assert.equal(await page.locator('[data-testid^="kpi-chart-"][data-testid$="-csv"]').count(), 10);
  assert.equal(await page.locator(".fls-figure svg").count(), 10);

  // Privacy: no record id reaches storage, before or after saving the monthly counts.
  const storage = () => page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.ok(SAMPLE_IDS.length >= 70);
  for (const id of SAMPLE_IDS) assert.ok(!(await storage()).includes(id), `${id} in storage`);
  await page.getByTestId("kpi-save-aggregates").click();
  await page.getByTestId("kpi-saved").waitFor();
  const saved = await storage();
  assert.match(saved, /kpi_aggregates/);
  for (const id of SAMPLE_IDS) assert.ok(!saved.includes(id), `${id} in storage after saving counts`);
  const [counts] = await Promise.all([page.waitForEvent("download"), page.getByTestId("kpi-saved-csv").click()]);
  assert.match(await readFile(await counts.path(), "utf8"), /^\uFEFFmonth,kpi,numerator,denominator,pending,denominator_is\r\n2024-01,1,/);

  await page.screenshot({ path: join(screenshots, "kpis-sample-leeds.png"), fullPage: true });
  await page.getByTestId("kpi-table").screenshot({ path: join(screenshots, "kpis-table.png") });
  await page.locator(".fls-figure").nth(3).screenshot({ path: join(screenshots, "kpis-run-chart.png") });
  assert.deepEqual(foreign(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a file the page cannot use gets a clear message", async () => {
  const { context, requests, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url("#/kpis"));
  await ready(page);
  const input = page.getByTestId("kpi-file");
  await input.setInputFiles({ name: "patients.csv", mimeType: "text/csv", buffer: Buffer.from("patient,date of fracture\nA,01/01/2024\n") });
  await page.getByTestId("kpi-error").waitFor();
  assert.match(await text(page, "kpi-error"), /patients\.csv could not be used\. The file has no record_id or fracture_date columns/);
  await page.screenshot({ path: join(screenshots, "kpis-bad-file.png") });
  await input.setInputFiles({ name: "audit.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from("PK\x03\x04\x14\x00\x06\x00binary") });
  await page.waitForFunction(() => document.querySelector('[data-testid="kpi-error"]')?.textContent.includes("audit.xlsx"));
  assert.match(await text(page, "kpi-error"), /Excel workbook.*CSV UTF-8/);
  await input.setInputFiles({ name: "empty.csv", mimeType: "text/csv", buffer: Buffer.from("") });
  await page.waitForFunction(() => document.querySelector('[data-testid="kpi-error"]')?.textContent.includes("empty.csv"));
  assert.match(await text(page, "kpi-error"), /The file is empty/);
  assert.equal(await page.getByTestId("kpi-records").count(), 0);
  assert.deepEqual(foreign(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("without an area KPI 2 says what is missing; a typed caseload, a dropped file and edited settings work", async () => {
  const { context, requests, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url("#/kpis"));
  await ready(page);
  // Drag and drop the sample onto the drop zone.
  const content = readFileSync(SAMPLE, "utf8");
  await page.evaluate((csv) => {
    const data = new DataTransfer();
    data.items.add(new File([csv], "dropped.csv", { type: "text/csv" }));
    document.querySelector(".fls-drop-zone").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, content);
  await page.getByTestId("kpi-records").waitFor({ timeout: 30000 });
  assert.equal(await text(page, "kpi-records"), String(EXPECTED.records));
  assert.equal(await text(page, "kpi-2"), "n/a");
  assert.match(await page.getByTestId("kpi-table").textContent(), /Enter the expected number of non-spine fragility fractures a year/);
  assert.match(await text(page, "kpi-expected-source"), /No area is chosen/);

  await page.locator("#kpi-expected").fill("100");
  await waitForText(page, "kpi-2", kpi2(100));
  assert.equal(await text(page, "kpi-4"), `${EXPECTED.kpi4.toFixed(1)}%`, "other KPIs unchanged");

  // A longer as-at date leaves nothing pending for KPI 4; a bad window is reported, default kept.
  await page.locator("#kpi-as-at").fill("31/12/2027");
  await waitForText(page, "kpi-4-pending", "0");
  await page.locator("#kpi-window-4").fill("abc");
  await page.getByTestId("error-summary").waitFor();
  assert.match(await text(page, "error-summary"), /Enter the window for KPI 4 as a number between 0 and 3,650/);
  await page.screenshot({ path: join(screenshots, "kpis-typed-caseload.png"), fullPage: false });
  // Typed settings (not the patient rows) are remembered, the as-at date among them.
  assert.match(await page.evaluate(() => localStorage.getItem("fls-toolkit.v1")), /"kpi-expected":"100"/);
  assert.match(await page.evaluate(() => localStorage.getItem("fls-toolkit.v1")), /"kpi-as-at":"31\/12\/2027"/);
  assert.deepEqual(foreign(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});
