import { forgetPageCitizens } from './page-citizens';
import { forgetPageReadsOf } from './page-reads';
import { forgetTabCitizens } from './tab-context';

/**
 * Citizens deleted from the store, on request (the options page) or at the end of the retention period: the worker's
 * session memory of pages and tabs (storage.session) names them too, and must not outlive them. Called by whoever
 * deleted them, once the deletion is committed. An entry the worker adds at that very moment may survive; it goes with
 * the browser session.
 */
export async function forgetCitizensInSession(cprs: readonly string[]): Promise<void> {
  if (!cprs.length) return;
  await Promise.all([forgetPageCitizens(cprs), forgetPageReadsOf(cprs), forgetTabCitizens(cprs)]);
}
