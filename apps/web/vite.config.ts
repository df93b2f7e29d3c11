import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

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
  plugins: [react()],
  resolve: { alias: webLibraryAliases() },
  build: {
    outDir: `${root}/dist/apps/web`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2048,
  },
  server: {
    port: 4200,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
