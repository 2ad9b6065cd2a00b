/** The connection monitor: a failed call starts probing with a growing delay until the core answers. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  connectionState,
  onConnectionChange,
  reportConnection,
  setConnectionProbe,
  type ConnectionState,
} from '../../../renderer/src/bridge/connection';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the connection monitor', () => {
  it('probes with backoff while the core is away and reports when it is back', async () => {
    const probes: number[] = [];
    const answers: ConnectionState[] = [
      'unreachable',
      'unreachable',
      'unreachable',
      'session_expired',
      'online',
    ];
    const start = Date.now();
    setConnectionProbe(async () => {
      probes.push(Date.now() - start);
      return answers.shift() ?? 'online';
    });
    const seen: ConnectionState[] = [];
    const off = onConnectionChange((state) => seen.push(state));

    reportConnection('unreachable');
    expect(connectionState()).toBe('unreachable');
    await vi.advanceTimersByTimeAsync(20_000);

    // 0.5 s, then 1 s, 2 s, and every 3 s after that.
    expect(probes).toEqual([500, 1500, 3500, 6500, 9500]);
    expect(seen).toEqual(['unreachable', 'session_expired', 'online']);
    expect(connectionState()).toBe('online');

    // Once back, nothing probes any more.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(probes).toHaveLength(5);
    off();
  });

  it('does not start a second probing loop while one runs', async () => {
    let probes = 0;
    setConnectionProbe(async () => {
      probes++;
      return probes >= 2 ? 'online' : 'unreachable';
    });
    reportConnection('unreachable');
    reportConnection('unreachable');
    reportConnection('unreachable');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probes).toBe(2);
    expect(connectionState()).toBe('online');
  });
});
