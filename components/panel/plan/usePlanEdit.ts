import { useState } from 'preact/hooks';
import { useSend } from '@/components/common/messaging';
import type { PanelResult } from '@/lib/messages/panel';
import type { PlanOp } from '@/lib/plan';

/** Sends one plan operation; the background applies it to the latest version, stores history and logs it. */
export function usePlanEdit(planId: string) {
  const send = useSend();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const edit = async (op: PlanOp): Promise<boolean> => {
    setBusy(true);
    try {
      const answer = (await send({ type: 'panel:plan-edit', planId, op })) as PanelResult | undefined;
      if (answer?.ok) {
        setError('');
        return true;
      }
      setError(answer?.error ?? 'no answer');
      return false;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { edit, error, busy };
}
