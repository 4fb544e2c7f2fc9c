import { DEFAULT_LANGUAGE } from '@/i18n/languages';
import { joinRoom } from '@/live/phone-session';
import { loadRelayUrl } from '@/live/relay-config';
import { mountPhonePage, type Connect } from './phone-page';
import { loadLanguage } from './phone-storage';
import './phone.css';

// The phone page's entry (join.html): the vurderingsskema and the live link, nothing of the
// facilitator's app. The core reconnects after iOS wakes the page (pageshow/visibilitychange).

const connect: Connect = async ({ address, pidSecret, lastSeq }) => {
  const relayUrl = await loadRelayUrl();
  return relayUrl ? joinRoom({ relayUrl, address, pidSecret, lastSeq }) : null;
};

const root = document.getElementById('root');
if (root) {
  mountPhonePage(root, {
    initialLanguage: loadLanguage() ?? DEFAULT_LANGUAGE,
    hash: window.location.hash,
    connect,
  }).start();
}

// A new address pasted into the same tab: start afresh with it.
window.addEventListener('hashchange', () => window.location.reload());
