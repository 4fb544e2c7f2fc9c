import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/i18n/languages';
import type { LiveConfig } from '@/live/relay-config';
import { readRoomSecrets } from './live-room-secrets';
import { liveTargetKey, useMeetingLiveLink, type LiveTarget } from './meeting-live-link';

/**
 * Keeps a meeting's or a stop op's room connected while one of its screens is open and phones are in
 * use: after a reload, or in the presenter window, the same room (and QR code) comes back by itself.
 */
export function useLiveRoom(target: LiveTarget | null, live: boolean, config: LiveConfig | null) {
  const connect = useMeetingLiveLink((s) => s.connect);
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'da';
  const key = target ? liveTargetKey(target) : null;
  const hasKeys = live && key !== null && readRoomSecrets(key) !== null;
  const title = target?.kind === 'meeting' ? target.title : '';
  useEffect(() => {
    if (target && hasKeys && config) void connect(target, config, language);
    // The target is rebuilt on every render; its key and title say all that matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [connect, hasKeys, key, title, config, language]);
  const linked = useMeetingLiveLink((s) => s.key !== null && s.key === key);
  return { hasKeys, linked };
}
