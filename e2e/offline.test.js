// Offline and installable: the service worker caches the built site, served from a
// sub-path, so that a reader with no network opens the page and it works; the manifest
// makes the page an app Chromium offers to install.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launch, launchWithProfile, paste } from './browser.js';
import { serve } from './server.js';

let site, server, browser, context, page;

before(async () => {
  // A copy of dist/, so the test can deploy a new build of it.
  site = await mkdtemp(join(tmpdir(), 'communique-site-'));
  await cp(DIST, site, { recursive: true });
  server = await serve(site);
  browser = await launch();
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#article');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
});

after(async () => {
  await browser?.close();
  server?.close();
  await rm(site, { recursive: true, force: true });
});

const cacheNames = () => page.evaluate(() => caches.keys());

test('the service worker caches every file of the build, in one cache named after it', async () => {
  const names = await cacheNames();
  assert.equal(names.length, 1, names.join(' | '));
  assert.match(names[0], new RegExp(`^communique ${server.url.replace(/[./]/g, '\\$&')} [0-9a-f]{16}$`));
  const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url), names[0]);
  const files = (await readdir(site)).filter((f) => f !== 'sw.js').map((f) => server.url + f);
  assert.deepEqual(cached.sort(), files.sort());
});

test('a new deploy replaces the cache and removes the old one', async () => {
  const [old] = await cacheNames();
  // Deploy: change the page and write the service worker again, as the build does.
  await appendFile(join(site, 'index.html'), '<!-- the next deploy -->\n');
  execFileSync('python3', ['scripts/service_worker.py'], {
    cwd: new URL('..', import.meta.url).pathname, env: { ...process.env, TRUNK_STAGING_DIR: site },
  });
  await page.reload();
  await page.waitForSelector('#article');
  let names = [old];
  for (let tries = 0; names.length !== 1 || names[0] === old; tries++) {
    assert.ok(tries < 100, `the caches after the deploy: ${names.join(' | ')}`);
    await page.waitForTimeout(100);
    names = await cacheNames();
  }
  const [fresh] = names;
  const html = await page.evaluate(async (name) => (await (await caches.open(name)).match('index.html')).text(), fresh);
  assert.ok(html.includes('the next deploy'));
});

test('with the network gone, a reload brings the page, the documents and the engine back', async () => {
  await paste(page, 'Norway urged both sides to resume talks in Oslo.');
  await page.waitForFunction(() => document.querySelectorAll('.demands li').length === 1);
  const docs = await page.$$eval('.doc-title', (els) => els.map((e) => e.textContent));
  server.close();
  await context.setOffline(true);
  const answered = server.requests.length;
  await page.reload();
  await page.waitForSelector('#article');
  await page.waitForFunction((n) => document.querySelectorAll('.docs .doc').length === n, docs.length);
  assert.deepEqual(await page.$$eval('.doc-title', (els) => els.map((e) => e.textContent)), docs);
  await paste(page, 'Qatar urged Israel and Hamas to extend the truce.');
  await page.waitForFunction(() => document.querySelector('.article-text').textContent.startsWith('Qatar urged'));
  const demands = await page.textContent('section[aria-labelledby=demands-heading]');
  assert.ok(demands.includes('Qatar → Israel, Hamas'), demands);
  assert.equal(server.requests.length, answered, 'nothing reached the server');
});

test('the manifest makes the page an app Chromium can install', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'communique-profile-'));
  const deployed = await serve(DIST);
  const installer = await launchWithProfile(profile);
  try {
    const page = await installer.newPage();
    await page.goto(deployed.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
    const cdp = await installer.newCDPSession(page);
    const { url, errors, manifest } = await cdp.send('Page.getAppManifest');
    assert.equal(url, `${deployed.url}manifest.webmanifest`);
    assert.deepEqual(errors, []);
    assert.equal(manifest.startUrl, deployed.url);
    assert.equal(manifest.scope, deployed.url);
    assert.equal(manifest.display, 'kStandalone');
    // The file itself: relative addresses (it is deployed under any sub-path) and PNG icons
    // of 192 and 512 pixels that are there and are that size.
    const json = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
    assert.equal(json.short_name, 'Communiqué');
    assert.ok(json.name.startsWith('Communiqué'));
    assert.equal(json.start_url, './');
    assert.equal(json.scope, './');
    assert.equal(json.display, 'standalone');
    for (const size of [192, 512]) {
      const icon = json.icons.find((i) => i.type === 'image/png' && i.sizes === `${size}x${size}` && !i.purpose);
      assert.ok(icon, `a ${size} px PNG icon`);
      const [width, height] = await page.evaluate(async (src) => {
        const png = new DataView(await (await fetch(src)).arrayBuffer());
        return [png.getUint32(16), png.getUint32(20)];
      }, icon.src);
      assert.deepEqual([width, height], [size, size], icon.src);
    }
    assert.deepEqual(await page.$$eval('meta[name=theme-color]', (els) => els.map((e) => e.media)),
      ['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
    assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
  } finally {
    await installer.close();
    deployed.close();
    await rm(profile, { recursive: true, force: true });
  }
});
