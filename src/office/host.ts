/** The pane's door to Office: language, capabilities, the workbook's date system, and Excel.run. The preview provides the same globals. */
import type { Language } from '../core/findings';
import type { Capabilities } from './readSheet';

export interface Host {
  lang: Language;
  can: Capabilities;
  run<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export async function connect(): Promise<Host> {
  await Office.onReady();
  return {
    // Vietnamese unless Office's display language is English.
    lang: Office.context.displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi',
    can: {
      mergedAreas: Office.context.requirements.isSetSupported('ExcelApi', '1.13'),
      pivotTables: Office.context.requirements.isSetSupported('ExcelApi', '1.8'),
    },
    run: (work) => Excel.run(work),
  };
}

/** Days between the 1900 and the 1904 date systems' serial numbers of the same day. */
export const DAYS_1900_TO_1904 = 1462;

/**
 * Queues the question "does this workbook count dates from 1904?" (old Mac workbooks do). Released
 * API sets have no property for it (Workbook.use1904DateSystem is preview only), so it asks Excel's
 * DATE function (ExcelApi 1.2, `workbook.functions`), whose result depends on "the workbook's date
 * system": DATE(1904,1,2) is 1 in the 1904 system and 1463 in the 1900 system. Read the answer after
 * the next sync: true, false, or null when Excel gave something else (then the 1900 system is assumed).
 */
export function queueDateSystem(context: Excel.RequestContext): () => boolean | null {
  const probe = context.workbook.functions.date(1904, 1, 2);
  probe.load('value');
  return () => {
    const value: unknown = probe.value;
    return value === 1 ? true : value === 1 + DAYS_1900_TO_1904 ? false : null;
  };
}
