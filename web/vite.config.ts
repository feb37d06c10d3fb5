import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// One HTML page per screen: each gets its own title, focus start and history entry.
const pages = ['index', 'connexion', 'strategie', 'fiche', 'partenaires', 'administration', 'instances', 'reunion', 'securite', 'suivis', 'suivi', 'protection', 'diagnostic', 'observatoire', 'evaluation', 'publique', 'videoprotection', 'participation', 'financements'];
const root = import.meta.dirname;

export default defineConfig({
  root,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(pages.map((p) => [p, resolve(root, `${p}.html`)])),
    },
  },
});
