/**
 * `--test-clock`: a core clock the UI tests can set, through a route of the loopback
 * bridge (token-protected like every route, and only mounted when the flag is given).
 * Setting the clock runs a scheduler pass, as time passing would.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { instantSchema } from '../../shared/domain.js';
import type { Core } from '../core/core.js';
import { readJsonBody, sendJson, type BridgeRoute } from './bridge-server.js';

export const TEST_CLOCK_PATH = '/api/test/clock';

export interface SettableClock {
  now: () => Date;
  set: (instant: Date) => void;
}

/** Runs on from wherever it was last set, like a real clock. */
export function settableClock(): SettableClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    set: (instant) => {
      offset = instant.getTime() - Date.now();
    },
  };
}

const setRequest = z.object({ now: instantSchema });

export function testClockRoute(clock: SettableClock, getCore: () => Core): BridgeRoute {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (url.pathname !== TEST_CLOCK_PATH) return false;
    if (req.method === 'GET') {
      sendJson(res, 200, { ok: true, value: { now: clock.now().toISOString() } });
      return true;
    }
    if (req.method !== 'POST') return false;
    const parsed = setRequest.safeParse(await readJsonBody(req).catch(() => null));
    if (!parsed.success) {
      sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid_input', message: 'Send {"now": "<ISO instant>"}.' },
      });
      return true;
    }
    clock.set(new Date(parsed.data.now));
    const published = await getCore().scheduler.tick();
    sendJson(res, 200, { ok: true, value: { now: clock.now().toISOString(), published } });
    return true;
  };
}
