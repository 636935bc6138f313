import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, personas, personaUrl, readStore, test } from './fixtures';
import { grantConsent, panelFor, readPersona, setSettings } from './panel-helpers';
import { bundleIife } from '../bench/bundle';

/**
 * The first view: before the panel's own page has loaded (it waits for the host page to load and settle), the
 * content script draws what the store already knows in the panel's place: the citizen and the flags. It sits in a
 * closed shadow root, which no page script (Playwright's included) can enter, so it is read through DevTools.
 */
interface ShadowNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: ShadowNode[];
  shadowRoots?: ShadowNode[];
  contentDocument?: ShadowNode;
}

const classOf = (n: ShadowNode) => {
  const a = n.attributes ?? [];
  const i = a.indexOf('class');
  return i >= 0 ? a[i + 1]!.split(' ') : [];
};

function find(n: ShadowNode, cls: string): ShadowNode | undefined {
  if (classOf(n).includes(cls)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const hit = find(c, cls);
    if (hit) return hit;
  }
  return undefined;
}

/** Text per element of the given class inside `n`, in document order. */
function texts(n: ShadowNode, cls?: string): string[] {
  if (cls && classOf(n).includes(cls)) return [texts(n).join('')];
  if (n.nodeType === 3) return cls ? [] : [n.nodeValue];
  return [...(n.children ?? []), ...(n.shadowRoots ?? [])].flatMap((c) => texts(c, cls));
}

/** The panel's host element, pierced: `.first` (the first view) and `.tab` live in its closed shadow root. */
async function panelShadow(page: Page): Promise<ShadowNode | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: ShadowNode };
    const stack = [root];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.nodeName === 'EN-PLAN-PANEL') return n.shadowRoots?.[0];
      stack.push(...(n.children ?? []));
    }
    return undefined;
  } finally {
    await cdp.detach();
  }
}

const openRules = (page: Awaited<ReturnType<typeof panelFor>>) =>
  page.locator('[data-testid="flag"][data-status="open"] .flag-rule strong').allInnerTexts();

test('the first view shows the stored flags at once, and gives way to the panel', async ({ context, sw, urls }) => {
  test.setTimeout(180_000);
  const trine = personas().trine!;
  await setSettings(context, sw, { userName: 'Lene Bro', userSector: 'job' });
  await grantConsent(context, sw, trine.cpr, ['children', 'adult', 'health']);
  const reader = await context.newPage();
  await readPersona(reader, sw, urls, trine, ['job', 'children']);
  await reader.close();

  const page = await context.newPage();
  await page.goto(personaUrl(urls, trine, 'children'), { waitUntil: 'commit' });
  let first: ShadowNode | undefined;
  await expect
    .poll(async () => (first = find((await panelShadow(page)) ?? ({} as ShadowNode), 'first')) !== undefined, { timeout: 10_000, intervals: [20] })
    .toBe(true);
  expect(texts(first!, 'first-name')).toEqual([trine.name]);
  const firstRules = texts(first!, 'first-rule');
  expect(firstRules.length).toBeGreaterThan(0);

  // The panel, once painted, shows the same open flags; the first view is gone then.
  const panel = await panelFor(page, trine.name);
  expect((await openRules(panel)).sort()).toEqual(firstRules.filter((_, i) => texts(first!, 'first-status')[i] === 'Åben').sort());
  await expect.poll(async () => find((await panelShadow(page))!, 'first')).toBeUndefined();

  // Drawn for the caseworker like the panel's view, so logged like it.
  const log = await readStore<{ citizenCpr?: string; action: string; detail?: string }>(sw, 'audit');
  expect(log.some((e) => e.citizenCpr === trine.cpr && e.action === 'view' && e.detail?.includes('første visning'))).toBe(true);
});

test('collapsed, the tab counts the open flags', async ({ context, sw, urls }) => {
  test.setTimeout(180_000);
  const trine = personas().trine!;
  await setSettings(context, sw, { userSector: 'job' });
  await grantConsent(context, sw, trine.cpr, ['children', 'adult', 'health']);
  const reader = await context.newPage();
  await readPersona(reader, sw, urls, trine, ['job', 'children']);
  await reader.close();
  await sw.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({ panelLayout: { collapsed: true, width: 380 } }),
  );

  const page = await context.newPage();
  await page.goto(personaUrl(urls, trine, 'job'));
  const panel = await panelFor(page, trine.name);
  const open = (await openRules(panel)).length;
  expect(open).toBeGreaterThan(0);
  await expect.poll(async () => texts((await panelShadow(page))!, 'tab')).toEqual([`Én plan (${open})`]);

  // A flag acknowledged elsewhere (the same panel opened as a tab of its own) counts down the collapsed tab.
  const elsewhere = await context.newPage();
  await elsewhere.goto(`chrome-extension://${new URL(sw.url()).host}/panel.html?cpr=${trine.cpr}`);
  const acknowledge = elsewhere.locator('[data-testid="flag"][data-status="open"]').first().getByTestId('flag-acknowledge');
  // The button acts only once it has been visible for a moment (clickjacking guard, ConfirmButton).
  await expect(acknowledge).toHaveAttribute('data-visible', 'true');
  await elsewhere.waitForTimeout(1000);
  await acknowledge.click();
  await expect(elsewhere.locator('[data-testid="flag"][data-status="acknowledged"]')).toHaveCount(1);
  await expect.poll(async () => texts((await panelShadow(page))!, 'tab')).toEqual([open > 1 ? `Én plan (${open - 1})` : 'Én plan']);
});

test('the first view: text only, and WCAG 2.1 AA', async ({ page, urls }) => {
  // The real renderer and its CSS, bundled like the content script, in a demo system's page.
  const code = await bundleIife(new URL('./first-view-harness.ts', import.meta.url).pathname);
  await page.goto(urls.job);
  await page.evaluate(code);
  const shown = page.locator('aside.first');
  await expect(shown).toHaveAccessibleName('Én plan for <img src=x onerror="window.hacked=1">Trine');
  await expect(shown.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  await expect(shown.getByRole('heading', { level: 2 })).toHaveText('<img src=x onerror="window.hacked=1">Trine');
  await expect(shown.getByRole('listitem')).toHaveCount(2);
  await expect(shown.getByRole('status')).toHaveText('Resten af panelet hentes …');
  const result = await new AxeBuilder({ page }).include('aside.first').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a page loaded later is laid out as the stored layout has it from the start: not pushed, pushed by the chosen width, collapsed', async ({ context, sw, urls }) => {
  test.setTimeout(150_000);
  const jakob = personas().jakob!;
  // Every width the page's root is given, from before any script of the page or of ours has run.
  await context.addInitScript(() => {
    if (location.protocol === 'chrome-extension:') return;
    const seen: string[] = [];
    (window as unknown as { margins: string[] }).margins = seen;
    const note = () => document.documentElement && seen.push(document.documentElement.style.marginRight);
    note();
    // The document, since its root may not be there yet.
    new MutationObserver(note).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
  });
  // Our content script and the record above both start at document_start, in no fixed order: the root's own ''
  // may or may not come first.
  const margins = (page: Page) =>
    page.evaluate(() => (window as unknown as { margins: string[] }).margins.filter((m, i, all) => i === 0 || m !== all[i - 1]).filter((m, i) => i > 0 || m !== ''));
  const hintsRegistered = () =>
    sw.evaluate(async () => {
      const { scripting } = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ js?: string[] }[]> } } }).chrome;
      return (await scripting.getRegisteredContentScripts())[0]?.js?.filter((f) => f.startsWith('layout-hints/')) ?? [];
    });
  const later = async (system: 'job' | 'health', check: (page: Page) => Promise<void>) => {
    const page = await context.newPage();
    await page.goto(personaUrl(urls, jakob, system));
    await check(page);
    await page.close();
  };

  const page = await context.newPage();
  await page.goto(personaUrl(urls, jakob, 'job'));
  const panel = await panelFor(page, 'Jakob Kjær');
  expect(await margins(page)).toEqual(['380px']);

  await panel.getByTestId('panel-push').click();
  await expect.poll(hintsRegistered).toEqual(['layout-hints/over.js']);
  for (const system of ['job', 'health'] as const) {
    await later(system, async (p) => {
      await panelFor(p, 'Jakob Kjær');
      expect(await margins(p), system).toEqual([]);
    });
  }

  // Pushed again, and wider: by the chosen width from the start, never by the default first.
  await panel.getByTestId('panel-push').click();
  const handle = panel.getByTestId('resize-handle');
  await handle.focus();
  await handle.press('ArrowLeft');
  await handle.press('ArrowLeft');
  await expect.poll(hintsRegistered).toEqual(['layout-hints/width-420.js']);
  for (const system of ['job', 'health'] as const) {
    await later(system, async (p) => {
      await panelFor(p, 'Jakob Kjær');
      expect(await margins(p), system).toEqual(['420px']);
    });
  }

  // Collapsed: never pushed; the tab shows, the panel's place is hidden.
  await panel.getByTestId('panel-collapse').click();
  await expect.poll(hintsRegistered).toEqual(['layout-hints/collapsed.js']);
  await later('job', async (p) => {
    const hidden = async (cls: string) => {
      const node = find((await panelShadow(p)) ?? ({} as ShadowNode), cls);
      return node && (node.attributes ?? []).includes('hidden');
    };
    await expect.poll(() => hidden('tab')).toBe(false);
    expect(await hidden('room')).toBe(true);
    await p.waitForLoadState('load');
    expect(await margins(p)).toEqual([]);
  });

  // Back to the default: no hints, pushed by 380 px from the start.
  await sw.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('panelLayout'));
  await expect.poll(hintsRegistered).toEqual([]);
  await page.reload();
  await panelFor(page, 'Jakob Kjær');
  expect(await margins(page)).toEqual(['380px']);
});
