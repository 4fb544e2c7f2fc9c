// @ts-check
/**
 * The words the relay refuses a connection with (docs/live-protocol.md). The app puts each into
 * its users' language and reads this very list (src/live/refusal.ts), so the two cannot disagree.
 */
export const REFUSAL_REASONS = /** @type {const} */ ([
  'room-unknown',
  'bad-key',
  'forbidden',
  'room-full',
  'too-many-rooms',
  'bad-token',
  'too-many-connections',
  'too-many-documents',
  'message-too-large',
  'bad-message',
  'origin',
  'unavailable',
]);
