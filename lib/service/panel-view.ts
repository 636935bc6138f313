import type { EnPlanDb } from '../db/schema';
import { familyOf, flagsFor, recordsForCitizens } from '../db/queries';
import type { CaseworkRecord, CitizenRef, Flag, ReadError, Settings } from '../model';
import { loadSettings } from './settings';
import { getTabContext, tabCitizen, type PrecheckState } from './tab-context';

/** Everything the panel shows for one tab, built in the background so the panel needs no database access. */
export interface PanelView {
  language: Settings['language'];
  readable: boolean;
  system?: string;
  pageType?: string;
  pageCitizen?: CitizenRef;
  errors: ReadError[];
  precheck?: PrecheckState;
  citizen?: { cpr: string; name: string; birthDate?: string };
  family: { cpr: string; name: string }[];
  records: (CaseworkRecord & { stale?: boolean; lastSeen?: string })[];
  flags: Flag[];
}

export async function buildPanelView(db: EnPlanDb, tabId: number | undefined): Promise<PanelView> {
  const settings = await loadSettings(db);
  const ctx = tabId == null ? { frames: {} } : await getTabContext(tabId);
  const frames = Object.values(ctx.frames);
  const top = frames.find((f) => f.citizen) ?? frames[0];
  const pageCitizen = tabCitizen(ctx);
  const view: PanelView = {
    language: settings.language,
    readable: frames.length > 0,
    system: top?.system,
    pageType: top?.pageType,
    pageCitizen,
    errors: frames.flatMap((f) => f.errors),
    precheck: 'precheck' in ctx ? ctx.precheck : undefined,
    family: [],
    records: [],
    flags: [],
  };
  const cpr = pageCitizen?.cpr;
  if (!cpr) return view;
  const scope = await familyOf(db, cpr);
  const citizens = await db.citizens.bulkGet(scope);
  const me = citizens.find((c) => c?.cpr === cpr);
  view.citizen = { cpr, name: me?.name ?? pageCitizen.name ?? '', birthDate: me?.birthDate };
  view.family = citizens.filter((c) => c && c.cpr !== cpr).map((c) => ({ cpr: c!.cpr, name: c!.name }));
  view.records = (await recordsForCitizens(db, scope)) as PanelView['records'];
  view.flags = await flagsFor(db, scope);
  return view;
}
