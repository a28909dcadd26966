/**
 * The consolidation the report upward and the reminders are made from in their tests: the bundled
 * plan of seed 001 (examples/bao-cao-de-an-06-hai-phong.xlsx) with the unit files of unitFiles.ts
 * (four units reporting, one pair of co-leads disagreeing, ten units silent), read in-process.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { consolidate, readReport, type ReportFile } from '../../src/core/consolidate/consolidate';
import type { Language } from '../../src/core/findings';
import { planHeading } from '../../src/core/cycle/planHeading';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { AS_OF, MASTER, unitFolder } from './unitFiles';

export function cycleConsolidation(lang: Language = 'vi') {
  const dir = unitFolder();
  const workbook = readWorkbookFile(MASTER);
  const plan = recogniseWorkbook(workbook, { asOf: AS_OF });
  const files = readdirSync(dir)
    .filter((name) => /\.xlsx?$/.test(name) && !name.startsWith('~$'))
    .map((name): ReportFile => {
      const file = join(dir, name);
      try {
        return readReport(file, readWorkbookFile(file), { asOf: AS_OF, planYear: 2025, lang });
      } catch (error) {
        return { file, error: String(error) };
      }
    });
  return { result: consolidate(plan, files, { asOf: AS_OF, lang }), heading: planHeading(workbook, plan[0]!) };
}
