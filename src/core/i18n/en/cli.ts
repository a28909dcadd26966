import type { Catalogue } from '../catalogue';

/** What the command line says (src/cli), in English (--lang en). */
export const cli: Catalogue['cli'] = {
  sheet: 'Sheet',
  guessed: "guessed from the column's cells",
  columns: 'Columns',
  overdueList: 'Overdue',
  row: 'Row',
  stt: 'No.',
  due: 'due',
  total: 'Total',
  errors: 'errors',
  warnings: 'warnings',
  notes: 'notes',
  cannotRead: 'cannot read',
  notOverSource: 'the output must differ from the source (the source is never modified)',
  fixNeedsXlsx: 'only .xlsx and .xlsm files can be fixed; save the file as .xlsx and retry',
  cannotFix: 'cannot write the corrected copy',
  wroteCopy: 'Wrote the corrected copy',
  wroteSummary: 'Wrote the summary',
  wroteConsolidation: 'Consolidated',
  unitFiles: 'unit files',
  badFiles: 'Files not counted',
  unknownUnit: 'UNKNOWN UNIT',
  unitsToConfirm: 'Files whose unit needs confirming',
  setUnit: 'correct with --unit "file.xlsx=Unit name"',
  filesAndUnits: 'Files and their units',
  leads: 'tasks it leads',
  plan: 'Plan',
  noWorkbooks: 'no workbook (.xlsx, .xlsm, .xls, .ods) to consolidate',
  noReports: 'no unit report to consolidate',
  masterNoTable: 'the plan (--master) has no appendix table',
  wroteImport: 'Wrote',
  noTasksFound: 'no appendix table or task list found (with "Cơ quan chủ trì: ..." lines)',
  countMismatch: 'groups announce a different number of tasks than found',
  announced: 'announces',
  found: 'found',
  errorsLeft: 'Errors left (to fix by hand)',
  wroteReport: 'Wrote the report (Word)',
  issuerFromPlan: 'issuing office taken from the plan; set --issuer if it differs',
  wroteReminders: 'Wrote reminders',
  noReminders: 'No unit to remind; no reminder written',
  noReportBy: 'No --report-by: the day to report by is left blank, fill it in before sending',
  fileExists: 'the file exists; phuluc never overwrites a file, choose another name',
  notAFolder: 'is not a folder',
  noParentFolder: 'the folder it would go in does not exist',
  inputFolder: "is a folder of input reports; choose another so the reminders do not mix with next month's reports",
  templates: 'templates, one per lead unit',
  templateCounts: (led: string, supported: string) => `leads ${led}, supports ${supported}`,
  alsoSpelt: 'the plan also writes',
  unassigned: 'tasks are in no template: their lead is a collective ("các sở, ban, ngành ...") or missing',
  wroteTemplates: 'Wrote the templates into',
  noNamedLead: 'the plan names no lead unit (only collectives such as "Các sở, ban, ngành"): no template to make',
  templatesExist: 'the folder holds files of these names; phuluc never overwrites a file: choose another folder or move them',
  folderExample: 'give a folder, e.g. templates',
  templatesWritten: 'written',
  table: 'table',
  notMade: { heading: 'Not changed (the cell is as it was; fix it by hand)' },
  moreFiles: (count: number) => `; … and ${count} more`,
  unknownCommand: (command: string, commands: string) => `phuluc: unknown command "${command}"; the commands: ${commands} (phuluc --help)`,
  options: {
    noOptionNear: (option: string, nearest: string) => `no option ${option}; did you mean ${nearest}?`,
    noOption: (option: string, command: string) => `no option ${option} (see phuluc ${command} --help)`,
    needsArgument: (option: string, command: string) => `${option} needs a value (see phuluc ${command} --help)`,
    takesNoValue: (option: string) => `${option} takes no value`,
    /** Never shown: the command line says this in Vietnamese, the default, whatever was asked. */
    badLanguage: (typed: string) => `--lang: only vi (tiếng Việt) or en (English); got "${typed}"`,
    notRealDay: (flag: string, value: string) => `${flag}: ${value} is not a real day`,
    unreadableDay: (flag: string, value: string) => `${flag}: cannot read the day "${value}"; type dd/mm/yyyy, e.g. 14/11/2025`,
    planYear: (value: string) => `--plan-year: give a four-digit year from 2000 to 2100, e.g. 2025; got "${value}"`,
    columnsForm: (pair: string) => `--columns: "${pair}" needs the form role=column, e.g. lead=C,deadline=F`,
    columnsRole: (role: string, roles: string) => `--columns: no role "${role}"; the roles: ${roles}`,
    columnsLetter: (pair: string) => `--columns: "${pair}": a column is a letter as in Excel (A, B, ..., AA)`,
    columnsTwice: (role: string) => `--columns: the role ${role} is given twice`,
    columnsEmpty: '--columns needs at least one role=column pair, e.g. lead=C',
    needsValue: (flag: string) => `--${flag} needs a value`,
    noInput: (command: string) => `no input file (see phuluc ${command} --help)`,
    exactlyOne: (command: string, count: number, files: string) => `phuluc ${command} takes exactly one file; got ${count}: ${files}`,
    noOutput: (example: string) => `give -o <${example}> (the file to write)`,
    outputExample: { fix: 'copy.xlsx', summarize: 'summary.xlsx', import: 'appendix.xlsx', consolidate: 'consolidated.xlsx' },
    invalid: (fields: string) => `invalid options: ${fields}`,
    onlyEmpty: '--only needs at least one finding code, e.g. --only EXTRA_SPACES,TEXT_NOT_NFC',
    onlyUnknown: (codes: string, hint: string) => `--only: no code ${codes}${hint}`,
    onlyNearest: (code: string) => `; did you mean ${code}?`,
    onlyCodes: '; the codes are in docs/rules.md',
    unitForm: (pair: string) => `--unit "${pair}": needs the form "file.xlsx=Unit name"`,
    reportByBeforeCutOff: (typed: string, cutOff: string) => `--report-by ${typed}: the day to report by is before the cut-off date ${cutOff}`,
    reportByAlone: '--report-by is the day the reminders ask for: use it with --reminders <folder>',
    reportOnly: (flag: string) => `--${flag} is for the Word report: add --report <report.docx>`,
    noMaster: 'give --master <plan.xlsx> (the plan)',
    templatesAsOf: 'give --as-of dd/mm/yyyy: the cut-off date the units report at (the reporting period is its month); templates never assume today',
    templatesOutput: 'give -o <folder> (the folder for the templates, one file per unit)',
  },
  paths: {
    outputIsInput: (output: string, input: string) => `-o ${output}: the output must differ from the source (it is the input ${input}); phuluc never overwrites an input`,
    outputIsFolder: (output: string, example: string) => `-o ${output} is a folder; give a file name, e.g. ${example}`,
    outputExtension: (output: string, extensions: readonly string[]) => `-o ${output}: the output must end in ${extensions.join(' or ')}`,
    outputNoFolder: (output: string, folder: string) => `-o ${output}: the folder ${folder} does not exist`,
    folderHint: 'give its files (e.g. folder/*.xlsx); only phuluc consolidate reads whole folders',
    notAFile: (path: string) => `${path} is a folder, not a file`,
    system: {
      ENOENT: (file: string) => `no such file or folder: ${file}`,
      ENOTDIR: (file: string) => `${file}: part of the path is not a folder`,
      ENOSPC: (file: string) => `cannot write ${file}: the disk is full`,
      EACCES: (file: string) => `no permission to read or write ${file}`,
      EROFS: (file: string) => `cannot write ${file}: the disk is read-only`,
      EBUSY: (file: string) => `${file} is open in another program (close Excel and retry)`,
      other: (file: string, code: string) => `cannot read or write ${file} (${code})`,
    },
  },
  check: {
    moreTasks: (count: string) => `… and ${count} more tasks (--all to see them all)`,
    moreFindings: (count: string) => `… and ${count} more findings (--all to see them all)`,
    daysLate: (days: string) => `${days} days late`,
    cells: (count: string) => `${count} cells`,
  },
  summarize: {
    planRow: 'Whole plan (each task once)',
    unitTable: { unit: 'Lead unit', total: 'Total', done: 'Done', overdue: 'Overdue', rate: 'Completion rate' },
    unitsHeading: (units: string, overCount: string, rateRule: string) =>
      `By lead unit, ${units} units. A task with several lead units counts for each${overCount}. Overdue: not done, overdue. Completion rate = ${rateRule}.`,
    unitsOverCount: (sum: string, total: string) => `, so the rows add up to ${sum}, more than the plan's ${total} tasks`,
    moreUnits: (count: string) => `… and ${count} more units (--all to see them all; all are in the summary)`,
  },
  usage: `Usage: phuluc <command> ... (phuluc <command> --help for details)

  phuluc check <file.xlsx ...> [--as-of 14/11/2025] [--all] [--json]
  phuluc fix <file.xlsx> -o <copy.xlsx> [--only CODE,CODE]
  phuluc summarize <file.xlsx> -o <summary.xlsx> [--json]
  phuluc consolidate <files|folders ...> --master <plan.xlsx>
                     -o <out.xlsx> [--unit "file.xlsx=Unit name"]
  phuluc import <plan.docx|plan.pdf|plan.txt> -o <appendix.xlsx>
  phuluc templates <plan.xlsx> -o <folder> --as-of 14/11/2025
  phuluc --version

  check        recognise the appendix tables, compute each task's state at the
               cut-off date (default today) and check them against the rules.
  fix          write a copy with the safe fixes; the source stays as it is.
  summarize    write the summary sheets by unit, group and month, and the
               report sentence.
  consolidate  merge the units' reports into the plan.
  import       build the appendix table from the plan's Word document or text.
  templates    make a report template for each lead unit.
Exit codes: 0 no errors (check) / written, 1 errors found, 2 a file cannot be
read.`,
  commandUsage: {
    check: `Usage: phuluc check <file.xlsx ...> [options]

Recognises the appendix tables, computes each task's state at the cut-off date
and checks them against the rule catalogue (docs/rules.md). Prints the tasks by
state, the first 10 overdue tasks and the findings grouped by code.

  --as-of DAY         cut-off date, dd/mm/yyyy (14/11/2025) or 2025-11-14;
                      default today
  --plan-year YEAR    the plan's year, for deadlines without one ("Quý IV")
  --sheet NAME        only this sheet
  --columns ROLE=COL  correct column roles, e.g. lead=C,deadline=F
  --units FILE        a unit directory (.xlsx) to check unit names against
  --all               print every overdue task and every finding
  --json              print one complete JSON document (docs/cli.md)
  --lang vi|en        language (default Vietnamese)

Exit codes: 0 no errors, 1 errors found, 2 a file cannot be read or the command
line is wrong.`,
    fix: `Usage: phuluc fix <file.xlsx> -o <copy.xlsx> [options]

Writes a copy with the safe fixes applied and lists every change; the source
stays as it is. -o must differ from the source and keep its extension.

  -o FILE             the copy to write
  --only CODE,CODE    fix only these codes (docs/rules.md)
  --as-of, --plan-year, --sheet, --columns, --units, --lang: as phuluc check

Exit codes: 0 copy written, 2 it could not be (with the reason).`,
    summarize: `Usage: phuluc summarize <file.xlsx> -o <summary.xlsx> [options]

Writes the summary sheets per lead unit, support unit, group and month, the
overdue list and the report sentence (docs/counting.md); prints the plan's
sentence and the 10 units with the most tasks.

  -o FILE.xlsx        the summary to write (never the source)
  --all               print every unit
  --json              print the figures as JSON
  --as-of, --plan-year, --sheet, --columns, --units, --lang: as phuluc check

Exit codes: 0 written, 2 the file cannot be read or the output written.`,
    consolidate: `Usage: phuluc consolidate <files|folders ...> --master <plan.xlsx>
                          -o <out.xlsx> [options]

Merges the units' reports (files, or whole folders) into the plan: one row per
task, with the summary sheets and the findings (docs/consolidation.md).

  --master FILE       the plan (its appendix table)
  -o FILE.xlsx        the consolidation to write (never one of the inputs)
  --unit "FILE=UNIT"  the reporting unit of a file (repeatable)
  --units FILE        a unit directory (.xlsx): names and aliases
  --columns ROLE=COL  correct column roles when reading reports, e.g. status=F
  --as-of DAY         cut-off date, dd/mm/yyyy or YYYY-MM-DD
  --previous FILE     last period's consolidation: adds the sheet "Since last
                      cut-off" (newly done or overdue, still overdue, backwards)
  --report FILE.docx  write the report upward in Word (docs/cycle.md)
  --issuer "OFFICE"   the office issuing the report (default: the plan's)
  --to "ADDRESSEE"    the report's "Kính gửi" line
  --reminders FOLDER  write reminders, one .docx per unit that has not reported
                      or has overdue tasks
  --report-by DAY     the day the reminders ask units to report by (dd/mm/yyyy)
  --json              print the result as JSON
  --plan-year, --sheet (the plan's), --lang: as phuluc check

Exit codes: 0 written, 2 the plan cannot be read, no report to consolidate, -o
names an input, or the output cannot be written.`,
    import: `Usage: phuluc import <plan.docx|plan.pdf|plan.txt> -o <appendix.xlsx>

Builds the appendix table from the plan itself: the Word document's tables and
its task lists written as prose (docs/import.md).

  -o FILE.xlsx        the appendix to write (never the source)
  --json              print the check report of the written file
  --as-of, --plan-year, --lang: as phuluc check

Exit codes: 0 written, 2 the file cannot be read or the output written.`,
    templates: `Usage: phuluc templates <plan.xlsx> -o <folder> --as-of dd/mm/yyyy

Makes a report template for each lead unit: the tasks it leads, then those it
supports, the report columns to fill, a hidden task key so consolidation
matches every row (docs/cli.md). Never overwrites a file.

  -o FOLDER           the folder to write the templates in (created if missing)
  --as-of DAY         the cut-off date units report at (required; the reporting
                      period is its month)
  --report-by DAY     the day reports are due, written in each template
  --json              print the result as JSON
  --plan-year, --sheet, --lang: as phuluc check

Exit codes: 0 written, 2 the plan cannot be read or the templates written.`,
  },
};
