/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { STALE_GUARD_SOURCE, precompress, prerenderPages } from './scripts/prerender-plugin.ts';

/**
 * The app talks to no one but itself. Only in the build: the dev server injects an inline
 * script (React refresh) that this policy would rightly block. Inline styles stay allowed
 * because React writes `style` attributes; blob: covers downloaded backups, PDFs and ICS files.
 * The one inline script allowed, by its hash, is the prerendered pages' stale-screen guard.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${STALE_GUARD_SOURCE}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'servicetjek-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const FRAMEWORK =
  /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|i18next-resources-to-backend|wouter|regexparam|zustand|use-sync-external-store)[\\/]/;

const PURE_TESTS = [
  'src/domain/**/*.test.ts',
  'src/content/**/*.test.ts',
  'src/export/**/*.test.ts',
  'src/live/**/*.test.ts',
  'scripts/**/*.test.mjs',
];
// Pure by folder, but they read i18n strings through i18next, so they need the preload.
const PURE_EXCEPTIONS = ['src/export/backup.test.ts'];

export default defineConfig({
  // Relative base: the build runs from any static host path, and from a USB stick.
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    // The static screens as HTML, hydrated by src/main.tsx; written before the service worker's precache list.
    prerenderPages({ plugins: () => [react()] }),
    VitePWA({
      // Never reload on its own: a silent update mid-meeting would reset the room's screen.
      registerType: 'prompt',
      injectRegister: null,
      manifest: {
        name: 'Servicetjek',
        short_name: 'Servicetjek',
        description:
          'Kør BFA’s værktøj »Giv jeres hybride arbejdsplads et servicetjek« fra vurdering til beslutning – også uden netværk.',
        lang: 'da',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#12355b',
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every built file, lazily loaded screens, the PDF library and its font included: after one visit
        // every screen works with the network gone.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,woff,woff2,ttf,json,webmanifest}'],
        globIgnores: ['.vite/**', '**/*.{br,gz}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    // .br and .gz beside every text file, after the service worker is written.
    precompress(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // scripts/bundle-size.mjs reads the manifest to measure what the first screen loads.
    manifest: true,
    modulePreload: {
      // Every browser the app supports preloads modules itself; the polyfill was 0.4 KB of the first screen.
      polyfill: false,
      // The first screen's chunk (the router's list of every screen, the language files) keeps no preload
      // lists: they named every chunk each screen needs, 1.4 KB of the first screen, growing with each
      // new chunk. A screen's imports are fetched as the browser reads them instead (one round trip more,
      // on the first visit only: the service worker precaches every file). Its CSS is still loaded first.
      // Everywhere else (the pages' entries, PDFs, the phone's ciphers) preloading stays.
      resolveDependencies: (_file, deps, { hostId, hostType }) =>
        hostType === 'js' && /(^|\/)boot-[\w-]+\.js$/.test(hostId) ? [] : deps,
    },
    rollupOptions: {
      // join.html is the phones' page (src/phone): its own light entry, none of the facilitator's app.
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        join: fileURLToPath(new URL('./join.html', import.meta.url)),
      },
      output: {
        // What every screen runs on, in one long-cached chunk: a few KB less than Rolldown's split of
        // it, so the first screen stays within its budget (scripts/bundle-size.mjs).
        codeSplitting: {
          groups: [{ name: 'framework', test: FRAMEWORK }],
        },
      },
    },
  },
  test: {
    globals: true,
    css: false,
    restoreMocks: true,
    testTimeout: 15000,
    // Pure modules run in plain Node, without a DOM or the i18n/toolkit preload: most of the
    // suite's files, at a fraction of the start-up cost. Screens and stores get jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          environment: 'node',
          include: PURE_TESTS,
          exclude: PURE_EXCEPTIONS,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: [
            'src/{app,components,features,i18n,lib,phone,state}/**/*.test.{ts,tsx}',
            'src/{content,domain,export}/**/*.test.tsx',
            'tests/**/*.test.{ts,tsx}',
            ...PURE_EXCEPTIONS,
          ],
          exclude: ['tests/e2e/**', 'node_modules/**'],
        },
      },
      {
        // The live relay (relay/), started on port 0 and driven by real Hocuspocus clients.
        extends: true,
        test: { name: 'relay', environment: 'node', include: ['relay/test/**/*.test.mjs'] },
      },
    ],
  },
});
