import preferencesV1 from '../../tests/fixtures/preferences-v1.json';
import { usePreferences } from './preferences-store';

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
