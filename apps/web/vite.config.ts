import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The `@orbita/web/*` import paths of tsconfig.base.json, so the bundle resolves the web libraries as tsc does. */
function webLibraryAliases(): Record<string, string> {
  const base = JSON.parse(readFileSync(`${root}/tsconfig.base.json`, 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.fromEntries(
    Object.entries(base.compilerOptions.paths)
      .filter(([name]) => name.startsWith('@orbita/web/'))
      .map(([name, [target]]) => [name, `${root}/${target}`]),
  );
}

// `npm start` and production: the gateway serves dist/apps/web. `nx serve web`: Vite's dev server on
// 4200 with hot reload, passing /api to the gateway on 3000.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // A .gz and a .br beside each bundle, made once at build time: the gateway sends the one a browser accepts.
  plugins: [react(), compression({ algorithms: ['gzip', 'brotliCompress'], threshold: 1024 })],
  resolve: { alias: webLibraryAliases() },
  build: {
    outDir: `${root}/dist/apps/web`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      // The web libraries' index.ts only re-export. Told so, the bundler follows a re-export only where it
      // is used, so what only the lazy feature pages use (the data grid, most components) leaves the
      // first load instead of riding along with the barrel the app imports.
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]libs[\\/]web[\\/][^\\/]+[\\/]src[\\/]index\.ts$/, sideEffects: false },
        ],
      },
      // The packages the first screen needs, apart from the app's own code: their chunk keeps its hash
      // (and the browser's cached copy) across deploys. Packages only the lazy pages use stay with them.
      output: {
        codeSplitting: { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'] }] },
      },
    },
  },
  server: {
    port: 4200,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
