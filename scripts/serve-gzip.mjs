// Serves a baked site on 127.0.0.1 with gzip for text, as a production web server or CDN would,
// for Lighthouse (scripts/lighthouse.sh). Usage: node scripts/serve-gzip.mjs SITE_DIR PORT
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const [root, port] = [process.argv[2], Number(process.argv[3] || 8830)];
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json', '.ics': 'text/calendar; charset=utf-8', '.xml': 'application/xml',
  '.atom': 'application/atom+xml', '.txt': 'text/plain; charset=utf-8',
};
createServer(async (request, response) => {
  let path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(normalize(root))) { response.writeHead(403).end(); return; }
  try {
    let body = await readFile(file);
    const type = types[extname(file)] || 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'max-age=31536000' };
    if (/text|javascript|json|xml|svg|calendar/.test(type) && /gzip/.test(request.headers['accept-encoding'] || '')) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(200, headers).end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(await readFile(join(root, '404.html')).catch(() => ''));
  }
}).listen(port, '127.0.0.1');
