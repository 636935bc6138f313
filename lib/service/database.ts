import { EnPlanDb } from '../db/schema';

let db: EnPlanDb | undefined;

/** One database per extension context; asks the browser not to evict it (the store holds plans nobody else has). */
export function openDatabase(): EnPlanDb {
  if (!db) {
    db = new EnPlanDb();
    void navigator.storage?.persist?.().catch(() => false);
  }
  return db;
}
