// wink-nlp with its English web model, the peer the benchmarks measure the engine against,
// in Node and in the benchmark's Chromium page. Its lite model's entities are dates,
// numbers, money, times, URLs and the like, not people, states or groups: it is a
// yardstick for speed, not for what Communiqué finds.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const modules = new URL('../node_modules/', import.meta.url).pathname;
const ENTRIES = { winkNLP: 'wink-nlp/src/wink-nlp.js', winkModel: 'wink-eng-lite-web-model/dist/model.js' };

/** The two configurations measured: the entity recogniser alone, and wink's whole default
 *  pipeline (sentences, negation, sentiment, part of speech, entities, custom entities),
 *  which is nearer to the work Communiqué does on every article. */
export const PIPES = [
  { name: 'wink-nlp entities (pipe: ner)', pipe: ['ner'] },
  { name: 'wink-nlp full default pipeline', pipe: null },
];

/** Puts wink-nlp and its model on globalThis, where `timeWink` finds them. */
export function winkInNode() {
  globalThis.winkNLP = require('wink-nlp');
  globalThis.winkModel = require('wink-eng-lite-web-model');
}

/** A script that puts wink-nlp and its model on `window`, for `page.evaluate`: the
 *  packages' CommonJS modules (all required by relative paths) wrapped with a small
 *  `require`, so the page needs neither a bundler nor the network. */
export async function winkScript() {
  const seen = new Map();
  const visit = async (file) => {
    const id = relative(modules, file);
    if (seen.has(id)) return;
    const source = await readFile(file, 'utf8');
    const deps = {};
    seen.set(id, { source, deps, json: file.endsWith('.json') });
    if (file.endsWith('.json')) return;
    for (const [, , path] of source.matchAll(/require\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g)) {
      const target = resolve(dirname(file), path);
      deps[path] = relative(modules, target);
      await visit(target);
    }
  };
  for (const entry of Object.values(ENTRIES)) await visit(modules + entry);
  const defs = [...seen].map(([id, m]) => {
    const body = m.json ? `module.exports = ${m.source};` : m.source;
    return `${JSON.stringify(id)}: [${JSON.stringify(m.deps)}, function (module, exports, require) {\n${body}\n}]`;
  });
  return `(() => {
  const defs = {${defs.join(',\n')}};
  const cache = {};
  const load = (id) => {
    if (!cache[id]) {
      const [deps, fn] = defs[id];
      cache[id] = { exports: {} };
      fn(cache[id], cache[id].exports, (path) => load(deps[path]));
    }
    return cache[id].exports;
  };
  ${Object.entries(ENTRIES).map(([name, id]) => `window.${name} = load(${JSON.stringify(id)});`).join('\n  ')}
})()`;
}

/** Times wink-nlp on `texts`: readDoc and the entities of each, after one warm-up article.
 *  Self-contained, so Playwright can run the same code in the page. */
export function timeWink({ texts, pipe }) {
  const loadStart = performance.now();
  const nlp = globalThis.winkNLP(globalThis.winkModel, pipe);
  const loadMs = performance.now() - loadStart;
  const its = nlp.its;
  nlp.readDoc(texts[0]).entities().out(its.detail);
  let entities = 0;
  const start = performance.now();
  for (const t of texts) entities += nlp.readDoc(t).entities().out(its.detail).length;
  return { ms: performance.now() - start, loadMs, entities };
}
