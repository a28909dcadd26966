/**
 * The monthly cycle: the templates sent to the units (cycle/template.ts), the report upward
 * (cycle/reportUpward.ts) and the reminders to units that are late (cycle/reminders.ts).
 */
import type { ReminderFacts } from '../../cycle/reminders';
import type { InstructionFacts, ValidationText } from '../../cycle/template';
import type { Catalogue } from '../catalogue';
import { formatNumber } from '../numbers';
import { summary } from './summary';

const n = (count: number) => formatNumber(count, 'en');
const tasks = (count: number) => `${n(count)} ${count === 1 ? 'task' : 'tasks'}`;

const conflictRule = "Each unit's row counts its own report; in the whole plan's row, a task with several lead units counts as done only when every lead unit reports it done.";

const led = 'TASKS THE UNIT LEADS';
const supported = 'TASKS THE UNIT SUPPORTS';

export const cycle: Catalogue['cycle'] = {
  report: {
    republic: 'SOCIALIST REPUBLIC OF VIET NAM',
    motto: 'Independence - Freedom - Happiness',
    number: (dots: string) => `No.: ${dots}/BC-${dots}`,
    kind: 'REPORT',
    subject: 'Implementation of',
    to: 'To',
    overall: 'OVERALL RESULTS',
    byUnit: 'RESULTS BY LEAD UNIT',
    overdue: 'OVERDUE TASKS',
    notReported: 'UNITS THAT HAVE NOT REPORTED',
    conflicts: 'CO-LEAD UNITS WHOSE REPORTS DISAGREE',
    proposals: 'PROPOSALS',
    noOverdue: 'No task is overdue at the cut-off date.',
    allReported: 'Every lead unit has reported.',
    noConflicts: 'No task whose lead units report differently.',
    noChanges: 'No task changed its state.',
    conflictRule,
    reports: 'What each lead unit reports',
    recipients: 'Recipients:',
    asAbove: '- As above;',
    archive: '- Archived: VT.',
    signerTitle: "SIGNER'S AUTHORITY AND POSITION",
    signature: '(Signature of the competent person, seal of the office)',
    signerName: 'Full name',
    planReference: (subject: string, number: string, date: string | null) => `${subject} (No. ${number}${date ? ` of ${date}` : ''})`,
    dateLine: (place: string, day: string, month: string, year: string) => `${place}, ${day}/${month}/${year}`,
    received: (reported: number, notSubmitted: number, section: string) =>
      `Reports received from ${n(reported)} units${notSubmitted ? `; ${n(notSubmitted)} lead units have not reported (section ${section})` : ''}.`,
    overdueIntro: (count: number) => `${n(count)} tasks not done are overdue at the cut-off date:`,
    sharedNote: (sum: number, shared: number, total: number) =>
      `A task with several lead units counts for each of them, so the unit rows add up to ${n(sum)} (${n(shared)} tasks have two or more lead units); the "${summary.words.planTotal}" row counts each task once (${n(total)}). ${conflictRule}`,
    since: (day: string) => `Since the last cut-off (${day}): `,
  },
  blanks: {
    governingBody: 'the governing body',
    issuer: 'the issuing office',
    number: 'the document number',
    place: 'the place',
    day: 'the day and month of signing',
    to: 'the addressee ("Kính gửi")',
    proposals: 'the proposals',
    signer: "the signer's position, signature and name",
  },
  template: {
    report: 'REPORT ON IMPLEMENTATION',
    sheet: 'Report',
    guide: 'Instructions',
    led,
    supported,
    period: (month: string, year: string) => `${month}/${year}`,
    planLine: (number: string, date: string) => `Plan No. ${number} of ${date}`,
    periodLine: (period: string) => `Reporting period: ${period}`,
    reportByLine: (day: string) => `Report due by: ${day}`,
    statusValidation: (words: string): ValidationText => ({
      promptTitle: 'Status',
      prompt: `Pick a word from the list: ${words}. Details go in Kết quả thực hiện.`,
      errorTitle: 'Not in the list',
      error: `Pick one of: ${words}. Details go in Kết quả thực hiện.`,
    }),
    dateValidation: (day: string): ValidationText => ({
      promptTitle: 'Completion date',
      prompt: `Type the day it was done as dd/mm/yyyy (e.g. 25/09/2025), not after the cut-off date ${day}. Leave it empty if not done.`,
      errorTitle: 'Not a valid day',
      error: `Type a real day as dd/mm/yyyy, not after the cut-off date ${day}.`,
    }),
    instructions: (p: InstructionFacts): [string, ...string[]] => [
      'HOW TO FILL IN THIS REPORT TEMPLATE',
      `The template of ${p.unit} for its report on ${p.title || 'the plan'}, reporting period ${p.period}, figures as of ${p.day}.`,
      `On the sheet "${p.sheet}", fill in the yellow columns: ${p.report}. The plan's columns (STT, Nhóm, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành) are locked so the plan's text stays as it is.`,
      `The block "${led}" holds the tasks the unit leads; the block "${supported}" those it supports: report the unit's part in them.`,
      `Tình hình thực hiện (status): pick one of ${p.words}. Write the results and the documents issued (number, date) in Kết quả thực hiện.`,
      `Ngày hoàn thành (completion date): type the day as dd/mm/yyyy (e.g. 25/09/2025), not after ${p.day}; leave it empty if not done.`,
      `Do not delete the hidden column "${p.keyHeader}" (the last one): its code matches each row to its plan task when reports are consolidated, even after sorting, filtering, deleting rows or rewording a task.`,
      'The sheet is protected without a password: filter at once with the buttons on the header row; to sort, delete rows or edit a locked cell, choose Review > Unprotect Sheet, no password asked. Excel does not sort locked cells while the sheet is protected.',
      ...(p.reportBy ? [`Send this file back by ${p.reportBy}.`] : []),
      "Before sending, check the file with the phuluc add-in's Check button in Excel, or with phuluc check <file.xlsx>.",
    ],
  },
  reminders: {
    deadline: 'deadline',
    lastDay: (day: string) => ` (last day ${day})`,
    daysOverdue: (days: number) => `; ${n(days)} days overdue`,
    notReported: (p: ReminderFacts): [string, ...string[]] => [
      `To: ${p.unit}`,
      `No report has been received from your unit on the implementation of ${p.reference} (figures as of ${p.day}).`,
      `Your unit leads ${tasks(p.tasks)}${p.overdue ? `, ${n(p.overdue)} of them overdue` : ''}:`,
      ...p.list,
      `Please send your report by ${p.reportBy}.`,
    ],
    overdue: (p: ReminderFacts): [string, ...string[]] => [
      `To: ${p.unit}`,
      `As of ${p.day}, your unit leads ${tasks(p.overdue)} under ${p.reference} that are overdue and not reported done:`,
      ...p.list,
      `Please complete them and report the results by ${p.reportBy}.`,
    ],
    title: (unit: string) => `Reminder: ${unit}`,
  },
};
