// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  site: 'https://rxtray.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [svelte(), mdx(), sitemap()],
  devToolbar: { enabled: false },
  vite: {
    // `@/…` is src/…, so lessons in content/ can import the pharmacy engine.
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  },
});
