// End-to-end: the business case for Leeds in the release build — headline ids checked against
// figures computed here from the CSVs (caseload, staff, the cost of an extra scan), an input
// that moves the results, inline validation, a preset, scenarios saved, reloaded and compared,
// downloads, the method page, and no request off the origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { startServer, launch, newContext, foreign, text, ready, screenshots, councilPopulation, fractures, openSuite, closeSuite } from "./helpers.mjs";

let server;
let browser;
before(async () => ({ server, browser } = await openSuite()));
after(() => closeSuite({ server, browser }));

const LEEDS = "E08000035";
const IDS = ["bc-fractures-avoided", "bc-hip-fractures-avoided", "bc-fls-cost", "bc-gross-savings", "bc-net-cost", "bc-qalys", "bc-cost-per-qaly", "bc-break-even-year", "bc-wte-required"];
const pounds = (t) => {
  assert.match(t, /^-?£\d{1,3}(,\d{3})*$/, `money as £1,234: ${t}`);
  return Number(t.replace(/[£,]/g, ""));
};
const oneDecimal = (x) => (Math.round(x * 10) / 10).toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

async function headlines(page) {
  const out = {};
  for (const id of IDS) out[id] = await text(page, id);
  return out;
}

async function waitForChange(page, testid, from) {
  await page.waitForFunction(([id, old]) => document.querySelector(`[data-testid=${id}]`)?.textContent.trim() !== old, [testid, from]);
}

// Defaults of the inputs this test recomputes (the app shows each beside its field).
const HORIZON = 5;
const DXA_FLS = 0.8, DXA_USUAL = 0.2, DXA_COST = 70;
const NURSE = 47000, ADMIN = 25000, CONSULTANT = 115000, ON_COSTS = 1.3, PATIENTS_PER_WTE = 400, ADMIN_PER_NURSE = 0.5, SESSIONS = 1;

test("business case for Leeds: headline figures, an edit, a preset, scenarios compared after reload", async () => {
  const { context, requests, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(`#/business-case?area=${LEEDS}`));
  await ready(page);
  await page.getByTestId("bc-net-cost").waitFor();

  // Caseload: 80% of the area's expected fractures (spine and non-spine alike by default).
  const f = fractures(councilPopulation(LEEDS));
  const index = f.hip + f.vertebral + f.wrist + f.other;
  const patients = 0.8 * index;
  const nurses = patients / PATIENTS_PER_WTE;
  const wte = nurses * (1 + ADMIN_PER_NURSE) + SESSIONS / 10;

  const h = await headlines(page);
  assert.match(h["bc-fractures-avoided"], /^\d{1,3}(,\d{3})*$/);
  assert.match(h["bc-hip-fractures-avoided"], /^\d{1,3}(,\d{3})*$/);
  assert.match(h["bc-qalys"], /^\d{1,3}(,\d{3})*\.\d$/);
  assert.match(h["bc-cost-per-qaly"], /^(£\d{1,3}(,\d{3})*|cost saving|n\/a)$/);
  assert.match(h["bc-break-even-year"], /^(\d+|not within horizon)$/);
  assert.equal(h["bc-wte-required"], oneDecimal(wte), "staff = patients ÷ 400 × 1.5 + 1 session ÷ 10");
  const cost = pounds(h["bc-fls-cost"]);
  const savings = pounds(h["bc-gross-savings"]);
  const net = pounds(h["bc-net-cost"]);
  assert.ok(Math.abs(net - (cost - savings)) <= 1, `net ${net} = cost ${cost} − savings ${savings} (±£1 rounding)`);
  // Staff and scans alone, every year for every cohort, are part of the cost (drugs and monitoring add to it).
  const staffAndScans = HORIZON * (ON_COSTS * (nurses * NURSE + nurses * ADMIN_PER_NURSE * ADMIN + (SESSIONS / 10) * CONSULTANT) + patients * (DXA_FLS - DXA_USUAL) * DXA_COST);
  assert.ok(cost > staffAndScans, `cost ${cost} above staff and scans ${Math.round(staffAndScans)}`);
  assert.ok(Number(h["bc-fractures-avoided"].replace(/,/g, "")) >= Number(h["bc-hip-fractures-avoided"].replace(/,/g, "")));
  await page.screenshot({ path: join(screenshots, "business-case-leeds.png"), fullPage: true });

  // A dearer DXA scan adds exactly patients × (80% − 20%) × £130 × 5 cohorts to the cost.
  await page.locator("#dxa_scan_cost_gbp").fill("200");
  await waitForChange(page, "bc-fls-cost", h["bc-fls-cost"]);
  const dearer = pounds(await text(page, "bc-fls-cost"));
  const expected = HORIZON * patients * (DXA_FLS - DXA_USUAL) * (200 - DXA_COST);
  assert.ok(Math.abs(dearer - cost - expected) <= 1, `cost rose by ${dearer - cost}, expected ${Math.round(expected)}`);
  assert.equal(await text(page, "bc-gross-savings"), h["bc-gross-savings"], "savings do not depend on the scan price");

  // Invalid text: error summary and inline error in the same words; the model keeps the default.
  await page.locator("#nurse_salary_gbp").fill("lots");
  await page.getByTestId("error-summary").waitFor();
  const summary = await page.getByTestId("error-summary").textContent();
  assert.match(summary, /Enter FLS nurse specialist salary .* as a number between £0 and £300,000/);
  assert.equal(await page.locator("#nurse_salary_gbp").getAttribute("aria-invalid"), "true");
  assert.equal(pounds(await text(page, "bc-fls-cost")), dearer, "the invalid salary never reaches the model");
  await page.locator("#nurse_salary_gbp").fill("47000");
  await page.getByTestId("error-summary").waitFor({ state: "detached" });

  // A preset: the minimal service identifies 60% of non-spine and 20% of spine fractures and
  // needs patients ÷ 600 nurses × 1.2 (administration) and no consultant sessions.
  await page.locator("#dxa_scan_cost_gbp").fill("70");
  await page.getByTestId("preset-minimal").click();
  const minimalPatients = 0.6 * (f.hip + f.wrist + f.other) + 0.2 * f.vertebral;
  await page.waitForFunction((want) => document.querySelector("[data-testid=bc-wte-required]").textContent.trim() === want, oneDecimal((minimalPatients / 600) * 1.2));
  assert.equal(await page.locator("#non_spine_identification_pct").inputValue(), "60");
  const minimal = await headlines(page);
  assert.notEqual(minimal["bc-fractures-avoided"], h["bc-fractures-avoided"]);

  // Scenarios: save the minimal service, then the full one.
  await page.getByTestId("scenario-name").fill("Minimal service");
  await page.getByTestId("save-scenario").click();
  await page.getByTestId("scenario-name-1").waitFor();
  await page.getByTestId("preset-full").click();
  await page.waitForFunction((want) => document.querySelector("[data-testid=bc-wte-required]").textContent.trim() === want, oneDecimal(wte));
  await page.getByTestId("scenario-name").fill("Full service");
  await page.getByTestId("save-scenario").click();
  await page.getByTestId("scenario-name-2").waitFor();
  // A duplicate name is refused with a message.
  await page.getByTestId("scenario-name").fill("full service");
  await page.getByTestId("save-scenario").click();
  await page.locator("#scenario-name-error").waitFor();

  // Reload: the scenarios are still there; rename one; compare the two.
  await page.reload();
  await ready(page);
  await page.getByTestId("scenario-name-2").waitFor();
  assert.equal(await text(page, "scenario-name-1"), "Minimal service");
  await page.getByTestId("rename-scenario-1").click();
  await page.getByTestId("rename-input-1").fill("Minimal");
  await page.getByTestId("rename-save-1").click();
  await page.waitForFunction(() => document.querySelector("[data-testid=scenario-name-1]")?.textContent.trim() === "Minimal");
  await page.getByTestId("compare-1").check();
  await page.getByTestId("compare-2").check();
  const table = page.getByTestId("scenario-comparison");
  await table.waitFor();
  const headers = (await table.locator("thead th").allTextContents()).map((t) => t.trim());
  assert.deepEqual(headers, ["Output", "Minimal", "Full service", "Full service minus Minimal"]);
  const netRow = (await table.locator("tbody tr", { hasText: "Net cost" }).first().locator("th, td").allTextContents()).map((t) => t.trim());
  assert.equal(netRow[1], minimal["bc-net-cost"]);
  assert.equal(netRow[2], h["bc-net-cost"]);
  const difference = pounds(netRow[3].replace(/^\+/, ""));
  assert.ok(Math.abs(difference - (pounds(h["bc-net-cost"]) - pounds(minimal["bc-net-cost"]))) <= 1);
  await page.getByTestId("comparison-chart-csv").waitFor();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("bc-cash-flow-csv").click()]);
  assert.match(csv.suggestedFilename(), /^leeds-business-case-cash-flow\.csv$/);
  await page.locator("section[aria-labelledby=scenarios-title]").screenshot({ path: join(screenshots, "business-case-scenarios.png") });

  // Deleting a scenario removes it from the list and the comparison.
  await page.getByTestId("delete-scenario-1").click();
  await page.getByTestId("scenario-name-1").waitFor({ state: "detached" });
  await table.waitFor({ state: "detached" });

  // The model's own page section.
  await page.getByTestId("to-business-case-method").click();
  await page.getByTestId("business-case-method").waitFor();
  assert.match(await page.getByTestId("business-case-method").textContent(), /Break-even year/);

  assert.deepEqual(foreign(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a typed caseload drives the staff needed; the start and impact pages link to the business case", async () => {
  const { context, requests, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(`#/impact?area=${LEEDS}`));
  await ready(page);
  await page.getByTestId("to-business-case").click();
  await page.getByTestId("bc-wte-required").waitFor();
  await page.getByTestId("caseload-typed").check();
  await page.locator("#typed_caseload_per_year").fill("800");
  // 800 ÷ 400 = 2 nurses, + 1 administrator, + 0.1 consultant = 3.1 WTE.
  await page.waitForFunction(() => document.querySelector("[data-testid=bc-wte-required]").textContent.trim() === "3.1");
  await page.goto(server.url("#/"));
  await page.getByTestId("start-business-case").click();
  await page.getByTestId("bc-wte-required").waitFor();
  assert.equal(await text(page, "bc-wte-required"), "3.1", "the typed caseload is kept");
  assert.deepEqual(foreign(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("business case on a phone and from an empty start", async () => {
  const { context, errors } = await newContext(browser, { viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(server.url("#/business-case"));
  await ready(page);
  await page.getByTestId("area-search").waitFor();
  await page.screenshot({ path: join(screenshots, "business-case-empty-phone.png") });
  await page.getByTestId("area-search").fill("leeds");
  await page.locator(`[data-area="${LEEDS}"]`).click();
  await page.getByTestId("bc-net-cost").waitFor();
  await page.getByTestId("bc-headlines").screenshot({ path: join(screenshots, "business-case-phone-headlines.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a fracture cost changed on the local impact page is the business case's starting figure", async () => {
  const { context, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(`#/business-case?area=${LEEDS}`));
  await ready(page);
  await page.getByTestId("bc-gross-savings").waitFor();
  const before = pounds(await text(page, "bc-gross-savings"));
  assert.equal(await page.locator("#hip_acute_cost_gbp").inputValue(), "14163");

  await page.goto(server.url(`#/impact?area=${LEEDS}`));
  await ready(page);
  await page.locator("#cost-hospital-hip").fill("20000");
  await page.goto(server.url(`#/business-case?area=${LEEDS}`));
  await ready(page);
  await page.getByTestId("bc-gross-savings").waitFor();
  assert.equal(await page.locator("#hip_acute_cost_gbp").inputValue(), "20000");
  assert.match(await text(page, "from-impact-hip_acute_cost_gbp"), /from the local impact page \(published default 14163\)/);
  assert.ok(pounds(await text(page, "bc-gross-savings")) > before, "higher hip cost, more saved");
  // A figure typed here wins over the impact page's.
  await page.locator("#hip_acute_cost_gbp").fill("18000");
  await page.getByTestId("from-impact-hip_acute_cost_gbp").waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await context.close();
});
