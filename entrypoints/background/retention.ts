import { browser } from 'wxt/browser';
import type { EnPlanDb } from '@/lib/db/schema';
import { logAccess } from '@/lib/db/audit';
import { purgeExpiredData } from '@/lib/service/retention-purge';
import { loadSettings } from '@/lib/service/settings';

const ALARM = 'retention';

/** Data is kept only as long as configured: a daily purge, also run at start-up (a laptop may sleep for weeks). */
export function scheduleRetention(db: EnPlanDb) {
  const run = async () => {
    const settings = await loadSettings(db);
    const counts = await purgeExpiredData(db, settings, new Date());
    await logAccess(db, { user: 'system', action: 'delete', purpose: 'sletning efter opbevaringsfrist', detail: JSON.stringify(counts) });
  };
  void browser.alarms.create(ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void run().catch((e) => console.error('[Én plan] retention purge failed', e));
  });
}
