// End-to-end: the project workspace — fill a minimal project, see it saved across a reload,
// the stakeholder grid drawn, the risk scored and the next step follow the phase tracker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { startServer, launch, newContext, ready, text, foreign, screenshots } from "./helpers.mjs";

let server;
let browser;
before(async () => {
  server = await startServer("/");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Fills a minimal project on `page` (already on #/project with nothing saved). */
export async function fillMinimalProject(page) {
  await page.getByTestId("project-name").fill("Leeds Fracture Liaison Service");
  await page.getByTestId("project-lead-organisation").fill("West Yorkshire ICB");
  await page.getByTestId("project-sponsor").fill("Director of Commissioning");
  await page.getByTestId("team-add").click();
  await page.getByTestId("team-1-name").fill("Dr Amira Ahmed");
  await page.getByTestId("team-1-role").fill("Orthogeriatrician");
  await page.getByTestId("team-1-organisation").fill("Leeds Teaching Hospitals");
  await page.getByTestId("team-1-champion").check();
  await page.getByTestId("stakeholder-add").click();
  await page.getByTestId("stakeholder-1-name").fill("Patient panel");
  await page.getByTestId("stakeholder-1-interest").selectOption("high");
  await page.getByTestId("stakeholder-1-influence").selectOption("low");
  await page.getByTestId("meeting-add").click();
  await page.getByTestId("meeting-1-date").fill("2026-11-20");
  await page.getByTestId("meeting-1-decisions").fill("Agreed to write the business case");
  await page.getByTestId("risk-add").click();
  await page.getByTestId("risk-1-description").fill("DXA scanner capacity too low");
  await page.getByTestId("risk-1-likelihood").selectOption("4");
  await page.getByTestId("risk-1-impact").selectOption("5");
  await page.getByTestId("objective-add").click();
  await page.getByTestId("objective-1-specific").fill("Offer every patient a DXA scan within 90 days");
  await page.getByTestId("objective-1-kpi").selectOption("5");
  await page.getByTestId("objective-1-target").fill("80");
  await page.getByTestId("p1-team-status").selectOption("done");
  await page.getByTestId("p1-team-date").fill("2026-11-01");
}

test("a minimal project is filled in, scored and kept across a reload", async () => {
  const { context, requests, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url("#/project"));
  await ready(page);
  assert.equal(await page.locator("main h1").textContent(), "Project workspace");
  assert.match(await text(page, "next-step"), /Phase 1 \(Start out\): A project team/);
  await fillMinimalProject(page);
  assert.equal(await text(page, "risk-1-score"), "20 (Extreme)");
  assert.equal(await text(page, "phase-1-progress"), "(1 of 4 done)");
  assert.match(await text(page, "next-step"), /Stakeholder Reference Group/);
  assert.match(await page.locator("section[aria-labelledby=stakeholders-title] svg").innerHTML(), /Patient panel/);
  await page.screenshot({ path: join(screenshots, "project-workspace.png"), fullPage: true });

  await page.reload();
  await ready(page);
  assert.equal(await page.getByTestId("project-name").inputValue(), "Leeds Fracture Liaison Service");
  assert.equal(await page.getByTestId("team-1-champion").isChecked(), true);
  assert.equal(await page.getByTestId("stakeholder-1-interest").inputValue(), "high");
  assert.equal(await page.getByTestId("objective-1-kpi").inputValue(), "5");
  assert.equal(await text(page, "risk-1-score"), "20 (Extreme)");
  assert.equal(await page.getByTestId("p1-team-date").inputValue(), "2026-11-01");

  await page.getByTestId("team-1-remove").click();
  assert.equal(await page.getByTestId("team-1-name").count(), 0);
  assert.deepEqual(foreign(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});
