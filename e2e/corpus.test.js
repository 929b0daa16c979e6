// End-to-end: the corpus view's network and timeline, and the brief, in Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DIST, artifacts, drop, launch } from './browser.js';
import { serve } from './server.js';

let ARTIFACTS, server, browser, context, page;

// Written for this test: who asks whom is known, and one file is hostile.
const ARTICLES = [
  { name: 'islamabad.txt', text: 'Published: March 4, 2024\n\nPakistan urged the Taliban to act against the TTP militants.' },
  { name: 'doha.txt', text: 'Published: June 10, 2024\n\nQatar called on Israel and Hamas to agree to a ceasefire.' },
  { name: 'kabul.txt', text: 'Published: January 2, 2025\n\nThe Taliban urged Pakistan to stop the air strikes in Khost.' },
  { name: '<img src=x onerror="window.pwned=1">.txt', text: 'Published: January 9, 2025\n\nEgypt urged Hamas to free the <script>window.pwned=2</script> hostages.' },
];

before(async () => {
  ARTIFACTS = await artifacts();
  server = await serve(DIST);
  browser = await launch();
  // Without the service worker, which e2e/offline.test.js tests.
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 950 }, serviceWorkers: 'block' });
  page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#article');
  await drop(page, ARTICLES);
  await page.waitForFunction((n) => document.querySelectorAll('.docs .doc').length === n, ARTICLES.length);
  await page.click('#tab-corpus');
  await page.waitForSelector('#network .node');
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The network's nodes as drawn: circle centre and radius, and the label's box, in the
 *  drawing's units. */
const drawnNodes = () => page.$$eval('#network .node', (gs) => gs.map((g) => {
  const c = g.querySelector('circle');
  const b = g.querySelector('text').getBBox();
  return {
    name: g.getAttribute('aria-label').split(' (')[0],
    x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), r: Number(c.getAttribute('r')),
    box: { l: b.x, t: b.y, r: b.x + b.width, b: b.y + b.height },
    near: g.classList.contains('near'),
  };
}));

function assertApart(nodes) {
  const meets = (a, b) => a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b;
  const circle = (n) => ({ l: n.x - n.r, t: n.y - n.r, r: n.x + n.r, b: n.y + n.r });
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const [a, b] = [nodes[i], nodes[j]];
      assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= a.r + b.r, `circles of ${a.name} and ${b.name} overlap`);
      assert.ok(!meets(a.box, b.box), `labels of ${a.name} and ${b.name} overlap`);
      assert.ok(!meets(a.box, circle(b)) && !meets(b.box, circle(a)), `a label covers ${a.name} or ${b.name}`);
    }
  }
}

test('the network draws every actor apart, with arrows as wide as their counts', async () => {
  const nodes = await drawnNodes();
  const names = nodes.map((n) => n.name).sort();
  for (const name of ['Pakistan', 'Taliban', 'Qatar', 'Israel', 'Hamas', 'Egypt']) assert.ok(names.includes(name), names.join(','));
  assertApart(nodes);
  const edges = await page.$$eval('#network .edge', (els) => els.map((e) => ({
    count: Number(e.dataset.count), width: Number(e.getAttribute('stroke-width')), marker: e.getAttribute('marker-end'),
  })));
  assert.ok(edges.length >= 5, JSON.stringify(edges));
  assert.ok(edges.every((e) => /^url\(#arrow-[a-z]+\)$/.test(e.marker) && e.width >= 1.5), JSON.stringify(edges));
  // The arrowheads exist for the categories the edges use.
  for (const e of edges) assert.ok(await page.$(`#network ${e.marker.slice(4, -1)}`), e.marker);
  // The text alternative lists the same edges.
  assert.equal(await page.$$eval('#network-table tbody tr', (rows) => rows.length), edges.length);
});

test('hovering or focusing an actor lights its neighbourhood only', async () => {
  assert.equal(await page.$('#network.highlighting'), null);
  await page.hover('#network .node[aria-label^="Pakistan "] circle');
  await page.waitForSelector('#network.highlighting');
  const near = (await drawnNodes()).filter((n) => n.near).map((n) => n.name).sort();
  assert.deepEqual(near, ['Pakistan', 'Taliban']);
  const lit = await page.$$eval('#network .edge.near title', (ts) => ts.map((t) => t.textContent.split(':')[0]).sort());
  assert.deepEqual(lit, ['Pakistan → Taliban', 'Taliban → Pakistan']);
  await page.mouse.move(5, 5);
  await page.waitForSelector('#network:not(.highlighting)');
  // From the keyboard: focus reaches a node, which lights its neighbours too.
  await page.focus('#network .node[aria-label^="Qatar "]');
  await page.waitForSelector('#network.highlighting');
  const nearQatar = (await drawnNodes()).filter((n) => n.near).map((n) => n.name).sort();
  assert.deepEqual(nearQatar, ['Hamas', 'Israel', 'Qatar']);
  await (await page.$('.corpus-grid')).screenshot({ path: `${ARTIFACTS}network-highlight.png` });
  await page.focus('#filter-text');
});

test('the network zooms and pans with keys, buttons, the wheel and a drag', async () => {
  const box = async () => (await page.getAttribute('#network', 'viewBox')).split(' ').map(Number);
  const whole = await box();
  await page.focus('#network');
  await page.keyboard.press('+');
  const zoomed = await box();
  assert.ok(zoomed[2] < whole[2] && zoomed[3] < whole[3], `${zoomed} within ${whole}`);
  await page.keyboard.press('ArrowRight');
  assert.ok((await box())[0] > zoomed[0]);
  await page.keyboard.press('0');
  assert.deepEqual(await box(), whole);
  await page.click('#network-zoom-out');
  assert.ok((await box())[2] > whole[2]);
  await page.click('#network-reset');
  const r = await page.$eval('#network', (e) => { const b = e.getBoundingClientRect(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; });
  await page.mouse.move(r.x, r.y);
  await page.mouse.wheel(0, -200);
  await page.waitForFunction((w) => Number(document.querySelector('#network').getAttribute('viewBox').split(' ')[2]) < w, whole[2]);
  const before = await box();
  await page.mouse.move(r.x + 5, r.y + 5);
  await page.mouse.down();
  await page.mouse.move(r.x - 95, r.y + 5, { steps: 5 });
  await page.mouse.up();
  assert.ok((await box())[0] > before[0], 'dragging left moves the view right');
  await page.click('#network-reset');
});

test('the timeline has a date axis, stacked categories and a legend', async () => {
  const days = await page.$$eval('#timeline .day', (els) => els.map((e) => ({ date: e.dataset.date, documents: Number(e.dataset.documents) })));
  // March 2024 to January 2025: bins of a month, only those with documents drawn.
  assert.deepEqual(days, [
    { date: '2024-03-01', documents: 1 }, { date: '2024-06-01', documents: 1 }, { date: '2025-01-01', documents: 2 },
  ]);
  const ticks = await page.$$eval('#timeline .tick text', (ts) => ts.map((t) => t.textContent));
  assert.ok(ticks.length >= 4 && ticks.length <= 10, ticks.join(','));
  assert.ok(ticks.every((t) => /^[A-Z][a-z]{2} \d{4}$/.test(t)), ticks.join(','));
  // Real time: the gap from June to January is wider than from March to June.
  const xs = await page.$$eval('#timeline .day .docs-bar', (rs) => rs.map((r) => Number(r.getAttribute('x'))));
  assert.ok(xs[2] - xs[1] > xs[1] - xs[0], xs.join(','));
  const legend = await page.$$eval('.chart-legend li', (ls) => ls.map((l) => l.textContent));
  assert.ok(legend.includes('documents') && legend.some((l) => l.endsWith(' demands')), legend.join(','));
  assert.ok((await page.$$('#timeline .demands-bar')).length >= 3);
  assert.equal(await page.$$eval('#timeline-table tbody tr', (rows) => rows.length), 3);
});

/** Opens the brief on a blank page of its own, and returns what a reader finds in it. */
async function readBrief(path, screenshot) {
  const html = await readFile(path, 'utf8');
  const reader = await context.newPage();
  const requests = [];
  reader.on('request', (r) => requests.push(r.url()));
  await reader.setContent(html);
  if (screenshot) await reader.screenshot({ path: screenshot, fullPage: true });
  const found = await reader.evaluate(() => ({
    title: document.querySelector('h1')?.textContent,
    scripts: document.querySelectorAll('script').length,
    demands: [...document.querySelectorAll('table.demands tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent)),
    actors: [...document.querySelectorAll('table.actors tbody tr td:first-child')].map((td) => td.textContent),
    groups: [...document.querySelectorAll('table.groups tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent)),
    circles: document.querySelectorAll('svg.network circle').length,
    sentences: [...document.querySelectorAll('blockquote')].map((b) => b.textContent),
    styles: document.querySelectorAll('style').length,
    links: document.querySelectorAll('link, img, iframe').length,
    pwned: window.pwned,
  }));
  await reader.close();
  return { html, found, requests };
}

test('Export brief writes one self-contained HTML file of the filtered corpus', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#corpus-brief')]);
  assert.equal(download.suggestedFilename(), 'brief.html');
  const { html, found, requests } = await readBrief(await download.path(), `${ARTIFACTS}brief.png`);
  assert.equal(found.title, 'Brief of 4 documents');
  assert.equal(found.scripts, 0);
  assert.equal(found.links, 0, 'nothing to fetch');
  assert.equal(found.styles, 1);
  assert.equal(found.pwned, undefined);
  assert.deepEqual(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:')), []);
  // Every demand of the view is in the brief's table, with its words.
  const shown = await page.$$eval('#demands-table tbody tr', (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
  assert.equal(found.demands.length, shown.length);
  for (const row of shown) {
    assert.ok(found.demands.some((d) => d[0] === row[0] && d[2] === row[2] && d[3] === row[3] && d[5] === row[5]), row.join('|'));
  }
  assert.ok(found.demands.some((d) => d[2] === 'Pakistan' && d[3] === 'Taliban' && d[4].startsWith('counterterrorism')), JSON.stringify(found.demands));
  for (const name of ['Pakistan', 'Taliban', 'Qatar', 'Egypt']) assert.ok(found.actors.includes(name), found.actors.join(','));
  assert.ok(found.groups.some((g) => g[0] === 'Tehrik-e-Taliban Pakistan' && g[1].includes('UN')), JSON.stringify(found.groups));
  assert.ok(found.circles >= 6);
  assert.ok(found.sentences.some((s) => s.includes('Qatar called on Israel and Hamas')), found.sentences.join('|'));
  // The hostile file name and sentence are text, escaped in the source.
  assert.ok(html.includes('&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;.txt'));
  assert.ok(!/<script/i.test(html) && !/<img/i.test(html));
  // Filtered, the brief holds only what the view keeps.
  await page.fill('#filter-text', 'Qatar');
  await page.waitForFunction(() => document.querySelector('#corpus-summary').textContent.startsWith('1 documents'));
  const [filtered] = await Promise.all([page.waitForEvent('download'), page.click('#corpus-brief')]);
  const only = (await readBrief(await filtered.path())).found;
  assert.equal(only.title, 'Brief of 1 document');
  assert.deepEqual(only.demands.map((d) => d[0]), ['doha.txt']);
  await page.click('.filters button');
});

test('the document view exports its own brief, and prints without its controls', async () => {
  await page.click('#tab-document');
  await page.click('.doc-open:has-text("doha.txt")');
  await page.waitForFunction(() => document.querySelector('#doc-title')?.textContent === 'doha.txt');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-brief')]);
  const { found } = await readBrief(await download.path());
  assert.equal(found.title, 'doha.txt');
  assert.equal(found.demands.length, 1);
  assert.match(found.demands[0][5], /agree to a ceasefire/);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isHidden('.sidebar'));
  assert.ok(await page.isHidden('.view-switch'));
  assert.ok(await page.isVisible('.demand-item'));
  await page.emulateMedia({ media: 'screen' });
  assert.ok(await page.isVisible('.sidebar'));
});

test('1,000 documents and 300 actors: the corpus view draws (time printed)', async () => {
  const countries = (await readFile(new URL('../data/countries.tsv', import.meta.url), 'utf8'))
    .split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('name\t')).map((l) => l.split('\t')[0]);
  const first = ['Amara', 'Bilal', 'Chen', 'Dalia', 'Emre', 'Farah', 'Goran', 'Hana', 'Idris', 'Jonas', 'Kemal', 'Leila'];
  const last = ['Okoye', 'Rahimi', 'Lindqvist', 'Mbeki', 'Tanaka', 'Varga', 'Haddad', 'Novak', 'Quispe'];
  const people = first.flatMap((f) => last.map((l) => `Foreign Minister ${f} ${l}`));
  const actors = [...countries, ...people].slice(0, 300);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const files = [];
  for (let i = 0; i < 1000; i++) {
    const [a, b] = [actors[i % actors.length], actors[(i * 37 + 11) % actors.length]];
    const date = `${months[i % 12]} ${(i % 27) + 1}, ${2022 + (i % 3)}`;
    files.push({ name: `many-${String(i).padStart(4, '0')}.txt`, text: `Published: ${date}\n\n${a} urged ${b.replace('Foreign Minister ', '')} to resume talks on the border.` });
  }
  await page.click('#clear-all');
  await drop(page, files);
  await page.waitForFunction(() => document.querySelectorAll('.docs .doc').length === 1000, null, { timeout: 120000 });
  await page.waitForSelector('#batch-progress', { state: 'hidden' });
  await page.click('#tab-document');
  await page.waitForSelector('#network', { state: 'detached' });
  const ms = await page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    document.querySelector('#tab-corpus').click();
    const drawn = () => document.querySelector('#network .node') && document.querySelector('#timeline .day');
    const check = () => (drawn() ? resolve(performance.now() - t0) : requestAnimationFrame(check));
    check();
  }));
  const summary = await page.textContent('#corpus-summary');
  const nodes = await drawnNodes();
  console.log(`corpus view of ${summary}: the whole view (filters, network of ${nodes.length} actors, matrix, timeline, tables) drawn in ${ms.toFixed(0)} ms`);
  assert.match(summary, /^1000 documents/);
  assert.ok(nodes.length >= 250, `${nodes.length} actors drawn`);
  assertApart(nodes);
  const axis = await page.$$eval('#timeline .tick text', (ts) => ts.map((t) => t.textContent));
  assert.ok(axis.length >= 3 && axis.length <= 10, axis.join(','));
  await page.screenshot({ path: `${ARTIFACTS}network-300.png`, fullPage: false });
  const hover = await page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    document.querySelector('#network .node').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const check = () => (document.querySelector('#network.highlighting') ? resolve(performance.now() - t0) : requestAnimationFrame(check));
    check();
  }));
  console.log(`lighting one actor's neighbourhood among ${nodes.length}: ${hover.toFixed(0)} ms`);
  await page.click('#clear-all');
});
