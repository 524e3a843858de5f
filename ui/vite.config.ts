import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The UI is served from inside the app (tauri://localhost), never from a network. Assets are
// always emitted as files: inline `data:` URLs would need a weaker Content-Security-Policy.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  // The catalogues live at the repository root (locales/, shared with the core): the dev server
  // may read them; a build bundles them as text.
  server: { port: 5173, strictPort: true, host: 'localhost', fs: { allow: ['..'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'safari15',
    assetsInlineLimit: 0,
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
    globals: true,
  },
});
