/**
 * Helpers for the security and reliability e2e tests (tests/e2e/security-*.spec.ts, reliability-*.spec.ts).
 */
import http from 'node:http';
import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The fixed id of the demo/test build (its manifest carries a public key). */
export const EXTENSION_ID = 'hbejeibommobkpkgnfcffnpihahgembd';
/** A localhost port that is NOT a configured case system: the "stranger" origin. */
export const STRANGER_PORT = 4199;
export const STRANGER = `http://localhost:${STRANGER_PORT}`;

type Evaluator = Pick<Page, 'evaluate'> | Pick<Worker, 'evaluate'>;

/** Reads a whole object store of the extension's database, from the service worker or any extension page. */
export async function readStoreIn<T = Record<string, unknown>>(where: Evaluator, store: string): Promise<T[]> {
  return (where as Page).evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('en-plan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            return resolve([]);
          }
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            resolve(req.result as T[]);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/**
 * Sets rows' lastSeen (records, citizens) or `at` (audit) back in time, as if not seen for `days` (raw IndexedDB),
 * from the service worker or any extension page; returns the time set.
 */
export async function age(where: Evaluator, table: 'records' | 'citizens' | 'audit', match: (string | number)[], days: number): Promise<string> {
  const when = new Date(Date.now() - days * 86_400_000).toISOString();
  await (where as Page).evaluate(
    ({ table, match, when }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('en-plan');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(table, 'readwrite');
          const store = tx.objectStore(table);
          for (const key of match) {
            const get = store.get(key);
            get.onsuccess = () => {
              const row = get.result as Record<string, unknown>;
              if (table === 'audit') row.at = when;
              else {
                row.lastSeen = when;
                if ('firstSeen' in row && String(row.firstSeen) > when) row.firstSeen = when;
              }
              store.put(row);
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, match, when },
  );
  return when;
}

export interface AuditEntry {
  id: number;
  at: string;
  user: string;
  action: string;
  purpose: string;
  detail: string;
  citizenCpr?: string;
}

export const rejectionsIn = async (where: Evaluator) => (await readStoreIn<AuditEntry>(where, 'audit')).filter((a) => a.action === 'rejected-message');

/** An extension page to read the store from; survives the service worker being stopped. */
export async function extensionPage(context: BrowserContext, path = 'options.html'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/${path}`);
  return page;
}

/** A tiny web server for a stranger origin. Close it with `await server.close()`. */
export async function serve(port: number, handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
  const server = http.createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const htmlResponse = (res: http.ServerResponse, body: string, status = 200) => {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
};

/**
 * Evaluates an expression in the page's content-script world (the "isolated world" where our content script runs),
 * through the DevTools protocol: the test then speaks with the content script's own identity, as a compromised or
 * buggy content script would. Returns the JSON value of the (awaited) result.
 */
export async function evaluateInContentScript<T>(context: BrowserContext, page: Page, expression: string): Promise<T> {
  const cdp = await context.newCDPSession(page);
  try {
    const contexts: { id: number; name: string; origin: string; auxData?: { type?: string; isDefault?: boolean; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const mainFrame = frameTree.frame.id;
    let target: (typeof contexts)[number] | undefined;
    for (let i = 0; i < 50 && !target; i++) {
      target = contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === mainFrame && c.origin.includes(EXTENSION_ID));
      target ??= contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === mainFrame && !c.name.includes('playwright') && /Én plan|En plan/i.test(c.name));
      if (!target) await new Promise((r) => setTimeout(r, 50));
    }
    if (!target) throw new Error(`no content-script world in ${page.url()}: ${JSON.stringify(contexts.map((c) => [c.name, c.origin, c.auxData]))}`);
    const result = (await cdp.send('Runtime.evaluate', { expression, contextId: target.id, awaitPromise: true, returnByValue: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value as T;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** A service worker handle that answers (after a kill, Playwright's old handle is dead). */
export async function liveWorker(context: BrowserContext, wake: Page): Promise<Worker> {
  for (let i = 0; i < 60; i++) {
    for (const w of context.serviceWorkers().filter((s) => s.url().includes(EXTENSION_ID)).reverse()) {
      const ok = await Promise.race([w.evaluate(() => true).catch(() => false), new Promise<boolean>((r) => setTimeout(r, 500, false))]);
      if (ok) return w;
    }
    // Any message wakes a stopped worker.
    await wake.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'panel:view' }).catch(() => undefined));
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no live service worker');
}

/** Stops every service worker of the profile at once, as Chrome does to an idle or crashed worker. */
export async function stopServiceWorkers(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
