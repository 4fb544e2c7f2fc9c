import resourcesToBackend from 'i18next-resources-to-backend';
import type { Language } from './languages';

type Namespace = Record<string, unknown>;
type NamespaceModule = { default: Namespace };

// Every file under locales/<language>/<namespace>.ts is a namespace: a feature adds its own file and
// nothing else changes. Danish `common` ships with the first screen; every other namespace loads with the
// screen that uses it, so the first screen stays light. tests/i18n-parity.test.ts proves both
// languages have the same keys.
// Only the default language's `common` is bundled: English loads its `common` with its first screen.
const bundled = import.meta.glob<NamespaceModule>('./locales/da/common.ts', { eager: true });
const onDemand = import.meta.glob<NamespaceModule>(['./locales/*/*.ts', '!./locales/da/common.ts']);

const PATH = /\.\/locales\/(da|en)\/([\w-]+)\.ts$/;

export function bundledResources(): Record<Language, Record<string, Namespace>> {
  const resources: Record<Language, Record<string, Namespace>> = { da: {}, en: {} };
  for (const [path, module] of Object.entries(bundled)) {
    const match = PATH.exec(path);
    if (match) resources[match[1] as Language][match[2] as string] = module.default;
  }
  return resources;
}

/** Names of all namespaces that load on demand. */
export const ON_DEMAND_NAMESPACES: readonly string[] = [
  ...new Set(Object.keys(onDemand).map((path) => PATH.exec(path)?.[2] ?? '')),
].filter(Boolean);

export const namespaceBackend = resourcesToBackend((language: string, namespace: string) => {
  const load = onDemand[`./locales/${language}/${namespace}.ts`];
  return load
    ? load().then((module) => module.default)
    : Promise.reject(new Error(`No namespace ${namespace}`));
});
