// In-browser benchmark: the wasm engine's throughput in Chromium (window.communique.analyze,
// answered by the page's worker)
// and wink-nlp's in the same page on the same distinct articles (e2e/articles.mjs: all
// 2,000 shared stories, 5.2 MB), then those stories dropped as 1,000 files and timed from
// the drop to the last document listed, with the page's responsiveness sampled throughout.
// Prints figures; asserts nothing. Run with `make bench-web` after `make dist`.
import { articles, mbps } from './articles.mjs';
import { DIST, launch, transfer } from './browser.js';
import { serve } from './server.js';
import { PIPES, timeWink, winkScript } from './wink.mjs';

const { articles: list, bytes, distinct } = await articles(6e6);
const texts = list.map((a) => a.text);
const what = `${texts.length} ${distinct ? 'distinct stories' : 'corpus articles, cycled'}, ${(bytes / 1e6).toFixed(2)} MB`;

const server = await serve(DIST);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(server.url);
await page.waitForSelector('#article');

// The best of two passes, for the engine and for wink alike: the first pass also warms up
// the wasm and JS compilers' optimising tiers.
const RUNS = 2;
const engineMs = await page.evaluate(async ({ texts, runs }) => {
  // The JS door answers from the page's worker: the figure includes the messages and the
  // report's JSON. The first call starts the worker and builds the gazetteers.
  await window.communique.analyze(texts[0]);
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (const t of texts) await window.communique.analyze(t);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}, { texts, runs: RUNS });
console.log(`wasm engine in Chromium on ${what}: ${(engineMs / 1000).toFixed(2)} s = ${mbps(bytes, engineMs)} MB/s (one question at a time: each waits for the answer before the next is asked)`);

// The same questions asked at once, as a script with many texts would ask them: the worker
// answers them in turn, so the round trips between page and worker overlap the analysis.
const pipelinedMs = await page.evaluate(async ({ texts, runs }) => {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await Promise.all(texts.map((t) => window.communique.analyze(t)));
    best = Math.min(best, performance.now() - start);
  }
  return best;
}, { texts, runs: RUNS });
console.log(`wasm engine in Chromium, all questions asked at once: ${(pipelinedMs / 1000).toFixed(2)} s = ${mbps(bytes, pipelinedMs)} MB/s`);

// wink-nlp in the same page, from node_modules: no bundler, no network.
await page.evaluate(await winkScript());
for (const { name, pipe } of PIPES) {
  let wink = { ms: Infinity };
  for (let r = 0; r < RUNS; r++) {
    const t = await page.evaluate(timeWink, { texts, pipe });
    if (t.ms < wink.ms) wink = t;
  }
  console.log(`${name} in Chromium: ${(wink.ms / 1000).toFixed(2)} s = ${mbps(bytes, wink.ms)} MB/s (${wink.entities} entities; model loaded in ${wink.loadMs.toFixed(0)} ms, not counted)`);
  console.log(`  wasm engine / ${name}: ${(wink.ms / engineMs).toFixed(2)}x the speed one at a time, ${(wink.ms / pipelinedMs).toFixed(2)}x asked at once`);
}

// The same articles dropped at once as 1,000 files, each of whole articles (two stories
// each when the 2,000 distinct ones are there).
const files = [];
for (let i = 0; i < 1000; i++) {
  const part = texts.slice(Math.floor((i * texts.length) / 1000), Math.floor(((i + 1) * texts.length) / 1000));
  files.push({ name: `article-${String(i).padStart(4, '0')}.txt`, text: part.join('\n\n') });
}
const dt = await transfer(page, files);
// Two probes: a 16 ms timer, which also waits behind every message the workers send, and
// the frames the page draws (requestAnimationFrame), which is what the reader sees.
await page.evaluate(() => {
  window.__gaps = [];
  window.__frames = [];
  let last = performance.now();
  window.__probe = setInterval(() => { const now = performance.now(); window.__gaps.push(now - last); last = now; }, 16);
  let lastFrame = performance.now();
  window.__drawing = true;
  const frame = (now) => {
    window.__frames.push(now - lastFrame);
    lastFrame = now;
    if (window.__drawing) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
});
const start = Date.now();
await page.dispatchEvent('.app', 'drop', { dataTransfer: dt });
await page.waitForFunction(() => document.querySelectorAll('.docs .doc').length === 1000, null, { timeout: 120000, polling: 100 });
const wall = Date.now() - start;
const { gaps, frames } = await page.evaluate(() => {
  clearInterval(window.__probe);
  window.__drawing = false;
  return { gaps: window.__gaps, frames: window.__frames };
});
gaps.sort((a, b) => a - b);
frames.sort((a, b) => a - b);
const mb = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6;
console.log(`1,000 dropped files (${mb.toFixed(2)} MB): analysed in the worker and listed in ${(wall / 1000).toFixed(2)} s`);
console.log(`page responsiveness during the batch: a 16 ms timer fired every ${gaps[gaps.length >> 1].toFixed(0)} ms (median), worst ${gaps[gaps.length - 1].toFixed(0)} ms; frames drawn every ${frames[frames.length >> 1].toFixed(0)} ms (median), worst ${frames[frames.length - 1].toFixed(0)} ms, ${frames.filter((f) => f > 50).length} of ${frames.length} over 50 ms`);
await browser.close();
server.close();
