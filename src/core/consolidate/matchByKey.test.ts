/** Reports back matched by key (issue 17): a template's rows land on their tasks by key, templates of another plan or month are refused. */
import { gridOf, type Value } from '../../../test/helpers/grids';
import { identityProperties, KEY_HEADER, planId, taskKey, type TemplateIdentity } from '../cycle/identity';
import type { Language } from '../findings';
import type { Workbook } from '../grid';
import { recogniseWorkbook } from '../recognise/recogniseWorkbook';
import { consolidate, type ConsolidateOptions, readReport, type ReportFile } from './consolidate';

const AS_OF = '2025-11-14';
const PLAN_TITLE = 'KẾ HOẠCH số hóa hồ sơ năm 2025';
const master = recogniseWorkbook(
  {
    sheets: [
      gridOf([
        [PLAN_TITLE],
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn'],
        ['I.', 'CÔNG TÁC CHỈ ĐẠO'],
        ['1', 'Ban hành kế hoạch số hóa hồ sơ cán bộ, công chức', 'Sở Nội vụ', 'Sở Tư pháp', 'Tháng 10/2025'],
        ['2', 'Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu đã số hóa', 'Sở Tư pháp', null, 'Quý IV/2025'],
        ['II.', 'TRIỂN KHAI'],
        ['1', 'Triển khai xác thực sinh trắc học trên căn cước công dân', 'Công an thành phố', null, 'Thường xuyên'],
        ['2', 'Số hóa hồ sơ cán bộ, công chức, viên chức', 'Sở Nội vụ', null, 'Tháng 10/2025'],
      ]),
    ],
  },
  { asOf: AS_OF },
);
const tasks = master.flatMap((t) => t.tasks);
const PLAN = planId(master);
/** The key of the plan's n-th task (1-based, over the plan). */
const keyOf = (n: number) => taskKey(PLAN, n - 1);
const identity = (change: Partial<TemplateIdentity> = {}): TemplateIdentity => ({ plan: PLAN, planTitle: PLAN_TITLE, period: '2025-11', asOf: AS_OF, unit: 'Sở Nội vụ', ...change });

const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình hình thực hiện', KEY_HEADER];
/** A filled row of the plan's n-th task: its STT, wording, lead and deadline as the plan has them unless changed. */
interface Row {
  task: number;
  status: string;
  stt?: string;
  text?: string;
  /** The key column's text; the task's own key when left out, none when null. */
  key?: string | null;
}

/** A unit's filled template (or, with `properties: null`, a file that lost its custom properties). */
function fileOf(file: string, rows: Row[], options: { properties?: TemplateIdentity | null; top?: Value[][]; keywords?: string } = {}): ReportFile {
  const lines = rows.map(({ task, status, stt, text, key }) => {
    const planned = tasks[task - 1]!;
    return [stt ?? planned.stt, text ?? planned.text, planned.lead.map((u) => u.name).join('; '), planned.deadline.text, status, key === undefined ? keyOf(task) : key];
  });
  const properties = options.properties === undefined ? identity() : options.properties;
  const workbook: Workbook = {
    sheets: [gridOf([...(options.top ?? []), HEADER, ...lines])],
    ...(properties ? { properties: identityProperties(properties) } : {}),
    ...(options.keywords ? { keywords: options.keywords } : {}),
  };
  return readReport(file, workbook, { asOf: AS_OF, planYear: 2025, lang: 'vi' });
}
const run = (files: ReportFile[], options: Partial<ConsolidateOptions> = {}) => consolidate(master, files, { asOf: AS_OF, lang: 'vi', ...options });
/** Each plan task's lead reports as "unit: status". */
const landed = (result: ReturnType<typeof run>) => result.tasks.map((t) => t.lead.map((r) => `${r.unit}: ${r.status.text}`));
const codes = (result: ReturnType<typeof run>) => result.findings.filter((f) => f.code !== 'NOT_SUBMITTED').map((f) => [f.code, f.cell]);

describe('a template of this plan and period', () => {
  // Sở Nội vụ's rows sorted, section rows gone, renumbered, one reworded; the file's name and rows name no unit.
  const filled = fileOf('Book1.xlsx', [
    { task: 4, stt: '1', status: 'Đang thực hiện', text: 'Số hóa hồ sơ CBCCVC' },
    { task: 1, stt: '2', status: 'Đã hoàn thành' },
  ]);

  it('puts each row on the task its key names, whatever the order, numbers and wording', () => {
    const result = run([filled]);
    expect(landed(result)).toEqual([['Sở Nội vụ: Đã hoàn thành'], [], [], ['Sở Nội vụ: Đang thực hiện']]);
    expect(result.sources[0]).toMatchObject({ tasks: 2, reported: 2, byKey: 2, template: { plan: PLAN, period: '2025-11', unit: 'Sở Nội vụ' } });
  });

  it('keeps a note of edited wording: the key decides the task, the office sees what the unit wrote', () => {
    const changed = run([filled]).findings.filter((f) => f.code === 'TASK_TEXT_CHANGED');
    expect(changed.map((f) => [f.severity, f.cell, f.message])).toEqual([
      [
        'info',
        'Sheet1!B2',
        'Sở Nội vụ (tệp Book1.xlsx) đã sửa nội dung nhiệm vụ 1 "Số hóa hồ sơ CBCCVC"; đã khớp với nhiệm vụ trong kế hoạch: "Số hóa hồ sơ cán bộ, công chức, viên chức".',
      ],
    ]);
  });

  it('trusts the key over wording that names another task', () => {
    // The row of task 1 carries task 4's wording: by wording it would land on task 4.
    const result = run([fileOf('Book1.xlsx', [{ task: 1, status: 'Đã hoàn thành', text: tasks[3]!.text }])]);
    expect(landed(result)).toEqual([['Sở Nội vụ: Đã hoàn thành'], [], [], []]);
    expect(codes(result)).toEqual([
      ['TASK_TEXT_CHANGED', 'Sheet1!B2'],
      ['MISSING_TASK', 'Sheet1!B8'],
    ]);
  });

  it('knows its unit from the template, for certain, in the user’s language', () => {
    expect(run([filled]).sources[0]).toMatchObject({ unit: 'Sở Nội vụ', unitFrom: 'template', confirm: false, evidence: 'biểu mẫu của Sở Nội vụ' });
    expect(run([filled], { lang: 'en' }).sources[0]!.evidence).toBe('template made for Sở Nội vụ');
    expect(run([filled]).notSubmitted.map((n) => n.unit)).toEqual(['Sở Tư pháp', 'Công an thành phố']);
  });

  it('takes the template’s unit over a letterhead that names another', () => {
    const forwarded = fileOf('cong-an.xlsx', [{ task: 1, status: 'Đã hoàn thành' }], { top: [['UBND THÀNH PHỐ HẢI PHÒNG'], ['CÔNG AN THÀNH PHỐ']] });
    expect(run([forwarded]).sources[0]).toMatchObject({ unit: 'Sở Nội vụ', unitFrom: 'template', written: 'CÔNG AN THÀNH PHỐ' });
  });

  it('leaves the last word to the unit the user set', () => {
    expect(run([filled], { units: { 'Book1.xlsx': 'Sở Tư pháp' } }).sources[0]).toMatchObject({ unit: 'Sở Tư pháp', unitFrom: 'user', confirm: false });
  });

  it('is a unit’s report even when marked as phuluc’s', () => {
    const marked = fileOf('Book1.xlsx', [{ task: 1, status: 'Đã hoàn thành' }], { keywords: 'phuluc' });
    expect(marked).toMatchObject({ ownOutput: false });
    expect(run([marked]).sources[0]).toMatchObject({ skipped: false, unit: 'Sở Nội vụ' });
  });

  it('matches rows without a key by wording, over the tasks no key took', () => {
    const result = run([
      fileOf('Book1.xlsx', [
        // A row the unit added with task 1's wording: task 1 is its keyed row's, not this one's.
        { task: 1, status: 'Đang thực hiện', stt: '5', key: null },
        { task: 1, status: 'Đã hoàn thành' },
        { task: 4, status: 'Đang thực hiện' },
        // A row retyped without its key: matched by its wording (a task Sở Nội vụ does not lead, so a support report).
        { task: 2, status: 'Đã hoàn thành', text: 'Làm sạch dữ liệu hộ tịch, tái sử dụng dữ liệu số hóa', key: null },
      ]),
    ]);
    expect(landed(result)).toEqual([['Sở Nội vụ: Đã hoàn thành'], [], [], ['Sở Nội vụ: Đang thực hiện']]);
    expect(result.tasks[1]!.support.map((r) => `${r.unit}: ${r.status.text}`)).toEqual(['Sở Nội vụ: Đã hoàn thành']);
    expect(result.sources[0]).toMatchObject({ tasks: 4, reported: 3, byKey: 2 });
    expect(codes(result)).toEqual([
      ['UNKNOWN_TASK', 'Sheet1!B2'],
      ['TASK_TEXT_CHANGED', 'Sheet1!B5'],
    ]);
  });

  it('still matches by key when the file lost its custom properties, the unit coming from what the file says', () => {
    const result = run([fileOf('Book1.xlsx', [{ task: 4, stt: '1', status: 'Đã hoàn thành', text: 'Số hóa hồ sơ CBCCVC' }], { properties: null, top: [['Đơn vị: Sở Nội vụ']] })]);
    expect(landed(result)[3]).toEqual(['Sở Nội vụ: Đã hoàn thành']);
    expect(result.sources[0]).toMatchObject({ template: null, byKey: 1, unitFrom: 'label' });
  });
});

describe('a template that is not this report', () => {
  it.each<[Language, string]>([
    [
      'vi',
      'Tệp noi-vu.xlsx là biểu mẫu của Sở Nội vụ lập từ kế hoạch khác ("Kế hoạch chuyển đổi số 2024") hoặc từ bản kế hoạch trước khi sửa: tệp không được tổng hợp; đơn vị cần báo cáo trên biểu mẫu của kế hoạch này.',
    ],
    [
      'en',
      'noi-vu.xlsx is the template made for Sở Nội vụ from another plan ("Kế hoạch chuyển đổi số 2024") or from this plan before it was edited: the file is not merged; the unit should report on this plan\'s template.',
    ],
  ])('refuses a template of another plan, naming the file and that plan (%s)', (lang, message) => {
    const other = fileOf('dir/noi-vu.xlsx', [{ task: 1, status: 'Đã hoàn thành' }], { properties: identity({ plan: '0badc0de', planTitle: 'Kế hoạch chuyển đổi số 2024' }) });
    const result = run([other], { lang });
    expect(result.findings.filter((f) => f.code !== 'NOT_SUBMITTED').map((f) => [f.code, f.severity, f.file, f.cell, f.message])).toEqual([
      ['TEMPLATE_OTHER_PLAN', 'warning', 'dir/noi-vu.xlsx', null, message],
    ]);
    expect(result.sources[0]).toMatchObject({ skipped: true, unit: null, template: { plan: '0badc0de', unit: 'Sở Nội vụ' } });
    expect(landed(result)).toEqual([[], [], [], []]);
    expect(result.notSubmitted.map((n) => n.unit)).toContain('Sở Nội vụ');
  });

  it('refuses a template of another month, giving both months, even when the user set its unit', () => {
    const october = fileOf('noi-vu.xlsx', [{ task: 1, status: 'Đã hoàn thành' }], { properties: identity({ period: '2025-10', asOf: '2025-10-14' }) });
    const result = run([october], { units: { 'noi-vu.xlsx': 'Sở Nội vụ' } });
    expect(result.findings.filter((f) => f.code === 'TEMPLATE_OTHER_PERIOD').map((f) => f.message)).toEqual([
      'Tệp noi-vu.xlsx là biểu mẫu của Sở Nội vụ cho kỳ tháng 10/2025, không phải kỳ đang tổng hợp (tháng 11/2025): tệp không được tổng hợp; đơn vị cần báo cáo trên biểu mẫu kỳ tháng 11/2025.',
    ]);
    expect(result.sources[0]).toMatchObject({ skipped: true, error: 'biểu mẫu kỳ tháng 10/2025, không phải kỳ đang tổng hợp' });
    expect(landed(result)[0]).toEqual([]);
    expect(run([october], { lang: 'en' }).findings.find((f) => f.code === 'TEMPLATE_OTHER_PERIOD')!.message).toBe(
      'noi-vu.xlsx is the template made for Sở Nội vụ for the period 10/2025, not the period being consolidated (11/2025): the file is not merged; the unit should report on the template for 11/2025.',
    );
  });
});

describe('a key that names no task of this plan', () => {
  const messages = (result: ReturnType<typeof run>, code: string) => result.findings.filter((f) => f.code === code).map((f) => [f.cell, f.message]);

  it('past the plan’s last task: a finding on the row’s cell, the row not counted', () => {
    const result = run([fileOf('Book1.xlsx', [{ task: 1, status: 'Đã hoàn thành', key: taskKey(PLAN, 6) }])]);
    expect(messages(result, 'KEY_OUT_OF_RANGE')).toEqual([
      [
        'Sheet1!B2',
        `Sở Nội vụ (tệp Book1.xlsx): mã nhiệm vụ "${PLAN}-007" của dòng 1 "Ban hành kế hoạch số hóa hồ sơ cán bộ, công chức" chỉ nhiệm vụ thứ 7, nhưng kế hoạch có 4 nhiệm vụ: dòng không được tổng hợp; hãy báo cáo trên biểu mẫu gốc.`,
      ],
    ]);
    expect(landed(result)[0]).toEqual([]);
    expect(codes(result)).toEqual([
      ['KEY_OUT_OF_RANGE', 'Sheet1!B2'],
      ['MISSING_TASK', 'Sheet1!B4'],
      ['MISSING_TASK', 'Sheet1!B8'],
    ]);
  });

  it('of another plan, in a template of this one: never matched by its wording, though the wording is the plan’s', () => {
    const result = run([
      fileOf('Book1.xlsx', [
        { task: 1, status: 'Đã hoàn thành', key: '0badc0de-001' },
        { task: 4, status: 'Đã hoàn thành' },
      ]),
    ]);
    expect(messages(result, 'KEY_OTHER_PLAN')).toEqual([
      [
        'Sheet1!B2',
        'Sở Nội vụ (tệp Book1.xlsx): dòng 1 "Ban hành kế hoạch số hóa hồ sơ cán bộ, công chức" mang mã nhiệm vụ "0badc0de-001" của kế hoạch khác hoặc của bản kế hoạch trước khi sửa: dòng không được tổng hợp; đơn vị cần báo cáo trên biểu mẫu của kế hoạch này.',
      ],
    ]);
    expect(landed(result)).toEqual([[], [], [], ['Sở Nội vụ: Đã hoàn thành']]);
    expect(result.sources[0]).toMatchObject({ reported: 1, byKey: 1 });
  });

  it('text in the key column that is no key: a finding, the row not counted', () => {
    const result = run([fileOf('Book1.xlsx', [{ task: 1, status: 'Đã hoàn thành', key: 'xem ghi chú' }])], { lang: 'en' });
    expect(messages(result, 'KEY_UNREADABLE')).toEqual([
      [
        'Sheet1!B2',
        'Sở Nội vụ (file Book1.xlsx): the task key "xem ghi chú" of row 1 "Ban hành kế hoạch số hóa hồ sơ cán bộ, công chức" is not one phuluc made (the hidden column was edited): the row is not merged; report on the original template.',
      ],
    ]);
    expect(landed(result)[0]).toEqual([]);
  });

  it('a key two rows carry: the first row counts, the second is named with the first', () => {
    const result = run([
      fileOf('Book1.xlsx', [
        { task: 1, status: 'Đang thực hiện' },
        { task: 1, status: 'Đã hoàn thành', stt: '1a', text: 'Ban hành kế hoạch (bổ sung)' },
      ]),
    ]);
    expect(messages(result, 'KEY_REPEATED')).toEqual([
      [
        'Sheet1!B3',
        `Sở Nội vụ (tệp Book1.xlsx): dòng 1a "Ban hành kế hoạch (bổ sung)" có cùng mã nhiệm vụ "${PLAN}-001" với dòng ở ô Sheet1!B2: chỉ dòng ở ô Sheet1!B2 được tổng hợp; hãy gộp báo cáo của hai dòng.`,
      ],
    ]);
    expect(landed(result)[0]).toEqual(['Sở Nội vụ: Đang thực hiện']);
  });
});

describe('a file without keys', () => {
  it('is matched by wording as before, and says it is no template', () => {
    const plain = fileOf('noi-vu.xlsx', [{ task: 4, stt: '1', status: 'Đã hoàn thành', key: null }], { properties: null, top: [['Đơn vị: Sở Nội vụ']] });
    const result = run([plain]);
    expect(landed(result)[3]).toEqual(['Sở Nội vụ: Đã hoàn thành']);
    expect(result.sources[0]).toMatchObject({ template: null, byKey: 0, reported: 1, unitFrom: 'label' });
  });
});
