import { describe, expect, it } from 'vitest';
import type { TimeFact, TimelineEvent } from '../schema/bundle';
import { createTimelineScale, DEFAULT_METRICS, RECENT_MONTHS, timeInterval, wrapTitle } from './timelineScale';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const span = (t: Parameters<typeof timeInterval>[0]) => timeInterval(t).map(iso);

function time(id: string, resolved: string, precision: TimeFact['precision'], modifier: TimeFact['modifier'] = null): TimeFact {
  return { id, text: id, start: 0, end: 1, sentence: 's', resolved, precision, modifier, relative: false, anchor: null };
}
function event(id: string, lane: string, t: string, title = `Event ${id}`): TimelineEvent {
  return { id, lane, title, time: t, sentence: 's' };
}

describe('timeInterval(t)', () => {
  it('covers the whole year for a bare year', () => {
    expect(span({ resolved: '2000', precision: 'year', modifier: null })).toEqual(['2000-01-01', '2001-01-01']);
  });
  it('covers a third of the year for early, mid and late', () => {
    expect(span({ resolved: '2000', precision: 'year', modifier: 'early' })).toEqual(['2000-01-01', '2000-05-01']);
    expect(span({ resolved: '2000', precision: 'year', modifier: 'mid' })).toEqual(['2000-05-01', '2000-09-01']);
    expect(span({ resolved: '2000', precision: 'year', modifier: 'late' })).toEqual(['2000-09-01', '2001-01-01']);
  });
  it('covers a month, a third of a month, a day', () => {
    expect(span({ resolved: '2000-02', precision: 'month', modifier: null })).toEqual(['2000-02-01', '2000-03-01']);
    expect(span({ resolved: '2000-01', precision: 'month', modifier: 'early' })).toEqual(['2000-01-01', '2000-01-11']);
    expect(span({ resolved: '2000-01', precision: 'month', modifier: 'late' })).toEqual(['2000-01-21', '2000-02-01']);
    expect(span({ resolved: '2000-12-31', precision: 'day', modifier: null })).toEqual(['2000-12-31', '2001-01-01']);
  });
  it('covers three months for a quarter and six for a half', () => {
    expect(span({ resolved: '2000-Q4', precision: 'quarter', modifier: null })).toEqual(['2000-10-01', '2001-01-01']);
    expect(span({ resolved: '2000-H1', precision: 'half', modifier: null })).toEqual(['2000-01-01', '2000-07-01']);
    expect(span({ resolved: '2000-H2', precision: 'half', modifier: 'early' })).toEqual(['2000-07-01', '2000-09-01']);
    expect(span({ resolved: '2000-Q1', precision: 'quarter', modifier: 'late' })).toEqual(['2000-03-01', '2000-04-01']);
  });
  it('covers one minute for a minute', () => {
    const [a, b] = timeInterval({ resolved: '2000-01-02T03:04', precision: 'minute', modifier: null });
    expect(a.toISOString()).toBe('2000-01-02T03:04:00.000Z');
    expect(b.getTime() - a.getTime()).toBe(60_000);
  });
  it('draws "recent" as a span that ends where the resolved date ends', () => {
    const [a, b] = timeInterval({ resolved: '2000-06-15', precision: 'day', modifier: 'recent' });
    expect(iso(b)).toBe('2000-06-16');
    expect(iso(a)).toBe(`2000-0${6 - RECENT_MONTHS}-15`);
  });
});

describe('createTimelineScale(events, times, width)', () => {
  const times = [
    time('t1', '2000', 'year'),
    time('t2', '2003-05', 'month'),
    time('t3', '2001', 'year', 'early'),
    time('t4', '2003-05-20', 'day'),
    time('t5', '2003-05', 'month', 'recent'),
  ];
  const lanes = [
    { id: 'a', label: 'Lane A' },
    { id: 'b', label: 'Lane B' },
    { id: 'unused', label: 'Nobody' },
  ];
  const events = [event('e1', 'a', 't1'), event('e2', 'a', 't2'), event('e3', 'b', 't3'), event('e4', 'a', 't4'), event('e5', 'b', 't5')];
  const layout = createTimelineScale(events, times, 720, { lanes });

  it('pads the domain to the start of the first year and a little past the last end', () => {
    expect(iso(layout.domain[0])).toBe('2000-01-01');
    expect(layout.domain[1].getTime()).toBeGreaterThan(Date.UTC(2003, 5, 1));
    expect(layout.domain[1].getTime()).toBeLessThanOrEqual(Date.UTC(2003, 7, 1));
  });

  it('ticks every whole year inside the domain, at its x', () => {
    expect(layout.ticks.map((t) => t.label)).toEqual(['2000', '2001', '2002', '2003']);
    expect(layout.ticks[0]!.x).toBe(0);
    for (const t of layout.ticks) expect(t.x).toBeGreaterThanOrEqual(0);
  });

  it('orders events by time across lanes, ties by end then by bundle order', () => {
    expect(layout.events.map((e) => e.id)).toEqual(['e1', 'e3', 'e5', 'e2', 'e4']);
    expect(layout.events.map((e) => e.order)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the lanes in story order and leaves out lanes without events', () => {
    expect(layout.lanes.map((l) => l.id)).toEqual(['a', 'b']);
    const [a, b] = layout.lanes;
    expect(b!.top).toBeGreaterThan(a!.top + a!.height);
    expect(layout.axisY).toBeGreaterThan(b!.top + b!.height - 1);
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });

  it('draws a year as a bar of a year and a day as a point', () => {
    const e1 = layout.events.find((e) => e.id === 'e1')!;
    const yearWidth = layout.ticks[1]!.x - layout.ticks[0]!.x;
    expect(e1.point).toBe(false);
    expect(e1.x1 - e1.x0).toBeCloseTo(yearWidth, 5);
    const e4 = layout.events.find((e) => e.id === 'e4')!;
    expect(e4.point).toBe(true);
    expect(e4.x1).toBe(e4.x0);
  });

  it('keeps every label inside the width and turns labels near the right edge around', () => {
    for (const e of layout.events) {
      expect(e.labelLeft).toBeGreaterThanOrEqual(0);
      expect(e.labelLeft + e.labelWidth).toBeLessThanOrEqual(720 + 1e-9);
    }
    expect(layout.events.find((e) => e.id === 'e4')!.anchor).toBe('end');
    expect(layout.events.find((e) => e.id === 'e1')!.anchor).toBe('start');
  });

  it('never lets two labels overlap, nor a leader line run through another label', () => {
    // Five more events in the busiest month: they fit, in both rows, slid apart.
    const crowded = Array.from({ length: 5 }, (_, i) => event(`c${i}`, 'a', i % 2 ? 't2' : 't4', 'A rather long title that wraps over lines'));
    const dense = createTimelineScale([...events, ...crowded], times, 960, { lanes });
    expect(dense.fits).toBe(true);
    expect(dense.lanes[0]!.rows).toBe(2);
    const inside = (x: number, y0: number, y1: number, box: (typeof dense.events)[number]) =>
      x > box.labelLeft + 1 && x < box.labelLeft + box.labelWidth - 1 && Math.max(y0, y1) > box.labelTop + 1 && Math.min(y0, y1) < box.labelTop + box.labelHeight - 1;
    for (const a of dense.events) {
      for (const b of dense.events) {
        if (a === b || a.lane !== b.lane) continue;
        const apart =
          a.labelLeft + a.labelWidth + DEFAULT_METRICS.labelGap <= b.labelLeft + 1e-6 ||
          b.labelLeft + b.labelWidth + DEFAULT_METRICS.labelGap <= a.labelLeft + 1e-6 ||
          a.labelTop + a.labelHeight <= b.labelTop ||
          b.labelTop + b.labelHeight <= a.labelTop;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
        // b's leader: from its mark to the elbow, then down (or up) into b's own label.
        const { from, to, startY, kneeY, endY } = b.leader;
        expect(inside(from, startY, kneeY, a), `${b.id}'s leader through ${a.id}`).toBe(false);
        expect(inside(to, kneeY, endY, a), `${b.id}'s leader through ${a.id}`).toBe(false);
      }
    }
  });

  it('says when a lane is too crowded to draw at a width', () => {
    const crowded = Array.from({ length: 12 }, (_, i) => event(`c${i}`, 'a', i % 2 ? 't2' : 't4'));
    expect(createTimelineScale([...events, ...crowded], times, 480, { lanes }).fits).toBe(false);
    expect(layout.fits).toBe(true);
  });

  it('keeps the chart compact: a sparse lane takes one row, and labels sit at their marks', () => {
    const sparse = createTimelineScale([event('e1', 'a', 't1'), event('e2', 'a', 't2')], times, 960, { lanes });
    expect(sparse.lanes[0]!.rows).toBe(1);
    for (const e of sparse.events) expect(e.leader.from).toBe(e.leader.to);
  });

  it('stacks marks whose intervals overlap under the track, and leaves touching bars on it', () => {
    const t = [time('y1', '2000', 'year'), time('y2', '2001', 'year'), time('in', '2001-03', 'month'), time('dup', '2001-03', 'month')];
    const l = createTimelineScale([event('a', 'a', 'y1'), event('b', 'a', 'y2'), event('c', 'a', 'in'), event('d', 'a', 'dup')], t, 640, { lanes });
    const y = Object.fromEntries(l.events.map((e) => [e.id, e.markY - e.trackY]));
    expect(y.a).toBe(0);
    expect(y.b).toBe(0);
    expect(y.c).toBe(DEFAULT_METRICS.markStep);
    expect(y.d).toBe(2 * DEFAULT_METRICS.markStep);
    // Labels start below the deepest mark.
    for (const e of l.events) expect(e.labelTop).toBeGreaterThan(e.trackY + 2 * DEFAULT_METRICS.markStep);
  });

  it('gives a long date two lines of room', () => {
    const t = [time('r', '2000-06-15', 'day', 'recent'), time('y', '2000', 'year')];
    const l = createTimelineScale([event('r', 'a', 'r'), event('y', 'a', 'y')], t, 640, { lanes });
    const r = l.events.find((e) => e.id === 'r')!;
    const y = l.events.find((e) => e.id === 'y')!;
    expect(r.dateLines.length).toBe(2);
    expect(y.dateLines).toEqual(['2000']);
    expect(r.labelHeight - y.labelHeight).toBe(DEFAULT_METRICS.dateHeight);
  });

  it('skips events whose time is unknown and copes with none at all', () => {
    expect(createTimelineScale([event('x', 'a', 'missing')], times, 500).events).toEqual([]);
    const empty = createTimelineScale([], [], 500);
    expect(empty.events).toEqual([]);
    expect(empty.lanes).toEqual([]);
  });

  it('gives an undeclared lane a lane of its own', () => {
    const l = createTimelineScale([event('x', 'z', 't1')], times, 500, { lanes });
    expect(l.lanes.map((x) => x.id)).toEqual(['z']);
  });
});

describe('wrapTitle(title, metrics)', () => {
  const m = { labelWidth: 100, labelPadding: 0, charWidth: 10, maxLines: 2 };
  it('breaks at words within the line length', () => {
    expect(wrapTitle('aaa bbb ccc', m)).toEqual(['aaa bbb', 'ccc']);
  });
  it('keeps a single long word whole and ellipses past the last line', () => {
    expect(wrapTitle('abcdefghijklmnop', m)).toEqual(['abcdefghijklmnop']);
    expect(wrapTitle('aaaa bbbb cccc dddd eeee ffff', m)).toEqual(['aaaa bbbb', 'cccc dddd…']);
  });
});
