/**
 * How many round trips a response's bytes take on a fresh TCP connection, the way
 * Lighthouse's simulation (lantern's TCPConnection) counts them: the first window of 10
 * segments of 1460 bytes arrives with the first byte, and each further round trip doubles
 * the window, up to what the throughput carries in one round trip. A page whose HTML just
 * crosses 14,600 bytes pays a whole extra round trip (150 ms on the mobile profile) before
 * anything can paint.
 */

/** TCP's initial congestion window, as lantern models it: 10 segments of 1460 bytes. */
export const INITIAL_WINDOW_SEGMENTS = 10;
export const SEGMENT_BYTES = 1460;
export const FIRST_WINDOW_BYTES = INITIAL_WINDOW_SEGMENTS * SEGMENT_BYTES;

/** Lighthouse's mobile profile ("slow 4G"): 150 ms round trips, 1.6 Mbit/s down. */
export const MOBILE_NETWORK = { rttMs: 150, throughputKbps: 1.6 * 1024 } as const;

/** Returns the round trips after the first byte that `bytes` need on a fresh connection (0: they fit the first window). */
export function extraRoundTrips(bytes: number, network: { rttMs: number; throughputKbps: number } = MOBILE_NETWORK): number {
  const bytesPerRoundTrip = ((network.throughputKbps * 1024) / 8) * (network.rttMs / 1000);
  const maxWindow = Math.max(1, Math.floor(bytesPerRoundTrip / SEGMENT_BYTES));
  let window = Math.min(INITIAL_WINDOW_SEGMENTS, maxWindow);
  let remaining = bytes - window * SEGMENT_BYTES;
  let trips = 0;
  while (remaining > 0) {
    trips++;
    window = Math.min(maxWindow, window * 2);
    remaining -= window * SEGMENT_BYTES;
  }
  return trips;
}
