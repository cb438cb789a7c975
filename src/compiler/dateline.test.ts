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
    expect(parseDateline('Xinhua 2026-03-05 14:30 GMT+8')).toMatchObject({ outlet: 'Xinhua', date: { hour: 14, minute: 30 } });
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

  it('leaves ordinary openings alone', () => {
    expect(parseInlineDateline('Alibaba Group CEO Yongming Wu announced (in a memo) - that')).toBeNull();
    expect(parseInlineDateline('The company (Acme) - said')).toBeNull();
  });
});
