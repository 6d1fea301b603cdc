// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import AstroPWA from '@vite-pwa/astro';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  site: 'https://rxtray.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    svelte(),
    mdx(),
    sitemap(),
    // Installable, and usable offline after the first visit: every page and asset is precached.
    AstroPWA({
      registerType: 'autoUpdate',
      injectRegister: false, // the layout registers /sw.js itself with a one-line inline script
      manifest: {
        name: 'RxTray — PTCE study',
        short_name: 'RxTray',
        description: 'Lessons, drug flashcards and practice for the pharmacy technician certification exam. Works offline.',
        start_url: '/',
        display: 'standalone',
        theme_color: '#0b6e69',
        background_color: '#f7f8fa',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,ico,png,webmanifest,json}'],
        globIgnores: ['screenshot-*.png'],
        navigateFallback: '/404/', // the integration precaches pages by directory URL
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // /search/?q=… is the precached /search/ page offline too.
        ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^q$/],
      },
    }),
  ],
  devToolbar: { enabled: false },
  vite: {
    // `@/…` is src/…, so lessons in content/ can import the pharmacy engine.
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  },
});
