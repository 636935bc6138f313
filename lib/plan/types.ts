import { z } from 'zod';
import { CprDigits, IsoDate, IsoDateTime, Sector } from '../model';
import type { PlanRow } from '../db/rows';

/**
 * The one plan with the citizen (Én plan), as the plan module reads it. The store keeps goals and actions as open
 * objects (lib/db/rows.ts PlanRow); these schemas are their real shape.
 */

/** 1 early help without a case, 2 one caseworker, 3 cross-disciplinary with a plan coordinator. */
export const COORDINATION_LEVELS = [1, 2, 3] as const;
export const CoordinationLevel = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type CoordinationLevel = z.infer<typeof CoordinationLevel>;

/** A goal in the citizen's own words: the text is kept exactly as written (trimmed), never rephrased. */
export const PlanGoal = z.object({
  id: z.string().min(1),
  text: z.string().trim().min(1).max(2000),
  /** In a family plan, whose goal it is; absent = the whole family. */
  person: CprDigits.optional(),
});
export type PlanGoal = z.infer<typeof PlanGoal>;

export const ACTION_STATUSES = ['planned', 'active', 'done', 'cancelled'] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** An agreed action: what, who, which sector, when, status; optionally the scraped effort it is carried out as. */
export const PlanAction = z.object({
  id: z.string().min(1),
  what: z.string().trim().min(1).max(500),
  who: z.string().trim().max(200).default(''),
  sector: Sector.optional(),
  when: IsoDate.optional(),
  status: ActionStatus.default('planned'),
  goalId: z.string().min(1).optional(),
  /** recordKey of an effort record (system|effort|nativeId). */
  effortKey: z.string().min(1).optional(),
  person: CprDigits.optional(),
});
export type PlanAction = z.infer<typeof PlanAction>;

export const Coordinator = z.object({
  name: z.string().trim().min(1).max(200),
  unit: z.string().trim().max(200).optional(),
  sector: Sector.optional(),
  phone: z.string().trim().max(50).optional(),
  email: z.string().trim().max(200).optional(),
});
export type Coordinator = z.infer<typeof Coordinator>;

/** The next joint meeting: local date and time, YYYY-MM-DDTHH:MM. */
export const NextMeeting = IsoDateTime;

export type Plan = Omit<PlanRow, 'goals' | 'actions' | 'coordinator' | 'coordinationLevel'> & {
  goals: PlanGoal[];
  actions: PlanAction[];
  coordinator?: Coordinator;
  coordinationLevel: CoordinationLevel;
};

/**
 * Reads a stored row. A goal or action that does not fit its schema (an old or imported file) is left out of the
 * view and counted, never silently rewritten in the store.
 */
export function readPlan(row: PlanRow): { plan: Plan; unreadable: number } {
  let unreadable = 0;
  const keep = <T>(schema: z.ZodType<T>, items: unknown[]): T[] =>
    items.flatMap((item) => {
      const parsed = schema.safeParse(item);
      if (!parsed.success) unreadable++;
      return parsed.success ? [parsed.data] : [];
    });
  const coordinator = row.coordinator ? Coordinator.safeParse(row.coordinator) : undefined;
  if (coordinator && !coordinator.success) unreadable++;
  const plan: Plan = {
    ...row,
    goals: keep(PlanGoal, row.goals),
    actions: keep(PlanAction, row.actions),
    coordinator: coordinator?.success ? coordinator.data : undefined,
  };
  if (!plan.coordinator) delete plan.coordinator;
  return { plan, unreadable };
}
