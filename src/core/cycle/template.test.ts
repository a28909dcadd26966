import { gridOf } from '../../../test/helpers/grids';
import type { Workbook } from '../grid';
import { recogniseWorkbook } from '../recognise/recogniseWorkbook';
import { OFFERED_STATUS_WORDS, readStatusText, STATUS_WORDS } from '../status';
import { planId, readTaskKey, taskKey } from './identity';
import { buildTemplates, dateValidation, fileNameOf, instructions, statusValidation, type TemplateOptions } from './template';

const LONG = 'Trung tâm Nghiên cứu ứng dụng khoa học kỹ thuật nông nghiệp công nghệ cao gắn với chuyển đổi số và kinh tế tuần hoàn vùng duyên hải Bắc Bộ';

/** A plan with its letterhead, two groups, co-leads, a collective lead, a spelling variant and two long names alike in their first 120 characters. */
function plan(): Workbook {
  const rows = [
    ['UBND THÀNH PHỐ HẢI PHÒNG', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', null, 'Độc lập - Tự do - Hạnh phúc'],
    ['Số: 45/KH-SKHCN', null, 'Hải Phòng, ngày 13 tháng 3 năm 2025'],
    ['KẾ HOẠCH'],
    ['Chuyển đổi số năm 2025'],
    [],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
    ['I', 'NHIỆM VỤ CHUNG'],
    ['1', 'Rà soát thủ tục hành chính', 'Các sở, ban, ngành', 'Sở Tư pháp', '31/12/2025'],
    ['2', 'Làm sạch dữ liệu hộ tịch', 'Sở Tư pháp', 'Công an thành phố; các đơn vị có liên quan', 'Quý IV/2025'],
    ['3', 'Cấp phiếu lý lịch tư pháp trực tuyến', 'Công an thành phố; Sở Tư pháp', 'Sở Khoa học và Công nghệ', 'Thường xuyên'],
    ['II', 'NHIỆM VỤ RIÊNG'],
    ['1', 'Tích hợp sổ sức khỏe điện tử', 'Sở Y tế', 'Sở Tư pháp; Công an thành phố', 'Tháng 9/2025'],
    ['2', 'Số hóa hồ sơ hộ tịch', 'Sở tư pháp', 'Sở Tư pháp', '30/11/2025'],
    ['3', 'Xây dựng kho dữ liệu nông nghiệp', `${LONG} khu vực một`, null, '31/12/2025'],
    ['4', 'Xây dựng bản đồ số nông nghiệp', `${LONG} khu vực hai`, null, '31/12/2025'],
  ];
  return {
    sheets: [
      gridOf(rows, {
        name: 'Phụ lục',
        merges: [
          [7, 1, 7, 4],
          [11, 1, 11, 4],
        ],
      }),
    ],
  };
}

const OPTIONS: TemplateOptions = { asOf: '2025-11-14', reportBy: '2025-11-20', lang: 'vi' };

function built(options: TemplateOptions = OPTIONS) {
  const workbook = plan();
  const tables = recogniseWorkbook(workbook, { asOf: options.asOf });
  return { tables, result: buildTemplates(workbook, tables, options) };
}

const byUnit = (result: ReturnType<typeof built>['result'], unit: string) => result.templates.find((t) => t.unit === unit)!;

describe('templates of a plan', () => {
  it('makes one template per named lead unit, none for a collective, in the order the plan first names them', () => {
    const { result } = built();
    expect(result.templates.map((t) => t.unit)).toEqual(['Sở Tư pháp', 'Công an thành phố', 'Sở Y tế', `${LONG} khu vực một`, `${LONG} khu vực hai`]);
    expect(result.unassigned.map(({ sheet, task }) => [sheet, task.text])).toEqual([['Phụ lục', 'Rà soát thủ tục hành chính']]);
  });

  it('gives a unit the tasks it leads first, then those it supports, each once', () => {
    const justice = byUnit(built().result, 'Sở Tư pháp');
    expect(justice.led.map((r) => r.task)).toEqual(['Làm sạch dữ liệu hộ tịch', 'Cấp phiếu lý lịch tư pháp trực tuyến', 'Số hóa hồ sơ hộ tịch']);
    // Task 1 is led by a collective, task II.1 by Sở Y tế; II.2 it leads and supports, so it is listed as led only.
    expect(justice.supported.map((r) => r.task)).toEqual(['Rà soát thủ tục hành chính', 'Tích hợp sổ sức khỏe điện tử']);
    expect(justice.spellings).toEqual(['Sở Tư pháp', 'Sở tư pháp']);
    const police = byUnit(built().result, 'Công an thành phố');
    expect(police.led.map((r) => r.stt)).toEqual(['3']);
    expect(police.supported.map((r) => r.stt)).toEqual(['2', '1']);
  });

  it("keeps the plan's cells in each row: number, group, task, units, deadline as written", () => {
    const police = byUnit(built().result, 'Công an thành phố');
    expect(police.supported[1]).toMatchObject({
      stt: '1',
      group: 'II NHIỆM VỤ RIÊNG',
      task: 'Tích hợp sổ sức khỏe điện tử',
      lead: 'Sở Y tế',
      support: 'Sở Tư pháp; Công an thành phố',
      deadline: 'Tháng 9/2025',
    });
  });

  it('keys each row by its place in the plan: the same key in every template, whatever the cut-off', () => {
    const { tables, result } = built();
    const plan = planId(tables);
    const tasks = tables.flatMap((t) => t.tasks);
    const rows = result.templates.flatMap((t) => [...t.led, ...t.supported]);
    for (const row of rows) {
      const key = readTaskKey(row.key)!;
      expect(key.plan).toBe(plan);
      expect(tasks[key.index]!.text).toBe(row.task);
      expect(row.key).toBe(taskKey(plan, key.index));
    }
    // Co-led task 3 carries one key in both its leads' templates.
    const shared = (unit: string) => byUnit(result, unit).led.find((r) => r.stt === '3' && r.group.startsWith('I '))!.key;
    expect(shared('Sở Tư pháp')).toBe(shared('Công an thành phố'));
    const led = (r: typeof result) => r.templates.flatMap((t) => t.led.map((row) => row.key));
    expect(new Set(led(result)).size).toBe(tasks.length - result.unassigned.length);
    expect(led(built({ ...OPTIONS, asOf: '2025-12-15' }).result)).toEqual(led(result));
  });

  it('names each file by its unit, Vietnamese letters kept, and unique when two names would collide', () => {
    const names = built().result.templates.map((t) => t.file);
    expect(names.slice(0, 3)).toEqual(['Sở Tư pháp.xlsx', 'Công an thành phố.xlsx', 'Sở Y tế.xlsx']);
    // Both long names are cut at the same word, within 120 characters.
    expect(LONG.startsWith(names[3]!.replace(/\.xlsx$/, ''))).toBe(true);
    expect(names[3]!.replace(/\.xlsx$/, '').length).toBeLessThanOrEqual(120);
    expect(LONG.charAt(names[3]!.length - '.xlsx'.length)).toBe(' ');
    expect(names[4]).toBe(names[3]!.replace(/\.xlsx$/, ' (2).xlsx'));
  });

  it('strips the characters Windows forbids from a file name, and a trailing dot', () => {
    expect(fileNameOf('Phòng Kinh tế/Hạ tầng')).toBe('Phòng Kinh tế Hạ tầng');
    expect(fileNameOf('Trung tâm "Thông tin": Số?')).toBe('Trung tâm Thông tin Số');
    expect(fileNameOf('Ban Quản lý <dự án> | khu\tvực*')).toBe('Ban Quản lý dự án khu vực');
    expect(fileNameOf('Sở Y tế.')).toBe('Sở Y tế');
    expect(fileNameOf('Sở Y tế'.normalize('NFD'))).toBe('Sở Y tế');
  });

  it('writes the letterhead under the governing body, the plan, the period, the cut-off and the reporting deadline', () => {
    const police = byUnit(built().result, 'Công an thành phố');
    expect(police.letterhead).toEqual(['UBND THÀNH PHỐ HẢI PHÒNG', 'Công an thành phố']);
    expect(police.heading).toEqual([
      'BÁO CÁO KẾT QUẢ THỰC HIỆN',
      'KẾ HOẠCH Chuyển đổi số năm 2025',
      'Kế hoạch số 45/KH-SKHCN ngày 13/03/2025',
      'Kỳ báo cáo: tháng 11/2025',
      'Số liệu tính đến ngày 14/11/2025',
      'Hạn gửi báo cáo: 20/11/2025',
    ]);
    expect(police.identity).toEqual({ plan: planId(built().tables), planTitle: 'KẾ HOẠCH Chuyển đổi số năm 2025', period: '2025-11', asOf: '2025-11-14', unit: 'Công an thành phố' });
    const english = byUnit(built({ asOf: '2025-11-14', lang: 'en' }).result, 'Công an thành phố');
    expect(english.heading).toEqual([
      'REPORT ON IMPLEMENTATION',
      'KẾ HOẠCH Chuyển đổi số năm 2025',
      'Plan No. 45/KH-SKHCN of 13/03/2025',
      'Reporting period: 11/2025',
      'Figures as of 14/11/2025',
    ]);
  });

  it('shows dots where the plan writes no number or date, never a guess', () => {
    const workbook: Workbook = { sheets: [gridOf([['KẾ HOẠCH NĂM 2025'], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'], ['1', 'Tổ chức hội nghị', 'Sở Tư pháp', '31/12/2025']])] };
    const [template] = buildTemplates(workbook, recogniseWorkbook(workbook, { asOf: '2025-11-14' }), { asOf: '2025-11-14', lang: 'vi' }).templates;
    expect(template!.letterhead).toEqual(['Sở Tư pháp']);
    expect(template!.heading).toContain('Kế hoạch số …… ngày ……');
    expect(template!.heading.some((line) => line.startsWith('Hạn gửi'))).toBe(false);
  });

  it('writes the instructions: what to fill, the words, the date format, the hidden column, how to lift the protection', () => {
    const justice = byUnit(built().result, 'Sở Tư pháp');
    const text = instructions(justice, OPTIONS).join('\n');
    for (const word of OFFERED_STATUS_WORDS) expect(text).toContain(word.written);
    expect(text).toMatch(/dd\/mm\/yyyy/);
    expect(text).toContain('Mã nhiệm vụ (phuluc)');
    expect(text).toMatch(/không có mật khẩu/);
    expect(text).toMatch(/Unprotect Sheet/);
    expect(text).toContain('20/11/2025');
    expect(instructions(justice, { ...OPTIONS, lang: 'en' })[0]).toBe('HOW TO FILL IN THIS REPORT TEMPLATE');
  });
});

describe('the status words a template offers', () => {
  it.each(OFFERED_STATUS_WORDS.map((w) => [w.written, w.meaning]))('%s is read as %s, by that very word', (written, meaning) => {
    const reading = readStatusText(written);
    expect(reading).toMatchObject({ known: true, done: meaning === 'done' });
    expect(reading.word).toBe(STATUS_WORDS.find((w) => w.written === written));
  });

  it('offers one done word and the not-done answers units give', () => {
    expect(OFFERED_STATUS_WORDS.filter((w) => w.meaning === 'done').map((w) => w.written)).toEqual(['Đã hoàn thành']);
    expect(statusValidation('vi').words).toEqual(OFFERED_STATUS_WORDS.map((w) => w.written));
  });

  it.each(['vi', 'en'] as const)('keeps the validation messages within what Excel accepts (%s)', (lang) => {
    for (const text of [statusValidation(lang), dateValidation('2025-11-14', lang)]) {
      expect(text.promptTitle.length).toBeLessThanOrEqual(32);
      expect(text.errorTitle.length).toBeLessThanOrEqual(32);
      expect(text.prompt.length).toBeLessThanOrEqual(255);
      expect(text.error.length).toBeLessThanOrEqual(255);
    }
    // The list is written in the rule's formula, which Excel caps at 255 characters.
    expect(`"${statusValidation(lang).words.join(',')}"`.length).toBeLessThanOrEqual(255);
    expect(dateValidation('2025-11-14', lang).error).toContain('14/11/2025');
  });
});
