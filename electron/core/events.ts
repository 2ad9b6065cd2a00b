/** A typed event bus from core to whoever shows the UI (Electron IPC, the bridge's stream). */
import { eventSchemas, type EventName, type EventPayload } from '../../shared/contract/index.js';

type Listener = (name: EventName, payload: unknown) => void;

export class CoreEvents {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const checked = eventSchemas[name].parse(payload);
    for (const listener of this.listeners) listener(name, checked);
  }

  /** Receives every event; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
