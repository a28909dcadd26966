import type { Cell } from './grid';
import { readStatus } from './status';
import { taskState } from './state';
import type { Deadline } from './deadline/types';

const text = (t: string): Cell => ({ kind: 'text', text: t });

describe('status words from unit reports', () => {
  it.each(['Đã hoàn thành', 'Hoàn thành', 'đã hoàn thành.', 'Da hoan thanh', 'Đã thực hiện xong'])('%s means done', (word) => {
    expect(readStatus(text(word), null)).toMatchObject({ done: true, known: true });
  });

  it.each(['Đang thực hiện', 'Đang triển khai', 'Chưa thực hiện', 'Chưa triển khai', 'Chưa hoàn thành', 'Thường xuyên thực hiện'])(
    '%s means not done',
    (word) => expect(readStatus(text(word), null)).toMatchObject({ done: false, known: true }),
  );

  it('does not take an unknown word for done', () => {
    expect(readStatus(text('Tốt'), null)).toMatchObject({ done: false, known: false, text: 'Tốt' });
  });

  it('reads the completion day from a date cell, a dd/mm/yyyy text or the status itself', () => {
    expect(readStatus(text('Đã hoàn thành'), { kind: 'date', iso: '2025-09-28' }).completedOn).toBe('2025-09-28');
    expect(readStatus(text('Đã hoàn thành'), text('30/09/2025')).completedOn).toBe('2025-09-30');
    expect(readStatus(text('Đã hoàn thành ngày 12/8/2025'), null).completedOn).toBe('2025-08-12');
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
    ['not done, due day passed', due('2025-09-30'), notDone, 'overdue'],
    ['not done, due today', due(asOf), notDone, 'on_track'],
    ['not done, due later', due('2025-12-31'), notDone, 'on_track'],
    ['recurring, whatever its status', recurring, doneOn('2025-01-01'), 'recurring'],
    ['conditional, not done', conditional, notDone, 'no_deadline'],
    ['conditional, done', conditional, doneOn('2025-10-01'), 'done_on_time'],
  ] as const)('%s → %s', (_, deadline, status, state) => {
    expect(taskState(deadline, status, asOf)).toBe(state);
  });
});
