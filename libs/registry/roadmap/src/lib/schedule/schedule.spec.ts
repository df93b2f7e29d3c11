import { addDays, daysBetween, deadlinesOf, isDueSoon, scheduleOf, todayIn } from './schedule';

describe('roadmap schedule', () => {
  // Activity 22 of the 2024/25 roadmap: "02-05 декабря 2024 года".
  const invitational = deadlinesOf({ kind: 'dates', from: '2024-12-02', to: '2024-12-05' }, [], 2024);
  // Activity 19: school stage until 30 March, final stage 14-18 April.
  const defences = deadlinesOf(
    { kind: 'dates', from: null, to: '2025-04-18' },
    [
      { label: 'Школьный этап', from: null, to: '2025-03-30', text: 'до 30 марта 2025 года' },
      { label: 'Заключительный этап', from: '2025-04-14', to: '2025-04-18', text: '14-18 апреля 2025 года' },
    ],
    2024,
  );
  const monthly = deadlinesOf({ kind: 'monthly' }, [], 2024);
  const duringYear = deadlinesOf({ kind: 'during_year' }, [], 2024);

  it('lists the deadlines of each kind of window', () => {
    expect(invitational).toEqual(['2024-12-05']);
    expect(defences).toEqual(['2025-03-30', '2025-04-18']);
    expect(monthly).toHaveLength(12);
    expect(monthly.slice(0, 3)).toEqual(['2024-09-30', '2024-10-31', '2024-11-30']);
    expect(monthly[5]).toBe('2025-02-28');
    expect(monthly[11]).toBe('2025-08-31');
    expect(duringYear).toEqual(['2025-08-31']);
  });

  it('is not overdue on the last day of the window, and overdue the day after unless done', () => {
    expect(scheduleOf({ status: 'planned', deadlines: invitational }, '2024-12-05')).toEqual({
      windowEnd: '2024-12-05',
      nextDeadline: '2024-12-05',
      daysLeft: 0,
      overdue: false,
      state: 'planned',
    });
    expect(scheduleOf({ status: 'in_progress', deadlines: invitational }, '2024-12-06')).toEqual({
      windowEnd: '2024-12-05',
      nextDeadline: null,
      daysLeft: null,
      overdue: true,
      state: 'overdue',
    });
    expect(scheduleOf({ status: 'done', deadlines: invitational }, '2025-01-10')).toMatchObject({
      overdue: false,
      state: 'done',
    });
  });

  it('counts down to the next milestone, not to the end of the window', () => {
    expect(scheduleOf({ status: 'planned', deadlines: defences }, '2025-03-25')).toMatchObject({
      nextDeadline: '2025-03-30',
      daysLeft: 5,
      overdue: false,
    });
    expect(scheduleOf({ status: 'in_progress', deadlines: defences }, '2025-04-01')).toMatchObject({
      nextDeadline: '2025-04-18',
      daysLeft: 17,
      overdue: false,
      state: 'in_progress',
    });
  });

  it('makes monthly and whole-year work overdue only after the school year ends', () => {
    expect(scheduleOf({ status: 'planned', deadlines: monthly }, '2025-03-20')).toMatchObject({
      nextDeadline: '2025-03-31',
      daysLeft: 11,
      overdue: false,
    });
    expect(scheduleOf({ status: 'planned', deadlines: duringYear }, '2025-08-31')).toMatchObject({
      overdue: false,
      daysLeft: 0,
    });
    expect(scheduleOf({ status: 'planned', deadlines: monthly }, '2025-09-01')).toMatchObject({
      overdue: true,
      state: 'overdue',
    });
    expect(scheduleOf({ status: 'in_progress', deadlines: duringYear }, '2025-09-01')).toMatchObject({
      overdue: true,
    });
  });

  it('is due soon within the horizon and never when done', () => {
    const planned = scheduleOf({ status: 'planned', deadlines: invitational }, '2024-11-28');
    expect(planned.daysLeft).toBe(7);
    expect(isDueSoon(planned, 7)).toBe(true);
    expect(isDueSoon(planned, 6)).toBe(false);
    expect(isDueSoon(scheduleOf({ status: 'done', deadlines: invitational }, '2024-12-01'), 7)).toBe(false);
    expect(isDueSoon(scheduleOf({ status: 'planned', deadlines: invitational }, '2024-12-06'), 7)).toBe(
      false,
    );
  });

  it('takes today in the region, not in UTC', () => {
    // 20:00 UTC on 4 December is already 03:00 on 5 December in Tomsk (UTC+7).
    const now = new Date('2024-12-04T20:00:00Z');
    expect(todayIn('UTC', now)).toBe('2024-12-04');
    expect(todayIn('Asia/Tomsk', now)).toBe('2024-12-05');
  });

  it('does day arithmetic on calendar dates', () => {
    expect(addDays('2025-02-27', 2)).toBe('2025-03-01');
    expect(daysBetween('2024-12-31', '2025-03-01')).toBe(60);
  });
});
