// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import AstroPWA from '@vite-pwa/astro';
import { fileURLToPath } from 'node:url';
import rxtraySite from './src/build/site.ts';

export default defineConfig({
  site: 'https://rxtray.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [
    // Base-prefixed lesson links; after the build: link check, CSP on every page, dist/_headers. Before AstroPWA,
    // so the service worker precaches the pages as this step leaves them.
    rxtraySite(),
    svelte(),
    mdx(),
    sitemap(),
    // Installable, and usable offline after the first visit: every page and asset is precached.
    AstroPWA({
      // A new version waits until the learner chooses to reload (UpdatePrompt.astro), never mid-study.
      registerType: 'prompt',
      injectRegister: false, // UpdatePrompt.astro registers withBase('/sw.js')
      manifest: {
        name: 'RxTray — PTCE study',
        short_name: 'RxTray',
        description: 'Lessons, drug flashcards and practice for the pharmacy technician certification exam. Works offline.',
        // start_url and scope default to Astro's base; icon URLs are relative to the manifest, so any base works.
        display: 'standalone',
        theme_color: '#0b6e69',
        background_color: '#f7f8fa',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,ico,png,webmanifest,json}'],
        globIgnores: ['screenshot-*.png'],
        // Precache the files exactly as they are in dist/ ("learn/index.html", "404.html"): the integration's own
        // transform invents directory URLs such as "404/", which a plain static host answers with a 404.
        // Navigations to "learn/" still find "learn/index.html" through workbox's directoryIndex.
        manifestTransforms: [],
        // An unknown URL goes to the network (a real 404 online); only offline does it get the cached 404 page.
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: ({ request }) => request.mode === 'navigate',
            handler: 'NetworkOnly',
            options: { precacheFallback: { fallbackURL: '404.html' } },
          },
        ],
        // The first visit is controlled at once (offline-ready without a reload); updates still wait for the prompt.
        clientsClaim: true,
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
