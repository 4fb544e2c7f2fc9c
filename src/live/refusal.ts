import { REFUSAL_REASONS as RELAY_REFUSAL_REASONS } from '../../relay/src/refusal-reasons.mjs';

/**
 * Why the relay turned a connection away (docs/live-protocol.md), or why it could not be reached.
 * The relay sends one of these words (its own list); the screens put each into the user's language.
 * "unreachable" is the app's own: no relay answered at all.
 */
export const REFUSAL_REASONS = [...RELAY_REFUSAL_REASONS, 'unreachable'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** The reason in a refusal message; anything unrecognised counts as the relay being unreachable. */
export function refusalReason(message: string | undefined): RefusalReason {
  const text = message ?? '';
  return REFUSAL_REASONS.find((reason) => text.includes(reason)) ?? 'unreachable';
}
