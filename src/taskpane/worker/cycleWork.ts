/// <reference path="../../io/exceljsBrowser.d.ts" />
// (writeTemplate loads exceljs's browser build, whose types the pane's type check gets from there.)
/**
 * The monthly cycle's work in the pane's Web Worker (issue 17, docs/cycle.md): the units' templates
 * (one request lists them, one request per unit writes its workbook, so the pane shows its progress,
 * and one zips them), last period's consolidation read back (a file's bytes, or the sheets of the
 * open workbook), and the report upward and the reminders made from the consolidation the worker
 * holds. exceljs, docx and fflate are loaded here on first use, never in the pane's first bundle.
 *
 * Every request is checked on arrival (requestSchemas.ts): a message of the wrong shape gets a
 * `failed` reply, not a half-made file. The requests and replies are typed in messages.ts.
 */
import type { Consolidation } from '../../core/consolidate/consolidate';
import { monthOverMonthNotes } from '../../core/consolidate/consolidationLayout';
import { periodOf } from '../../core/cycle/identity';
import { planHeading } from '../../core/cycle/planHeading';
import { CHANGE_KINDS, compareWithPrevious, type MonthOverMonth, previousProblemText, readPreviousConsolidation } from '../../core/cycle/previous';
import { reminders } from '../../core/cycle/reminders';
import { reportUpward } from '../../core/cycle/reportUpward';
import { buildTemplates, type PlanTemplates, type TemplateOptions } from '../../core/cycle/template';
import type { Language } from '../../core/findings';
import type { Workbook } from '../../core/grid';
import { TEXT } from '../../core/i18n';
import { WorkbookReadError } from '../../io/readFailures';
import { readWorkbookBytes } from '../../io/workbookBytes';
import type { NamedFile } from '../../io/zipFiles';
import type { ChangeSummary, CycleReply, CycleRequest, Request, Unassigned } from './messages';
import { checkCycleRequest, PreviousSchema } from './requestSchemas';

export interface Answer {
  reply: CycleReply;
  transfer: Transferable[];
}

/** The consolidation last made here, and what changed since last period when it was compared. */
let held: { consolidation: Consolidation; changes?: MonthOverMonth } | null = null;
/** The templates being made: listed by `templates`, written one by one, zipped and let go by `zip`. */
let job: { plan: PlanTemplates; options: TemplateOptions; files: NamedFile[] } | null = null;

/**
 * Keeps `consolidation` for the report and the reminders, compared with last period's when the pane
 * gave one: `changes` for the sheets and the report, `summary` for the pane (or why nothing was compared).
 */
export function holdConsolidation(consolidation: Consolidation, previous: unknown, lang: Language): { changes?: MonthOverMonth; summary: ChangeSummary | null } {
  held = { consolidation };
  if (previous === undefined) return { summary: null };
  const checked = PreviousSchema.safeParse(previous);
  if (!checked.success) return { summary: { problem: previousProblemText({ problem: 'notConsolidation' }, lang) } };
  const compared = compareWithPrevious(consolidation, checked.data);
  if ('problem' in compared) return { summary: { problem: previousProblemText(compared, lang) } };
  held.changes = compared;
  return {
    changes: compared,
    summary: {
      previousAsOf: compared.previousAsOf,
      counts: CHANGE_KINDS.map((kind) => ({ kind, label: TEXT[lang].consolidation.changes[kind], count: compared.counts[kind] })),
      notes: monthOverMonthNotes(compared, lang),
    },
  };
}

const reply = (answer: CycleReply, transfer: Transferable[] = []): Answer => ({ reply: answer, transfer });
const failed = (error: string): Answer => reply({ kind: 'failed', error });

function unassignedByLead(plan: PlanTemplates): Unassigned[] {
  const groups = new Map<string, Unassigned>();
  for (const { task } of plan.unassigned) {
    const lead = task.lead.map((unit) => unit.name);
    const group = groups.get(lead.join('; ')) ?? { lead, tasks: [] };
    groups.set(lead.join('; '), group);
    group.tasks.push({ stt: task.stt, text: task.text });
  }
  return [...groups.values()];
}

function previousOf(request: Request<'previous'>): Answer {
  const { source, asOf, lang } = request;
  let workbook: Workbook;
  try {
    workbook = 'bytes' in source ? readWorkbookBytes(new Uint8Array(source.bytes), source.name) : { sheets: source.sheets };
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    return reply({ kind: 'previous', previous: null, problem: 'unreadable', error: TEXT[lang].reading.failures[error.reason] });
  }
  const previous = readPreviousConsolidation(workbook);
  if ('problem' in previous) return reply({ kind: 'previous', previous: null, problem: previous.problem, error: previousProblemText(previous, lang) });
  // Refused at once, as the comparison would refuse it: last period's figures cannot be this period's or later.
  const problem = { problem: 'notEarlier', previousAsOf: previous.asOf, asOf } as const;
  if (previous.asOf >= asOf) return reply({ kind: 'previous', previous: null, problem: problem.problem, error: previousProblemText(problem, lang) });
  return reply({ kind: 'previous', previous, problem: null, error: null });
}

async function answer(request: CycleRequest): Promise<Answer> {
  switch (request.kind) {
    case 'templates': {
      const options: TemplateOptions = { asOf: request.asOf, reportBy: request.reportBy, lang: request.lang };
      const plan = buildTemplates({ sheets: [request.plan] }, request.tables, options);
      job = { plan, options, files: [] };
      const templates = plan.templates.map((t) => ({ unit: t.unit, file: t.file, led: t.led.length, supported: t.supported.length }));
      return reply({ kind: 'templates', period: periodOf(request.asOf), templates, unassigned: unassignedByLead(plan) });
    }
    case 'template': {
      const template = job?.plan.templates[request.index];
      if (!job || !template) return failed(`no template ${request.index + 1} to write`);
      const { writeTemplate } = await import(/* webpackChunkName: "templates" */ '../../io/writeTemplate');
      job.files[request.index] = { name: template.file, bytes: await writeTemplate(template, job.options) };
      return reply({ kind: 'template', index: request.index });
    }
    case 'zip': {
      const files = job?.files.filter(Boolean) ?? [];
      if (!job || files.length !== job.plan.templates.length) return failed('the templates are not all written');
      const { zipFiles } = await import(/* webpackChunkName: "templates" */ '../../io/zipFiles');
      const bytes = zipFiles(files);
      job = null;
      return reply({ kind: 'zip', bytes }, [bytes.buffer]);
    }
    case 'previous':
      return previousOf(request);
    case 'report': {
      const table = held?.consolidation.tables[0];
      if (!held || !table) return failed('no consolidation to report');
      const model = reportUpward(held.consolidation, planHeading({ sheets: [request.plan] }, table), { lang: request.lang, year: request.year, previous: held.changes });
      const { reportDocx } = await import(/* webpackChunkName: "report" */ '../../io/writeReportDocx');
      const bytes = await reportDocx(model);
      const toFill = model.toFill.map((blank) => TEXT[request.lang].cycle.blanks[blank]);
      return reply({ kind: 'report', bytes, toFill, issuer: model.issuerFrom === 'plan' ? model.issuer : null }, [bytes.buffer]);
    }
    case 'reminders': {
      const table = held?.consolidation.tables[0];
      if (!held || !table) return failed('no consolidation to chase from');
      const heading = planHeading({ sheets: [request.plan] }, table);
      const list = reminders(held.consolidation, heading, { lang: request.lang, reportBy: request.reportBy });
      const listed = list.map((r) => ({ unit: r.unit, notReported: r.notReported, tasks: r.tasks.length, overdue: r.tasks.filter((t) => t.daysOverdue !== null).length, text: r.text }));
      return reply({ kind: 'reminders', reminders: listed });
    }
  }
}

/** Answers one of the cycle's requests, checked already (by the worker); work that failed gets a `failed` reply saying why. */
export async function answerCycleRequest(request: CycleRequest): Promise<Answer> {
  try {
    return await answer(request);
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}

/** Answers a message meant as one of the cycle's requests; one of the wrong shape gets a `failed` reply saying where. */
export async function answerCycle(data: unknown): Promise<Answer> {
  const { request, error } = checkCycleRequest(data);
  return request ? answerCycleRequest(request) : failed(error);
}
