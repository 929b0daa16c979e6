// The command line against wink-nlp in Node on the same ~1 MB of distinct articles: the
// CLI as a whole process (start, read, analyse, write the JSON), once on one thread and
// once on every core, and wink-nlp in process on one thread. Prints figures; asserts
// nothing. Run with `make bench-peers`, which builds the release CLI first.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { articles, mbps } from './articles.mjs';
import { PIPES, timeWink, winkInNode } from './wink.mjs';

const RUNS = 5;
const target = process.env.CARGO_TARGET_DIR ?? new URL('../target', import.meta.url).pathname;
const cli = `${target}/release/communique`;

const { articles: list, bytes, distinct } = await articles(1e6);
const what = `${list.length} ${distinct ? 'distinct stories' : 'corpus articles, cycled'}, ${(bytes / 1e6).toFixed(2)} MB`;
console.log(`peers on ${what}; the best of ${RUNS} runs each`);

/** The best wall time of the CLI on `paths`, with `threads` rayon threads. */
function timeCli(paths, threads) {
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    // stderr is piped: the CLI reports its progress there.
    const run = spawnSync(cli, paths, {
      env: { ...process.env, RAYON_NUM_THREADS: String(threads) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`${cli} exited with ${run.status ?? run.error}: ${run.stderr}`);
    best = Math.min(best, ms);
  }
  return best;
}

const paths = list.map((a) => a.path);
const one = timeCli(paths, 1);
const all = timeCli(paths, cpus().length);
// Start-up (the lexicon, the tagger's model, the patterns) is in both figures above.
const shortest = list.reduce((a, b) => (b.text.length < a.text.length ? b : a));
const startup = timeCli([shortest.path], 1);
console.log(`Communiqué CLI, whole process, one thread:   ${(one / 1000).toFixed(2)} s = ${mbps(bytes, one)} MB/s`);
console.log(`Communiqué CLI, whole process, ${cpus().length} threads:    ${(all / 1000).toFixed(2)} s = ${mbps(bytes, all)} MB/s`);
console.log(`  of which start-up, as the CLI on the shortest article alone: ${(startup / 1000).toFixed(2)} s`);

winkInNode();
const texts = list.map((a) => a.text);
for (const { name, pipe } of PIPES) {
  let best = { ms: Infinity };
  for (let r = 0; r < RUNS; r++) {
    const t = timeWink({ texts, pipe });
    if (t.ms < best.ms) best = t;
  }
  console.log(`${name}, Node, one thread: ${(best.ms / 1000).toFixed(2)} s = ${mbps(bytes, best.ms)} MB/s (${best.entities} entities; model loaded in ${best.loadMs.toFixed(0)} ms, not counted)`);
  console.log(`  Communiqué CLI (one thread, whole process) / ${name}: ${(best.ms / one).toFixed(2)}x the speed`);
}
