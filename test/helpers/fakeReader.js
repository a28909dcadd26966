/**
 * A reader process that answers wrongly on purpose (test/readerPool.test.ts), by the file's name:
 * a reply of the wrong shape, a reply to another request, a message that is no envelope; any other
 * file gets an empty workbook.
 */
'use strict';
process.on('message', (job) => {
  const name = String(job.file);
  if (name.endsWith('wrong-shape.xlsx')) process.send({ kind: 'reply', id: job.id, reply: { workbook: { sheets: 'none' } } });
  else if (name.endsWith('wrong-kind.xlsx')) process.send({ kind: 'reply', id: job.id, reply: { plan: { title: '', planYear: 2025, tables: [], counts: [] } } });
  else if (name.endsWith('bad-date.xlsx'))
    process.send({ kind: 'reply', id: job.id, reply: { workbook: { sheets: [{ name: 'A', rows: [[{ kind: 'date', iso: null }]], merges: [], hiddenRows: new Set() }] } } });
  else if (name.endsWith('other-id.xlsx')) process.send({ kind: 'reply', id: job.id + 1000, reply: { failure: 'not_found' } });
  else if (name.endsWith('garbage.xlsx')) process.send('hello');
  else process.send({ kind: 'reply', id: job.id, reply: { workbook: { sheets: [] } } });
});
process.send({ kind: 'ready' });
