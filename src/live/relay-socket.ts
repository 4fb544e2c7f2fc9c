import { HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';

/**
 * One socket to the relay per device, shared by all its documents (Hocuspocus multiplexing).
 *
 * Phones sleep: iOS suspends a page's socket without closing it, and the provider only notices after
 * its 30-second silence check (ueberdosis/hocuspocus#661). When the page is shown again after a while,
 * the socket is rebuilt at once, and Yjs sends whatever was written meanwhile.
 */
export interface RelaySocket {
  readonly socket: HocuspocusProviderWebsocket;
  onConnection(listener: (connected: boolean) => void): () => void;
  /** A new socket at once: the relay answers each document's authentication once per socket. */
  reconnect(): void;
  destroy(): void;
}

const WAKE_AFTER_MS = 3_000;

export function openRelaySocket(url: string, WebSocketPolyfill?: unknown): RelaySocket {
  const socket = new HocuspocusProviderWebsocket({
    url,
    ...(WebSocketPolyfill ? { WebSocketPolyfill } : {}),
    // A room's meeting is short: retry quickly, never give up while the page is open.
    delay: 500,
    minDelay: 500,
    maxDelay: 5_000,
  });
  const listeners = new Set<(connected: boolean) => void>();
  const onStatus = ({ status }: { status: WebSocketStatus }) => {
    for (const listener of listeners) listener(status === WebSocketStatus.Connected);
  };
  socket.on('status', onStatus);

  let hiddenAt: number | null = null;
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      hiddenAt = performance.now();
      return;
    }
    const slept = hiddenAt !== null && performance.now() - hiddenAt > WAKE_AFTER_MS;
    hiddenAt = null;
    if (slept) reconnect();
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) reconnect();
  };
  // connect() right after disconnect() is a no-op while the old socket is still closing (its status
  // is still "connected"), so the new one is opened once the old one has closed.
  const reconnect = () => {
    if (socket.status === WebSocketStatus.Disconnected) {
      void socket.connect();
      return;
    }
    const onClosed = () => {
      socket.off('disconnect', onClosed);
      void socket.connect();
    };
    socket.on('disconnect', onClosed);
    socket.disconnect();
  };
  const hasDocument = typeof document !== 'undefined';
  if (hasDocument) {
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pageshow', onPageShow);
  }

  return {
    socket,
    onConnection(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reconnect,
    destroy() {
      if (hasDocument) {
        document.removeEventListener('visibilitychange', onVisibility);
        window.removeEventListener('pageshow', onPageShow);
      }
      socket.off('status', onStatus);
      listeners.clear();
      socket.destroy();
    },
  };
}
