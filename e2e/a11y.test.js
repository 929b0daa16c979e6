// Accessibility: axe-core over the empty page, a document and the corpus view, in light and
// dark, finds no serious or critical violation; every chart has a text alternative.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { DIST, drop, launch } from './browser.js';
import { serve } from './server.js';

let server, browser, axe;

before(async () => {
  axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  server = await serve(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

const ARTICLES = [
  { name: 'doha.txt', text: 'Qatar urges calm\n\nPublished: March 4, 2024\n\nQatar urged Israel and Hamas to extend the truce, and the UN called for the release of all hostages. Al-Shabaab was not mentioned by the envoys.' },
  { name: 'islamabad.txt', text: 'Pakistan presses Kabul\n\nPublished: March 5, 2024\n\nPakistan urged the Taliban to act against the TTP and al-Qaeda, the foreign ministry said.' },
];

/** The serious and critical violations axe finds on the page as it is now. */
async function violations(page) {
  const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`).join('; ')}`));
  return found;
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds no serious violation on the empty page, a document and the corpus (${scheme})`, async () => {
    // The page's CSP forbids the injected axe script; only this test lifts it.
    const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme, serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      await page.waitForSelector('#article');
      await page.addScriptTag({ content: axe });
      assert.deepEqual(await violations(page), [], 'the empty page');
      await drop(page, ARTICLES);
      await page.waitForFunction(() => document.querySelectorAll('.docs .doc').length === 2);
      // The sample has every kind of highlight, skipped noise included; a group picked.
      await page.click('#sample');
      await page.waitForSelector('.article-text .noise');
      await page.click('.group-item');
      assert.deepEqual(await violations(page), [], 'a document');
      await page.click('#tab-corpus');
      await page.waitForSelector('#network');
      await page.click('#matrix .cell');
      for (const summary of await page.$$('.chart-table summary')) await summary.click();
      assert.deepEqual(await violations(page), [], 'the corpus view');
    } finally {
      await context.close();
    }
  });
}

test('every chart names the table it draws as its text alternative', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    await page.waitForSelector('#article');
    await drop(page, ARTICLES);
    await page.waitForFunction(() => document.querySelectorAll('.docs .doc').length === 2);
    await page.click('#tab-corpus');
    await page.waitForSelector('#timeline');
    // The network is a group of focusable actors, the timeline a picture; each names its table.
    const charts = await page.$$eval('#network, #timeline', (svgs) => svgs.map((s) => ({
      id: s.id, role: s.getAttribute('role'), label: s.getAttribute('aria-label'),
      table: document.getElementById(s.getAttribute('aria-details'))?.tagName,
    })));
    assert.deepEqual(charts.map((c) => [c.id, c.role]), [['network', 'group'], ['timeline', 'img']]);
    for (const c of charts) {
      assert.ok(c.label, c.id);
      assert.equal(c.table, 'TABLE', `${c.id}'s aria-details names a table`);
    }
    const rows = (id) => page.$$eval(`#${id} tbody tr`, (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
    // The network's arrows and the table's rows: the same pairs and counts.
    const arrows = await page.$$eval('#network .edge', (es) => es.map((e) => [e.querySelector('title').textContent.split(':')[0], e.dataset.count]));
    const network = await rows(await page.getAttribute('#network', 'aria-details'));
    assert.deepEqual(network.map(([from, to, n]) => [`${from} → ${to}`, n]).sort(), arrows.sort());
    assert.deepEqual(network.map((r) => r.slice(0, 2)).sort(), [['Pakistan', 'Taliban'], ['Qatar', 'Hamas'], ['Qatar', 'Israel']]);
    // The timeline's bars and the table's rows: the same periods and documents.
    const bars = await page.$$eval('#timeline .day .docs-bar title', (ts) => ts.map((t) => t.textContent.match(/^(.*): (\d+) documents$/).slice(1)));
    const timeline = await rows(await page.getAttribute('#timeline', 'aria-details'));
    assert.deepEqual(timeline.map(([period, documents]) => [period, documents]), bars);
    assert.deepEqual(bars, [['4 Mar 2024', '1'], ['5 Mar 2024', '1']]);
  } finally {
    await context.close();
  }
});
