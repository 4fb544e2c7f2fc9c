import { describe, expect, it, vi } from 'vitest';
import { loadPerLanguage } from './load-per-language';

describe('loadPerLanguage', () => {
  it('loads each language once and marks the promise fulfilled for use()', async () => {
    const da = vi.fn(() => Promise.resolve('dansk'));
    const en = vi.fn(() => Promise.resolve('english'));
    const load = loadPerLanguage({ da, en });

    const first = load('da');
    expect(load('da')).toBe(first);
    expect(await first).toBe('dansk');
    expect(first).toMatchObject({ status: 'fulfilled', value: 'dansk' });
    expect(await load('en')).toBe('english');
    expect(da).toHaveBeenCalledTimes(1);
    expect(en).toHaveBeenCalledTimes(1);
  });

  it('leaves a failed load pending-free for the caller to handle', async () => {
    const load = loadPerLanguage({
      da: () => Promise.reject(new Error('offline')),
      en: () => Promise.resolve(1),
    });
    await expect(load('da')).rejects.toThrow('offline');
  });
});
