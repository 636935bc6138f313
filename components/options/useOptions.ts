import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EnPlanDb } from '@/lib/db/schema';
import type { Settings } from '@/lib/model';
import { loadSettings, saveSettings } from '@/lib/service/settings';

/**
 * The settings as stored, and a save that merges a section's fields into the latest stored version: each
 * section saves on its own, and must not write back another section's stale values.
 */
export function useSettings(db: EnPlanDb) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [loadError, setLoadError] = useState<unknown>();
  useEffect(() => {
    loadSettings(db).then(setSettings, setLoadError);
  }, [db]);
  const save = useCallback(
    async (patch: Partial<Settings>) => {
      const next = { ...(await loadSettings(db)), ...patch };
      await saveSettings(db, next);
      setSettings(next);
      return next;
    },
    [db],
  );
  return { settings, loadError, save };
}
