import { safeStorage } from './storage';
import { useStorageStatus } from './storage-status';

afterEach(() => useStorageStatus.setState({ problem: null }));

describe('safeStorage', () => {
  it('reports a full quota and keeps going', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(safeStorage.setItem('k', 'v')).toBe(false);
    expect(useStorageStatus.getState().problem).toBe('full');
  });

  it('reports storage that refuses access, as in a private window', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(safeStorage.getItem('k')).toBeNull();
    expect(useStorageStatus.getState().problem).toBe('unavailable');
  });

  it('stores and lists keys by prefix when all is well', () => {
    safeStorage.setItem('servicetjek:a', '1');
    safeStorage.setItem('other', '2');
    expect(safeStorage.keys('servicetjek:')).toEqual(['servicetjek:a']);
    expect(useStorageStatus.getState().problem).toBeNull();
  });
});
