import Dexie from 'dexie';

/**
 * True for a store that is full. Browsers throw a DOMException named QuotaExceededError; Dexie may throw its own
 * QuotaExceededError, or abort the transaction and wrap the cause as AbortError with `.inner` (one level or more);
 * a bulk write reports it among a BulkError's `failures`.
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 5) return false;
  if (e instanceof Dexie.QuotaExceededError) return true;
  const { name, code, inner, failures } = e as { name?: unknown; code?: unknown; inner?: unknown; failures?: unknown };
  // Legacy code 22 (QUOTA_EXCEEDED_ERR), and Firefox's older NS_ERROR_DOM_QUOTA_REACHED.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) return true;
  if (failures && typeof failures === 'object' && Object.values(failures).some((f) => isQuotaError(f, depth + 1))) return true;
  return isQuotaError(inner, depth + 1);
}
