import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The page is served by app at /, so Maven packs it into the jar from target/classes/public.
export default defineConfig({
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../../../target/classes/public', import.meta.url)),
    emptyOutDir: true,
    target: 'es2021',
    // one small bundle: every screen is a few kilobytes, and one request suits slow mobile links
    modulePreload: false,
    cssCodeSplit: false,
    reportCompressedSize: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/login': 'http://localhost:8080',
      '/oauth': 'http://localhost:8080',
    },
  },
});
