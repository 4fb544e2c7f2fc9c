import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import i18next from 'i18next';
import type { Language } from '@/i18n/languages';
import { usePreferences } from '@/state/preferences-store';

/**
 * Render a screen at a route with the real store and i18n. Returns the memory location's
 * history, so a test can assert where a link or button navigated.
 */
export function renderAt(ui: ReactElement, { path = '/', language = 'da' as Language } = {}) {
  usePreferences.setState({ language });
  void i18next.changeLanguage(language);
  const location = memoryLocation({ path, record: true });
  const result = render(<Router hook={location.hook}>{ui}</Router>);
  return { ...result, history: location.history, navigate: location.navigate };
}
