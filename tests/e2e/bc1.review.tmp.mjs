import { chromium } from "playwright-core";
const O="http://127.0.0.1:8092/";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const ctx = await b.newContext({ viewport:{width:1280,height:900}, acceptDownloads:true });
const reqs=[]; ctx.on("request", r=>reqs.push(r.url()));
const p = await ctx.newPage();
p.on("console", m=>{ if(m.type()!=="log") console.log("CONSOLE", m.type(), m.text())});
p.on("pageerror", e=>console.log("PAGEERROR", e.message));
const ids=["bc-fractures-avoided","bc-hip-fractures-avoided","bc-fls-cost","bc-gross-savings","bc-net-cost","bc-qalys","bc-cost-per-qaly","bc-break-even-year","bc-wte-required"];
async function head(){ const o={}; for(const id of ids){ const l=p.getByTestId(id); o[id]=(await l.count())? (await l.first().textContent()).trim():"MISSING"; } return o;}
for (const a of ["E08000035","K02000001","E38000006","E06000053",""]) {
  await p.goto(O+"#/business-case"+(a?"?area="+a:"")); await p.locator("main h1").first().waitFor(); await p.waitForTimeout(1500);
  console.log(a, JSON.stringify(await head()));
  await p.screenshot({path:`/tmp/review2/bc-${a||"none"}.png`, fullPage:true});
}
await p.goto(O+"#/business-case?area=E08000035"); await p.waitForTimeout(1500);
const tids = await p.$$eval("[data-testid]", es=>es.map(e=>e.getAttribute("data-testid")+"|"+e.tagName+"|"+(e.type||"")));
console.log(tids.join("\n"));
console.log("REQS", [...new Set(reqs)].join("\n"));
await b.close();
