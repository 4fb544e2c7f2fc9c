import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createServer, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

interface PhonePrerender {
  drawPhonePage: () => string;
}

interface PrerenderEntry {
  PRERENDERED_PAGES: readonly { route: string; screen: string }[];
  fileForRoute: (route: string) => string;
  drawPage: (route: string) => Promise<string>;
}

const PRERENDER_ENTRY = '/src/app/prerender.tsx';
const PHONE_PRERENDER = '/src/phone/prerender.ts';

/**
 * The phone page (plain DOM, no React) draws its first state in a DOM that jsdom makes for the
 * moment; the page's script draws the same over it when it runs.
 */
async function drawPhone(load: (id: string) => Promise<Record<string, unknown>>): Promise<string> {
  // jsdom (a dev dependency of the tests) has no types of its own; this is the little used of it.
  const jsdom = 'jsdom';
  const { JSDOM } = (await import(jsdom)) as {
    JSDOM: new (html: string, options: { url: string }) => { window: Window & typeof globalThis };
  };
  const { window } = new JSDOM('<!doctype html><html lang="da"><body></body></html>', {
    url: 'http://localhost/join.html',
  });
  const globals = globalThis as Record<string, unknown>;
  const saved = { window: globals.window, document: globals.document };
  Object.assign(globals, { window, document: window.document });
  try {
    return ((await load(PHONE_PRERENDER)) as unknown as PhonePrerender).drawPhonePage();
  } finally {
    Object.assign(globals, saved);
    window.close();
  }
}

/** The service worker registration is the browser's business; the server render gets a quiet stand-in. */
function pwaRegisterStub(): Plugin {
  const id = '\0pwa-register-stub';
  return {
    name: 'servicetjek-pwa-register-stub',
    enforce: 'pre',
    resolveId: (source) => (source === 'virtual:pwa-register/react' ? id : undefined),
    load: (source) =>
      source === id
        ? `export function useRegisterSW() {
             const noop = () => {};
             return { needRefresh: [false, noop], offlineReady: [false, noop], updateServiceWorker: async () => {} };
           }`
        : undefined,
  };
}

/** A chunk and its static imports, each once, in load order. */
function chunkWithImports(manifest: Manifest, key: string, seen = new Set<string>()): ManifestChunk[] {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return [];
  seen.add(key);
  return [chunk, ...(chunk.imports ?? []).flatMap((imported) => chunkWithImports(manifest, imported, seen))];
}

/**
 * Runs in a prerendered page's head, before its first paint: when the address's hash names another
 * screen than the one drawn (an old link to `…/#/vurdering` opens the home page's HTML), it marks the
 * page stale, so its HTML stays hidden (styles.css) and the app draws the screen asked for afresh
 * (src/app/boot.tsx) instead of showing the wrong one for a moment. The same text on every page, so
 * the content security policy allows it by one hash and no other inline script runs.
 */
export const STALE_GUARD = `(()=>{const d=document.documentElement,p=location.hash.replace(/^#?\\/?/,"").split("?")[0];if(p&&"/"+p!==d.dataset.route)d.dataset.stale=""})()`;

/** The guard's CSP source (`'sha256-…'`), for the policy's script-src. */
export const STALE_GUARD_SOURCE = `'sha256-${createHash('sha256').update(STALE_GUARD).digest('base64')}'`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/**
 * One prerendered page from the built index.html: the screen's markup in #root (with the route it
 * was drawn for, which the browser entry hydrates), the entry's and the screen's CSS inline (no
 * stylesheet request before the first paint), the screen's title,
 * and every relative asset path corrected for the page's folder.
 */
export function pageHtml(options: {
  template: string;
  route: string;
  body: string;
  /** The CSS files to inline, in cascade order. */
  css: { file: string; text: string }[];
  /** The app's screens: named after their heading, guarded against a hash naming another screen. The
   * phone page keeps its own title, and its hash is the room's key, not a route. */
  appScreen?: boolean;
}): string {
  const { template, route, body, css, appScreen = true } = options;
  // Each inlined file is also named by a disabled link: it is never fetched, and Vite's loader sees
  // it is there, so a lazy screen that needs it does not add it again after the screen's own CSS
  // (which would let the shared rules win over the screen's and move things after hydration).
  const inline =
    `<style>${css.map(({ text }) => text).join('\n')}</style>\n` +
    css.map(({ file }) => `<link rel="stylesheet" href="./${file}" disabled>\n`).join('');
  const depth = route.split('/').filter(Boolean).length;
  const prefix = depth === 0 ? './' : '../'.repeat(depth);
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(body)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();
  const guard = appScreen ? `<script>${STALE_GUARD}</script>\n` : '';
  let html = template
    .replace(/<link rel="stylesheet"[^>]*>\s*/g, '')
    .replace('</head>', `${inline}${guard}</head>`)
    .replace(/<div id="root"><\/div>/, `<div id="root" data-route="${escapeHtml(route)}">${body}</div>`);
  if (appScreen)
    html = html.replace(/<html lang="da">/, `<html lang="da" data-route="${escapeHtml(route)}">`);
  // The PWA plugin names the app's manifest in every page; installed from a phone's page, it would put
  // the facilitator's app on a participant's home screen.
  else html = html.replace(/<link rel="manifest"[^>]*>/, '');
  if (heading && appScreen) html = html.replace(/<title>([^<]*)<\/title>/, `<title>${heading} · $1</title>`);
  if (depth > 0) html = html.replace(/(href|src)="\.\//g, `$1="${prefix}`);
  return html;
}

/**
 * Draws the static screens to HTML after the client build (React's `prerender` on the real app,
 * loaded through Vite in Node), before the service worker's precache list is made, so the pages
 * are precached and served offline for their own paths.
 */
export function prerenderPages(options: { plugins: () => PluginOption[] }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'servicetjek-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      async handler() {
        if (config.build.ssr) return;
        const outDir = resolve(config.root, config.build.outDir);
        const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const entryCss = manifest['index.html']?.css ?? [];
        const server = await createServer({
          configFile: false,
          root: config.root,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          resolve: { alias: config.resolve.alias },
          plugins: [pwaRegisterStub(), ...options.plugins()],
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const app = (await server.ssrLoadModule(PRERENDER_ENTRY)) as PrerenderEntry;
          for (const { route, screen } of app.PRERENDERED_PAGES) {
            const chunks = chunkWithImports(manifest, screen);
            if (chunks.length === 0) throw new Error(`Prerender: ${screen} is not a chunk of the build.`);
            const files = [
              ...new Set([...entryCss, ...[...chunks].reverse().flatMap((chunk) => chunk.css ?? [])]),
            ];
            const css = files.map((file) => ({ file, text: readFileSync(join(outDir, file), 'utf8') }));
            const body = await app.drawPage(route);
            const file = join(outDir, app.fileForRoute(route));
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, pageHtml({ template, route, body, css }));
          }
          // The phones' page, when the build has one: its "connecting" state, its own CSS inline.
          const phone = manifest['join.html'];
          if (phone) {
            const phoneTemplate = readFileSync(join(outDir, 'join.html'), 'utf8');
            const body = await drawPhone((id) => server.ssrLoadModule(id));
            const css = (phone.css ?? []).map((file) => ({
              file,
              text: readFileSync(join(outDir, file), 'utf8'),
            }));
            writeFileSync(
              join(outDir, 'join.html'),
              pageHtml({ template: phoneTemplate, route: '/', body, css, appScreen: false }),
            );
          }
        } finally {
          await server.close();
        }
      },
    },
  };
}

const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.webmanifest']);

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === '.vite') return [];
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * `.br` and `.gz` beside every text file of the build, for hosts that serve precompressed files
 * (nginx gzip_static/brotli_static, Caddy precompressed, IIS). Runs last, after the service worker
 * is written; the precache list never includes them (its patterns name the plain files only).
 */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'servicetjek-precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        if (config.build.ssr) return;
        for (const file of filesUnder(resolve(config.root, config.build.outDir))) {
          if (!COMPRESSIBLE.has(extname(file))) continue;
          const content = readFileSync(file);
          writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
          writeFileSync(
            `${file}.br`,
            brotliCompressSync(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
          );
        }
      },
    },
  };
}
