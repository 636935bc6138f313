/**
 * DESIGN.md section 7: the host page can fade or cover our panel to trick a click on a decision button (DOM-based
 * clickjacking). The page can style the panel's host element even though its shadow root is closed; the panel's
 * ConfirmButton must then refuse. Tried with "withdraw consent", whose effect is immediate and logged.
 */
import type { Page } from '@playwright/test';
import { expect, panelFrame, personas, personaUrl, test } from './fixtures';
import { EXTENSION_ID, readStoreIn } from './security-helpers';

interface ConsentRow {
  id: string;
  citizenCpr: string;
  withdrawnAt?: string;
}

async function registerConsent(page: Page, cpr: string) {
  return page.evaluate(
    (cpr) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'panel:consent-register',
        consent: { cpr, basis: 'consent', sectors: ['job', 'health', 'adult'], givenAt: new Date().toISOString().slice(0, 10), givenBy: 'Jakob Kjær' },
      }),
    cpr,
  );
}

const attacks: [string, string][] = [
  ['faded to 5 % opacity', `document.querySelector('en-plan-panel').style.opacity = '0.05'`],
  [
    'covered by a transparent element that lets clicks through',
    `(() => { const d = document.createElement('div'); d.id = 'cover'; d.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,0.01);pointer-events:none'; document.body.append(d); })()`,
  ],
  ['blurred and scaled by a filter on the page root', `document.documentElement.style.filter = 'blur(0.3px)'`],
];

for (const [how, script] of attacks) {
  test(`a decision click is refused while the host page has the panel ${how}`, async ({ context, sw, urls }) => {
    const jakob = personas().jakob!;
    const page = await context.newPage();
    await page.goto(personaUrl(urls, jakob, 'job'));
    await expect((await panelFrame(page)).getByTestId('citizen-name')).toHaveText('Jakob Kjær');
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    expect(await registerConsent(options, jakob.cpr)).toMatchObject({ ok: true });
    await options.close();
    await page.bringToFront();
    await page.reload();
    const panel = await panelFrame(page);
    const withdraw = panel.getByTestId('consent-withdraw').first();
    await expect(withdraw).toBeVisible();

    await page.evaluate(script);
    await page.waitForTimeout(600);
    await withdraw.click({ force: true });
    await expect(panel.locator('.confirm-refused').first()).not.toBeEmpty();
    await page.waitForTimeout(300);
    expect((await readStoreIn<ConsentRow>(sw, 'consents')).filter((c) => c.citizenCpr === jakob.cpr && c.withdrawnAt)).toEqual([]);

    // Undone by the page, the same click works: the guard is about visibility, not a broken button.
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('en-plan-panel')!.style.opacity = '';
      document.getElementById('cover')?.remove();
      document.documentElement.style.filter = '';
    });
    await page.waitForTimeout(800);
    await withdraw.click();
    await expect.poll(async () => (await readStoreIn<ConsentRow>(sw, 'consents')).filter((c) => c.citizenCpr === jakob.cpr && c.withdrawnAt).length).toBe(1);
  });
}
