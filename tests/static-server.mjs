// A plain static file server for the built site, behaving like an ordinary host (nginx, GitHub Pages, Netlify):
// text is gzip-compressed when the browser accepts it, as those hosts do, so Lighthouse sees real transfer sizes;
// "/x/" serves x/index.html, "/x" redirects to "/x/" when x/ is a folder, anything else is a 404 with
// 404.html as its body. Nothing else: no "/404/" → 404.html mapping like `astro preview`, no rewrites.
//
//   node tests/static-server.mjs [--root dist] [--port 4329] [--base /] [--headers]
//
// --base /rxtray/  serves the folder under that prefix only (a project-pages deploy); other paths are 404s.
// --headers        applies the Netlify-style dist/_headers file the build writes, as Netlify would.
// Test hook: GET <base>__rxtray-test__/new-version makes sw.js differ byte-wise from the previous one, so the
// browser finds an updated service worker (the update-prompt test). It only exists in this test server.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4329' },
    base: { type: 'string', default: '/' },
    headers: { type: 'boolean', default: false },
  },
});

const root = resolve(values.root);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};
let swVersion = 0;

/** Header rules of a Netlify `_headers` file: [{ pattern, headers: [[name, value]] }]. */
async function readHeaderRules() {
  if (!values.headers) return [];
  const text = await readFile(join(root, '_headers'), 'utf8');
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = await readHeaderRules();

function headersFor(path) {
  const matches = (pattern) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);
  return headerRules.filter((rule) => matches(rule.pattern)).flatMap((rule) => rule.headers);
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
async function isDir(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function send(req, res, status, file, sitePath, extra = '') {
  const info = await stat(file);
  // Revalidation as hosts do it: an unchanged file is a 304.
  const etag = `W/"${info.size}-${Math.floor(info.mtimeMs)}-${extra.length}"`;
  const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', etag };
  for (const [name, value] of headersFor(sitePath)) headers[name.toLowerCase()] = value;
  if (status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  let body = Buffer.concat([await readFile(file), Buffer.from(extra)]);
  if (/^(?:text\/|application\/(?:json|xml|manifest\+json)|image\/svg)/.test(headers['content-type']) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
    headers['vary'] = 'accept-encoding';
  }
  res.writeHead(status, headers);
  res.end(body);
}

async function notFound(req, res) {
  const page = join(root, '404.html');
  if (await isFile(page)) return send(req, res, 404, page, '/404.html');
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('Not found');
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) return notFound(req, res);
    const sitePath = `/${pathname.slice(base.length)}`;
    if (sitePath === '/__rxtray-test__/up') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('up'); // readiness check: answers even before the folder has been built
    }
    if (sitePath === '/__rxtray-test__/new-version') {
      swVersion += 1;
      res.writeHead(204);
      return res.end();
    }
    const file = normalize(join(root, sitePath));
    if (!file.startsWith(root)) return notFound(req, res);
    if (sitePath.endsWith('/')) {
      const index = join(file, 'index.html');
      return (await isFile(index)) ? send(req, res, 200, index, sitePath) : notFound(req, res);
    }
    if (await isFile(file)) {
      const extra = sitePath === '/sw.js' && swVersion > 0 ? `\n// test version ${swVersion}\n` : '';
      return send(req, res, 200, file, sitePath, extra);
    }
    if (await isDir(file)) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    return notFound(req, res);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`[static-server] ${root} at http://127.0.0.1:${values.port}${base}`);
});
