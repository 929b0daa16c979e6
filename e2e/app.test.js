// End-to-end: the built dist/ served from a sub-path, driven in Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { DIST, artifacts, drop, launch, paste as pasteInto } from './browser.js';
import { serve } from './server.js';

let ARTIFACTS, server, browser, context, page;
const outside = [];

const ARTICLE = `Pakistan and China urge Taliban to act against TTP

ISLAMABAD, March 3 (APP): Pakistan and China on Monday urged the Taliban to take verifiable action against the Tehrik-e-Taliban Pakistan (TTP) and al-Qaeda, the foreign ministers said in a joint statement.

"Those responsible for the attacks must be brought to justice," Chinese Foreign Minister Wang Yi told reporters. Al Qaeda remains a threat, he added.`;

before(async () => {
  ARTIFACTS = await artifacts();
  server = await serve(DIST);
  browser = await launch();
  // The page as the network sees it, without the service worker that caches the whole site
  // once the page has loaded (e2e/offline.test.js tests that one).
  context = await browser.newContext({
    acceptDownloads: true, permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1400, height: 950 },
    serviceWorkers: 'block',
  });
  page = await context.newPage();
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(server.origin) && !u.startsWith('blob:') && !u.startsWith('data:')) outside.push(u);
  });
  await page.goto(server.url);
  await page.waitForSelector('#article');
});

after(async () => {
  await browser?.close();
  server?.close();
});

const paste = (text) => pasteInto(page, text);

test('the page explains itself and offers a drop target, a text box and a sample', async () => {
  assert.match(await page.textContent('.tagline'), /nothing you add leaves this page/i);
  assert.ok(await page.isVisible('#dropzone'));
  assert.equal(await page.getAttribute('#files', 'aria-label'), 'Add files');
  assert.equal(await page.textContent('label[for=article]'), 'Article text');
  // The engine lives in the worker, fetched by the first question, not by the page.
  assert.ok(!server.requests.some((u) => u.includes('worker')), server.requests.join(' '));
  await page.click('#sample');
  await page.waitForFunction(() => document.querySelectorAll('.demands li').length > 0);
  assert.ok(server.requests.some((u) => u.endsWith('/worker_bg.wasm')), server.requests.join(' '));
  await page.click('.group-item');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${ARTIFACTS}sample.png` });
});

test('pasting an article shows actors, groups and demands', async () => {
  await paste(ARTICLE);
  await page.waitForFunction(() => document.querySelector('#doc-title').textContent.startsWith('Pakistan and China urge'));
  const actors = await page.textContent('section[aria-labelledby=actors-heading]');
  for (const name of ['Pakistan', 'China', 'Taliban', 'Wang Yi']) assert.ok(actors.includes(name), `${name} in ${actors}`);
  const groups = await page.textContent('section[aria-labelledby=groups-heading]');
  assert.ok(groups.includes('Tehrik-e-Taliban Pakistan') && groups.includes('Al-Qaida'), groups);
  assert.ok(groups.includes('Designations as of'));
  const demands = await page.textContent('section[aria-labelledby=demands-heading]');
  assert.ok(demands.includes('Pakistan, China → Taliban'), demands);
  assert.ok(demands.includes('counterterrorism') && demands.includes('justice'), demands);
});

test('clicking a group highlights all its mentions', async () => {
  const before = await page.$$eval('.article-text .group.focus', (els) => els.length);
  assert.equal(before, 0);
  await page.click('.group-item:has-text("Al-Qaida")');
  const focused = await page.$$eval('.article-text .group.focus', (els) => els.map((e) => e.textContent));
  assert.deepEqual(focused, ['al-Qaeda', 'Al Qaeda']);
});

test('hostile markup stays inert text', async () => {
  await paste('<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>\n\nEgypt urged Israel and Hamas to agree a truce.');
  await page.waitForFunction(() => document.querySelector('.article-text')?.textContent.includes('<img'));
  assert.equal(await page.$('.article-text img'), null);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await paste(ARTICLE);
});

test('dropping three files gives two documents and one clear error', async () => {
  const dt = await page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.items.add(new File(['Norway urged both sides to resume talks in Oslo.'], 'oslo.txt', { type: 'text/plain' }));
    d.items.add(new File(['<html><head><title>Qatar</title></head><body><h1>Qatar urges calm</h1><p>Qatar urged Hamas and Israel to extend the truce.</p><footer>(c) 2024</footer></body></html>'], 'doha.html', { type: 'text/html' }));
    d.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], 'photo.txt', { type: 'text/plain' }));
    return d;
  });
  const docsBefore = await page.$$eval('.docs .doc', (els) => els.length);
  await page.dispatchEvent('.app', 'dragover', { dataTransfer: dt });
  await page.dispatchEvent('.app', 'drop', { dataTransfer: dt });
  await page.waitForFunction((n) => document.querySelectorAll('.docs .doc').length === n + 2, docsBefore);
  await page.waitForSelector('.notice');
  const notice = await page.textContent('.notices');
  assert.match(notice, /photo\.txt: this is not a text file \(a PNG image\)/);
  const names = await page.$$eval('.doc-meta', (els) => els.map((e) => e.textContent));
  assert.ok(names.some((n) => n.startsWith('oslo.txt')) && names.some((n) => n.startsWith('doha.html')), names.join('|'));
});

test('exports download valid JSON and CSV', async () => {
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json-all')]);
  const reports = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.ok(Array.isArray(reports) && reports.length >= 3);
  assert.ok(reports.every((r) => r.version === 1 && Array.isArray(r.actors) && Array.isArray(r.demands)));
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-demands')]);
  const lines = (await readFile(await csv.path(), 'utf8')).trim().split('\n');
  assert.equal(lines[0], 'document,date,speakers,addressees,category,cameo,verb,asked,groups,quoted,sentence');
  assert.ok(lines.length > 3);
  const [groups] = await Promise.all([page.waitForEvent('download'), page.click('#export-groups')]);
  assert.match(await readFile(await groups.path(), 'utf8'), /^document,name,lists,mentions,aliases/);
  await page.click('#copy-json');
  await page.waitForFunction(() => document.querySelector('.status').textContent.includes('copied'));
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.version, 1);
});

test('the JS door analyses text on the loaded page', async () => {
  const r = await page.evaluate(() => window.communique.analyze('Kabul urged Islamabad to resume talks.'));
  assert.equal(r.version, 1);
  assert.deepEqual(r.actors.map((a) => a.name), ['Afghanistan', 'Pakistan']);
  assert.equal(r.demands[0].category, 'negotiation');
});

// Articles generated for the batch tests: a known corpus whose counts the tests can check.
function generated(n, padding = 20) {
  const speakers = ['Pakistan', 'China', 'Qatar', 'Norway', 'Egypt'];
  const groups = ['the TTP militants', 'al-Qaeda', 'Hamas', 'the ELN rebels', 'Al-Shabaab'];
  const files = [];
  for (let i = 0; i < n; i++) {
    const day = (i % 28) + 1;
    const text = `Published: March ${day}, 2024\n\n${speakers[i % 5]} urged the Taliban to act against ${groups[i % 5]}, officials said on day ${i}.\n\n`
      + 'The talks continued for several hours in the capital, and the delegations agreed to meet again. '.repeat(padding);
    files.push({ name: `batch-${String(i).padStart(3, '0')}.txt`, text });
  }
  return files;
}

const dropGenerated = (n, padding) => drop(page, generated(n, padding));

test('a batch shows its progress and Cancel stops it', async () => {
  await page.click('#clear-all');
  // The worker is quick: press Cancel as soon as the bar has moved, from inside the page.
  const cancelledAt = page.evaluate(() => new Promise((resolve) => {
    const bar = document.querySelector('#batch-progress');
    const seen = [];
    const watch = new MutationObserver(() => {
      const value = Number(bar.value);
      seen.push(value);
      if (value >= 1) {
        watch.disconnect();
        document.querySelector('#cancel-batch').click();
        resolve({ value, max: Number(bar.max), seen });
      }
    });
    watch.observe(bar, { attributes: true });
  }));
  await dropGenerated(200, 200);
  const at = await cancelledAt;
  assert.equal(at.max, 200);
  assert.ok(at.value >= 1 && at.value < 200, JSON.stringify(at));
  await page.waitForSelector('#batch-progress', { state: 'hidden' });
  await page.waitForTimeout(300);
  const kept = await page.$$eval('.docs .doc', (els) => els.length);
  assert.ok(kept >= 1 && kept < 200, `cancel stopped the batch at ${kept} of 200`);
  assert.match(await page.textContent('.notices'), /Cancelled: \d+ of 200 files were not analysed/);
});

test('a batch of 200 articles ends with every document', async () => {
  await page.click('#clear-all');
  const start = Date.now();
  await dropGenerated(200);
  await page.waitForFunction(() => document.querySelectorAll('.docs .doc').length === 200, null, { timeout: 60000 });
  console.log(`200 generated articles analysed in the workers and listed in ${Date.now() - start} ms`);
  assert.ok(await page.isHidden('#batch-progress'));
  // A batch is shared among workers, one per core the browser reports (at most four).
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  assert.ok(page.workers().length >= Math.min(cores, 4), `${page.workers().length} workers on ${cores} cores`);
});

test('the corpus view shows the network, matrix and timeline of a known corpus', async () => {
  await page.click('#tab-corpus');
  await page.waitForSelector('#network');
  assert.equal(await page.textContent('#corpus-summary'), '200 documents · 200 demands · 6 actors · 6 groups');
  // Five states each asked the Taliban 40 times.
  const edges = await page.$$eval('#network .edge', (els) => els.map((e) => Number(e.dataset.count)));
  assert.deepEqual(edges, [40, 40, 40, 40, 40]);
  // Each state's demands concern the Taliban and its own group: ten cells of 40.
  const cells = await page.$$eval('#matrix .cell', (els) => els.map((e) => Number(e.dataset.count)));
  assert.equal(cells.length, 10);
  assert.ok(cells.every((n) => n === 40), cells.join(','));
  const days = await page.$$eval('#timeline .day', (els) => els.map((e) => Number(e.dataset.documents)));
  assert.equal(days.length, 28);
  assert.equal(days.reduce((a, b) => a + b, 0), 200);
  assert.deepEqual(days.slice(0, 5), [8, 8, 8, 8, 7]);
  // A cell lists its sentences.
  await page.click('#matrix .cell');
  assert.equal(await page.$$eval('.picked li', (els) => els.length), 40);
  // The table of demands sorts by a column.
  await page.click('#demands-table th:nth-child(3) button');
  const speakers = await page.$$eval('#demands-table tbody tr td:nth-child(3)', (els) => els.map((e) => e.textContent));
  assert.deepEqual(speakers.slice(0, 2), ['China', 'China']);
  assert.equal(speakers[speakers.length - 1], 'Qatar');
  assert.match(await page.textContent('#network .edge title'), /→ Taliban: 40 demands \(counterterrorism 40\)\n• urged/);
});

test('filters narrow the corpus view', async () => {
  await page.fill('#filter-from', '2024-03-01');
  await page.fill('#filter-to', '2024-03-07');
  await page.dispatchEvent('#filter-to', 'change');
  await page.waitForFunction(() => document.querySelector('#corpus-summary').textContent.startsWith('53 documents'));
  await page.selectOption('#filter-actor', { label: 'Pakistan (40)' });
  await page.waitForFunction(() => document.querySelector('#corpus-summary').textContent.startsWith('10 documents'));
  assert.deepEqual(await page.$$eval('#network .edge', (els) => els.map((e) => Number(e.dataset.count))), [10]);
  await page.click('.filters button');
  await page.waitForFunction(() => document.querySelector('#corpus-summary').textContent.startsWith('200 documents'));
  await page.selectOption('#filter-category', 'ceasefire');
  await page.waitForFunction(() => document.querySelector('#corpus-summary').textContent.startsWith('0 documents'));
  await page.click('.filters button');
});

test('corpus exports parse and match the view', async () => {
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#corpus-csv')]);
  const rows = (await readFile(await csv.path(), 'utf8')).trim().split('\n');
  assert.equal(rows.length, 201);
  assert.equal(rows.filter((r) => r.includes(',Pakistan,Taliban,counterterrorism,')).length, 40);
  const [jsonl] = await Promise.all([page.waitForEvent('download'), page.click('#corpus-jsonl')]);
  const lines = (await readFile(await jsonl.path(), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 200);
  assert.ok(lines.every((r) => r.version === 1));
  const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('#corpus-graphml')]);
  const xml = await readFile(await graphml.path(), 'utf8');
  assert.equal((xml.match(/<edge /g) ?? []).length, 5);
  assert.equal((xml.match(/<data key="weight">40<\/data>/g) ?? []).length, 5);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#corpus-svg')]);
  assert.match(await readFile(await svg.path(), 'utf8'), /^<svg id="network" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('#corpus-png')]);
  const bytes = await readFile(await png.path());
  assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  assert.ok(bytes.length > 5000, `${bytes.length} bytes`);
  await page.screenshot({ path: `${ARTIFACTS}corpus.png` });
  // The corpus is kept in IndexedDB: a reload brings back all 200 documents.
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('.docs .doc').length === 200);
  await page.click('#clear-all');
  await paste(ARTICLE);
});

test('a reload keeps the documents', async () => {
  const before = await page.$$eval('.doc-title', (els) => els.map((e) => e.textContent));
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('.docs .doc').length === n, before.length);
  const after = await page.$$eval('.doc-title', (els) => els.map((e) => e.textContent));
  assert.deepEqual(after, before);
  await page.screenshot({ path: `${ARTIFACTS}page.png`, fullPage: false });
});

test('a 20 KB article is analysed and rendered (timing printed)', async () => {
  const paragraphs = [];
  for (let i = 0; paragraphs.join('\n\n').length < 20000; i++) {
    paragraphs.push(`Envoys from Qatar and Egypt on day ${i + 1} urged Israel and Hamas to extend the truce, while the UN called for the release of all hostages. Pakistan urged the Taliban to act against the TTP, officials said.`);
  }
  const text = paragraphs.join('\n\n');
  await page.fill('#article', '');
  await page.waitForTimeout(400);
  const ms = await page.evaluate(async (t) => {
    const area = document.querySelector('#article');
    const start = performance.now();
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    // The page waits 250 ms for typing to pause; time the analysis and render after that.
    await new Promise((ok) => {
      const check = () => (document.querySelectorAll('.demands li').length >= 50 ? ok() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - start - 250;
  }, text);
  console.log(`20 KB article (${text.length} bytes): analysed and rendered in ${ms.toFixed(0)} ms after the typing pause`);
  assert.ok(await page.$$eval('.demands li', (els) => els.length) >= 50);
});

test("the page's own wasm holds no engine: it stays within 350 KB gzipped", async () => {
  const [wasm] = (await readdir(DIST)).filter((f) => f.startsWith('web-') && f.endsWith('_bg.wasm'));
  const gzipped = gzipSync(await readFile(DIST + wasm), { level: 9 }).length;
  assert.ok(gzipped <= 350_000, `${wasm}: ${gzipped} bytes gzipped`);
});

test('no request left the page', async () => {
  assert.deepEqual(outside, []);
  assert.ok(server.requests.every((u) => u.startsWith('/communique/')), server.requests.join(' '));
});
