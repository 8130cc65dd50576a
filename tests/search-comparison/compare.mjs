// Compares Portal's search with Pagefind over the same built site (issue 4):
//   index size, bytes transferred per query (script included), recall on the queries in queries.txt
//   (ground truth: indexed pages whose visible <main> text contains the query, read with innerText in
//   Chromium), and Portal's time from the last keystroke to results on screen.
// Usage: node compare.mjs --site BUILT_SITE_DIR --label NAME [--queries FILE] [--out FILE.json]
// run.sh builds the sites and calls this; see RESULTS.md.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const siteDir = args.site ?? fail('--site is required');
const label = args.label ?? 'site';
const queries = readFileSync(args.queries ?? join(here, 'queries.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const PAGE_SIZE = 10;

function fail(message) { console.error(message); process.exit(2); }
function files(dir) { return readdirSync(dir, { recursive: true }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile()); }
function size(dir) { return files(dir).reduce((sum, f) => sum + statSync(f).size, 0); }

// 1. A copy of the site; the pages Portal indexes get data-pagefind-body on <main>, so that Pagefind
//    indexes the same pages and the same region (not the header, footer, source transcripts).
const work = mkdtempSync(join(tmpdir(), 'portal-vs-pagefind-'));
const copy = join(work, 'site');
cpSync(siteDir, copy, { recursive: true });
const indexed = [];
for (const file of files(copy).filter((f) => f.endsWith('index.html'))) {
  const html = readFileSync(file, 'utf8');
  const main = /<main\b[^>]*>/.exec(html);
  if (!main || main[0].includes('data-search-skip')) { continue; }
  writeFileSync(file, html.replace(main[0], main[0].replace('<main', '<main data-pagefind-body')));
  indexed.push(relative(copy, dirname(file)).split('\\').join('/').replace(/^$/, '.') + '/');
}
indexed.forEach((p, i) => { indexed[i] = p === './' ? '' : p; });

const started = Date.now();
const pagefind = spawnSync(join(here, 'node_modules', '.bin', 'pagefind'), ['--site', copy], { encoding: 'utf8' });
if (pagefind.status !== 0) { fail('pagefind failed:\n' + pagefind.stdout + pagefind.stderr); }
const pagefindSeconds = (Date.now() - started) / 1000;
const pagefindVersion = /Running Pagefind v[^\n]*/.exec(pagefind.stdout)?.[0] ?? 'pagefind';
writeFileSync(join(copy, 'pagefind-harness.html'), '<!DOCTYPE html><meta charset="utf-8"><title>harness</title><p>pagefind</p>');

// 2. A static server that counts the bytes of every response body.
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };
let served = [];
const server = createServer((request, response) => {
  let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  let file = join(copy, path);
  try { if (statSync(file).isDirectory()) { file = join(file, 'index.html'); } } catch { /* 404 below */ }
  try {
    const body = readFileSync(file);
    served.push({ path, bytes: body.length });
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], timeout: 120000 });

// Bytes a query costs: everything fetched after the page itself (its HTML and stylesheet) has loaded.
const isPage = (p) => p.endsWith('/') || p.endsWith('.html') || p.endsWith('.css');
const queryBytes = () => served.filter((r) => !isPage(r.path)).reduce((sum, r) => sum + r.bytes, 0);

// 3. Ground truth: innerText of <main> of every indexed page.
const truthPage = await browser.newPage();
const texts = new Map();
for (const path of indexed) {
  await truthPage.goto(base + path);
  texts.set(path, await truthPage.locator('main').innerText());
}
await truthPage.close();

// 4. Portal: a fresh context per query (nothing cached), the contract URL search/?q=, then all results.
async function portal(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(120000);
  served = [];
  await page.goto(base + 'search/?q=' + encodeURIComponent(query));
  await page.waitForFunction(() => /找到|没有|约/.test(document.getElementById('search-status').textContent));
  const bytes = queryBytes();
  const requests = served.filter((r) => !isPage(r.path)).length;
  const fetched = served.filter((r) => !isPage(r.path));
  // Click "more" in the page itself: the script may hide the button between a visibility check and a click.
  const clickMore = () => page.evaluate(() => {
    const more = document.getElementById('search-more');
    if (more.hidden) return false;
    more.click();
    return true;
  });
  for (;;) {
    const count = await page.locator('#search-results li').count();
    if (!(await clickMore())) break;
    // More results, or none: the remaining candidates may all fail the text check, hiding the button.
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n || document.getElementById('search-more').hidden, count);
  }
  const found = await page.$$eval('#search-results a', (links) => links.map((a) => a.getAttribute('href').replace(/^\.\.\//, '').split('#')[0]));
  await context.close();
  return { bytes, requests, fetched, found: new Set(found) };
}

// Time from the last keystroke to the results on screen, typing the query into #search-input.
async function typing(query, context) {
  const page = await context.newPage();
  await page.goto(base + 'search/');
  await page.evaluate(() => {
    window.__last = 0;
    document.getElementById('search-input').addEventListener('input', () => { window.__last = performance.now(); });
    window.__shown = new Promise((resolve) => new MutationObserver(() => {
      if (/找到|没有|约/.test(document.getElementById('search-status').textContent) &&
          document.getElementById('search-input').value === window.__query) { resolve(performance.now()); }
    }).observe(document.getElementById('search-status'), { childList: true, characterData: true, subtree: true }));
  });
  await page.evaluate((q) => { window.__query = q; }, query);
  await page.locator('#search-input').pressSequentially(query, { delay: 120 });
  const shown = await page.evaluate(() => window.__shown);
  const last = await page.evaluate(() => window.__last);
  await page.close();
  return shown - last;
}

// 5. Pagefind: its JS API in a page of the site; the first PAGE_SIZE results' data, as a results list shows.
async function pagefindQuery(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + 'pagefind-harness.html');
  served = [];
  const result = await page.evaluate(async ({ query, pageSize }) => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const search = await pagefind.search(query);
    await Promise.all(search.results.slice(0, pageSize).map((r) => r.data()));
    return search.results.length;
  }, { query, pageSize: PAGE_SIZE });
  const bytes = queryBytes();
  const requests = served.filter((r) => !isPage(r.path)).length;
  const fetched = served.filter((r) => !isPage(r.path));
  const all = await page.evaluate(async (query) => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(query);
    return Promise.all(search.results.map(async (r) => (await r.data()).url));
  }, query);
  await context.close();
  return { bytes, requests, fetched, count: result, found: new Set(all.map((u) => u.replace(/^\//, '').replace(/index\.html$/, ''))) };
}

const rows = [];
let example = null;
for (const query of queries) {
  const truth = new Set([...texts].filter(([, text]) => text.includes(query)).map(([path]) => path));
  const p = await portal(query);
  const f = await pagefindQuery(query);
  example ??= { query, portal: p.fetched, pagefind: f.fetched };
  const hits = (found) => [...truth].filter((t) => found.has(t)).length;
  rows.push({ query, truth: truth.size, portalFound: hits(p.found), portalExtra: [...p.found].filter((x) => !truth.has(x)).length, portalBytes: p.bytes, portalRequests: p.requests,
    pagefindFound: hits(f.found), pagefindBytes: f.bytes, pagefindRequests: f.requests });
  console.error(`${query}: truth ${truth.size}, portal ${hits(p.found)} (${p.bytes} B), pagefind ${hits(f.found)} (${f.bytes} B)`);
}

const typingContext = await browser.newContext();
const latencies = [];
for (const query of queries.slice(0, 10)) { latencies.push(await typing(query, typingContext)); }
await typingContext.close();

await browser.close();
server.close();

const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
const median = (values) => { const v = [...values].sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
const portalIndex = size(join(copy, 'search')) - statSync(join(copy, 'search', 'index.html')).size;
const summary = {
  label, pages: indexed.length, queries: rows.length, pagefindVersion, pagefindSeconds,
  index: { portalBytes: portalIndex, portalFiles: files(join(copy, 'search')).length - 1, pagefindBytes: size(join(copy, 'pagefind')), pagefindFiles: files(join(copy, 'pagefind')).length },
  script: { portalBytes: statSync(join(copy, 'assets', 'search.js')).size },
  recall: { truthPairs: sum('truth'), portal: sum('portalFound') / sum('truth'), pagefind: sum('pagefindFound') / sum('truth'), portalExtraPages: sum('portalExtra') },
  bytesPerQuery: {
    portalMedian: median(rows.map((r) => r.portalBytes)), portalMax: Math.max(...rows.map((r) => r.portalBytes)), portalMean: Math.round(sum('portalBytes') / rows.length),
    pagefindMedian: median(rows.map((r) => r.pagefindBytes)), pagefindMax: Math.max(...rows.map((r) => r.pagefindBytes)), pagefindMean: Math.round(sum('pagefindBytes') / rows.length),
    portalAtMostPagefind: rows.filter((r) => r.portalBytes <= r.pagefindBytes).length,
  },
  latencyMs: { lastKeystrokeToResultsMedian: median(latencies), max: Math.max(...latencies), samples: latencies.map((l) => Math.round(l)) },
  example,
  rows,
};
if (args.out) { writeFileSync(args.out, JSON.stringify(summary, null, 2) + '\n'); }
console.log(JSON.stringify({ ...summary, rows: undefined }, null, 2));
rmSync(work, { recursive: true, force: true });
