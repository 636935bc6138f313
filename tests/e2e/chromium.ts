import { existsSync } from 'node:fs';

/** Debian's Chromium by default; CHROME_PATH names another Chromium-based browser (Chrome, Edge) where allowed. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) throw new Error('No Chromium found: run `apt-get install -y chromium` or set CHROME_PATH.');
  return found;
}

/** Flags that keep Chromium quiet on a closed network and steady on a small machine. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Every test and bench window: a common laptop screen, where the pushed host page keeps 986 px. */
export const VIEWPORT = { width: 1366, height: 768 };

export const extensionArgs = (dir: string) => [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`];
