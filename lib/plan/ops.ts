import { z } from 'zod';
import { CprDigits, Sector } from '../model';
import type { PlanRow } from '../db/rows';
import { ActionStatus, CoordinationLevel, Coordinator, NextMeeting, PlanAction, PlanGoal, type Plan } from './types';
import { IsoDate } from '../model';

/**
 * Every change to a plan is one operation. Operations, not whole plans, travel from the panel: two caseworkers who
 * edit different goals at once both keep their change, and the history can say exactly what each one did.
 */
const ActionFields = z.object({
  what: z.string().trim().min(1).max(500),
  who: z.string().trim().max(200).optional(),
  sector: Sector.optional(),
  when: IsoDate.optional(),
  status: ActionStatus.optional(),
  goalId: z.string().min(1).optional(),
  effortKey: z.string().min(1).optional(),
  person: CprDigits.optional(),
});

/** For edits, `null` clears an optional field; absent leaves it as it is. */
const ActionChanges = z.object({
  what: z.string().trim().min(1).max(500).optional(),
  who: z.string().trim().max(200).optional(),
  sector: Sector.nullable().optional(),
  when: IsoDate.nullable().optional(),
  status: ActionStatus.optional(),
  goalId: z.string().min(1).nullable().optional(),
  effortKey: z.string().min(1).nullable().optional(),
  person: CprDigits.nullable().optional(),
});

export const PlanOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add-goal'), text: PlanGoal.shape.text, person: CprDigits.optional() }),
  z.object({ op: z.literal('edit-goal'), id: z.string().min(1), text: PlanGoal.shape.text }),
  z.object({ op: z.literal('remove-goal'), id: z.string().min(1) }),
  z.object({ op: z.literal('add-action'), action: ActionFields }),
  z.object({ op: z.literal('edit-action'), id: z.string().min(1), changes: ActionChanges }),
  z.object({ op: z.literal('remove-action'), id: z.string().min(1) }),
  z.object({ op: z.literal('set-coordinator'), coordinator: Coordinator.nullable() }),
  z.object({ op: z.literal('set-level'), level: CoordinationLevel }),
  z.object({ op: z.literal('set-next-meeting'), at: NextMeeting.nullable() }),
  z.object({ op: z.literal('set-persons'), citizens: z.array(CprDigits).min(1).max(20) }),
  z.object({ op: z.literal('set-title'), title: z.string().trim().max(200).nullable() }),
]);
export type PlanOp = z.infer<typeof PlanOp>;

export class PlanError extends Error {
  override name = 'PlanError';
}

export interface EditContext {
  user: string;
  now: string;
  newId: () => string;
}

/** A fresh plan (version 0) for one citizen or a family. */
export function newPlan(citizens: readonly string[], ctx: EditContext, level: CoordinationLevel = 2): Plan {
  const persons = [...new Set(citizens)].sort();
  if (!persons.length) throw new PlanError('a plan needs at least one citizen');
  return { id: ctx.newId(), citizens: persons, goals: [], actions: [], coordinationLevel: level, updatedAt: ctx.now, updatedBy: ctx.user, version: 0 };
}

function setOptional<T extends object, K extends keyof T>(o: T, key: K, value: T[K] | null | undefined) {
  if (value === undefined) return;
  if (value === null || value === '') delete o[key];
  else o[key] = value;
}

function mustFind<T extends { id: string }>(items: readonly T[], id: string, what: string): number {
  const i = items.findIndex((x) => x.id === id);
  if (i < 0) throw new PlanError(`no ${what} with id ${id} in the plan (it may have been removed by someone else)`);
  return i;
}

function checkPerson(plan: Plan, person: string | undefined | null) {
  if (person && !plan.citizens.includes(person)) throw new PlanError(`person ${person.slice(0, 6)}-xxxx is not in the plan`);
}

/** Applies one operation and returns the next version; the input plan is not changed. */
export function applyPlanOp(plan: Plan, op: PlanOp, ctx: EditContext): Plan {
  const next: Plan = {
    ...plan,
    goals: plan.goals.map((g) => ({ ...g })),
    actions: plan.actions.map((a) => ({ ...a })),
    ...(plan.coordinator ? { coordinator: { ...plan.coordinator } } : {}),
    citizens: [...plan.citizens],
  };
  switch (op.op) {
    case 'add-goal': {
      checkPerson(plan, op.person);
      const goal: PlanGoal = { id: ctx.newId(), text: op.text.trim() };
      if (op.person) goal.person = op.person;
      next.goals.push(goal);
      break;
    }
    case 'edit-goal':
      next.goals[mustFind(next.goals, op.id, 'goal')]!.text = op.text.trim();
      break;
    case 'remove-goal':
      next.goals.splice(mustFind(next.goals, op.id, 'goal'), 1);
      // Actions that served the goal stay; they just no longer point at it.
      for (const a of next.actions) if (a.goalId === op.id) delete a.goalId;
      break;
    case 'add-action': {
      checkPerson(plan, op.action.person);
      if (op.action.goalId) mustFind(next.goals, op.action.goalId, 'goal');
      next.actions.push(PlanAction.parse({ ...op.action, id: ctx.newId(), who: op.action.who ?? '', status: op.action.status ?? 'planned' }));
      break;
    }
    case 'edit-action': {
      const a = next.actions[mustFind(next.actions, op.id, 'action')]!;
      const c = op.changes;
      checkPerson(plan, c.person);
      if (c.goalId) mustFind(next.goals, c.goalId, 'goal');
      if (c.what !== undefined) a.what = c.what.trim();
      if (c.who !== undefined) a.who = c.who.trim();
      if (c.status !== undefined) a.status = c.status;
      setOptional(a, 'sector', c.sector);
      setOptional(a, 'when', c.when);
      setOptional(a, 'goalId', c.goalId);
      setOptional(a, 'effortKey', c.effortKey);
      setOptional(a, 'person', c.person);
      break;
    }
    case 'remove-action':
      next.actions.splice(mustFind(next.actions, op.id, 'action'), 1);
      break;
    case 'set-coordinator':
      if (op.coordinator) next.coordinator = Coordinator.parse(op.coordinator);
      else delete next.coordinator;
      break;
    case 'set-level':
      next.coordinationLevel = op.level;
      break;
    case 'set-next-meeting':
      setOptional(next, 'nextMeeting', op.at);
      break;
    case 'set-persons': {
      const persons = [...new Set(op.citizens)].sort();
      const gone = new Set(plan.citizens.filter((c) => !persons.includes(c)));
      const used = [...next.goals, ...next.actions].some((x) => x.person && gone.has(x.person));
      if (used) throw new PlanError('a person with goals or actions of their own cannot leave the plan; move or remove those first');
      next.citizens = persons;
      break;
    }
    case 'set-title':
      setOptional(next, 'title', op.title);
      break;
  }
  next.version = plan.version + 1;
  next.updatedAt = ctx.now;
  next.updatedBy = ctx.user;
  return next;
}

/** The plan as the store keeps it. */
export const toPlanRow = (plan: Plan): PlanRow => plan as unknown as PlanRow;

/** Level 3 means a plan coordinator; the panel says so when one is missing (a hint, not a refusal). */
export function planWarnings(plan: Plan): ('level3-without-coordinator' | 'no-goals')[] {
  const w: ('level3-without-coordinator' | 'no-goals')[] = [];
  if (plan.coordinationLevel === 3 && !plan.coordinator) w.push('level3-without-coordinator');
  if (!plan.goals.length) w.push('no-goals');
  return w;
}
