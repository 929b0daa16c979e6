// Phones: from 320 px wide up, nothing runs past the right edge of the screen — long names,
// addresses and unbroken words wrap, and the highlighted text and the corpus tables scroll
// inside their own boxes — on the empty page, a document and the corpus view, light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, artifacts, drop, launch } from './browser.js';
import { serve } from './server.js';

let ARTIFACTS, server, browser;

before(async () => {
  ARTIFACTS = await artifacts();
  server = await serve(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

const LONG_WORD = 'Counterrevolutionaryantidisestablishmentarianism'.repeat(3);
const URL_LINE = 'Read the statement at https://example.org/ministry-of-foreign-affairs/press-releases/2024/03/joint-statement-on-the-situation-in-the-region-and-the-resumption-of-talks?lang=en&ref=wire';
const ARTICLES = [
  {
    name: `statement_by_the_ministry_of_foreign_affairs_${LONG_WORD}.txt`,
    text: `The Foreign Ministers of the Islamic Republic of Pakistan and the People's Republic of China urge the Taliban to act against the Tehrik-e-Taliban Pakistan\n\n${URL_LINE}\n\nPakistan and China urged the Taliban to take verifiable action against the Tehrik-e-Taliban Pakistan and al-Qaeda, the ministers said. ${LONG_WORD}.`,
  },
  { name: 'oslo.txt', text: `Published: March 4, 2024\n\nNorway urged both sides to resume talks on ${LONG_WORD} in Oslo.` },
];

/** The widest point of the page, and what sticks out past the screen if anything does. */
function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const visible = (e) => getComputedStyle(e).overflowX === 'visible';
    const scrolled = (e) => e.parentElement && e.parentElement !== document.body
      && (!visible(e.parentElement) || scrolled(e.parentElement));
    // An element past the edge, or one whose text runs out of it, outside any scrolling box.
    const past = [...document.querySelectorAll('body *')]
      .filter((e) => !scrolled(e) && (e.getBoundingClientRect().right > width + 0.5
        || (e.scrollWidth > e.clientWidth + 1 && visible(e))))
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')}`);
    return { width, scrollWidth: document.documentElement.scrollWidth, past: past.slice(0, 12) };
  });
}

async function fits(page, what, shot) {
  const o = await overflow(page);
  await page.screenshot({ path: `${ARTIFACTS}${shot}.png`, fullPage: true });
  assert.ok(o.scrollWidth <= o.width, `${what}: ${o.scrollWidth} px wide on a ${o.width} px screen; past the edge: ${o.past.join(' ')}`);
}

for (const [scheme, width] of [['light', 390], ['dark', 390], ['light', 320]]) {
  test(`at ${width} px in ${scheme}, the empty page, a document and the corpus fit the screen`, async () => {
    const context = await browser.newContext({ viewport: { width, height: 844 }, colorScheme: scheme, serviceWorkers: 'block', hasTouch: true, isMobile: true });
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      await page.waitForSelector('#article');
      const shot = `phone-${width}-${scheme}`;
      await fits(page, 'the empty page', `${shot}-empty`);
      await drop(page, ARTICLES);
      await page.waitForFunction(() => document.querySelectorAll('.docs .doc').length === 2);
      await page.click('.doc-open');
      await page.waitForFunction(() => document.querySelectorAll('.demands li').length > 0);
      await fits(page, 'a document', `${shot}-document`);
      await page.click('#tab-corpus');
      await page.waitForSelector('#network');
      await page.waitForSelector('#timeline');
      for (const summary of await page.$$('.chart-table summary')) await summary.click();
      await fits(page, 'the corpus view', `${shot}-corpus`);
    } finally {
      await context.close();
    }
  });
}
