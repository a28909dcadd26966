/**
 * What ties a unit's template to its plan, its period and its unit: a stable key per task (a hidden
 * column that travels with the row when the unit sorts, filters, deletes or rewords rows) and the
 * template's identity in the workbook's custom properties. Consolidation matches a row by its key
 * first and refuses a template of another plan or another period (a finding, never merged).
 */
import { z } from 'zod';
import type { AppendixTable } from '../table';

/** Header of the hidden key column of a template and of a consolidation ("Mã nhiệm vụ (phuluc)"). */
export const KEY_HEADER = 'Mã nhiệm vụ (phuluc)';

/** Names of the custom properties a template carries (docProps/custom.xml). */
export const TEMPLATE_PROPERTIES = {
  plan: 'phuluc.plan',
  planTitle: 'phuluc.planTitle',
  period: 'phuluc.period',
  asOf: 'phuluc.asOf',
  unit: 'phuluc.unit',
} as const satisfies Record<keyof TemplateIdentity, string>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const TemplateIdentitySchema = z.object({
  /** planId() of the plan the template was made from. */
  plan: z.string().regex(/^[0-9a-f]{8}$/),
  planTitle: z.string(),
  /** The report period: the month of the cut-off ("2025-11"). */
  period: z.string().regex(/^\d{4}-\d{2}$/),
  /** The cut-off day the unit reports at (ISO). */
  asOf: z.string().regex(ISO_DAY),
  /** The unit the template was made for, in the plan's spelling. */
  unit: z.string().min(1),
});
export type TemplateIdentity = z.infer<typeof TemplateIdentitySchema>;

/** The identity as custom properties (name → text). */
export function identityProperties(identity: TemplateIdentity): Record<string, string> {
  const P = TEMPLATE_PROPERTIES;
  return { [P.plan]: identity.plan, [P.planTitle]: identity.planTitle, [P.period]: identity.period, [P.asOf]: identity.asOf, [P.unit]: identity.unit };
}

/** The identity a workbook's custom properties carry, or null when they carry none or a damaged one. */
export function identityFromProperties(properties: Readonly<Record<string, string>> | undefined): TemplateIdentity | null {
  if (!properties) return null;
  const fields = Object.fromEntries(Object.entries(TEMPLATE_PROPERTIES).map(([field, name]) => [field, properties[name]]));
  const parsed = TemplateIdentitySchema.safeParse(fields);
  return parsed.success ? parsed.data : null;
}

/** FNV-1a, 32 bits: a short fingerprint, not a security measure. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The plan's identity: a fingerprint of its tasks in order (number, wording, lead units). Editing
 * the plan (a task added, reworded or moved) gives another identity, so keys of an older version
 * never land on the wrong task.
 */
export function planId(tables: readonly AppendixTable[]): string {
  const tasks = tables.flatMap((table) => table.tasks);
  return fingerprint(tasks.map((t) => [t.stt ?? '', t.text, t.lead.map((u) => u.name).join(';')].join('\u0001')).join('\u0002'));
}

/** The key of the plan's task at `index` (0-based, over all its tables in order): "1a2b3c4d-007". */
export function taskKey(plan: string, index: number): string {
  return `${plan}-${String(index + 1).padStart(3, '0')}`;
}

/** The plan and 0-based task index a key names, or null when the text is not a key. */
export function readTaskKey(text: string): { plan: string; index: number } | null {
  const match = /^\s*([0-9a-f]{8})-(\d{3,})\s*$/.exec(text);
  const [, plan, number] = match ?? [];
  return plan !== undefined && number !== undefined ? { plan, index: Number(number) - 1 } : null;
}

/** The report period of a cut-off day: its month ("2025-11-14" → "2025-11"). */
export function periodOf(asOf: string): string {
  return asOf.slice(0, 7);
}
