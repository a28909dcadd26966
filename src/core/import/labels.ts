/**
 * A labelled line of a prose task list: "- Cơ quan chủ trì: Sở Tư pháp.", "+ Chu tri thyc hién: ...".
 * The label is read with the header vocabulary (src/core/roles.ts), so every way plans name the lead,
 * support and deadline, and an OCR's misspellings of them, count.
 */
import { matchHeader } from '../roles';
import { squish } from '../text';

export type LabelRole = 'lead' | 'support' | 'deadline';

/** An optional bullet, a short label, a colon, the value. */
const LABELLED = /^[-+•–]?\s*([^:]{3,40}):\s*(.*)$/;

export function labelled(line: string): { role: LabelRole; value: string } | null {
  const match = LABELLED.exec(line);
  const [, label, value] = match ?? [];
  if (label === undefined || value === undefined) return null;
  const role = matchHeader(label)?.role;
  if (role !== 'lead' && role !== 'support' && role !== 'deadline') return null;
  return { role, value: squish(value).replace(/\.$/, '') };
}
