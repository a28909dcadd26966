import type { Cell } from './grid';
import { doneSpellings, readStatus, STATUS_WORDS } from './status';
import { fold } from './text';
import { taskState } from './state';
import type { Deadline } from './deadline/types';

const text = (t: string): Cell => ({ kind: 'text', text: t });

describe('status words from unit reports', () => {
  it.each(['Đã hoàn thành', 'Hoàn thành', 'đã hoàn thành.', 'Da hoan thanh', 'Đã thực hiện xong'])('%s means done', (word) => {
    expect(readStatus(text(word), null)).toMatchObject({ done: true, known: true });
  });

  it.each(['Đang thực hiện', 'Đang triển khai', 'Chưa thực hiện', 'Chưa triển khai', 'Chưa hoàn thành', 'Thường xuyên thực hiện'])('%s means not done', (word) =>
    expect(readStatus(text(word), null)).toMatchObject({ done: false, known: true }),
  );

  it.each([
    'HT',
    'ht',
    'Đã HT',
    'đã ht',
    'da ht',
    'Đã xong',
    'đã xong',
    'Xong',
    'Hoàn thành 100%',
    'Đã thực hiện',
    'Đã triển khai',
    'Đã ban hành',
    'Đã hoàn thành, tiếp tục duy trì',
    'Hoàn thành, đang chờ phê duyệt',
    'Đã hoàn thành (đang nghiệm thu)',
    'Đã hoàn thành; không phát sinh vướng mắc',
    'Hoàn thành (Văn bản số 12/BC-UBND)',
    'Đã hoàn thành, đúng hạn',
    'HOÀN THÀNH',
    'Hoàn thành.'.normalize('NFD'),
    '- Đã hoàn thành',
    '100%',
    'Đạt 100%',
  ])('%j means done', (word) => {
    expect(readStatus(text(word), null)).toMatchObject({ done: true, known: true });
  });

  it.each(['Chưa HT', 'Chưa TH', 'Đang TH', 'Đang làm', 'Quá hạn', 'Chưa triển khai', 'Tạm dừng', 'Dừng thực hiện', 'Không thực hiện', 'Cơ bản hoàn thành', 'Trễ hạn'])(
    '%j means not done',
    (word) => expect(readStatus(text(word), null)).toMatchObject({ done: false, known: true }),
  );

  it.each([
    ['Hoàn thành 80%', 80],
    ['Đã hoàn thành 95,5%', 95.5],
    ['HT 90%', 90],
    ['Hoàn thành 80% (kế hoạch 100%)', 80],
  ])('%j is progress, not done: %d%%', (word, progress) => {
    expect(readStatus(text(word), null)).toMatchObject({ done: false, known: true, partial: true, progress });
  });

  it('keeps the percentage of any status so it can be shown', () => {
    expect(readStatus(text('Đang thực hiện (đạt 60%)'), null)).toMatchObject({ done: false, known: true, progress: 60 });
    expect(readStatus(text('Hoàn thành 100%'), null)).toMatchObject({ done: true, progress: 100 });
    expect(readStatus(text('Đạt 80%'), null)).toMatchObject({ done: false, known: true, progress: 80 });
    expect(readStatus(text('Hoàn thành một phần'), null)).toMatchObject({ done: false, known: true, partial: true });
    expect(readStatus(text('Đã hoàn thành'), null)).not.toHaveProperty('progress');
  });

  it('reads a percentage-formatted number (a "Mức độ hoàn thành" of 100%) as progress', () => {
    expect(readStatus({ kind: 'number', value: 1, format: '0%' }, null)).toMatchObject({ text: '100%', done: true, known: true, progress: 100 });
    expect(readStatus({ kind: 'number', value: 0.8, format: '0%' }, null)).toMatchObject({ text: '80%', done: false, known: true, progress: 80 });
  });

  it.each([
    [{ kind: 'number', value: 1 }, '1'],
    [{ kind: 'date', iso: '2025-09-25' }, '25/09/2025'],
    [{ kind: 'boolean', value: true }, 'TRUE'],
    [text('x'), 'x'],
    [text('✓'), '✓'],
    [text('Sẽ hoàn thành'), 'Sẽ hoàn thành'],
    [text('HTX'), 'HTX'],
  ] as [Cell, string][])('does not understand %j: known false, never silently "not done"', (cell, shown) => {
    expect(readStatus(cell, null)).toMatchObject({ text: shown, done: false, known: false });
  });

  it.each(['Hoàn thành quá hạn', 'Đã hoàn thành (trễ hạn)', 'Hoàn thành không đúng hạn'])('%j is done, and late by its own words', (word) => {
    expect(readStatus(text(word), null)).toMatchObject({ done: true, late: true });
  });

  it.each([
    'Đã thực hiện, chưa xong',
    'Đã triển khai thực hiện, chưa hoàn thành',
    'HT chưa đạt',
    'Hoàn thành, chưa nghiệm thu',
    'Đã hoàn thành (chưa có văn bản)',
    'Da hoan thanh, chua nghiem thu',
    'ĐÃ HOÀN THÀNH, CHƯA NGHIỆM THU',
    'Đã hoàn thành; chưa phát sinh vướng mắc, chưa nghiệm thu',
    'Hoàn thành, chưa',
  ])('%j: "chưa" after a done word makes it not done, in part', (word) => {
    expect(readStatus(text(word), null)).toMatchObject({ done: false, known: true, partial: true });
  });

  it.each([
    'Đã hoàn thành; chưa phát sinh vướng mắc',
    'Đã hoàn thành, đang chờ phê duyệt',
    'Đã hoàn thành, tiếp tục duy trì',
    'Hoàn thành (chưa đúng hạn)',
    'Đã hoàn thành, chua phat sinh kho khan',
  ])('%j stays done: its "chưa" is about something else, or a late word', (word) => {
    const status = readStatus(text(word), null);
    expect(status).toMatchObject({ done: true, known: true });
    expect(status).not.toHaveProperty('partial');
  });

  it('reads "chưa" only as a whole word, and "chưa đúng hạn" as done late', () => {
    expect(readStatus(text('Hoàn thành, chưa đúng hạn'), null)).toMatchObject({ done: true, late: true });
    expect(readStatus(text('Hoàn thành (Chuan hoa du lieu)'), null)).toMatchObject({ done: true });
    expect(readStatus(text('Hoàn thành, chưa đúng quy trình'), null)).toMatchObject({ done: false, partial: true });
  });

  it.each(['Đã hoàn thành, sửa chữa xong', 'Hoàn thành, kho chứa hồ sơ đã bàn giao', 'Đã xong, không chừa hộ nào'])('%j stays done: "chữa", "chứa", "chừa" are not "chưa"', (word) => {
    expect(readStatus(text(word), null)).toMatchObject({ done: true, known: true });
  });

  it('is not late when the unit says it was not', () => {
    expect(readStatus(text('Đã hoàn thành, không quá hạn'), null)).not.toHaveProperty('late');
  });

  it('reads case and diacritics alike', () => {
    for (const word of STATUS_WORDS) {
      const expected = readStatus(text(word.written), null);
      for (const variant of [word.written.toLowerCase(), word.written.toUpperCase(), fold(word.written), fold(word.written).toUpperCase()]) {
        expect(readStatus(text(variant), null)).toMatchObject({ done: expected.done, known: true });
      }
    }
  });

  it('has no not-done word that opens with a done word (the highlight formula relies on it)', () => {
    const folded = (w: string) =>
      fold(w)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    for (const done of STATUS_WORDS.filter((w) => w.meaning === 'done')) {
      const extending = STATUS_WORDS.filter((w) => w.meaning === 'not_done' && folded(w.written).startsWith(`${folded(done.written)} `));
      expect(extending).toEqual([]);
    }
  });

  it('gives the formula each done word with and without diacritics, the longer ones found by the shorter', () => {
    expect(doneSpellings()).toEqual(expect.arrayContaining(['hoàn thành', 'hoan thanh', 'đã hoàn thành', 'da hoan thanh', 'ht', 'đã ht', 'da ht', 'xong', 'đã xong', '100%']));
    expect(doneSpellings()).not.toContain('đã thực hiện xong');
  });

  it('does not take an unknown word for done', () => {
    expect(readStatus(text('Tốt'), null)).toMatchObject({ done: false, known: false, text: 'Tốt' });
  });

  it('reads the completion day from a date cell, a dd/mm/yyyy text or the status itself', () => {
    expect(readStatus(text('Đã hoàn thành'), { kind: 'date', iso: '2025-09-28' }).completedOn).toBe('2025-09-28');
    expect(readStatus(text('Đã hoàn thành'), text('30/09/2025')).completedOn).toBe('2025-09-30');
    expect(readStatus(text('Đã hoàn thành ngày 12/8/2025'), null).completedOn).toBe('2025-08-12');
    expect(readStatus(text('Đã hoàn thành ngày 25/9/2025 (Báo cáo số 45/BC-SNV)'), null).completedOn).toBe('2025-09-25');
  });

  it("takes no completion day from a not-done text, and keeps the column's day whatever the status", () => {
    expect(readStatus(text('Đang thực hiện, dự kiến hoàn thành 30/12/2025'), null).completedOn).toBeNull();
    expect(readStatus(text('HT'), { kind: 'date', iso: '2025-09-20' }).completedOn).toBe('2025-09-20');
    expect(readStatus(text('Tạm ổn'), { kind: 'date', iso: '2025-09-20' })).toMatchObject({ known: false, completedOn: '2025-09-20' });
  });

  it('has no status text for an empty cell', () => {
    expect(readStatus(null, null)).toEqual({ text: null, done: false, known: true, completedOn: null });
  });
});

describe('task state at the cut-off date', () => {
  const due = (iso: string): Deadline => ({ text: iso, kind: 'date', due: iso, yearFromPlan: false });
  const recurring: Deadline = { text: 'Thường xuyên', kind: 'recurring', due: null, yearFromPlan: false };
  const conditional: Deadline = { text: 'Theo hướng dẫn', kind: 'conditional', due: null, yearFromPlan: false };
  const notDone = readStatus(null, null);
  const doneOn = (iso: string | null) => ({ text: 'Đã hoàn thành', done: true, known: true, completedOn: iso });
  const asOf = '2025-11-14';

  it.each([
    ['done before the due day', due('2025-09-30'), doneOn('2025-09-28'), 'done_on_time'],
    ['done on the due day', due('2025-09-30'), doneOn('2025-09-30'), 'done_on_time'],
    ['done after the due day', due('2025-09-30'), doneOn('2025-10-10'), 'done_late'],
    ['done with no completion day', due('2025-09-30'), doneOn(null), 'done_on_time'],
    ["done, late by the unit's own word", due('2025-09-30'), { ...doneOn('2025-09-28'), late: true }, 'done_late'],
    ['done in part, due day passed', due('2025-09-30'), readStatus(text('Hoàn thành 80%'), null), 'overdue'],
    ['not done, due day passed', due('2025-09-30'), notDone, 'overdue'],
    ['not done, due today', due(asOf), notDone, 'on_track'],
    ['not done, due later', due('2025-12-31'), notDone, 'on_track'],
    ['recurring, whatever its status', recurring, doneOn('2025-01-01'), 'recurring'],
    ['conditional, not done', conditional, notDone, 'no_deadline'],
    ['conditional, done', conditional, doneOn('2025-10-01'), 'done_on_time'],
  ] as const)('%s → %s', (_, deadline, status, state) => {
    expect(taskState(deadline, status, asOf)).toBe(state);
  });

  it('reads the day a completion cell writes in a sentence ("Đã hoàn thành ngày 25/9/2025")', () => {
    const done = { kind: 'text', text: 'Đã hoàn thành' } as const;
    expect(readStatus(done, { kind: 'text', text: 'Đã hoàn thành ngày 25/9/2025' }).completedOn).toBe('2025-09-25');
    expect(readStatus(done, { kind: 'text', text: '31/02/2025' }).completedOn).toBeNull();
  });
});
