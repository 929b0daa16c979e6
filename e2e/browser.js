// What the end-to-end files share: Debian's Chromium, the built site, and the ways a
// reader puts articles in (typing into the text box, dropping files on the page).
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

export const DIST = new URL('../dist/', import.meta.url).pathname;

/** Screenshots the tests leave for a person to look at (e2e/artifacts/, not committed). */
export async function artifacts() {
  const dir = new URL('./artifacts/', import.meta.url).pathname;
  await mkdir(dir, { recursive: true });
  return dir;
}

const CHROMIUM = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
};

export function launch() {
  return chromium.launch(CHROMIUM);
}

/** A browser with a profile on disk: Chromium installs no app from an incognito one. */
export function launchWithProfile(dir) {
  return chromium.launchPersistentContext(dir, CHROMIUM);
}

/** Types an article into the text box and waits for its report. */
export async function paste(page, text) {
  await page.fill('#article', text);
  await page.waitForFunction(() => document.querySelector('#doc-title')?.textContent?.length > 0);
}

/** Text files ({ name, text }) as a file manager hands them over, ready to drop. */
export function transfer(page, files) {
  return page.evaluateHandle((files) => {
    const d = new DataTransfer();
    for (const f of files) d.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return d;
  }, files);
}

/** Drops files ({ name, text }) on the page, as a file manager would. */
export async function drop(page, files) {
  await page.dispatchEvent('.app', 'drop', { dataTransfer: await transfer(page, files) });
}
