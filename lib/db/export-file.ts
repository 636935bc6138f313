import { z } from 'zod';
import {
  CitizenRow,
  ConsentRow,
  FamilyRow,
  FlagRow,
  Instant,
  LinkRow,
  PlanHistoryRow,
  PlanRow,
  RecordHistoryRow,
  RecordRow,
} from './rows';
import { SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema';

export const EXPORT_FORMAT = 'en-plan-export';

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.number().int().min(1).max(SCHEMA_VERSION),
  exportedAt: Instant,
  exportedBy: z.string().min(1),
  records: z.array(RecordRow),
  recordHistory: z.array(RecordHistoryRow),
  citizens: z.array(CitizenRow),
  families: z.array(FamilyRow),
  links: z.array(LinkRow),
  flags: z.array(FlagRow),
  plans: z.array(PlanRow),
  planHistory: z.array(PlanHistoryRow),
  consents: z.array(ConsentRow),
});
export type ExportFile = z.infer<typeof ExportFile>;

const MAX_ERRORS = 20;

/** Parses and validates a whole file, bringing an older schema version's rows up to date first. */
export function validateExport(json: unknown): { file: ExportFile; errors?: undefined } | { file?: undefined; errors: string[] } {
  let raw: unknown = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json);
    } catch (e) {
      return { errors: [`(file): not valid JSON: ${(e as Error).message}`] };
    }
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { errors: ['(file): expected a JSON object'] };
  const head = raw as Record<string, unknown>;
  if (head.format !== EXPORT_FORMAT) return { errors: [`format: expected '${EXPORT_FORMAT}', got ${JSON.stringify(head.format)}`] };
  const version = head.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { errors: ['schemaVersion: expected a positive whole number'] };
  if (version > SCHEMA_VERSION) return { errors: [`schemaVersion: the file was written by a newer Én plan (schema ${version}); this one reads up to ${SCHEMA_VERSION}`] };

  let upgraded: Record<string, unknown>;
  try {
    upgraded = structuredClone(head);
  } catch (e) {
    // A hand-made file nested thousands of levels deep makes structuredClone throw a RangeError.
    return { errors: [`(file): nested too deeply to be an Én plan export (${(e as Error).message})`] };
  }
  try {
    for (const v of SCHEMA_VERSIONS) if (v.version > version) v.upgradeExport?.(upgraded);
  } catch (e) {
    return { errors: [`(file): cannot bring schema ${version} up to ${SCHEMA_VERSION}: ${(e as Error).message}`] };
  }
  upgraded.schemaVersion = SCHEMA_VERSION;
  const parsed = ExportFile.safeParse(upgraded);
  if (parsed.success) return { file: parsed.data };
  const issues = parsed.error.issues;
  const errors = issues.slice(0, MAX_ERRORS).map((i) => `${formatPath(i.path)}: ${i.message}`);
  if (issues.length > MAX_ERRORS) errors.push(`... and ${issues.length - MAX_ERRORS} more problems`);
  return { errors };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || '(file)';
}
