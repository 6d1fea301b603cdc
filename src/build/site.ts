/**
 * The build's deploy steps, as one Astro integration (listed before the PWA integration, which precaches
 * what this writes):
 * - lessons' root-absolute Markdown links get Astro's `base` (see base-links.ts);
 * - every internal link and #anchor in the built site must resolve, or the build fails naming page and link;
 * - every page gets a Content-Security-Policy <meta> with the hashes of the inline scripts it contains,
 *   and dist/_headers carries the same policy as a header for hosts that read it (Netlify, Cloudflare Pages).
 */
import type { AstroIntegration } from 'astro';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseLinks } from './base-links';
import { contentSecurityPolicy, netlifyHeaders, withCspMeta } from '../lib/site/csp';
import { inlineScripts } from '../lib/site/html';
import { findBrokenLinks, formatBrokenLinks, pagePath, readPageLinks, type PageLinks } from '../lib/site/links';

/** Base64 SHA-256 of a script's text, as CSP hash sources want it. */
export const scriptHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

export default function rxtraySite(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'rxtray-site',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ markdown: { processor: satteri({ hastPlugins: [baseLinks(config.base)] }) } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await listFiles(root);
        const htmlFiles = files.filter((f) => f.endsWith('.html'));
        const html = new Map(await Promise.all(htmlFiles.map(async (f) => [f, await readFile(join(root, f), 'utf8')] as const)));

        const pages = new Map<string, PageLinks>([...html].map(([file, text]) => [pagePath(file), readPageLinks(text)]));
        const broken = findBrokenLinks({ pages, files: new Set(files.map((f) => `/${f}`)), base, ...(site ? { site } : {}) });
        if (broken.length > 0) throw new Error(formatBrokenLinks(broken));
        logger.info(`links: every internal link and #anchor of ${pages.size} pages resolves`);

        const everyHash = new Set<string>();
        await Promise.all(
          [...html].map(async ([file, text]) => {
            const hashes = inlineScripts(text).map(scriptHash);
            hashes.forEach((h) => everyHash.add(h));
            await writeFile(join(root, file), withCspMeta(text, contentSecurityPolicy(hashes)));
          }),
        );
        await writeFile(join(root, '_headers'), netlifyHeaders(contentSecurityPolicy(everyHash, { header: true }), base));
        logger.info(`csp: policy on ${html.size} pages, ${everyHash.size} distinct inline scripts hashed; dist/_headers written`);
      },
    },
  };
}
