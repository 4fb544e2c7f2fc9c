import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';

// Builds bench/pdf-bench.html on its own, so the benchmark page never enters the app bundle.
export default defineConfig({
  root: fileURLToPath(new URL('./bench', import.meta.url)),
  base: './',
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    emptyOutDir: true,
    rollupOptions: { input: fileURLToPath(new URL('./bench/pdf-bench.html', import.meta.url)) },
  },
});
