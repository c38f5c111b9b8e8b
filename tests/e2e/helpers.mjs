// Shared helpers for the end-to-end tests: a static server for the release build, Debian's
// Chromium through playwright-core, a log of every request, and an independent reading of
// the reference CSVs to compute the figures the app must show.
import { readFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/static-server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, "..", "..");
export const screenshots = join(root, "test-results", "screenshots");
mkdirSync(screenshots, { recursive: true });

/** Serves dist/ on a free port under `base`; returns { origin, url(path), close }. */
export async function startServer(base = "/") {
  const server = await serve({ dir: join(root, "dist"), port: 0, host: "127.0.0.1", base });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: (hash = "") => `${origin}${base}${hash}`, close: () => new Promise((r) => server.close(r)) };
}

/** A served release build and a browser for one test file. */
export async function openSuite(base = "/") {
  return { server: await startServer(base), browser: await launch() };
}

export async function closeSuite({ server, browser }) {
  await browser?.close();
  await server?.close();
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** A fresh browser context that records every request URL and page error. */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 }, ...options });
  const requests = [];
  const errors = [];
  context.on("request", (r) => requests.push(r.url()));
  context.on("page", (p) => p.on("pageerror", (e) => errors.push(e.message)));
  return { context, requests, errors };
}

/** URLs that went anywhere but `origin` (data: and blob: URLs stay on the machine). */
export function foreign(requests, origin) {
  return requests.filter((u) => !u.startsWith(origin + "/") && !u.startsWith("data:") && !u.startsWith("blob:"));
}

export async function text(page, testid) {
  return (await page.getByTestId(testid).textContent()).trim();
}

/** Waits for the app to render its first heading. */
export async function ready(page) {
  await page.locator("main h1").first().waitFor({ timeout: 20000 });
}

/** Waits until the service worker controls the page (after which it works offline). */
export async function waitForOfflineReady(page) {
  // Controlled by an activated worker whose cache already answers for the page shell and
  // every file it lists (a worker that is still activating, or a cache still filling, fails
  // an offline reload on a busy machine).
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    if (!(reg && reg.active && reg.active.state === "activated" && navigator.serviceWorker.controller)) return false;
    const keys = await caches.keys();
    const cache = keys.find((k) => k.startsWith("fls-toolkit-"));
    if (!cache) return false;
    const stored = await (await caches.open(cache)).keys();
    return stored.length > 0 && !!(await caches.match("./index.html"));
  }, null, { timeout: 20000, polling: 100 });
}

// ---- Independent reading of the reference data ----

function csv(name) {
  const lines = readFileSync(join(root, "src", "data", "ons", name), "utf8").trim().split(/\r?\n/);
  const header = lines[0].split(",");
  return lines.slice(1).map((line) => {
    // The files quote only names that hold commas; split keeping quoted commas.
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, "").replace(/^"|"$/g, ""));
    return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
  });
}

const BANDS = ["50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"];
const population = csv("population_50plus_by_la_age_sex_2022.csv");
const hip = csv("incidence_hip_uk_derived.csv");
const cprd = csv("incidence_cprd_2008_12_50plus_flat.csv");
const growth = csv("projection_growth_factors_npp2022_country_sex_age.csv");

/** rate[site][sex][band] per 10,000 from the default tables. */
export function defaultRates() {
  const rates = { hip: {}, vertebral: {}, wrist: {}, other: {} };
  const put = (site, rows, key) => rows.filter((r) => r.site === key).forEach((r) => ((rates[site][r.sex] ??= {})[r.age_band] = Number(r.rate_per_10000)));
  put("hip", hip, "hip");
  put("vertebral", cprd, "vertebral_clinical");
  put("wrist", cprd, "wrist_forearm");
  put("other", cprd, "other_non_hip_vert_forearm");
  return rates;
}

/** { sex: { band: people } } for a council or country code. */
export function councilPopulation(code) {
  const out = { F: {}, M: {} };
  population.filter((r) => r.area_code === code).forEach((r) => (out[r.sex][r.age_band] = Number(r.population)));
  return out;
}

export const COSTS = { hip: 14163 + 15525, vertebral: 1152, wrist: 690, other: 690 };

export function fractures(pop, rates = defaultRates()) {
  const bySite = {};
  for (const site of Object.keys(rates)) {
    bySite[site] = 0;
    for (const sex of ["F", "M"]) for (const band of BANDS) bySite[site] += (pop[sex][band] * rates[site][sex][band]) / 10000;
  }
  return bySite;
}

export function grown(pop, country, year) {
  const out = { F: {}, M: {} };
  for (const sex of ["F", "M"])
    for (const band of BANDS) {
      const row = growth.find((r) => r.country_code === country && r.sex === sex && r.age_band === band && Number(r.year) === year);
      out[sex][band] = pop[sex][band] * Number(row.growth_factor_vs_2022);
    }
  return out;
}

export const whole = (x) => Math.round(x).toLocaleString("en-GB");
export const total = (pop) => Object.values(pop).flatMap((s) => Object.values(s)).reduce((a, b) => a + b, 0);

/** Every path in the app's route table (src/routes.rs), so tests cover routes added later. */
export function routeTable() {
  const source = readFileSync(join(root, "src", "routes.rs"), "utf8");
  const paths = [...source.matchAll(/RouteEntry \{ path: "([^"]+)"/g)].map((m) => m[1]);
  if (paths.length < 5) throw new Error("could not read the route table from src/routes.rs");
  return paths;
}

/** Each route as links to visit: bare, and with an area for the pages that take one. */
export function everyRouteLink(area = "E08000035") {
  return routeTable().flatMap((path) => (path === "/" ? ["#/"] : [`#${path}`, `#${path}?area=${area}`]));
}
