import { DEFAULT_LANGUAGE } from '@/i18n/languages';
import { loadRelayUrl } from '@/live/relay-config';
import { mountPhonePage, type Connect } from './phone-page';
import { loadLanguage } from './phone-storage';
import './phone.css';

// The phone page's entry (join.html): the vurderingsskema and the live link, nothing of the
// facilitator's app. The core reconnects after iOS wakes the page (pageshow/visibilitychange).

// The live engine (Yjs, Hocuspocus: most of the page's script) loads while the page is drawn, not
// before: a phone on slow guest Wi-Fi sees "Forbinder …" or what is wrong with its address sooner.
const connect: Connect = async ({ address, pidSecret, lastSeq }) => {
  const [relayUrl, { joinRoom }] = await Promise.all([loadRelayUrl(), import('@/live/phone-session')]);
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
