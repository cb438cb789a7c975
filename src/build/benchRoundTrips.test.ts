import { describe, expect, it } from 'vitest';
import { extraRoundTrips, FIRST_WINDOW_BYTES } from './benchRoundTrips';

describe('extraRoundTrips(bytes)', () => {
  it('costs nothing extra while the response fits the first window of 14,600 bytes', () => {
    expect(extraRoundTrips(1)).toBe(0);
    expect(extraRoundTrips(FIRST_WINDOW_BYTES)).toBe(0);
  });

  it('costs a whole round trip for one byte more, then one per doubled window', () => {
    expect(extraRoundTrips(FIRST_WINDOW_BYTES + 1)).toBe(1);
    // 10 + 20 segments arrive in two windows; the mobile profile caps the window at 21 segments.
    expect(extraRoundTrips(30 * 1460)).toBe(1);
    expect(extraRoundTrips(30 * 1460 + 1)).toBe(2);
    expect(extraRoundTrips(51 * 1460 + 1)).toBe(3);
  });

  it('caps the window at what the throughput carries in one round trip', () => {
    // 100 kbit/s for 150 ms is 1920 bytes: one segment a round trip, however far slow start got.
    expect(extraRoundTrips(3 * 1460, { rttMs: 150, throughputKbps: 100 })).toBe(2);
  });
});
