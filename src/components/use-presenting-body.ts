import { useEffect } from 'react';
import './presenting.css';

/**
 * Hides the app's header and footer while a projector view is on screen. Its CSS loads with the
 * projector views only, so the first screen does not carry it.
 */
export function usePresentingBody() {
  useEffect(() => {
    document.body.classList.add('presenting');
    return () => document.body.classList.remove('presenting');
  }, []);
}
