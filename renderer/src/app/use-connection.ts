/** The core's reachability as React state (see bridge/connection.ts). */
import { useSyncExternalStore } from 'react';
import { connectionState, onConnectionChange, type ConnectionState } from '../bridge/connection';

export function useConnection(): ConnectionState {
  return useSyncExternalStore(onConnectionChange, connectionState);
}
