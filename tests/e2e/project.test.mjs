// End-to-end: the project workspace — fill a minimal project, see it saved across a reload,
// the stakeholder grid drawn, the risk scored and the next step follow the phase tracker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { readFileSync } from "node:fs";
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

test("the project is exported as one file and imported into a clean browser", async () => {
  const first = await newContext(browser);
  const page = await first.context.newPage();
  await page.goto(server.url("#/project"));
  await ready(page);
  await fillMinimalProject(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("project-export").click()]);
  assert.match(download.suggestedFilename(), /^fls-project-leeds-fracture-liaison-service-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(screenshots, "..", download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, "utf8"));
  assert.equal(exported.format, "fls-toolkit-project");
  assert.equal(exported.settings.project.team[0].name, "Dr Amira Ahmed");
  assert.deepEqual(foreign(first.requests, server.origin), []);
  await first.context.close();

  // A clean profile: nothing saved.
  const second = await newContext(browser);
  const fresh = await second.context.newPage();
  await fresh.goto(server.url("#/project"));
  await ready(fresh);
  assert.equal(await fresh.getByTestId("project-name").inputValue(), "");
  // Not one of ours, then from a newer version: clear errors, nothing replaced.
  await fresh.getByTestId("project-import").setInputFiles({ name: "patients.csv", mimeType: "text/csv", buffer: Buffer.from("id,age\n1,70\n") });
  assert.match(await text(fresh, "project-import-error"), /patients\.csv: The file is not a project file from this app/);
  await fresh.getByTestId("project-import").setInputFiles({ name: "newer.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ ...exported, version: 2 })) });
  assert.match(await text(fresh, "project-import-error"), /newer version of this app/);
  await fresh.getByTestId("project-import").setInputFiles(file);
  await fresh.getByTestId("project-import-confirm").waitFor();
  await fresh.getByTestId("project-import-replace").click();
  assert.equal(await fresh.getByTestId("project-name").inputValue(), "Leeds Fracture Liaison Service");
  assert.equal(await fresh.getByTestId("team-1-name").inputValue(), "Dr Amira Ahmed");
  assert.equal(await fresh.getByTestId("team-1-champion").isChecked(), true);
  assert.equal(await text(fresh, "risk-1-score"), "20 (Extreme)");
  assert.equal(await fresh.getByTestId("objective-1-kpi").inputValue(), "5");
  await fresh.reload();
  await ready(fresh);
  assert.equal(await fresh.getByTestId("meeting-1-decisions").inputValue(), "Agreed to write the business case");
  assert.deepEqual(foreign(second.requests, second.requests.length ? server.origin : server.origin), []);
  assert.deepEqual(second.errors, []);
  await second.context.close();
});

test("each document downloads as Word, reads in the app and prints as a clean A4 PDF", async () => {
  const { context, requests, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url("#/impact?area=E08000035"));
  await ready(page);
  await page.getByTestId("impact-population-50plus").waitFor();
  await page.goto(server.url("#/project"));
  await ready(page);
  await fillMinimalProject(page);
  await page.getByTestId("standard-ros-identify").selectOption("partly_met");
  await page.getByTestId("standard-iof-falls").selectOption("not_met");
  assert.match(await text(page, "gap-list"), /Identify \(partly met\)[\s\S]*Falls prevention \(not met\)/);
  for (const id of ["pid", "service-spec", "business-case"]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`doc-${id}-docx`).click()]);
    assert.match(download.suggestedFilename(), /\.docx$/);
    const path = join(screenshots, "..", download.suggestedFilename());
    await download.saveAs(path);
    const bytes = readFileSync(path);
    assert.equal(bytes.subarray(0, 2).toString(), "PK", `${id} is a zip package`);
    const names = bytes.toString("latin1");
    assert.ok(names.includes("word/document.xml"), id);
    if (id !== "service-spec") assert.ok(/word\/media\/[^\s"]*\.png/.test(names), `${id} holds its charts as PNG`);
  }
  assert.match(await text(page, "documents-status"), /Saved .*business-case.*\.docx/);

  await page.getByTestId("doc-business-case-view").click();
  await page.getByTestId("doc-business-case").waitFor();
  const body = await text(page, "doc-business-case");
  assert.match(body, /Business case: Leeds Fracture Liaison Service/);
  assert.match(body, /Executive summary[\s\S]*Leeds[\s\S]*Net cost/);
  // Projection, cash flow and fractures avoided.
  assert.equal(await page.locator("[data-testid=doc-business-case] figure svg").count(), 3);
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: join(screenshots, "business-case-print.png"), fullPage: true });
  const pdf = await page.pdf({ format: "A4", printBackground: true, path: join(screenshots, "business-case.pdf") });
  assert.ok(pdf.length > 10000);
  await page.emulateMedia({ media: "screen" });

  await page.goto(server.url("#/project/document?doc=service-spec"));
  await page.getByTestId("doc-service-spec").waitFor();
  const spec = await text(page, "doc-service-spec");
  assert.match(spec, /1\. Population needs[\s\S]*5\. Applicable service standards[\s\S]*Identify[\s\S]*Partly met[\s\S]*6\. Key performance indicators/);
  await page.goto(server.url("#/project/document?doc=nonsense"));
  assert.equal(await page.locator("main h1").textContent(), "Document not found");
  assert.deepEqual(foreign(requests, server.origin), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the starter plan fills the Gantt chart, and an overdue task is marked", async () => {
  const { context, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url("#/project"));
  await ready(page);
  await page.getByTestId("plan-starter").click();
  assert.equal(await page.locator("[data-testid=plan-table] tbody tr").count(), 14);
  const gantt = page.locator("section[aria-labelledby=plan-title] svg");
  assert.match(await gantt.innerHTML(), /Today/);
  assert.doesNotMatch(await gantt.innerHTML(), /overdue/);
  await page.getByTestId("task-1-start").fill("2020-01-01");
  await page.getByTestId("task-1-due").fill("2020-02-01");
  assert.equal(await text(page, "plan-overdue"), "1 task is overdue.");
  assert.match(await gantt.innerHTML(), /\(overdue\)/);
  await page.locator("section[aria-labelledby=plan-title]").screenshot({ path: join(screenshots, "project-plan.png") });
  await page.getByTestId("plan-clear").click();
  assert.equal(await page.locator("[data-testid=plan-table] tbody tr").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the current and desired pathways are mapped side by side with their differences", async () => {
  const { context, errors } = await newContext(browser);
  const page = await context.newPage();
  await page.goto(server.url("#/project"));
  await ready(page);
  assert.equal(await text(page, "pathway-no-differences"), "No differences yet: add steps to both pathways.");
  await page.getByTestId("current-add").click();
  await page.getByTestId("current-1-what").fill("Fracture clinic");
  await page.getByTestId("current-1-when").fill("2 weeks");
  await page.getByTestId("current-add").click();
  await page.getByTestId("current-2-what").fill("Discharge to GP");
  await page.getByTestId("desired-add").click();
  await page.getByTestId("desired-1-what").fill("Fracture clinic");
  await page.getByTestId("desired-1-when").fill("1 week");
  await page.getByTestId("desired-add").click();
  await page.getByTestId("desired-2-what").fill("FLS assessment");
  await page.getByTestId("desired-2-who").fill("FLS nurse");
  const differences = await text(page, "pathway-differences");
  assert.match(differences, /Fracture clinic: when changes from “2 weeks” to “1 week”/);
  assert.match(differences, /New step: FLS assessment/);
  assert.match(differences, /Step no longer in the pathway: Discharge to GP/);
  await page.locator("section[aria-labelledby=pathway-title]").screenshot({ path: join(screenshots, "project-pathways.png") });
  // The desired pathway is the service specification's pathway.
  await page.goto(server.url("#/project/document?doc=service-spec"));
  await page.getByTestId("doc-service-spec").waitFor();
  assert.match(await text(page, "doc-service-spec"), /The patient pathway[\s\S]*FLS assessment[\s\S]*FLS nurse/);
  assert.deepEqual(errors, []);
  await context.close();
});
