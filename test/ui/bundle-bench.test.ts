import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureApp } from '../../bench/bundle-bench';

/** A fake Vite output folder, so the measurement rules are checked on known files. */
function distWith(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'bundle-bench-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dist, name, '..'), { recursive: true });
    writeFileSync(join(dist, name), text);
  }
  return dist;
}

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

describe('bundle weight measurement', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('counts the entry, its module preloads and stylesheets as eager, dynamic imports as lazy', () => {
    const entry = 'import{a}from"./vendor.js";const l=()=>import("./lazy.js");console.log(a,l);';
    const vendor = 'export const a=1;'.repeat(20);
    const lazy = 'export default "lazy";';
    const css = 'body{color:red}';
    const dist = distWith({
      'index.html':
        '<html><head><script type="module" crossorigin src="./assets/entry.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/vendor.js">' +
        '<link rel="stylesheet" href="./assets/app.css"><link rel="icon" href="./favicon.svg"></head></html>',
      'assets/entry.js': entry,
      'assets/vendor.js': vendor,
      'assets/lazy.js': lazy,
      'assets/app.css': css,
      'favicon.svg': '<svg/>',
    });
    dirs.push(dist);

    const weight = measureApp(dist);

    expect(weight.eagerFiles).toEqual(['assets/app.css', 'assets/entry.js', 'assets/vendor.js']);
    expect(weight.eagerBytes).toBe(gz(entry) + gz(vendor) + gz(css));
    expect(weight.lazyFiles).toEqual(['assets/lazy.js']);
    expect(weight.lazyBytes).toBe(gz(lazy));
    expect(weight.importedNotPreloaded).toEqual([]);
  });

  it('still counts a static import that index.html forgot to preload, and names it', () => {
    const dist = distWith({
      'index.html': '<script type="module" src="./assets/entry.js"></script>',
      'assets/entry.js': 'import"./side.js";import{b as c}from"./nested/dep.js";',
      'assets/side.js': 'window.x=1;',
      'assets/nested/dep.js': 'import{d}from"../leaf.js";export const b=d;',
      'assets/leaf.js': 'export const d=2;',
    });
    dirs.push(dist);

    const weight = measureApp(dist);

    expect(weight.eagerFiles).toEqual(['assets/entry.js', 'assets/leaf.js', 'assets/nested/dep.js', 'assets/side.js']);
    expect(weight.importedNotPreloaded.sort()).toEqual(['assets/leaf.js', 'assets/nested/dep.js', 'assets/side.js']);
    expect(weight.lazyFiles).toEqual([]);
  });
});
