/**
 * Whether the core can be reached. In browser mode the desk server can stop (closed
 * terminal, restart) while the page stays open: the transport reports what each request
 * saw, and while the core is away this module probes `app:status` with a growing delay
 * (0.5 s, 1 s, 2 s, then every 3 s) until it answers again, so the UI can show a banner
 * and then pick up where it was.
 */
export type ConnectionState = 'online' | 'unreachable' | 'session_expired';

type Probe = () => Promise<ConnectionState>;

const BACKOFF_MS = [500, 1000, 2000, 3000];

let state: ConnectionState = 'online';
let probe: Probe | null = null;
let probing = false;
const listeners = new Set<(state: ConnectionState) => void>();

export function connectionState(): ConnectionState {
  return state;
}

/** Calls `listener` on every change; returns the unsubscribe function. */
export function onConnectionChange(listener: (state: ConnectionState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The transport tells what a request saw; anything but 'online' starts the probing loop. */
export function reportConnection(next: ConnectionState): void {
  if (next !== state) {
    state = next;
    for (const listener of [...listeners]) listener(next);
  }
  if (next !== 'online') void probeUntilBack();
}

/** The transport's way to ask "are you there?" without going through {@link reportConnection}. */
export function setConnectionProbe(next: Probe): void {
  probe = next;
}

/** Checks once now (after an event-stream error, say) whether the core is still there. */
export function checkConnection(): void {
  if (!probe || probing) return;
  void probe().then(reportConnection);
}

async function probeUntilBack(): Promise<void> {
  if (probing || !probe) return;
  probing = true;
  try {
    for (let attempt = 0; ; attempt++) {
      const delay = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)] ?? 3000;
      await new Promise((resolve) => setTimeout(resolve, delay));
      const seen = await probe();
      if (seen === 'online') {
        probing = false;
        reportConnection('online');
        return;
      }
      if (seen !== state) {
        state = seen;
        for (const listener of [...listeners]) listener(seen);
      }
    }
  } finally {
    probing = false;
  }
}
