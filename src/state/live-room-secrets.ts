import type { RoomSecrets } from '@/live/facilitator-session';
import { safeStorage, STORAGE_PREFIX } from './storage';

/**
 * The room's secrets, kept on the facilitator's device so a reload re-opens the same room and the
 * phones' QR code stays valid. Never in the workspace: backups and exports carry no keys.
 */
const keyOf = (roundId: string) => `${STORAGE_PREFIX}live-room:${roundId}`;

export function readRoomSecrets(roundId: string): RoomSecrets | null {
  const raw = safeStorage.getItem(keyOf(roundId));
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<RoomSecrets>;
    const ok = [value.sid, value.k, value.facSecret].every(
      (part) => typeof part === 'string' && part.length > 0,
    );
    return ok ? (value as RoomSecrets) : null;
  } catch {
    return null;
  }
}

export function saveRoomSecrets(roundId: string, secrets: RoomSecrets): boolean {
  return safeStorage.setItem(keyOf(roundId), JSON.stringify(secrets));
}

export function forgetRoomSecrets(roundId: string): void {
  safeStorage.removeItem(keyOf(roundId));
}
