// End-to-end: axe-core (WCAG 2.2 A and AA rules) on every route of the route table, with
// an area chosen where the page needs one, and a keyboard-only pick of an area.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { startServer, launch, newContext, ready, root, everyRouteLink, openSuite, closeSuite } from "./helpers.mjs";

let server;
let browser;
before(async () => ({ server, browser } = await openSuite()));
after(() => closeSuite({ server, browser }));

// Every entry of the route table, bare and with an area, plus a page that does not exist.
const ROUTES = [...everyRouteLink(), "#/projection?area=E08000035&from=2026&years=10", "#/project/document?doc=pid", "#/project/document?doc=service-spec", "#/project/document?doc=business-case", "#/nowhere"];

async function axe(page) {
  await page.addScriptTag({ path: join(root, "node_modules", "axe-core", "axe.min.js") });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
}

test("every route has no WCAG 2.2 AA violations found by axe-core", async () => {
  // bypassCSP lets the test inject axe; the app itself runs under its own policy elsewhere.
  const { context } = await newContext(browser, { bypassCSP: true });
  const page = await context.newPage();
  for (const hash of ROUTES) {
    await page.goto(server.url(hash));
    await ready(page);
    const violations = await axe(page);
    assert.deepEqual(violations, [], `${hash}`);
  }
  await context.close();
});

test("an area can be chosen with the keyboard alone", async () => {
  const { context } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url("#/impact"));
  await ready(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  // Tab from the top of the page until the search field has focus.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.id === "area-search")) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), "area-search");
  await page.keyboard.type("Hartlepool");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.area), "E06000001");
  await page.keyboard.press("Enter");
  await page.getByTestId("impact-population-50plus").waitFor();
  assert.match(page.url(), /area=E06000001/);
  // Enter in the search box picks the first area found; Down arrow moves into the list.
  await page.getByTestId("change-area").click();
  await page.locator("#area-search").focus();
  await page.keyboard.type("Glasgow City");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash.includes("area=S12000049"));
  await page.getByTestId("change-area").click();
  await page.locator("#area-search").focus();
  await page.keyboard.type("Leeds");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.area), "E08000035");
  await context.close();
});

test("every route fits a phone screen without sideways scrolling and passes axe there", async () => {
  const { context } = await newContext(browser, { bypassCSP: true, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  // An area chosen first, so the pages show their full results.
  await page.goto(server.url("#/impact?area=E08000035"));
  await ready(page);
  for (const hash of ROUTES) {
    await page.goto(server.url(hash));
    await ready(page);
    const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(scroll <= client + 1, `${hash}: the page is ${scroll}px wide on a ${client}px screen`);
    assert.deepEqual(await axe(page), [], `${hash} on a phone`);
  }
  await context.close();
});
