// The text every benchmark measures: ../shared/bench/cnn-stories, 2,000 distinct news
// stories (never copied into the repository). Repeated text flatters a benchmark, since
// duplicate checks can skip part of it, so without that folder (a clean clone) the
// benchmarks fall back to the repository's own tests/corpus articles, cycled, and say so.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';

const shared = new URL('../../shared/bench/cnn-stories/', import.meta.url).pathname;
const corpus = new URL('../tests/corpus/', import.meta.url).pathname;

/** Loads articles in file-name order until `bytes` are reached: all the distinct stories
 *  when they hold less, the corpus cycled when it stands in. Returns the articles as
 *  { path, text }, their total UTF-8 bytes and whether they are distinct. */
export async function articles(bytes) {
  const distinct = existsSync(shared);
  const dir = distinct ? shared : corpus;
  const all = [];
  for (const f of (await readdir(dir)).sort()) {
    // The corpus's legacy encodings are for the decoder's tests, not for a JS string.
    if (!f.endsWith('.txt') || f.includes('cp1252') || f.includes('utf16')) continue;
    all.push({ path: dir + f, text: await readFile(dir + f, 'utf8') });
  }
  if (!distinct) {
    console.log(`NOTE: ${shared} is absent: measuring the repository's tests/corpus articles instead, cycled, so the figures are flattered by repeated text`);
  }
  const out = [];
  let total = 0;
  for (let i = 0; total < bytes && (!distinct || i < all.length); i++) {
    const a = all[i % all.length];
    out.push(a);
    total += Buffer.byteLength(a.text);
  }
  return { articles: out, bytes: total, distinct };
}

/** MB (10^6 bytes) per second, to two decimals. */
export const mbps = (bytes, ms) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
