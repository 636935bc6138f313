/**
 * A large page report arrives in parts (entrypoints/content/send-report.ts says why) and is put together here before
 * it is validated like any other. Held in the background's memory only: a worker stopped between the parts loses
 * them, and the closing message then says so, so the page sends its report again.
 */

/** Reports being assembled at once, across all tabs; the oldest goes first. */
const MAX_PENDING = 20;
/** A report whose closing message has not come by then is dropped. */
const PENDING_MS = 60_000;

interface Pending {
  sender: string;
  parts: unknown[][];
  at: number;
}

const pending = new Map<string, Pending>();

function dropStale(now: number) {
  for (const [id, p] of pending) if (now - p.at > PENDING_MS) pending.delete(id);
  while (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value!);
}

/** `sender` names the frame's document: a part only joins a report from the same document. */
export function addPart(sender: string, reportId: string, index: number, records: unknown[], now = Date.now()): void {
  let p = pending.get(reportId);
  if (p && p.sender !== sender) throw new Error('report part from another frame');
  if (!p) {
    dropStale(now);
    p = { sender, parts: [], at: now };
    pending.set(reportId, p);
  }
  p.parts[index] = records;
}

/** The report's records in order, or undefined when a part is missing (the worker was stopped in between). */
export function takeParts(sender: string, reportId: string, parts: number): unknown[] | undefined {
  const p = pending.get(reportId);
  if (!p || p.sender !== sender) return undefined;
  pending.delete(reportId);
  const all: unknown[] = [];
  for (let i = 0; i < parts; i++) {
    const part = p.parts[i];
    if (!part) return undefined;
    for (const r of part) all.push(r);
  }
  return p.parts.length === parts ? all : undefined;
}
