// Vite build of the explorer: ui/ → ui/dist/, everything bundled (no CDN), served by the API server at /.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const uiDir = fileURLToPath(new URL('.', import.meta.url));
const repoDir = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: uiDir,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Cytoscape alone is ~400 kB minified; one bundle is fine for an offline desk tool.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // The UI reuses small pure modules from graph/ (CSV cells), so the dev server may read the repo.
    fs: { allow: [repoDir] },
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}`, '/openapi.json': `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
});
