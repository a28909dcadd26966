import { cycleConsolidation } from '../../../test/helpers/cycleConsolidation';
import { consolidationLayout } from '../consolidate/consolidationLayout';
import { reportSentence, summarize } from '../summary';
import { planId, taskKey } from './identity';
import type { PlanHeading } from './planHeading';
import { compareWithPrevious, type MonthOverMonth } from './previous';
import { type Block, DOTS, reportUpward, type TableModel } from './reportUpward';

const { result, heading } = cycleConsolidation();

/** The document as a reader sees it: one line per paragraph or column line, table rows as "a | b | c". */
function textOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        return [block.text];
      case 'columns':
        return [...block.left, ...block.right].map((line) => line.text);
      case 'table':
        return [block.header, ...block.rows.map((row) => row.cells)].map((cells) => cells.join(' | '));
    }
  });
}

/** The table that follows the heading starting with `title`. */
function tableAfter(blocks: readonly Block[], title: string): TableModel {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text.includes(title));
  const found = blocks.slice(at + 1).find((b) => b.kind === 'table' || b.kind === 'heading');
  if (at < 0 || found?.kind !== 'table') throw new Error(`no table under ${title}`);
  return found;
}

describe('reportUpward on the Hải Phòng plan consolidated with its units’ files', () => {
  const model = reportUpward(result, heading, { lang: 'vi', year: 2025 });
  const text = textOf(model.blocks);

  it('states the cut-off date, the report sentence summarize gives and the rate with its counts', () => {
    const sentence = 'Tổng số 50 nhiệm vụ; đã hoàn thành 1 (đúng hạn 1, quá hạn 0); chưa hoàn thành 28 (trong hạn 18, quá hạn 4, chưa có thời hạn cụ thể 6); thường xuyên 21.';
    expect(reportSentence(summarize(result.tables, result.asOf).plan)).toBe(sentence);
    expect(text).toEqual(
      expect.arrayContaining([
        'Số liệu tính đến ngày 14/11/2025.',
        'Đã nhận báo cáo của 4 đơn vị; 10 đơn vị chủ trì chưa gửi báo cáo (mục IV).',
        sentence,
        'Tỷ lệ hoàn thành 20% (1/5: đã HT ÷ (đã HT + chưa HT quá hạn)).',
      ]),
    );
  });

  it('has the consolidation’s "Tổng hợp theo đơn vị" sheet as its table per lead unit, row for row, with the plan’s own total', () => {
    const sheet = consolidationLayout(result, 'vi').find((layout) => layout.key === 'byUnit')!;
    const sheetRows = sheet.rows.slice(sheet.headerRow + 1, sheet.lastTableRow + 1).map((row) => row.slice(0, 9).map((cell) => String(cell ?? '')));
    const table = tableAfter(model.blocks, 'KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ');
    expect(table.header.slice(0, 9)).toEqual(sheet.rows[sheet.headerRow]!.slice(0, 9));
    expect(table.rows.map((row) => row.cells.slice(0, 9))).toEqual(sheetRows);
    expect(table.rows.at(-1)).toEqual({ cells: ['', 'Toàn kế hoạch (mỗi nhiệm vụ tính một lần)', '50', '1', '0', '18', '4', '21', '6', '20% (1/5)'], bold: true });
    expect(table.rows.find((row) => row.cells[1] === 'Công an thành phố')!.cells).toEqual(['2', 'Công an thành phố', '9', '2', '0', '0', '0', '7', '0', '100% (2/2)']);
    expect(text).toContain(
      'Nhiệm vụ có nhiều đơn vị chủ trì được tính cho mỗi đơn vị, nên các dòng đơn vị cộng lại 55 (5 nhiệm vụ có từ hai đơn vị chủ trì); dòng "Toàn kế hoạch (mỗi nhiệm vụ tính một lần)" tính mỗi nhiệm vụ một lần (50). Mỗi dòng đơn vị tính theo báo cáo của chính đơn vị đó; ở dòng toàn kế hoạch, nhiệm vụ có nhiều đơn vị chủ trì chỉ tính là đã hoàn thành khi mọi đơn vị chủ trì báo cáo đã hoàn thành.',
    );
  });

  it('lists the overdue tasks, most overdue first, with their lead units, deadlines and days overdue at the cut-off', () => {
    const table = tableAfter(model.blocks, 'NHIỆM VỤ QUÁ HẠN');
    expect(table.header).toEqual(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Hạn cuối', 'Số ngày quá hạn']);
    expect(table.rows.map((row) => [row.cells[2], row.cells[3], row.cells[4], row.cells[5]])).toEqual([
      ['Sở Tài chính; Thuế thành phố Hải Phòng', 'Trước 15/9/2025', '15/09/2025', '60'],
      ['Sở Nội vụ', 'Tháng 9/2025', '30/09/2025', '45'],
      ['Sở Khoa học và Công nghệ', 'Tháng 9/2025', '30/09/2025', '45'],
      ['Sở Tư pháp; Tòa án nhân dân thành phố', 'Tháng 9/2025', '30/09/2025', '45'],
    ]);
    expect(table.rows[0]!.cells[1]).toBe('2.6. Triển khai thực hiện làm sạch dữ liệu để cấp tài khoản định danh điện tử cho cơ quan, tổ chức.');
  });

  it('names each unit that has not reported with every task it leads', () => {
    const table = tableAfter(model.blocks, 'ĐƠN VỊ CHƯA GỬI BÁO CÁO');
    expect(table.rows.map((row) => row.cells[1])).toEqual(result.notSubmitted.map((n) => n.unit));
    expect(table.rows).toHaveLength(10);
    expect(table.rows.find((row) => row.cells[1] === 'Sở Y tế')!.cells[2]!.split('\n')).toEqual([
      '(2) Triển khai tích hợp dữ liệu Sổ sức khoẻ điện tử, giấy chuyển tuyến, giấy hẹn khám lại, kết quả xét nghiệm trên VNeID; để cơ sở khám chữa bệnh, bác sĩ khai thác thông tin Sổ sức khoẻ điện tử trên VNeID trực tiếp trên phần mềm của cơ sở khám, chữa bệnh.',
      '(2) Thực hiện việc sử dụng thẻ Căn cước hoặc ứng dụng VNeID trong khám chữa bệnh thay thế thẻ Bảo hiểm y tế.',
    ]);
  });

  it('names the co-lead units whose reports disagree and what each wrote', () => {
    const table = tableAfter(model.blocks, 'CÁC ĐƠN VỊ CHỦ TRÌ BÁO CÁO KHÁC NHAU');
    expect(table.rows).toEqual([
      {
        cells: [
          '1',
          '(5) Thực hiện hiệu quả công tác chi trả an sinh xã hội, lương hưu, trợ cấp bảo hiểm xã hội hàng tháng không dùng tiền mặt.',
          'Sở Nội vụ: Đã hoàn thành\nBảo hiểm xã hội thành phố Hải Phòng: Đang thực hiện',
        ],
      },
    ]);
    expect(result.findings.filter((f) => f.code === 'CONFLICTING_STATUS')).toHaveLength(table.rows.length);
  });

  it('leaves as dots, and lists, what neither the plan nor the options say; invents no date', () => {
    expect(text.slice(0, 6)).toEqual([
      DOTS,
      DOTS,
      `Số: ${DOTS}/BC-${DOTS}`,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `${DOTS}, ngày ${DOTS} tháng ${DOTS} năm 2025`,
    ]);
    expect(text).toEqual(expect.arrayContaining(['BÁO CÁO', `Kính gửi: ${DOTS}`, 'VI. ĐỀ XUẤT, KIẾN NGHỊ', 'Nơi nhận:', 'QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ', 'Họ và tên']));
    expect(model.toFill).toEqual(['governingBody', 'issuer', 'number', 'place', 'day', 'to', 'proposals', 'signer']);
    expect(model.issuerFrom).toBeNull();
  });

  it('refers to a plan titled as a report by what it reports on', () => {
    expect(text).toContain('Tình hình thực hiện KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025 (Những tháng cuối năm 2025 - số liệu tính đến ngày 14/11/2025)');
  });
});

describe('reportUpward’s letterhead', () => {
  const plan: PlanHeading = {
    title: 'KẾ HOẠCH Triển khai Đề án 06 năm 2025',
    number: '45/KH-BCĐ',
    date: '2025-03-13',
    place: 'Hải Phòng',
    issuer: 'BAN CHỈ ĐẠO ĐỀ ÁN 06 THÀNH PHỐ',
    governingBody: 'UBND THÀNH PHỐ HẢI PHÒNG',
  };

  it('repeats the plan’s bodies, place, number and date, and leaves day and month to the signer', () => {
    const model = reportUpward(result, plan, { lang: 'vi', year: 2025 });
    expect(textOf(model.blocks).slice(0, 9)).toEqual([
      'UBND THÀNH PHỐ HẢI PHÒNG',
      'BAN CHỈ ĐẠO ĐỀ ÁN 06 THÀNH PHỐ',
      `Số: ${DOTS}/BC-${DOTS}`,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      `Hải Phòng, ngày ${DOTS} tháng ${DOTS} năm 2025`,
      'BÁO CÁO',
      'Tình hình thực hiện KẾ HOẠCH Triển khai Đề án 06 năm 2025 (số 45/KH-BCĐ ngày 13/03/2025)',
      `Kính gửi: ${DOTS}`,
    ]);
    expect(model).toMatchObject({ issuerFrom: 'plan', issuer: 'BAN CHỈ ĐẠO ĐỀ ÁN 06 THÀNH PHỐ', toFill: ['number', 'day', 'to', 'proposals', 'signer'] });
  });

  it('takes the issuing office, the addressee and the signing day from the options', () => {
    const model = reportUpward(result, plan, { lang: 'vi', year: 2025, issuer: 'Công an thành phố', to: 'Ban Chỉ đạo Đề án 06 thành phố', signedOn: '2025-11-20' });
    const text = textOf(model.blocks);
    expect(text.slice(0, 2)).toEqual(['UBND THÀNH PHỐ HẢI PHÒNG', 'CÔNG AN THÀNH PHỐ']);
    expect(text).toEqual(expect.arrayContaining(['Hải Phòng, ngày 20 tháng 11 năm 2025', 'Kính gửi: Ban Chỉ đạo Đề án 06 thành phố']));
    expect(model).toMatchObject({ issuerFrom: 'option', toFill: ['number', 'proposals', 'signer'] });
  });

  it('writes a signing day as NĐ30 does: a leading zero for days below 10 and for January and February only', () => {
    const line = (signedOn: string) => textOf(reportUpward(result, plan, { lang: 'vi', year: 2025, signedOn }).blocks)[5];
    expect([line('2025-02-05'), line('2025-03-05')]).toEqual(['Hải Phòng, ngày 05 tháng 02 năm 2025', 'Hải Phòng, ngày 05 tháng 3 năm 2025']);
  });

  it('is in English with lang en, the figures the same', () => {
    const text = textOf(reportUpward(result, plan, { lang: 'en', year: 2025 }).blocks);
    expect(text).toEqual(
      expect.arrayContaining([
        'SOCIALIST REPUBLIC OF VIET NAM',
        'REPORT',
        'Implementation of KẾ HOẠCH Triển khai Đề án 06 năm 2025 (No. 45/KH-BCĐ of 13/03/2025)',
        `To: ${DOTS}`,
        'Figures as of 14/11/2025.',
        reportSentence(summarize(result.tables, result.asOf, 'en').plan, 'en'),
      ]),
    );
  });
});

describe('reportUpward with the changes since the last cut-off', () => {
  // Last month as its consolidation would have read: the four tasks overdue now were still within
  // their deadline, and one task of an older version of the plan is no longer in it.
  const plan = planId(result.tables);
  const previous = compareWithPrevious(result, {
    asOf: '2025-10-14',
    sheet: 'Tổng hợp',
    tasks: [
      ...result.tasks.map(({ task, state }, i) => ({
        key: taskKey(plan, i),
        stt: task.stt,
        group: task.group,
        text: task.text,
        lead: task.lead.map((u) => u.name),
        state: state === 'overdue' ? ('on_track' as const) : state,
      })),
      { key: null, stt: '9', group: null, text: 'Tổ chức tập huấn sử dụng phần mềm quản lý văn bản cũ cho cán bộ các phường', lead: ['Sở Nội vụ'], state: 'on_track' as const },
    ],
  }) as MonthOverMonth;

  it('adds a section with the counts of each change, what was not compared, and every task that changed, in the plan’s order', () => {
    const model = reportUpward(result, heading, { lang: 'vi', year: 2025, previous });
    const text = textOf(model.blocks);
    expect(text).toEqual(
      expect.arrayContaining([
        'VI. THAY ĐỔI SO VỚI KỲ TRƯỚC',
        'So với kỳ trước (số liệu tính đến ngày 14/10/2025): mới hoàn thành 0; mới quá hạn 4; vẫn quá hạn 0; kỳ trước đã hoàn thành, nay chưa 0.',
        '1 nhiệm vụ của kỳ trước không khớp nhiệm vụ nào của kế hoạch này: không so sánh.',
        'VII. ĐỀ XUẤT, KIẾN NGHỊ',
      ]),
    );
    const table = tableAfter(model.blocks, 'THAY ĐỔI SO VỚI KỲ TRƯỚC');
    expect(table.rows.map((row) => row.cells.slice(2))).toEqual([
      ['Sở Nội vụ', 'mới quá hạn', 'chưa hoàn thành, trong hạn', 'chưa hoàn thành, quá hạn', '45'],
      ['Sở Khoa học và Công nghệ', 'mới quá hạn', 'chưa hoàn thành, trong hạn', 'chưa hoàn thành, quá hạn', '45'],
      ['Sở Tài chính; Thuế thành phố Hải Phòng', 'mới quá hạn', 'chưa hoàn thành, trong hạn', 'chưa hoàn thành, quá hạn', '60'],
      ['Sở Tư pháp; Tòa án nhân dân thành phố', 'mới quá hạn', 'chưa hoàn thành, trong hạn', 'chưa hoàn thành, quá hạn', '45'],
    ]);
  });

  it('says nothing of a last cut-off when none is given', () => {
    expect(textOf(reportUpward(result, heading, { lang: 'vi', year: 2025 }).blocks).filter((line) => /kỳ trước/i.test(line))).toEqual([]);
  });
});
