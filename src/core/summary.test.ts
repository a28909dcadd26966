import { join } from 'node:path';
import { readWorkbookFile } from '../io/readWorkbook';
import { recogniseWorkbook } from './recognise/recogniseWorkbook';
import { rateText, reportSentence, summarize } from './summary';

const examples = join(__dirname, '..', '..', 'examples');
const tables = (file: string) => recogniseWorkbook(readWorkbookFile(join(examples, file)), { asOf: '2025-11-14' });

describe("summarising seed 001's report at 14/11/2025", () => {
  const summary = summarize(tables('bao-cao-de-an-06-hai-phong.xlsx'), '2025-11-14');

  it('counts the plan in the Government Office buckets, and its completion rate', () => {
    expect(summary.plan).toMatchObject({ total: 50, done_on_time: 3, done_late: 1, on_track: 18, overdue: 1, recurring: 21, no_deadline: 6, completionRate: 0.8 });
  });

  it('writes the report sentence so that its parts add up to the total, the no-fixed-deadline bucket named', () => {
    expect(reportSentence(summary.plan)).toBe(
      'Tổng số 50 nhiệm vụ; đã hoàn thành 4 (đúng hạn 3, quá hạn 1); chưa hoàn thành 25 (trong hạn 18, quá hạn 1, chưa có thời hạn cụ thể 6); thường xuyên 21.',
    );
    expect(reportSentence(summary.plan, 'en')).toBe(
      '50 tasks in all; 4 done (3 on time, 1 late); 25 not done (18 within the deadline, 1 overdue, 6 with no fixed deadline); 21 recurring.',
    );
  });

  it('leaves the no-fixed-deadline bucket out of the sentence when it is empty, and writes numbers the Vietnamese way', () => {
    const row = { total: 1250, done_on_time: 1000, done_late: 0, on_track: 200, overdue: 0, recurring: 50, no_deadline: 0 };
    expect(reportSentence(row)).toBe('Tổng số 1.250 nhiệm vụ; đã hoàn thành 1.000 (đúng hạn 1.000, quá hạn 0); chưa hoàn thành 200 (trong hạn 200, quá hạn 0); thường xuyên 50.');
    expect(reportSentence(row, 'en')).toContain('1,250 tasks in all');
  });

  it('states the completion rate with its counts and its rule, never a bare percentage', () => {
    const police = summary.byUnit.find((r) => r.label === 'Công an thành phố')!;
    expect(police).toMatchObject({ total: 9, done_on_time: 1, overdue: 0, completionRate: 1 });
    expect(rateText(police)).toBe('Tỷ lệ hoàn thành 100% (1/1: đã HT ÷ (đã HT + chưa HT quá hạn))');
    expect(rateText(police, 'vi', true)).toBe('100% (1/1)');
    expect(rateText(summary.plan, 'en')).toBe('Completion rate 80% (4/5: done ÷ (done + not done overdue))');
    expect(rateText({ total: 3, done_on_time: 2, done_late: 0, on_track: 0, overdue: 1, recurring: 0, no_deadline: 0 })).toContain('66,7% (2/3');
    expect(rateText({ total: 1, done_on_time: 0, done_late: 0, on_track: 1, overdue: 0, recurring: 0, no_deadline: 0 })).toBe(
      'Tỷ lệ hoàn thành: chưa tính được (chưa có nhiệm vụ đã HT hay quá hạn)',
    );
  });

  it('counts a task with two lead units for each of them, collectives on their own rows', () => {
    const unit = (label: string) => summary.byUnit.find((r) => r.label === label)!;
    expect(unit('Sở Nội vụ')).toMatchObject({ total: 2, done_late: 1 });
    expect(unit('Bảo hiểm xã hội thành phố Hải Phòng')).toMatchObject({ total: 2 });
    // 14 tasks write "Các sở, ban, ngành và địa phương", one "Các sở, ban ngành, địa phương": one collective (units.ts, unitKey).
    expect(unit('Các sở, ban, ngành và địa phương')).toMatchObject({ total: 15, collective: true });
    expect(unit('Sở Khoa học và Công nghệ')).toMatchObject({ overdue: 1, completionRate: 0 });
    const leadCounts = summary.byUnit.reduce((n, r) => n + r.total, 0);
    const leadsWritten = tables('bao-cao-de-an-06-hai-phong.xlsx')[0]!.tasks.reduce((n, t) => n + t.lead.length, 0);
    expect(leadCounts).toBe(leadsWritten);
    expect(summary.sharedLead).toBe(leadCounts - summary.plan.total); // every shared task here has two leads
  });

  it('lists support units in their own table', () => {
    expect(summary.bySupport.find((r) => r.label === 'Công an thành phố')!.total).toBeGreaterThan(10);
  });

  it('groups by section and by the month tasks fall due', () => {
    expect(summary.byGroup.find((r) => r.label.startsWith('2.2.'))).toMatchObject({ total: 9, recurring: 7, no_deadline: 2 });
    expect(summary.byMonth.find((r) => r.label === '09/2025')).toMatchObject({ total: 5, done_on_time: 3, done_late: 1, overdue: 1 });
  });

  it('lists overdue tasks, most overdue first, with days overdue', () => {
    expect(summary.overdue.map((o) => [o.stt, o.lead, o.deadline, o.daysOverdue])).toEqual([['(1)', 'Sở Khoa học và Công nghệ', 'Tháng 9/2025', 45]]);
  });
});

describe('a plan without a status column', () => {
  it('ranks units by their number of tasks, then by name', () => {
    const summary = summarize(tables('ke-hoach-01-bach-long-vi.xlsx'), '2025-11-14');
    expect(summary.byUnit.map((r) => [r.label, r.total])).toEqual([
      ['Các cơ quan, phòng, ban, đơn vị huyện', 2],
      ['Văn phòng HĐND-UBND huyện', 2],
      ['Đồn Công an huyện', 1],
      ['Phòng Kinh tế, Hạ tầng và Đô thị', 1],
      ['Phòng Tài chính - Kế hoạch huyện', 1],
      ['Phòng Tư pháp huyện', 1],
      ['Phòng Văn hóa, Khoa học và Thông tin', 1],
    ]);
    expect(summary.overdue.map((o) => o.stt)).toEqual(['1', '2', '3', '5']);
  });
});
