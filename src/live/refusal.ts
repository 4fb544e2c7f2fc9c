/**
 * Why the relay turned a connection away (docs/live-protocol.md), or why it could not be reached.
 * The relay sends one of these words; the screens put each into the user's language.
 */
export const REFUSAL_REASONS = [
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
  'unreachable',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** The reason in a refusal message; anything unrecognised counts as the relay being unreachable. */
export function refusalReason(message: string | undefined): RefusalReason {
  const text = message ?? '';
  return REFUSAL_REASONS.find((reason) => text.includes(reason)) ?? 'unreachable';
}
