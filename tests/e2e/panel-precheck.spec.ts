import type { Frame, Page } from '@playwright/test';
import type { SystemKey } from '../demo-systems/data/types';
import { expect, personas, readStore, test } from './fixtures';
import { panelFor, setSettings } from './panel-helpers';

/**
 * The pre-submit warning in each system's "new information request" form: the panel says, before the submit, that
 * the same information was asked for (when, by which unit, whom to call); the submit is held; "Fortsæt alligevel"
 * sends it and is logged. The confirm button refuses clicks while the host page hides or covers the panel.
 */
interface Case {
  system: SystemKey;
  persona: string;
  /** The list page with the earlier request, read first so the store knows it. */
  list: (id: string) => string;
  form: (id: string) => string;
  /** Chooses the information type in the host's form (the form may sit in an iframe). */
  choose: (page: Page) => Promise<void>;
  submit: (page: Page) => Promise<void>;
  /** True once the host system has accepted the new request. */
  sent: (page: Page) => Promise<boolean>;
  unit: string;
}

const childFrame = (page: Page) => page.frame({ name: 'indhold' })!;

const CASES: Case[] = [
  {
    system: 'job',
    persona: 'trine',
    list: (id) => `/borger/${id}/anmodninger`,
    form: (id) => `/borger/${id}/anmodninger/ny`,
    choose: (page) => page.locator('select[name="oplysningstype"]').selectOption('LAE265').then(() => undefined),
    submit: (page) => page.locator('form#ny-anmodning button[type="submit"]').click(),
    sent: async (page) => /oprettet=/.test(page.url()),
    unit: 'Team Kontanthjælp',
  },
  {
    system: 'adult',
    persona: 'trine',
    list: (id) => `/borger/${id}/forespoergsler`,
    form: (id) => `/borger/${id}/forespoergsler/ny`,
    choose: (page) => page.locator('select[name="forespoergselstype"]').selectOption('HELB-LAEGE').then(() => undefined),
    submit: (page) => page.locator('form#ny-forespoergsel button[type="submit"]').click(),
    sent: async (page) => /[?&]ny=/.test(page.url()),
    unit: 'Handicap og Psykiatri, Voksenteamet',
  },
  {
    system: 'children',
    persona: 'martin',
    list: (id) => `/sag/ramme?id=${id}&vis=undersoegelser`,
    form: (id) => `/sag/ramme?id=${id}&vis=ny-anmodning`,
    // "Modtager" is required in BørneSag: left empty, the browser's own validation would stop the submit first.
    choose: async (page) => {
      await childFrame(page).locator('input[name="modtager"]').fill('PPR, skolepsykolog');
      await childFrame(page).locator('select[name="oplysningstype"]').selectOption('PPR');
    },
    submit: (page) => childFrame(page).locator('form#ny-anmodning button[type="submit"]').click(),
    sent: async (page) => /oprettet=/.test(childFrame(page).url()),
    unit: 'Familierådgivningen, Team Øst',
  },
  {
    system: 'health',
    persona: 'trine',
    list: (id) => `/borger/${id}/henvisninger`,
    form: (id) => `/borger/${id}/ny/anmodning`,
    choose: (page) => page.locator('form#ny-anmodning select[name="type"]').selectOption('HENV-SMERTE').then(() => undefined),
    submit: (page) => page.locator('form#ny-anmodning button[type="submit"]').click(),
    sent: async (page) => (await page.locator('p.sp-toast').count()) > 0,
    unit: 'Sundhedshuset Demoby',
  },
];

async function openForm(page: Page, c: Case, base: string, id: string, name: string): Promise<Frame> {
  await page.goto(base + c.list(id));
  if (c.system === 'health') await page.locator('#app[aria-busy="false"]').waitFor();
  await page.waitForTimeout(600);
  await page.goto(base + c.form(id));
  if (c.system === 'health') await page.locator('form#ny-anmodning').waitFor();
  if (c.system === 'children') await childFrame(page).locator('form#ny-anmodning').waitFor();
  return panelFor(page, name);
}

async function whenVisible(page: Page, button: ReturnType<Frame['getByTestId']>) {
  await expect(button).toHaveAttribute('data-visible', 'true');
  // The button acts only after it has been visible for a moment (no click on something that just appeared).
  await page.waitForTimeout(400);
}

for (const c of CASES) {
  test(`warns before a duplicate request is sent in ${c.system}`, async ({ context, sw, urls }) => {
    test.setTimeout(120_000);
    await fetch(`${urls[c.system]}/__reset`, { method: 'POST' });
    const persona = personas()[c.persona]!;
    const id = persona.ids[c.system]!;
    // The caseworker works in the system's own sector, so the earlier request is theirs to see in full.
    await setSettings(context, sw, { userName: 'Testbruger', userSector: c.system });
    const page = await context.newPage();
    if (c.system === 'adult') {
      await page.goto(urls.adult + '/cookies');
      await page.getByRole('button', { name: 'Accepter alle' }).first().click();
    }
    const panel = await openForm(page, c, urls[c.system], id, persona.name);

    await c.choose(page);
    const warning = panel.getByTestId('precheck');
    await expect(warning).toBeVisible();
    await expect(warning).toHaveAttribute('role', 'alert');
    await expect(warning.getByTestId('precheck-match').first()).toBeVisible();
    await expect(warning.getByTestId('precheck-date').first()).not.toBeEmpty();
    await expect(warning.getByTestId('precheck-unit').first()).toContainText(c.unit);
    await expect(warning.getByTestId('precheck-contact').first()).not.toBeEmpty();

    // The link opens the existing request in its system.
    const [opened] = await Promise.all([context.waitForEvent('page'), warning.getByTestId('precheck-match').first().locator('.link-button').click()]);
    await opened.waitForLoadState();
    expect(new URL(opened.url()).origin).toBe(urls[c.system]);
    await opened.close();

    // The submit is held until the caseworker chooses.
    await c.submit(page);
    const goOn = warning.getByTestId('continue-anyway');
    await expect(goOn).toBeVisible();
    await page.waitForTimeout(500);
    expect(await c.sent(page)).toBe(false);
    // The warning has the focus, so a screen reader and the keyboard land on it.
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('precheck');

    await whenVisible(page, goOn);
    await goOn.click();
    await expect.poll(() => c.sent(page), { timeout: 10_000 }).toBe(true);
    const log = (await readStore<{ action: string; citizenCpr?: string; user: string }>(sw, 'audit')).filter((a) => a.action === 'continue-anyway');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ citizenCpr: persona.cpr, user: 'Testbruger' });
    await fetch(`${urls[c.system]}/__reset`, { method: 'POST' });
  });
}

test('"Fortsæt alligevel" refuses clicks while the host page fades or covers the panel', async ({ context, sw, urls }) => {
  test.setTimeout(120_000);
  await fetch(`${urls.job}/__reset`, { method: 'POST' });
  const c = CASES[0]!;
  const trine = personas().trine!;
  await setSettings(context, sw, { userName: 'Testbruger', userSector: 'job' });
  const page = await context.newPage();
  const panel = await openForm(page, c, urls.job, trine.ids.job!, 'Trine Hansen');
  await c.choose(page);
  await c.submit(page);
  const goOn = panel.getByTestId('continue-anyway');
  await whenVisible(page, goOn);

  // 1. The host makes the panel nearly transparent (DOM clickjacking: the user sees a decoy, clicks our button).
  await page.evaluate(() => ((document.querySelector('en-plan-panel') as HTMLElement).style.opacity = '0.05'));
  await expect(goOn).toHaveAttribute('data-visible', 'false');
  await goOn.click();
  await expect(panel.locator('.confirm-refused')).toContainText('ikke var helt synligt');
  await page.waitForTimeout(500);
  expect(await c.sent(page)).toBe(false);

  // 2. The host lays a decoy over the panel that lets clicks through.
  await page.evaluate(() => {
    (document.querySelector('en-plan-panel') as HTMLElement).style.opacity = '';
    const decoy = document.createElement('div');
    decoy.id = 'decoy';
    decoy.textContent = 'Klik her for at vinde';
    decoy.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none';
    document.body.append(decoy);
  });
  await expect(goOn).toHaveAttribute('data-visible', 'false');
  await goOn.click();
  await page.waitForTimeout(500);
  expect(await c.sent(page)).toBe(false);
  expect((await readStore<{ action: string }>(sw, 'audit')).filter((a) => a.action === 'continue-anyway')).toHaveLength(0);

  // 3. Uncovered again: the same click goes through.
  await page.evaluate(() => document.getElementById('decoy')?.remove());
  await whenVisible(page, goOn);
  await goOn.click();
  await expect.poll(() => c.sent(page), { timeout: 10_000 }).toBe(true);
  await fetch(`${urls.job}/__reset`, { method: 'POST' });
});
