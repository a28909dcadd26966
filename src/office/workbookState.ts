/**
 * What the pane keeps in the workbook itself (so the next person who opens the file sees the same
 * cut-off date, plan year and unit directory), and going to a finding's cell.
 */
import { z } from 'zod';

const SETTINGS_KEY = 'phuluc';

export const PaneSettingsSchema = z.object({
  /** A fixed cut-off date (ISO day); absent means today. */
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  planYear: z.number().int().min(2000).max(2100).optional(),
  dueSoonDays: z.number().int().min(0).max(365).default(7),
  directory: z.array(z.object({ name: z.string().min(1), aliases: z.array(z.string()) })).default([]),
});
export type PaneSettings = z.infer<typeof PaneSettingsSchema>;

/** The settings saved in the workbook, or the defaults when there are none or they do not parse. */
export async function loadSettings(context: Excel.RequestContext): Promise<PaneSettings> {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load('value');
  await context.sync();
  if (item.isNullObject) return PaneSettingsSchema.parse({});
  const parsed = PaneSettingsSchema.safeParse(typeof item.value === 'string' ? safeJson(item.value) : item.value);
  return parsed.success ? parsed.data : PaneSettingsSchema.parse({});
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

export async function saveSettings(context: Excel.RequestContext, settings: PaneSettings): Promise<void> {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(PaneSettingsSchema.parse(settings)));
  await context.sync();
}

/** Shows a finding's cell: activates its sheet and selects the cell. One sync. */
export async function goToCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
}
