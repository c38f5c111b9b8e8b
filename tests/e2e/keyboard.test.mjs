// End-to-end: the main journeys with the keyboard alone (Tab, typing, Enter, Space), each
// control showing where focus is: change a business-case input, import a KPI file, download
// a document. (Picking an area by keyboard is in accessibility.test.mjs.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { newContext, ready, root, text, openSuite, closeSuite } from "./helpers.mjs";

let server;
let browser;
before(async () => ({ server, browser } = await openSuite()));
after(() => closeSuite({ server, browser }));

/** Presses Tab until `matches(activeElement)` holds (at most `limit` presses); returns the presses. */
async function tabTo(page, matches, limit = 400) {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(matches)) return presses;
  }
  assert.fail(`focus never reached the control after ${limit} presses of Tab`);
}

/** The focused control is visibly marked: an outline or a focus ring (box-shadow). */
async function assertFocusVisible(page) {
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { outline: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow, id: document.activeElement.id || document.activeElement.dataset.testid };
  });
  const outlined = style.outline !== "none" && style.width !== "0px";
  assert.ok(outlined || style.shadow !== "none", `focus is visible on ${style.id}: ${JSON.stringify(style)}`);
}

async function freshPage(hash) {
  const { context, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url(hash));
  await ready(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  return { context, page, errors };
}

test("a business-case input can be changed with the keyboard alone", async () => {
  const { context, page, errors } = await freshPage("#/business-case?area=E08000035");
  await page.getByTestId("bc-net-cost").waitFor();
  const before = await text(page, "bc-net-cost");
  await tabTo(page, () => document.activeElement?.id === "nurse_salary_gbp");
  await assertFocusVisible(page);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("52000");
  await page.waitForFunction((old) => document.querySelector("[data-testid=bc-net-cost]").textContent.trim() !== old, before);
  // A higher salary costs more: the net cost goes up.
  const pounds = (s) => Number(s.replace(/[£,]/g, ""));
  assert.ok(pounds(await text(page, "bc-net-cost")) > pounds(before));
  // Typing a wrong value says what to enter, and the field can be put right from the keyboard.
  await page.keyboard.press("Control+A");
  await page.keyboard.type("fifty");
  await page.getByTestId("error-summary").waitFor();
  assert.match(await text(page, "error-summary"), /salary/i);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("47000");
  await page.getByTestId("error-summary").waitFor({ state: "detached" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a KPI patient file can be imported with the keyboard alone", async () => {
  const { context, page, errors } = await freshPage("#/kpis?area=E08000035");
  await tabTo(page, () => document.activeElement?.id === "kpi-file");
  await assertFocusVisible(page);
  // Space on a focused file field opens the browser's file chooser.
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
  await chooser.setFiles(join(root, "tests", "fixtures", "kpi_sample.csv"));
  await page.getByTestId("kpi-records").waitFor();
  assert.match(await text(page, "kpi-records"), /^\d[\d,]*$/);
  assert.match(await text(page, "kpi-1"), /\d/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a project document can be downloaded with the keyboard alone", async () => {
  const { context, page, errors } = await freshPage("#/project");
  await tabTo(page, () => document.activeElement?.dataset.testid === "project-name");
  await page.keyboard.type("Keyboard FLS");
  await tabTo(page, () => document.activeElement?.dataset.testid === "doc-service-spec-docx");
  await assertFocusVisible(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.match(download.suggestedFilename(), /^service-specification.*\.docx$/);
  await page.getByTestId("documents-status").waitFor();
  assert.match(await text(page, "documents-status"), /Saved .*\.docx/);
  // The view link, just before the button, opens the document from the keyboard too.
  await page.keyboard.press("Shift+Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "doc-service-spec-view");
  await assertFocusVisible(page);
  await page.keyboard.press("Enter");
  await page.getByTestId("doc-service-spec").waitFor();
  assert.match(await text(page, "doc-service-spec"), /Keyboard FLS/);
  // The document page downloads the same Word file.
  await tabTo(page, () => document.activeElement?.dataset.testid === "doc-download-docx", 60);
  const [again] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.equal(again.suggestedFilename(), download.suggestedFilename());
  assert.deepEqual(errors, []);
  await context.close();
});

test("scenarios can be saved, renamed and deleted with the keyboard alone", async () => {
  const { context, page, errors } = await freshPage("#/business-case?area=E08000035");
  await page.getByTestId("bc-net-cost").waitFor();
  await tabTo(page, () => document.activeElement?.id === "scenario-name");
  await page.keyboard.type("Nurse-led");
  await page.keyboard.press("Enter");
  await page.getByTestId("scenario-name-1").waitFor();
  // Rename: Enter on the button moves focus into the new-name field; Escape gives it back.
  await tabTo(page, () => document.activeElement?.dataset.testid === "rename-scenario-1");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.dataset.testid === "rename-input-1");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.activeElement?.dataset.testid === "rename-scenario-1");
  assert.equal(await text(page, "scenario-name-1"), "Nurse-led");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.dataset.testid === "rename-input-1");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Nurse-led, one site");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.dataset.testid === "rename-scenario-1");
  assert.equal(await text(page, "scenario-name-1"), "Nurse-led, one site");
  // Delete: the row goes, focus returns to the name field and the change is announced.
  await tabTo(page, () => document.activeElement?.dataset.testid === "delete-scenario-1", 5);
  await page.keyboard.press("Enter");
  await page.getByTestId("no-scenarios").waitFor();
  // Focus moves on the next frame, after the row has gone.
  await page.waitForFunction(() => document.activeElement?.id === "scenario-name");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "scenario-name");
  assert.match(await text(page, "scenario-status"), /Deleted “Nurse-led, one site”/);
  // Undo is next in the tab order after the save button, and puts it back.
  await tabTo(page, () => document.activeElement?.dataset.testid === "undo-delete-scenario", 3);
  await page.keyboard.press("Enter");
  await page.getByTestId("scenario-name-1").waitFor();
  assert.match(await text(page, "scenario-status"), /“Nurse-led, one site” is back/);
  assert.deepEqual(errors, []);
  await context.close();
});
