/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// app serves the console from its classpath under /admin (see app's AdminPageController)
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // the contest page's Markdown renderer, used as is: the preview shows what contestants see
      '@contest-page': fileURLToPath(new URL('../app/src/main/web/src', import.meta.url)),
    },
  },
  build: {
    outDir: '../app/target/classes/admin',
    emptyOutDir: true,
    // the console's shell (menu, antd's core) is about 600 kB; warn if a screen's library lands in it again
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: {
        // React, the shared helpers, the charts and the Markdown renderer get chunks of their own: they change less often
        // than the console and stay cached across releases, and the charts and the Markdown renderer
        // load only with the screens that use them. antd is left to Rollup, which puts what the shell
        // needs in the entry and each screen's heavier widgets (table, date picker, upload) with the
        // screens that use them. The small helpers React and the others share go with React, or the
        // entry would have to preload the charts to get them.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          // React alone is what the login needs; the router and the helpers antd shares go with the console
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (/node_modules\/(react-router|react-router-dom|react-is|prop-types|@babel\/runtime|clsx)\//.test(id)) return 'vendor';
          if (/node_modules\/(recharts|recharts-scale|react-smooth|d3-[^/]+|victory-vendor|internmap|decimal\.js-light|lodash)\//.test(id)) return 'charts';
          if (/node_modules\/(marked|dompurify)\//.test(id)) return 'markdown';
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/login': 'http://localhost:8080', '/oauth': 'http://localhost:8080' },
    // the labels live beside the Java exports that read them too (app/src/main/resources/labels), and the
    // Markdown preview uses the contest page's own renderer (app/src/main/web, through '@contest-page')
    fs: { allow: ['.', '../app/src/main/resources/labels', '../app/src/main/web'] },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    // antd renders slowly in jsdom on a busy 2-core machine
    testTimeout: 90_000,
    include: ['src/**/__tests__/**/*.test.{ts,tsx}'],
  },
});
