import { describe, expect, it } from 'vitest';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** Plural keys differ between languages only by CLDR category; compare their stems. */
function stem(path: string): string {
  return path.replace(/_(zero|one|two|few|many|other)$/, '');
}

type Namespace = Record<string, unknown>;
const modules = import.meta.glob<{ default: Namespace }>('/src/i18n/locales/*/*.ts', { eager: true });
const resources: Record<'da' | 'en', Record<string, Namespace>> = { da: {}, en: {} };
for (const [path, module] of Object.entries(modules)) {
  const [, language, namespace] = /locales\/(da|en)\/([\w-]+)\.ts$/.exec(path) ?? [];
  if (language && namespace) resources[language as 'da' | 'en'][namespace] = module.default;
}

describe('UI strings', () => {
  it('has the same namespaces in Danish and English', () => {
    expect(Object.keys(resources.en).sort()).toEqual(Object.keys(resources.da).sort());
    expect(Object.keys(resources.da)).toContain('common');
  });

  it.each(Object.keys(resources.da))('namespace %s has the same keys in both languages', (namespace) => {
    const da = new Set(keyPaths(resources.da[namespace]).map(stem));
    const en = new Set(keyPaths(resources.en[namespace]).map(stem));
    expect([...en].filter((key) => !da.has(key))).toEqual([]);
    expect([...da].filter((key) => !en.has(key))).toEqual([]);
  });

  it.each(['da', 'en'] as const)('has no empty strings in %s', (language) => {
    const empty = Object.entries(resources[language]).flatMap(([namespace, tree]) =>
      keyPaths(tree)
        .filter((path) => {
          const value = path
            .split('.')
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree);
          return typeof value === 'string' && value.trim() === '';
        })
        .map((path) => `${namespace}:${path}`),
    );
    expect(empty).toEqual([]);
  });
});
