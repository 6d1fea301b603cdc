/** Reads content files straight from disk for consistency tests (the build reads them through Astro). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const contentRoot = join(__dirname, '../../../content');

/** Every YAML file of a collection as [id, data]. */
export function readYamlCollection(collection: string): [string, unknown][] {
  const dir = join(contentRoot, collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.slice(0, -'.yaml'.length), parse(readFileSync(join(dir, f), 'utf8')) as unknown]);
}

/** Every lesson as { id, frontmatter, body }. */
export function readLessons(): { id: string; frontmatter: unknown; body: string }[] {
  const dir = join(contentRoot, 'lessons');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((module) =>
      readdirSync(join(dir, module.name))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => {
          const text = readFileSync(join(dir, module.name, f), 'utf8');
          const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
          return { id: `${module.name}/${f.slice(0, -'.mdx'.length)}`, frontmatter: parse(frontmatter) as unknown, body };
        }),
    );
}
