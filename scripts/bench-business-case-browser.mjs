// In-browser business-case benchmark: on the release build's #/business-case page for Leeds
// (10-year horizon) in headless Chromium, changes the nurse salary back and forth and times,
// inside the page, from the input event until the net cost on the page shows the new figure
// (inputs read and checked, model run, tornado, scenarios compared, the DOM updated), and
// until the next frame is painted.
// Usage: node scripts/bench-business-case-browser.mjs [repeats]   (run by scripts/bench.sh)
import { startServer, launch } from "../tests/e2e/helpers.mjs";

const repeats = Math.max(10, Number(process.argv[2] ?? 60));
const server = await startServer("/");
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(server.url("#/business-case?area=E08000035"));
  await page.getByTestId("bc-net-cost").waitFor({ timeout: 30000 });
  await page.locator("#horizon_years").fill("10");
  await page.waitForFunction(() => document.querySelector("[data-testid=bc-net-cost]").textContent.trim() !== "");
  const samples = await page.evaluate(async (repeats) => {
    const input = document.querySelector("#nurse_salary_gbp");
    const output = document.querySelector("[data-testid=bc-net-cost]");
    const nextPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const updated = [];
    const painted = [];
    for (let i = 0; i < repeats; i++) {
      await nextPaint();
      const before = output.textContent;
      const changed = new Promise((done) => {
        const watch = new MutationObserver(() => {
          if (output.textContent !== before) {
            watch.disconnect();
            done(performance.now());
          }
        });
        watch.observe(output, { childList: true, characterData: true, subtree: true });
      });
      const start = performance.now();
      input.value = String(47000 + (i % 2) * 1000 + 1);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      updated.push((await changed) - start);
      await nextPaint();
      painted.push(performance.now() - start);
    }
    return { updated, painted };
  }, repeats);
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)] };
  };
  const u = stats(samples.updated);
  const p = stats(samples.painted);
  console.log(`browser, ${repeats} changes of one input (median / 95th percentile):`);
  console.log(`  input to new figures on the page        ${u.median.toFixed(2).padStart(8)} ms ${u.p95.toFixed(2).padStart(8)} ms`);
  console.log(`  input to the next painted frame         ${p.median.toFixed(2).padStart(8)} ms ${p.p95.toFixed(2).padStart(8)} ms`);
  console.log(`BROWSER_PAGE_RECOMPUTE_MS ${u.median.toFixed(3)}`);
} finally {
  await browser.close();
  await server.close();
}
