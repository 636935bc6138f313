// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportFile } from '@/lib/db/export-import';
import type { FamilyRow, RecordRow } from '@/lib/db/rows';
import { defaultSettings } from '@/lib/model';
import { projectRecord } from '@/lib/overview/project';
import type { ContributeResult, CoreData, DataSource, OverviewAuditEntry, OverviewRecord } from '@/lib/overview/source';
import { detectFlags, generatePopulation, sliceExport } from '@/lib/overview/test-population';
import { OverviewApp } from './OverviewApp';

const TODAY = new Date().toISOString().slice(0, 10);
const file = generatePopulation({ citizens: 40, seed: 7, today: TODAY, exportedBy: 'Testdata' });
const jobOnly = sliceExport(file, (r) => r.sector === 'job', 'Anne Lund');

/**
 * Not the browser's store: a DataSource held in memory, as a shared backend's client would be. The page must work
 * against it unchanged; that is what lets a backend replace file exchange later.
 */
class MemorySource implements DataSource {
  readonly logged: OverviewAuditEntry[] = [];
  /** While set, loadCore waits for it: the slow part of a reload, held open so a test can look at the page meanwhile. */
  gate?: Promise<void>;
  private records = new Map<string, RecordRow>();
  private citizens = new Map<string, ExportFile['citizens'][number]>();
  private families = new Map<string, FamilyRow>();

  constructor(
    private readonly kind: 'local-files' | 'shared',
    ...files: ExportFile[]
  ) {
    files.forEach((f) => this.merge(f));
  }

  describe() {
    return { kind: this.kind, acceptsFiles: this.kind === 'local-files' };
  }
  async loadCore(): Promise<CoreData> {
    await this.gate;
    const rows = [...this.records.values()];
    const families = [...this.families.values()];
    return {
      today: TODAY,
      settings: defaultSettings(),
      citizens: [...this.citizens.values()].map((c) => ({ cpr: c.cpr, name: c.name })),
      families: families.map((f) => ({ id: f.id, members: f.members })),
      flags: detectFlags(rows, families, TODAY),
    };
  }
  async recordsOf(cprs: readonly string[]) {
    const wanted = new Set(cprs);
    return this.projected().filter((r) => wanted.has(r.cpr));
  }
  async loadRecords(onProgress?: (read: number, total: number) => void) {
    const all = this.projected();
    onProgress?.(all.length, all.length);
    return all;
  }
  async citizen() {
    return undefined;
  }
  async contribute(text: string): Promise<ContributeResult> {
    const f = JSON.parse(text) as ExportFile;
    const before = this.records.size;
    this.merge(f);
    return { ok: true, result: { added: this.records.size - before, updated: 0, skippedOlder: 0, errors: [] }, exportedBy: f.exportedBy, citizens: f.citizens.length };
  }
  async log(entry: OverviewAuditEntry) {
    this.logged.push(entry);
  }

  private merge(f: ExportFile) {
    for (const r of f.records) if (!this.records.has(r.key)) this.records.set(r.key, { ...r, importedFrom: f.exportedBy });
    for (const c of f.citizens) this.citizens.set(c.cpr, c);
    for (const fam of f.families) this.families.set(fam.id, fam);
  }
  private projected() {
    return [...this.records.values()].map(projectRecord).filter((r): r is OverviewRecord => !!r);
  }
}

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) act(() => render(null, container!));
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function mount(source: DataSource) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<OverviewApp source={source} />, container!));
  return container;
}

/** Lets promises and Preact's render queue run until `done` holds. */
async function until(done: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (done()) return;
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  throw new Error(`never happened: ${what}`);
}

const $ = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const rowCount = (root: ParentNode) => Number(root.querySelector('.citizen-table table')?.getAttribute('aria-rowcount') ?? 1) - 1;

async function addFile(root: HTMLElement, f: ExportFile, name: string) {
  const input = root.querySelector<HTMLInputElement>('#team-file')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([JSON.stringify(f)], name, { type: 'application/json' })] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('OverviewApp against a DataSource that is not the local store', () => {
  it('a shared backend: the same page shows its rows and flags, logs the visit, and offers no file exchange', async () => {
    const source = new MemorySource('shared', file);
    const root = mount(source);
    await until(() => !!$(root, 'chart-trend'), 'all records read');
    const open = (await source.loadCore()).flags.filter((f) => f.status === 'open');
    expect(open.length).toBeGreaterThan(10);
    expect($(root, 'summary-flags')?.textContent).toBe(String(open.length));
    expect(rowCount(root)).toBeGreaterThan(10);
    expect(root.querySelector('#team-file')).toBeNull();
    expect(source.logged.map((e) => e.action)).toEqual(['view']);
  });

  it('after a colleague’s file is merged, export and print wait until the new union is on the page', async () => {
    const source = new MemorySource('local-files', jobOnly);
    const root = mount(source);
    await until(() => !!$(root, 'chart-trend'), 'first load complete');
    const before = rowCount(root);

    let open!: () => void;
    source.gate = new Promise<void>((resolve) => (open = resolve));
    await addFile(root, file, 'bo.json');
    await until(() => /lagt sammen/.test($(root, 'sources-status')?.textContent ?? ''), 'merge reported');
    // The moment the merge is reported the table still holds the old union: exporting it now would be wrong.
    expect(rowCount(root)).toBe(before);
    expect(($(root, 'print') as HTMLButtonElement).disabled).toBe(true);
    expect(($(root, 'export-csv') as HTMLButtonElement).disabled).toBe(true);
    expect($(root, 'scope')?.textContent).toContain('opdateres');

    open();
    await until(() => !($(root, 'print') as HTMLButtonElement).disabled, 'reload finished');
    const after = rowCount(root);
    expect(after).toBeGreaterThan(before);

    let printed = -1;
    // happy-dom has no window.print; the page calls it the way a browser page would.
    vi.stubGlobal('print', () => {
      printed = root.querySelectorAll('.citizen-table tbody tr[data-row-index]').length;
    });
    await act(async () => $(root, 'print')!.click());
    await until(() => printed >= 0, 'print called');
    expect(printed).toBe(after);
    expect(source.logged.find((e) => e.action === 'export')?.detail).toMatch(new RegExp(`^printed report: ${after} rows`));
  });
});
