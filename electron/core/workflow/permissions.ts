/**
 * Who is acting, and the role checks every handler uses. The role comes from the store's
 * profile; the core enforces it here and answers `forbidden`, the UI only reflects it.
 */
import type { Role, Settings } from '../../../shared/domain.js';
import { AppError } from '../../../shared/errors.js';

export interface Actor {
  name: string;
  role: Role;
}

/** Anything that can tell who the current user is: the core, or a test's stand-in. */
export interface HasSettings {
  readonly settings: Settings;
}

export function currentActor(source: HasSettings): Actor {
  return { name: source.settings.profile.name, role: source.settings.profile.role };
}

/** Throws `forbidden` unless the current user is the desk chief; returns the actor. */
export function requireDeskChief(source: HasSettings, what = 'do this'): Actor {
  const actor = currentActor(source);
  if (actor.role !== 'desk_chief') {
    throw new AppError('forbidden', `Only the desk chief can ${what}.`, { role: actor.role });
  }
  return actor;
}

/** The scheduler acts with the desk chief's authority that scheduled the article. */
export const SCHEDULER_ACTOR: Actor = { name: 'Scheduler', role: 'desk_chief' };
