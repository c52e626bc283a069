import { useSyncExternalStore } from 'react';

/** The state of the live (WebSocket) connection, shown unobtrusively in the header. */
export type LiveState = 'idle' | 'connecting' | 'live' | 'reconnecting';

let state: LiveState = 'idle';
const listeners = new Set<() => void>();

export function setLiveState(next: LiveState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

export function useLiveState(): LiveState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
