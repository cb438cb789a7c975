import { describe, expect, it } from 'vitest';
import { parseDateline, parseInlineDateline } from './dateline';

describe('parseDateline(line)', { timeout: 60_000 }, () => {
  it('reads an outlet glued to a month-day and time', () => {
    expect(parseDateline('Deep News03-05 20:01')).toEqual({
      outlet: 'Deep News',
      dateStart: 9,
      dateEnd: 20,
      date: { year: null, month: 3, day: 5, hour: 20, minute: 1 },
    });
  });

  it('reads ISO, day-first and written-out dates, with or without an outlet', () => {
    expect(parseDateline('Reuters | 2026-03-05 14:30')).toMatchObject({ outlet: 'Reuters', date: { year: 2026, month: 3, day: 5, hour: 14, minute: 30 } });
    expect(parseDateline('The Daily Ledger — March 5, 2026, 8:01 PM')).toMatchObject({ outlet: 'The Daily Ledger', date: { year: 2026, month: 3, day: 5, hour: 20, minute: 1 } });
    expect(parseDateline('5 March 2026')).toMatchObject({ outlet: null, date: { year: 2026, month: 3, day: 5, hour: null } });
    expect(parseDateline('Published: 31/12/2025')).toMatchObject({ outlet: null, date: { year: 2025, month: 12, day: 31 } });
    // Dots are Europe's, day first; slashes the US's, month first unless the first cannot be a month.
    expect(parseDateline('04.11.2025')).toMatchObject({ date: { year: 2025, month: 11, day: 4 } });
    expect(parseDateline('11/4/2025')).toMatchObject({ date: { year: 2025, month: 11, day: 4 } });
    expect(parseDateline('Xinhua 2026-03-05 14:30 GMT+8')).toMatchObject({ outlet: 'Xinhua', date: { hour: 14, minute: 30 } });
  });

  it('reads datelines as outlets print them, keeping the printed time whatever the zone', () => {
    const date = (line: string) => parseDateline(line)?.date;
    expect(date('Nov 17, 2025, 10:00 AM PST')).toEqual({ year: 2025, month: 11, day: 17, hour: 10, minute: 0 });
    expect(date('Mon 3 March 2025 07.00 GMT')).toEqual({ year: 2025, month: 3, day: 3, hour: 7, minute: 0 });
    expect(date('Nov. 17, 2025 10:00 a.m. ET')).toMatchObject({ day: 17, hour: 10 });
    expect(date('11/17/2025 10:00 PM')).toMatchObject({ month: 11, day: 17, hour: 22 });
    expect(date('2025-11-17T10:00:00+08:00')).toMatchObject({ day: 17, hour: 10 });
    expect(date('2025-11-17T10:00:00Z')).toMatchObject({ day: 17, hour: 10 });
    // Published, then updated: the first date is the publication, its own time with it.
    expect(date('PUBLISHED MON, NOV 17 2025 10:00 AM EST UPDATED MON, NOV 17 2025 11:21 AM EST')).toMatchObject({ day: 17, hour: 10, minute: 0 });
    expect(date('Nov 17, 2025 · Updated 9:15AM GMT')).toMatchObject({ day: 17, hour: 9, minute: 15 });
    expect(date('Updated 9:15AM GMT, 17 November 2025')).toMatchObject({ day: 17, hour: 9, minute: 15 });
  });

  it('reads the date before an author or before a time and an outlet behind slashes', () => {
    expect(parseDateline('Posted on November 4, 2025 by Jane Doe')).toMatchObject({ date: { year: 2025, month: 11, day: 4 } });
    expect(parseDateline('November 4, 2025 / 8:00 AM / Reuters')).toMatchObject({ outlet: 'Reuters', date: { year: 2025, month: 11, day: 4, hour: 8, minute: 0 } });
    expect(parseDateline('Source: Xinhua| 2025-11-04 08:00:00|Editor: Li Wei')).toMatchObject({ outlet: 'Xinhua', date: { year: 2025, month: 11, day: 4, hour: 8 } });
  });

  it('reads an outlet after the date, behind a separator', () => {
    expect(parseDateline('Nov 17, 2025 | Reuters')).toMatchObject({ outlet: 'Reuters', date: { year: 2025, month: 11, day: 17 } });
    expect(parseDateline('Published 17 November 2025 · 4 min read')).toMatchObject({ outlet: null, date: { day: 17 } });
  });

  it('rejects prose, impossible dates and long lines', () => {
    expect(parseDateline('The company said on March 5 that it would cut jobs.')).toBeNull();
    expect(parseDateline('Alibaba Group CEO Yongming Wu announced in an internal memo')).toBeNull();
    expect(parseDateline('Deep News13-45 20:01')).toBeNull();
    expect(parseDateline(`${'x'.repeat(130)} 2026-03-05`)).toBeNull();
  });
});

describe('parseInlineDateline(paragraph)', { timeout: 60_000 }, () => {
  it('reads a wire dateline that opens the first paragraph', () => {
    expect(parseInlineDateline('BEIJING, March 7 (Reuters) - China said')).toEqual({
      outlet: 'Reuters',
      length: 29,
      date: { year: null, month: 3, day: 7, hour: null, minute: null },
      dateStart: 9,
      dateEnd: 16,
    });
    expect(parseInlineDateline('SAN FRANCISCO, Calif., Jan. 5, 2026 (AP) — The firm')).toMatchObject({ outlet: 'AP', date: { year: 2026, month: 1, day: 5 } });
    expect(parseInlineDateline('WASHINGTON (AP) — The Senate')).toMatchObject({ outlet: 'AP', date: null });
  });

  it('reads a wire dateline without its city', () => {
    expect(parseInlineDateline('March 7 (Reuters) - Tesla said')).toEqual({
      outlet: 'Reuters',
      length: 20,
      date: { year: null, month: 3, day: 7, hour: null, minute: null },
      dateStart: 0,
      dateEnd: 7,
    });
    expect(parseInlineDateline('Sept. 7, 2025 (AP) — The firm')).toMatchObject({ outlet: 'AP', date: { year: 2025, month: 9, day: 7 } });
    expect(parseInlineDateline('(Bloomberg) -- Oil rose')).toMatchObject({ outlet: 'Bloomberg', date: null });
    expect(parseInlineDateline('Marching 7 (Reuters) - x')).toBeNull();
  });

  it('reads a city in title case and no dash when a date stands beside the agency, as PTI prints it', () => {
    expect(parseInlineDateline('Mumbai, Oct 28 (PTI) Non-banking lender Sahyadri Finance on Tuesday')).toMatchObject({
      outlet: 'PTI',
      length: 21,
      date: { year: null, month: 10, day: 28 },
    });
    expect(parseInlineDateline('LONDON, Nov. 4, 2025 — The company said')).toMatchObject({ outlet: '', length: 23, date: { year: 2025, month: 11, day: 4 } });
    expect(parseInlineDateline('Frankfurt, 5 June 2025 – The European Central Bank cut')).toMatchObject({ outlet: '', date: { year: 2025, month: 6, day: 5 } });
    // Without a date, a title-case opening is prose: "Mumbai (PTI) Lenders" could be a sentence's subject.
    expect(parseInlineDateline('Mumbai (PTI) Lenders rose')).toBeNull();
  });

  it('leaves ordinary openings alone', () => {
    expect(parseInlineDateline('Alibaba Group CEO Yongming Wu announced (in a memo) - that')).toBeNull();
    expect(parseInlineDateline('The company (Acme) - said')).toBeNull();
  });
});
