import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ProgressReports } from '../src/progressReports';

describe('work-done progress as VS Code increments', () => {
  it('turns absolute percentages into the growth since the last report', () => {
    const reports = new ProgressReports();
    assert.deepEqual(reports.next({ percentage: 10 }), { increment: 10 });
    assert.deepEqual(reports.next({ percentage: 35, message: 'Step 2/4' }), { message: 'Step 2/4', increment: 25 });
    assert.deepEqual(reports.next({ percentage: 100 }), { increment: 65 });
  });

  it('never goes backwards or past 100', () => {
    const reports = new ProgressReports();
    assert.deepEqual(reports.next({ percentage: 60 }), { increment: 60 });
    assert.equal(reports.next({ percentage: 40 }), undefined);
    assert.deepEqual(reports.next({ percentage: 250 }), { increment: 40 });
    assert.equal(reports.next({ percentage: 100 }), undefined);
  });

  it('passes messages of progress without a percentage', () => {
    const reports = new ProgressReports();
    assert.deepEqual(reports.next({ message: 'Sending the build context' }), { message: 'Sending the build context' });
    assert.deepEqual(reports.next({ message: 'Step 1/3 : FROM busybox' }), { message: 'Step 1/3 : FROM busybox' });
  });

  it('reports nothing for a value with neither message nor a new percentage', () => {
    const reports = new ProgressReports();
    assert.equal(reports.next({}), undefined);
    assert.equal(reports.next({ message: '' }), undefined);
    assert.equal(reports.next({ percentage: Number.NaN }), undefined);
    assert.equal(reports.next({ percentage: -5 }), undefined);
  });
});
