// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { allByTestId, byTestId, click, withFakeVisibility, renderUi, typeInto } from '@/components/common/testing';
import { PanelBody } from './PanelApp';
import { MARTIN, TRINE, adultMeeting, makeView } from './view-fixtures';
import type { PanelView } from '@/lib/service/panel-view';

const setVisible = withFakeVisibility();

describe('PanelBody', () => {
  it('shows the header, consent state, hidden sectors, flags, plan, timeline and contacts in that order', () => {
    const { container } = renderUi(<PanelBody view={makeView()} />);
    expect(byTestId(container, 'citizen-name')?.textContent).toBe('Trine Hansen');
    expect(byTestId(container, 'citizen-cpr')?.textContent).toBe('010183-xxxx');
    expect(byTestId(container, 'family')?.textContent).toContain('Martin Hansen');
    expect(byTestId(container, 'consent')?.textContent).toContain('Intet samtykke registreret');
    const hidden = byTestId(container, 'hidden-sector') as HTMLElement;
    expect(hidden.dataset.sector).toBe('health');
    expect(hidden.textContent).toContain('3 registreringer');
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent ?? '');
    expect(headings.findIndex((h) => h.includes('Opmærksomhedspunkter'))).toBeLessThan(headings.findIndex((h) => h.includes('Tidslinje')));
    expect(allByTestId(container, 'contact')).toHaveLength(2);
  });

  it('renders scraped markup as text, never as HTML', () => {
    const { container } = renderUi(<PanelBody view={makeView()} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('switches every string to English', () => {
    const { container } = renderUi(<PanelBody view={makeView({ language: 'en' })} />, { lang: 'en' });
    expect(container.textContent).toContain('Points of attention');
    expect(container.textContent).toContain('LÆ 265 was requested twice.');
    expect(container.textContent).not.toContain('Opmærksomhedspunkter');
  });

  it('reveals the CPR only on request, and asks the background to log it', async () => {
    const { container, sent } = renderUi(<PanelBody view={makeView()} />);
    await click(container.querySelector('.citizen-cpr button'));
    expect(byTestId(container, 'citizen-cpr')?.textContent).toBe('010183-1234');
    expect(sent).toContainEqual({ type: 'panel:reveal-cpr', cpr: TRINE });
  });

  it('says when the page has no citizen', () => {
    const { container } = renderUi(<PanelBody view={makeView({ citizen: undefined })} />);
    expect(container.textContent).toContain('Ingen borger er åben');
  });
});

describe('flags', () => {
  it('gives the reason and source links of a visible flag, and only the sector of a hidden one', async () => {
    const { container, sent } = renderUi(<PanelBody view={makeView()} />);
    const flag = byTestId(container, 'flag') as HTMLElement;
    expect(flag.textContent).toContain('LÆ 265 er bestilt to gange.');
    await click(flag.querySelector('.flag-sources button'));
    expect(sent).toContainEqual({ type: 'panel:open-source', url: 'http://localhost:4101/jobsag/R1' });
    const hidden = byTestId(container, 'flag-hidden') as HTMLElement;
    expect(hidden.textContent).toContain('Sundhed og rehabilitering');
    expect(hidden.querySelector('button')).toBeNull();
  });

  it('needs a reason to dismiss and sends it along', async () => {
    const { container, sent } = renderUi(<PanelBody view={makeView()} />);
    setVisible();
    await click(byTestId(container, 'flag-dismiss-open'));
    setVisible();
    await click(byTestId(container, 'flag-dismiss-confirm'));
    expect(container.textContent).toContain('Skriv en begrundelse.');
    expect(sent.some((m) => m.type === 'panel:flag-status')).toBe(false);
    await typeInto(container.querySelector('.flag-dismiss textarea'), 'Aftalt med Maja: ikke dobbelt');
    await click(byTestId(container, 'flag-dismiss-confirm'));
    expect(sent).toContainEqual({ type: 'panel:flag-status', flagId: 'f1', status: 'dismissed', note: 'Aftalt med Maja: ikke dobbelt' });
  });

  it('shows who dismissed a flag and why', () => {
    const view = makeView();
    const f = view.flags[0] as Extract<PanelView['flags'][number], { hidden?: false }>;
    view.flags = [{ ...f, status: 'dismissed', statusBy: 'Maja Holm', statusAt: '2025-03-02T10:00:00.000Z', statusNote: 'Ikke dobbelt' }];
    const { container } = renderUi(<PanelBody view={view} />);
    expect(byTestId(container, 'flag-decision')?.textContent).toMatch(/Afvist af Maja Holm.*Ikke dobbelt/);
  });
});

describe('precheck warning', () => {
  const precheck = (submitBlocked: boolean): PanelView['precheck'] => ({
    infoTypeLabel: 'LÆ 265',
    infoType: 'LAE265',
    blocking: true,
    submitBlocked,
    matches: [
      { recordKey: 'jobsag|request|R1', why: 'duplicate', reason: 'LÆ 265 bestilt 5. feb. 2025', record: makeView().records[1], hidden: false },
      { recordKey: 'x|document|D', why: 'on-file', hidden: true, sector: 'health' },
    ],
  });

  it('says what was asked before, when, by which unit and whom to call', () => {
    const { container } = renderUi(<PanelBody view={makeView({ precheck: precheck(false) })} />);
    const alert = container.querySelector('[role="alert"]') as HTMLElement;
    expect(alert.dataset.testid).toBe('precheck');
    expect(byTestId(alert, 'precheck-date')?.textContent).toBe('5. feb. 2025');
    expect(byTestId(alert, 'precheck-unit')?.textContent).toBe('Jobcenter Demoby');
    expect(byTestId(alert, 'precheck-contact')?.textContent).toContain('44 55 66 77');
    expect(byTestId(alert, 'precheck-match-hidden')?.textContent).toContain('Sundhed og rehabilitering');
    expect(byTestId(alert, 'continue-anyway')).toBeNull();
  });

  it('takes focus when a submit was held, and goes on only through a visible confirm button', async () => {
    const { container, sent } = renderUi(<PanelBody view={makeView({ precheck: precheck(true) })} focus="precheck" />);
    expect(document.activeElement?.getAttribute('data-testid')).toBe('precheck');
    await click(byTestId(container, 'continue-anyway'));
    expect(sent.some((m) => m.type === 'panel:continue-anyway')).toBe(false);
    setVisible();
    await click(byTestId(container, 'continue-anyway'));
    expect(sent).toContainEqual({ type: 'panel:continue-anyway' });
    await click(container.querySelector('[data-testid="precheck-match"] .link-button'));
    expect(sent).toContainEqual({ type: 'panel:open-source', url: 'http://localhost:4101/jobsag/R1' });
  });
});

describe('timeline', () => {
  it('lists across sectors newest first, marks stale records and names the sector in text', () => {
    const { container } = renderUi(<PanelBody view={makeView()} />);
    const items = allByTestId(container, 'timeline-item') as HTMLElement[];
    expect(items.map((i) => i.dataset.kind)).toEqual(['meeting', 'request', 'effort']);
    expect(items[0]!.dataset.stale).toBe('true');
    expect(byTestId(items[0]!, 'stale-note')?.textContent).toContain('Forældet');
    expect(items[0]!.textContent).toContain('Voksen social');
    expect(items[2]!.textContent).toContain('Jobcenter Demoby · Lene Bro · 44 55 66 77');
    expect(container.querySelector('.timeline-legend')?.textContent).toContain('Børn og familie');
  });

  it('filters by sector and kind', async () => {
    const { container } = renderUi(<PanelBody view={makeView()} />);
    const boxes = [...container.querySelectorAll('.timeline-filters input[type="checkbox"]')] as HTMLInputElement[];
    await click(boxes[0]); // Jobcenter off
    expect((allByTestId(container, 'timeline-item') as HTMLElement[]).map((i) => i.dataset.sector)).toEqual(['adult']);
    await click(boxes[0]);
    await click(boxes.find((b) => b.parentElement?.textContent?.includes('Møde')));
    expect((allByTestId(container, 'timeline-item') as HTMLElement[]).map((i) => i.dataset.kind)).toEqual(['request', 'effort']);
  });
});

describe('consent', () => {
  it('refuses another legal basis without a reference, then registers it', async () => {
    const { container, sent } = renderUi(<PanelBody view={makeView()} />);
    await click(byTestId(container, 'consent-add'));
    const form = byTestId(container, 'consent-form') as HTMLElement;
    await click(form.querySelectorAll('input[type="radio"]')[1]);
    setVisible();
    await click(byTestId(form, 'consent-save'));
    expect(form.textContent).toContain('kræver en henvisning');
    expect(sent.some((m) => m.type === 'panel:consent-register')).toBe(false);
    await typeInto(form.querySelector('input[type="text"]'), 'SEL § 49 b');
    await click(byTestId(form, 'consent-save'));
    const msg = sent.find((m) => m.type === 'panel:consent-register');
    expect(msg).toMatchObject({ consent: { cpr: TRINE, basis: 'other', legalBasisRef: 'SEL § 49 b', sectors: ['children', 'adult', 'health'] } });
  });

  it('lists an active consent and withdraws it', async () => {
    const row = { id: 'c1', citizenCpr: TRINE, sectors: ['health' as const], givenAt: '2025-03-01', givenBy: 'Trine Hansen', legalBasisRef: 'samtykke', expires: '2025-12-31' };
    const view = makeView({
      consent: { rows: [row], summaries: [{ cpr: TRINE, level: 'partial', sectors: ['health'], active: [row], inactive: [], nextExpiry: '2025-12-31' }] },
    });
    const { container, sent } = renderUi(<PanelBody view={view} />);
    expect(byTestId(container, 'consent-person')?.textContent).toContain('dækker: Sundhed og rehabilitering');
    expect(byTestId(container, 'consent-row')?.textContent).toContain('Givet 1. mar. 2025 af Trine Hansen');
    setVisible();
    await click(byTestId(container, 'consent-withdraw'));
    expect(sent).toContainEqual({ type: 'panel:consent-withdraw', consentId: 'c1' });
  });
});

describe('plan', () => {
  it('offers a family plan for everyone in scope', async () => {
    const { container, sent } = renderUi(<PanelBody view={makeView()} />);
    await click(byTestId(container, 'plan-create-submit'));
    expect(sent).toContainEqual({ type: 'panel:plan-create', citizens: [TRINE, MARTIN], level: 3 });
  });

  const withPlan = () =>
    makeView({
      plan: {
        plan: {
          id: 'p1', citizens: [TRINE, MARTIN].sort(), coordinationLevel: 3, version: 2, updatedAt: '2025-03-02T10:00:00.000Z', updatedBy: 'Lene Bro',
          goals: [{ id: 'g1', text: 'Jeg vil kunne sove om natten', person: TRINE }],
          actions: [{ id: 'a1', what: 'Mentorstøtte', who: 'Ali Demir', sector: 'job', status: 'active', effortKey: 'jobsag|effort|E1', goalId: 'g1' }],
          nextMeeting: '2025-03-20T10:00',
        },
        unreadable: 0,
        efforts: { 'jobsag|effort|E1': { title: 'Mentorstøtte', sector: 'job', status: 'active', hidden: false } },
        history: [
          { version: 2, at: '2025-03-02T10:00:00.000Z', by: 'Lene Bro', changes: [{ kind: 'goal-added', text: 'Jeg vil kunne sove om natten' }] },
          { version: 0, at: '2025-03-01T10:00:00.000Z', by: 'Maja Holm', changes: [{ kind: 'created', persons: 2 }] },
        ],
      },
    });

  it("shows goals in the citizen's own words, actions with their effort, level 3 warning and history", () => {
    const { container } = renderUi(<PanelBody view={withPlan()} />);
    expect(byTestId(container, 'goal-text')?.textContent).toBe('Jeg vil kunne sove om natten');
    expect(byTestId(container, 'action')?.textContent).toContain('Ali Demir');
    expect(byTestId(container, 'action-effort')?.textContent).toContain('Udføres som: Mentorstøtte');
    expect(byTestId(container, 'plan-warning')?.textContent).toContain('plankoordinator');
    const history = allByTestId(container, 'history-entry');
    expect(history[0]?.textContent).toContain('Lene Bro');
    expect(history[0]?.textContent).toContain('Nyt mål');
    expect(history[1]?.textContent).toContain('Maja Holm');
    expect(byTestId(container, 'coordination-level')?.textContent).toContain('Niveau 3');
  });

  it('sends edits as operations: goal, action status, coordinator, meeting, print', async () => {
    const { container, sent } = renderUi(<PanelBody view={withPlan()} />);
    await typeInto(byTestId(container, 'goal-new'), 'Martin skal i skole hver dag');
    await click(byTestId(container, 'goal-add'));
    expect(sent).toContainEqual({ type: 'panel:plan-edit', planId: 'p1', op: { op: 'add-goal', text: 'Martin skal i skole hver dag' } });
    await typeInto(byTestId(container, 'action-status'), 'done');
    expect(sent).toContainEqual({ type: 'panel:plan-edit', planId: 'p1', op: { op: 'edit-action', id: 'a1', changes: { status: 'done' } } });
    await click(byTestId(container, 'coordinator-edit'));
    await click(byTestId(container, 'coordinator-save'));
    expect(sent).toContainEqual({ type: 'panel:plan-edit', planId: 'p1', op: { op: 'set-coordinator', coordinator: { name: 'Lene Bro', unit: 'Jobcenter Demoby', sector: 'job' } } });
    await typeInto(byTestId(container, 'plan-next-meeting'), '2025-04-01T09:30');
    await click(byTestId(container, 'plan-next-meeting-save'));
    expect(sent).toContainEqual({ type: 'panel:plan-edit', planId: 'p1', op: { op: 'set-next-meeting', at: '2025-04-01T09:30' } });
    await click(byTestId(container, 'plan-print'));
    expect(sent).toContainEqual({ type: 'panel:print', cpr: TRINE });
  });

  it('adds an action linked to a scraped effort', async () => {
    const { container, sent } = renderUi(<PanelBody view={withPlan()} />);
    await click(byTestId(container, 'action-add'));
    await typeInto(byTestId(container, 'action-new-what'), 'Smertehåndtering');
    await typeInto(byTestId(container, 'action-new-who'), 'Smerteklinikken');
    await typeInto(byTestId(container, 'action-new-sector'), 'health');
    await typeInto(byTestId(container, 'action-new-when'), '2025-04-15');
    await typeInto(byTestId(container, 'action-new-effort'), 'jobsag|effort|E1');
    await click(byTestId(container, 'action-new-submit'));
    expect(sent).toContainEqual({
      type: 'panel:plan-edit',
      planId: 'p1',
      op: { op: 'add-action', action: { what: 'Smertehåndtering', who: 'Smerteklinikken', status: 'planned', sector: 'health', when: '2025-04-15', effortKey: 'jobsag|effort|E1' } },
    });
  });

  it('shows the error when the background refuses', async () => {
    const { container } = renderUi(<PanelBody view={withPlan()} />, { answer: () => ({ ok: false, error: 'no goal with id g9' }) });
    await typeInto(byTestId(container, 'goal-new'), 'x');
    await click(byTestId(container, 'goal-add'));
    expect(byTestId(container, 'plan-error')?.textContent).toContain('no goal with id g9');
  });
});

describe('sections', () => {
  it('collapse with the keyboard-reachable heading button and remember it', async () => {
    const { container, unmount } = renderUi(<PanelBody view={makeView()} />);
    const toggle = container.querySelector('#timeline-heading button') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect((container.querySelector('#timeline-body') as HTMLElement).hidden).toBe(true);
    unmount();
    const again = renderUi(<PanelBody view={makeView()} />);
    expect(again.container.querySelector('#timeline-heading button')?.getAttribute('aria-expanded')).toBe('false');
  });
});

it('stale fixture is stale', () => expect(adultMeeting.stale).toBe(true));
