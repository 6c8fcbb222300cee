// Renders public/icons/icon.svg to the PNG icons the manifest names and the page's 32 px
// favicon (a PNG: Chromium fetches the favicon again on every in-app navigation, and an SVG
// one is parsed as a whole SVG document each time), in system Chromium.
// Run once when the icon changes: node e2e/tools/make-icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
async function render(size, file, maskable) {
  await page.setViewportSize({ width: size, height: size });
  // A maskable icon keeps its drawing inside the middle 80% and fills the rest.
  const inner = maskable ? `<div style="width:100%;height:100%;background:#2f6f5e;display:grid;place-items:center">
      <div style="width:80%;height:80%">${svg.replace('rx="112"', 'rx="0"')}</div></div>` : svg;
  await page.setContent(`<html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px">${inner}</div>
    <style>svg{width:100%;height:100%;display:block}</style></body></html>`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
}
await render(32, 'icon-32.png', false);
await render(192, 'icon-192.png', false);
await render(512, 'icon-512.png', false);
await render(512, 'icon-maskable-512.png', true);
await browser.close();
