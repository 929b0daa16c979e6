// In-browser benchmark: the wasm engine's throughput in Chromium on ~10 MB of the project's
// own articles (tests/corpus), asked through the JS door and answered by the page's worker
// (so the figure includes the messages and the report's JSON), and a 1,000-article drop timed from drop to the last
// document listed, with the page's responsiveness sampled throughout. Prints figures;
// asserts nothing. Run with `make bench-web` after `make dist`.
import { readdir, readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serve } from './server.js';

const corpusDir = new URL('../tests/corpus/', import.meta.url).pathname;
const texts = [];
for (const f of (await readdir(corpusDir)).sort()) {
  if (!f.endsWith('.txt') || f.includes('cp1252') || f.includes('utf16')) continue;
  texts.push(await readFile(corpusDir + f, 'utf8'));
}
const once = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const rounds = Math.ceil(10e6 / once);

const server = await serve(new URL('../dist/', import.meta.url).pathname);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(server.url);
await page.waitForSelector('#article');

const engine = await page.evaluate(async ({ texts, rounds }) => {
  const enc = new TextEncoder();
  let bytes = 0;
  await window.communique.analyze(texts[0]); // warm up: the worker starts, the gazetteers are built
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      await window.communique.analyze(t);
      bytes += enc.encode(t).length;
    }
  }
  const ms = performance.now() - start;
  return { bytes, ms, documents: rounds * texts.length };
}, { texts, rounds });
console.log(`wasm engine in Chromium: ${(engine.bytes / 1e6).toFixed(1)} MB, ${engine.documents} documents in ${(engine.ms / 1000).toFixed(2)} s = ${(engine.bytes / 1e6 / (engine.ms / 1000)).toFixed(1)} MB/s`);

// 1,000 articles of about 10 KB each, dropped at once.
const files = [];
for (let i = 0; i < 1000; i++) {
  let t = texts[i % texts.length];
  while (Buffer.byteLength(t) < 10000) t += '\n\n' + texts[(i + 7) % texts.length];
  files.push({ name: `article-${String(i).padStart(4, '0')}.txt`, text: t.slice(0, 12000) });
}
const dt = await page.evaluateHandle((files) => {
  const d = new DataTransfer();
  for (const f of files) d.items.add(new File([f.text], f.name, { type: 'text/plain' }));
  return d;
}, files);
await page.evaluate(() => {
  window.__gaps = [];
  let last = performance.now();
  window.__probe = setInterval(() => { const now = performance.now(); window.__gaps.push(now - last); last = now; }, 16);
});
const start = Date.now();
await page.dispatchEvent('.app', 'drop', { dataTransfer: dt });
await page.waitForFunction(() => document.querySelectorAll('.docs .doc').length === 1000, null, { timeout: 120000, polling: 100 });
const wall = Date.now() - start;
const gaps = await page.evaluate(() => { clearInterval(window.__probe); return window.__gaps; });
gaps.sort((a, b) => a - b);
const mb = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6;
console.log(`1,000 dropped articles (${mb.toFixed(1)} MB): analysed in the worker and listed in ${(wall / 1000).toFixed(2)} s`);
console.log(`page responsiveness during the batch: median frame gap ${gaps[gaps.length >> 1].toFixed(0)} ms, worst ${gaps[gaps.length - 1].toFixed(0)} ms`);
await browser.close();
server.close();
