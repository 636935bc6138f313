import type { PlanRow } from '../db/rows';
import { readPlan, type Plan, type PlanAction } from './types';

/** One thing that changed between two versions of a plan, in terms the panel can phrase in Danish or English. */
export type PlanChange =
  | { kind: 'created'; persons: number }
  | { kind: 'goal-added' | 'goal-removed'; text: string }
  | { kind: 'goal-changed'; before: string; after: string }
  | { kind: 'action-added' | 'action-removed'; what: string }
  | { kind: 'action-changed'; what: string; fields: { field: keyof PlanAction; before?: string; after?: string }[] }
  | { kind: 'coordinator'; before?: string; after?: string }
  | { kind: 'level'; before: number; after: number }
  | { kind: 'next-meeting'; before?: string; after?: string }
  | { kind: 'persons'; added: string[]; removed: string[] }
  | { kind: 'title'; before?: string; after?: string };

export interface PlanHistoryEntry {
  version: number;
  at: string;
  by: string;
  changes: PlanChange[];
}

const ACTION_FIELDS: (keyof PlanAction)[] = ['what', 'who', 'sector', 'when', 'status', 'goalId', 'effortKey', 'person'];

const coordinatorText = (p: Plan) => (p.coordinator ? [p.coordinator.name, p.coordinator.unit].filter(Boolean).join(', ') : undefined);

/** What changed from `prev` to `next` (prev undefined: the plan was created). */
export function diffPlans(prev: Plan | undefined, next: Plan): PlanChange[] {
  if (!prev) return [{ kind: 'created', persons: next.citizens.length }, ...diffPlans({ ...next, goals: [], actions: [], coordinator: undefined, nextMeeting: undefined, title: undefined }, next)];
  const out: PlanChange[] = [];
  if ((prev.title ?? '') !== (next.title ?? '')) out.push({ kind: 'title', before: prev.title, after: next.title });
  const added = next.citizens.filter((c) => !prev.citizens.includes(c));
  const removed = prev.citizens.filter((c) => !next.citizens.includes(c));
  if (added.length || removed.length) out.push({ kind: 'persons', added, removed });

  const prevGoals = new Map(prev.goals.map((g) => [g.id, g]));
  const nextGoals = new Map(next.goals.map((g) => [g.id, g]));
  for (const g of next.goals) {
    const before = prevGoals.get(g.id);
    if (!before) out.push({ kind: 'goal-added', text: g.text });
    else if (before.text !== g.text) out.push({ kind: 'goal-changed', before: before.text, after: g.text });
  }
  for (const g of prev.goals) if (!nextGoals.has(g.id)) out.push({ kind: 'goal-removed', text: g.text });

  const prevActions = new Map(prev.actions.map((a) => [a.id, a]));
  const nextActions = new Map(next.actions.map((a) => [a.id, a]));
  for (const a of next.actions) {
    const before = prevActions.get(a.id);
    if (!before) {
      out.push({ kind: 'action-added', what: a.what });
      continue;
    }
    const fields = ACTION_FIELDS.filter((f) => (before[f] ?? '') !== (a[f] ?? '')).map((field) => {
      const change: { field: keyof PlanAction; before?: string; after?: string } = { field };
      if (before[field] != null) change.before = String(before[field]);
      if (a[field] != null) change.after = String(a[field]);
      return change;
    });
    if (fields.length) out.push({ kind: 'action-changed', what: a.what, fields });
  }
  for (const a of prev.actions) if (!nextActions.has(a.id)) out.push({ kind: 'action-removed', what: a.what });

  const cb = coordinatorText(prev);
  const ca = coordinatorText(next);
  if (cb !== ca || JSON.stringify(prev.coordinator ?? null) !== JSON.stringify(next.coordinator ?? null)) out.push({ kind: 'coordinator', before: cb, after: ca });
  if (prev.coordinationLevel !== next.coordinationLevel) out.push({ kind: 'level', before: prev.coordinationLevel, after: next.coordinationLevel });
  if ((prev.nextMeeting ?? '') !== (next.nextMeeting ?? '')) out.push({ kind: 'next-meeting', before: prev.nextMeeting, after: next.nextMeeting });
  return out;
}

/**
 * The history shown under the plan, newest first: for each stored version who saved it, when, and what changed
 * from the version before it (a version missing from the store, e.g. not in an import, is skipped over).
 */
export function historyEntries(snapshots: readonly PlanRow[]): PlanHistoryEntry[] {
  const sorted = [...snapshots].sort((a, b) => a.version - b.version);
  const entries: PlanHistoryEntry[] = [];
  let prev: Plan | undefined;
  for (const row of sorted) {
    const { plan } = readPlan(row);
    entries.push({ version: plan.version, at: plan.updatedAt, by: plan.updatedBy, changes: diffPlans(prev, plan) });
    prev = plan;
  }
  return entries.reverse();
}

/** A short text for the audit log: which kinds of change, never the goals' words (the log outlives the plan). */
export function describeChangesForLog(changes: readonly PlanChange[]): string {
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => (n > 1 ? `${k} x${n}` : k)).join(', ') || 'ingen ændring';
}
