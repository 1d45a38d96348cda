import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Reads a file below `root`, refusing paths that climb out of it. */
export function readStatic(root: string, relative: string): StaticFile | null {
  const cleaned = normalize(decodeURIComponent(relative)).replace(/^([/\\])+/, '');
  const full = join(root, cleaned === '' ? 'index.html' : cleaned);
  if (!full.startsWith(root + sep) && full !== root) return null;
  if (!existsSync(full) || !statSync(full).isFile()) return null;
  return { body: readFileSync(full), contentType: CONTENT_TYPES[extname(full)] ?? 'application/octet-stream' };
}

/**
 * Forge serves a Custom UI resource inside an iframe whose page already knows how to talk
 * to its host; here a classic script, placed before the bundle, provides that bridge.
 */
export function withBridgeScript(html: string): string {
  const tag = '<script src="/host/bridge-in-iframe.js"></script>';
  return html.includes('<head>') ? html.replace('<head>', `<head>${tag}`) : `${tag}${html}`;
}
