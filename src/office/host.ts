/** The pane's door to Office: language, capabilities, and Excel.run. The preview provides the same globals. */
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
