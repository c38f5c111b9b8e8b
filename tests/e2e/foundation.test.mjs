// End-to-end: the release build in headless Chromium — local impact and projection for
// Leeds against figures computed here from the CSVs, edits that persist, offline reload,
// a sub-path deployment, bad links and damaged saved data, and no request off the origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  startServer, launch, newContext, foreign, text, ready, waitForOfflineReady, screenshots, everyRouteLink,
  councilPopulation, fractures, defaultRates, grown, whole, total, COSTS, openSuite, closeSuite } from "./helpers.mjs";

let server;
let browser;
before(async () => ({ server, browser } = await openSuite()));
after(() => closeSuite({ server, browser }));

const LEEDS = "E08000035";

test("local impact for Leeds matches figures computed from the CSVs", async () => {
  const { context, requests, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(`#/impact?area=${LEEDS}`));
  await ready(page);
  const pop = councilPopulation(LEEDS);
  const f = fractures(pop);
  assert.equal(await text(page, "impact-population-50plus"), whole(total(pop)));
  assert.equal(await text(page, "impact-fractures-hip"), whole(f.hip));
  assert.equal(await text(page, "impact-fractures-vertebral"), whole(f.vertebral));
  assert.equal(await text(page, "impact-fractures-wrist"), whole(f.wrist));
  assert.equal(await text(page, "impact-fractures-other"), whole(f.other));
  assert.equal(await text(page, "impact-fractures-total"), whole(f.hip + f.vertebral + f.wrist + f.other));
  const cost = Object.keys(f).reduce((sum, site) => sum + f[site] * COSTS[site], 0);
  assert.equal(await text(page, "impact-cost-total"), "£" + whole(cost));
  await page.screenshot({ path: join(screenshots, "impact-leeds.png"), fullPage: true });
  assert.deepEqual(foreign(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("projection for Leeds from 2026 over 10 years matches the national factors", async () => {
  const { context, requests } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(`#/projection?area=${LEEDS}&from=2026&years=10`));
  await ready(page);
  const pop = councilPopulation(LEEDS);
  const sum = (f) => f.hip + f.vertebral + f.wrist + f.other;
  const totals = [];
  for (let year = 2026; year <= 2036; year++) {
    const t = sum(fractures(grown(pop, "E92000001", year)));
    totals.push(t);
    assert.equal(await text(page, `projection-fractures-total-${year}`), whole(t), `year ${year}`);
  }
  assert.equal(await page.getByTestId("projection-fractures-total-2037").count(), 0);
  const increase = ((totals[10] - totals[0]) / totals[0]) * 100;
  assert.equal(await text(page, "projection-increase-percent"), `${increase.toFixed(1)}%`);
  await page.screenshot({ path: join(screenshots, "projection-leeds.png"), fullPage: true });
  // Changing the length updates the link and the years shown.
  await page.getByTestId("projection-years").selectOption("5");
  await page.getByTestId("projection-fractures-total-2031").waitFor();
  assert.match(page.url(), /years=5/);
  assert.equal(await page.getByTestId("projection-fractures-total-2032").count(), 0);
  assert.deepEqual(foreign(requests, server.origin), []);
  await context.close();
});

test("an edited rate moves the numbers, survives reload and resets", async () => {
  const { context, requests } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(`#/impact?area=${LEEDS}`));
  await ready(page);
  const before = await text(page, "impact-fractures-hip");
  const pop = councilPopulation(LEEDS);
  const rates = defaultRates();
  rates.hip.F["85-89"] = 300;
  const expected = fractures(pop, rates);
  await page.locator("#rate-hip-F-85-89").fill("300");
  await page.waitForFunction((want) => document.querySelector("[data-testid=impact-fractures-hip]").textContent.trim() === want, whole(expected.hip));
  assert.notEqual(before, whole(expected.hip));
  await page.reload();
  await ready(page);
  assert.equal(await text(page, "impact-fractures-hip"), whole(expected.hip), "the edit is kept after reload");
  assert.equal(await page.locator("#rate-hip-F-85-89").inputValue(), "300");
  // A bad value: an error summary and an inline message; the figure uses the default meanwhile.
  await page.locator("#cost-hospital-hip").fill("lots");
  await page.getByTestId("error-summary").waitFor();
  assert.match(await page.getByTestId("error-summary").textContent(), /Enter the hospital cost of a hip fracture as a number between £0 and £250,000/);
  assert.equal(await page.locator("#cost-hospital-hip").getAttribute("aria-invalid"), "true");
  await page.screenshot({ path: join(screenshots, "impact-error.png"), fullPage: false });
  await page.getByTestId("reset-assumptions").click();
  assert.equal(await text(page, "impact-fractures-hip"), before);
  assert.equal(await page.getByTestId("error-summary").count(), 0);
  assert.deepEqual(foreign(requests, server.origin), []);
  await context.close();
});

test("calibrating to a local hip count scales every site", async () => {
  const { context } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(`#/impact?area=${LEEDS}`));
  await ready(page);
  const f = fractures(councilPopulation(LEEDS));
  await page.locator("#local-hip-fractures").fill("1000");
  await page.getByTestId("calibration-note").waitFor();
  const factor = 1000 / f.hip;
  assert.equal(await text(page, "impact-fractures-hip"), "1,000");
  assert.equal(await text(page, "impact-fractures-wrist"), whole(f.wrist * factor));
  await context.close();
});

test("the picker finds an area by name and the CSV download opens cleanly", async () => {
  const { context, requests } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url("#/impact"));
  await ready(page);
  await page.getByTestId("area-search").fill("leeds");
  await page.locator(`[data-area="${LEEDS}"]`).click();
  await page.getByTestId("impact-population-50plus").waitFor();
  assert.match(page.url(), new RegExp(`#/impact\\?area=${LEEDS}$`));
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("impact-chart-csv").click()]);
  assert.equal(download.suggestedFilename(), "leeds-fractures-by-age-and-sex.csv");
  const csv = await readFile(await download.path(), "utf8");
  assert.ok(csv.startsWith("\ufeffSex,Age band,Hip,"), csv.slice(0, 40));
  assert.equal(csv.trim().split("\r\n").length, 20);
  const [svg] = await Promise.all([page.waitForEvent("download"), page.getByTestId("impact-chart-svg").click()]);
  assert.match(await readFile(await svg.path(), "utf8"), /^<svg/);
  const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("impact-chart-png").click()]);
  const bytes = await readFile(await png.path());
  assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], "a PNG file");
  assert.deepEqual(foreign(requests, server.origin), []);
  await context.close();
});

test("an unknown code says so and offers the picker; a former CCG is reachable", async () => {
  const { context } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url("#/impact?area=E99999999"));
  await ready(page);
  assert.match(await page.getByTestId("unknown-area").textContent(), /E99999999/);
  assert.equal(await page.getByTestId("area-search").count(), 1);
  await page.goto(server.url("#/impact?area=CCG21:E38000006"));
  await page.getByTestId("chosen-area").waitFor();
  assert.match(await text(page, "chosen-area"), /NHS Barnsley CCG/);
  await page.goto(server.url("#/impact?area=E38000006"));
  await page.waitForFunction(() => !document.querySelector("[data-testid=chosen-area]").textContent.includes("CCG"));
  await page.goto(server.url("#/nowhere"));
  await page.getByTestId("not-found").waitFor();
  await context.close();
});

test("damaged saved data is kept, reported and offered for download", async () => {
  const { context } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url("#/"));
  await ready(page);
  await page.evaluate(() => localStorage.setItem("fls-toolkit.v1", "{broken"));
  await page.reload();
  await page.getByTestId("storage-notice").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-damaged").click()]);
  assert.equal(await readFile(await download.path(), "utf8"), "{broken");
  assert.equal(await page.evaluate(() => localStorage.getItem("fls-toolkit.damaged-backup")), "{broken");
  await context.close();
});

test("every route works offline after one visit, with no request off the origin", async () => {
  const { context, requests, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(`#/impact?area=${LEEDS}`));
  await ready(page);
  await waitForOfflineReady(page);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.equal(await text(page, "impact-population-50plus"), "269,322");
  // Every entry of the app's route table, offline, renders its page.
  for (const hash of everyRouteLink("E06000001")) {
    await page.goto(server.url(hash));
    await ready(page);
    assert.equal(await page.getByTestId("not-found").count(), 0, hash);
  }
  await page.getByTestId("projection-increase-percent").waitFor({ state: "detached" }).catch(() => {});
  await page.goto(server.url(`#/projection?area=${LEEDS}&from=2026&years=10`));
  await page.reload();
  await page.getByTestId("projection-increase-percent").waitFor();
  await page.screenshot({ path: join(screenshots, "projection-offline.png") });
  await context.setOffline(false);
  assert.deepEqual(foreign(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the build works from a sub-path, offline included", async () => {
  const sub = await startServer("/fls/");
  try {
    const { context, requests } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(sub.url(`#/impact?area=${LEEDS}`));
    await ready(page);
    assert.equal(await text(page, "impact-population-50plus"), "269,322");
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    await ready(page);
    assert.equal(await text(page, "impact-population-50plus"), "269,322");
    assert.deepEqual(foreign(requests, sub.origin), []);
    await context.close();
  } finally {
    await sub.close();
  }
});

test("screenshots of every page", async () => {
  const { context } = await newContext(browser);
  const page = await context.newPage();
  for (const [name, hash] of [["start", "#/"], ["sources", "#/sources"], ["method", "#/method"], ["impact-empty", "#/impact"]]) {
    await page.goto(server.url(hash));
    await ready(page);
    if (name === "impact-empty") await page.evaluate(() => localStorage.clear());
    await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  }
  const mobile = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await mobile.newPage();
  await phone.goto(server.url(`#/impact?area=${LEEDS}`));
  await ready(phone);
  await phone.screenshot({ path: join(screenshots, "impact-phone.png") });
  await mobile.close();
  await context.close();
});

test("an edit in one tab reaches another open tab instead of being overwritten", async () => {
  const { context } = await newContext(browser);
  const first = await context.newPage();
  await first.goto(server.url(`#/impact?area=${LEEDS}`));
  await ready(first);
  const second = await context.newPage();
  await second.goto(server.url(`#/impact?area=${LEEDS}`));
  await ready(second);
  await first.locator("#hip-bed-days").fill("12");
  await second.waitForFunction(() => document.querySelector("#hip-bed-days").value === "12");
  // An edit in the second tab keeps the first tab's edit.
  await second.locator("#price-uplift").fill("5");
  await first.waitForFunction(() => document.querySelector("#price-uplift").value === "5");
  const saved = JSON.parse(await first.evaluate(() => localStorage.getItem("fls-toolkit.v1")));
  assert.equal(saved.impact_edits["hip-bed-days"], "12");
  assert.equal(saved.impact_edits["price-uplift"], "5");
  await context.close();
});

test("a local hip count calibrates only its own area; a bad link keeps its good part", async () => {
  const { context } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url("#/impact?area=S08000031"));
  await ready(page);
  await page.locator("#local-hip-fractures").fill("1100");
  await page.getByTestId("calibration-note").waitFor();
  assert.equal(await text(page, "impact-fractures-hip"), "1,100");
  await page.goto(server.url(`#/impact?area=${LEEDS}`));
  await page.waitForFunction(() => document.querySelector("[data-testid=chosen-area]")?.textContent.includes("Leeds"));
  assert.equal(await text(page, "impact-fractures-hip"), whole(fractures(councilPopulation(LEEDS)).hip), "Leeds is not calibrated by Glasgow's count");
  assert.equal(await page.getByTestId("calibration-note").count(), 0);
  assert.equal(await page.locator("#local-hip-fractures").inputValue(), "");
  // Back to Glasgow: its count is still there.
  await page.goto(server.url("#/impact?area=S08000031"));
  await page.getByTestId("calibration-note").waitFor();
  // A projection link with one bad parameter keeps the good one.
  await page.goto(server.url(`#/projection?area=${LEEDS}&from=1999&years=7`));
  await page.getByTestId("projection-error").waitFor();
  assert.match(await page.getByTestId("projection-error").textContent(), /1999/);
  await page.getByTestId("projection-fractures-total-2033").waitFor();
  assert.equal(await page.locator("[data-testid^=projection-fractures-total-]").count(), 8);
  await context.close();
});

test("clear my data says what it removes, offers a copy first, and removes everything", async () => {
  const { context, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(`#/project`));
  await ready(page);
  await page.getByTestId("project-name").fill("Keep me FLS");
  await page.goto(server.url(`#/impact?area=${LEEDS}`));
  await ready(page);
  // Ask, then cancel: nothing is removed and focus returns to the button.
  await page.getByTestId("clear-data").click();
  await page.getByTestId("clear-data-confirm").waitFor();
  assert.match(await text(page, "clear-data-confirm"), /project workspace[\s\S]*cannot be undone/);
  await page.waitForFunction(() => document.activeElement?.id === "clear-data-title");
  await page.getByTestId("clear-data-cancel").click();
  await page.getByTestId("clear-data-confirm").waitFor({ state: "detached" });
  await page.waitForFunction(() => document.activeElement?.id === "clear-data");
  assert.match(await page.evaluate(() => localStorage.getItem("fls-toolkit.v1")), /Keep me FLS/);
  // Download a copy first: the project file holds the workspace.
  await page.getByTestId("clear-data").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("clear-data-export").click()]);
  assert.match(download.suggestedFilename(), /^fls-project-keep-me-fls-\d{4}-\d{2}-\d{2}\.json$/);
  const copy = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.equal(copy.format, "fls-toolkit-project");
  assert.equal(copy.settings.project.project_name, "Keep me FLS");
  // Remove: nothing of ours is left in storage, the page says so.
  await page.getByTestId("clear-data-remove").click();
  await page.waitForFunction(() => document.querySelector("[data-testid=clear-data-status]").textContent.includes("removed"));
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("fls-toolkit"))), []);
  await page.goto(server.url(`#/project`));
  await ready(page);
  assert.equal(await page.getByTestId("project-name").inputValue(), "");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a wrong figure is reported above the results at once, and the report follows each correction", async () => {
  const { context, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(`#/impact?area=${LEEDS}`));
  await ready(page);
  const banner = () => page.evaluate(() => document.querySelector("[data-testid=results-use-defaults]")?.textContent ?? "");
  const hip = page.locator("#local-hip-fractures");
  await hip.fill("-5");
  await page.waitForFunction(() => /hip fracture count/.test(document.querySelector("[data-testid=results-use-defaults]")?.textContent ?? ""));
  await hip.fill("");
  await page.getByTestId("results-use-defaults").waitFor({ state: "detached" });
  await page.locator("#cost-hospital-hip").fill("abc");
  await page.waitForFunction(() => /hospital cost of a hip fracture/.test(document.querySelector("[data-testid=results-use-defaults]")?.textContent ?? ""));
  assert.doesNotMatch(await banner(), /hip fracture count/);
  await page.locator("#cost-hospital-hip").fill("14163");
  await page.getByTestId("results-use-defaults").waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a page opened without an area writes the saved area into its link, so a copied link works", async () => {
  const { context, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(`#/impact?area=${LEEDS}`));
  await ready(page);
  await page.getByTestId("impact-population-50plus").waitFor();
  await page.goto(server.url(`#/projection?from=2027&years=5`));
  await ready(page);
  await page.waitForFunction((code) => location.hash.includes(`area=${code}`), LEEDS);
  assert.match(page.url(), /#\/projection\?area=E08000035&from=2027&years=5$/);
  // The copied link opens the same page in a browser with nothing saved.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(page.url());
  await ready(fresh);
  assert.match(await fresh.locator("main").textContent(), /Leeds/);
  await other.close();
  assert.deepEqual(errors, []);
  await context.close();
});
