import preferencesV1 from '../../tests/fixtures/preferences-v1.json';
import { existsSync } from 'node:fs';
import { PREFERENCES_VERSION, usePreferences } from './preferences-store';

describe('preferences fixtures of released versions', () => {
  it('restores preferences-v1.json with its language', async () => {
    usePreferences.setState({ language: 'da' });
    localStorage.setItem('servicetjek:preferences', JSON.stringify(preferencesV1));
    await usePreferences.persist.rehydrate();
    expect(usePreferences.getState().language).toBe('en');
  });

  it('falls back to Danish when the stored language is unknown', async () => {
    usePreferences.setState({ language: 'da' });
    localStorage.setItem('servicetjek:preferences', '{"state":{"language":"tlh"},"version":1}');
    await usePreferences.persist.rehydrate();
    expect(usePreferences.getState().language).toBe('da');
  });
});

describe('preferences versions', () => {
  it('has a fixture for every version up to the current one', () => {
    for (let version = 1; version <= PREFERENCES_VERSION; version += 1) {
      expect(existsSync(`tests/fixtures/preferences-v${version}.json`), `preferences-v${version}.json`).toBe(
        true,
      );
    }
  });

  it('keeps the language written by a newer version instead of dropping it', async () => {
    usePreferences.setState({ language: 'da' });
    localStorage.setItem(
      'servicetjek:preferences',
      JSON.stringify({ state: { language: 'en', theme: 'dark' }, version: PREFERENCES_VERSION + 1 }),
    );
    await usePreferences.persist.rehydrate();
    expect(usePreferences.getState().language).toBe('en');
  });
});
