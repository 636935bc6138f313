/**
 * `npm run demo`: the four demo case systems plus Chromium with the freshly built extension.
 * Flags: --headless (no display needed; prints the URLs), --citizens N (generated population), --port-base N.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startDemoSystems } from '../demo-systems/serve';
import { CHROMIUM_FLAGS, chromiumPath, extensionArgs } from '../e2e/chromium';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

const headless = flag('headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const systems = await startDemoSystems({
  // 40 generated citizens by default, so the jobcenter's citizen list shows its pagination.
  citizens: option('citizens') ? Number(option('citizens')) : 40,
  portBase: option('port-base') ? Number(option('port-base')) : undefined,
});

console.log('\nÉn plan – demo case systems');
for (const [name, url] of Object.entries(systems.urls)) console.log(`  ${name.padEnd(9)} ${url}`);

const extension = resolve(import.meta.dirname, '../../.output/chrome-mv3-demo');
const profile = mkdtempSync(join(tmpdir(), 'en-plan-demo-'));
const browserArgs = [...CHROMIUM_FLAGS, ...extensionArgs(extension), `--user-data-dir=${profile}`];
if (headless) browserArgs.push('--headless', '--remote-debugging-port=0');
const browser = spawn(chromiumPath(), [...browserArgs, systems.urls.start], { stdio: 'ignore' });
console.log(`\nChromium ${headless ? '(headless) ' : ''}started with the extension from ${extension}`);
console.log(headless ? 'No display: open the URLs above in a browser with the extension loaded by hand.' : 'Close the browser or press Ctrl+C to stop.');

const stop = async () => {
  browser.kill();
  await systems.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
browser.on('exit', () => void (headless ? undefined : stop()));
