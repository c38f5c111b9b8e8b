import { chromium } from "playwright-core";
const O="http://127.0.0.1:8092/";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const ctx = await b.newContext({ viewport:{width:1280,height:900} });
const p = await ctx.newPage();
p.on("pageerror", e=>console.log("PAGEERROR", e.message));
await p.goto(O+"#/business-case?area=E08000035"); await p.locator("main h1").first().waitFor(); await p.waitForTimeout(1500);
const H = await p.evaluate(()=>document.body.scrollHeight);
for (let y=0, i=0; y<Math.min(H, 6000); y+=900, i++) { await p.evaluate(y=>window.scrollTo(0,y), y); await p.waitForTimeout(200); await p.screenshot({path:`/tmp/review2/bcL-${i}.png`}); }
const figs = await p.$$("figure");
console.log("figures", figs.length);
for (let i=0;i<figs.length;i++){ await figs[i].screenshot({path:`/tmp/review2/bcfig-${i}.png`}); }
console.log(await p.locator("main").innerText().then(t=>t.slice(0,6000)));
await b.close();
