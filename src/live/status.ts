import type { RefusalReason } from './refusal';

/** Where a device's link to the relay stands, for the banner and the phone's screen. */
export type LiveStatus =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'offline' }
  | { kind: 'refused'; reason: RefusalReason };
