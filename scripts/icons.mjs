// Renders public/favicon.svg into the PNG icons the web app manifest names (Chromium wants
// PNGs of 192 and 512 pixels to offer installation). Run once when the favicon changes:
//   node scripts/icons.mjs
// The maskable icon fills its square: launchers crop it to their own shape, and the
// favicon's lines lie inside the safe circle they keep.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const PUBLIC = new URL('../public/', import.meta.url).pathname;
const svg = await readFile(`${PUBLIC}favicon.svg`, 'utf8');
const square = svg.replace(' rx="6"', '');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, source, size] of [['icon-192.png', svg, 192], ['icon-512.png', svg, 512], ['icon-maskable-512.png', square, 512]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: `${PUBLIC}${name}`, omitBackground: true });
  console.log(`public/${name}`);
}
await browser.close();
