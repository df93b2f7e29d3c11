import { statusAfterAttach, statusAfterRemoval } from './progress';

describe('activity progress from evidence', () => {
  it('starts planned work at the first evidence and finishes it with the last expected document', () => {
    expect(statusAfterAttach('planned', { total: 3, missing: 3 }, { total: 3, missing: 2 })).toBe(
      'in_progress',
    );
    expect(statusAfterAttach('in_progress', { total: 3, missing: 2 }, { total: 3, missing: 1 })).toBe(
      'in_progress',
    );
    expect(statusAfterAttach('in_progress', { total: 3, missing: 1 }, { total: 3, missing: 0 })).toBe('done');
    // A single expected document: its evidence finishes the activity at once.
    expect(statusAfterAttach('planned', { total: 1, missing: 1 }, { total: 1, missing: 0 })).toBe('done');
  });

  it('leaves alone a status set by hand when the evidence completes nothing', () => {
    // A school's evidence, or a second file for a document already covered, after someone reopened it.
    const complete = { total: 2, missing: 0 };
    expect(statusAfterAttach('in_progress', complete, complete)).toBe('in_progress');
    expect(statusAfterAttach('done', { total: 2, missing: 1 }, { total: 2, missing: 1 })).toBe('done');
  });

  it('never finishes an activity that expects no documents by itself', () => {
    expect(statusAfterAttach('planned', { total: 0, missing: 0 }, { total: 0, missing: 0 })).toBe(
      'in_progress',
    );
  });

  it('reopens an activity only when the removal breaks what completed it', () => {
    expect(statusAfterRemoval('done', { total: 2, missing: 0 }, { total: 2, missing: 1 }, true)).toBe(
      'in_progress',
    );
    expect(statusAfterRemoval('done', { total: 2, missing: 0 }, { total: 2, missing: 0 }, true)).toBe('done');
    // Marked done by hand with a document missing: removing other evidence does not undo that decision.
    expect(statusAfterRemoval('done', { total: 2, missing: 1 }, { total: 2, missing: 2 }, true)).toBe('done');
    expect(statusAfterRemoval('in_progress', { total: 2, missing: 1 }, { total: 2, missing: 2 }, true)).toBe(
      'in_progress',
    );
  });

  it('plans a done activity again when its only evidence is removed', () => {
    expect(statusAfterRemoval('done', { total: 1, missing: 0 }, { total: 1, missing: 1 }, false)).toBe(
      'planned',
    );
  });
});
