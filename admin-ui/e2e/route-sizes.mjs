// What each screen of the console adds to what is already loaded, in gzip bytes, from a build made
// with a manifest:  npx vite build --manifest --outDir /tmp/console && node e2e/route-sizes.mjs /tmp/console
// "login" is what the login screen needs; "shell" what the signed-in console adds (menu, antd's
// core); each screen then adds its own chunks. CSS files count where they are imported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? '/tmp/console';
const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dir, file)), { level: 6 }).length;

/** The files a chunk needs before it runs: itself, its CSS and its static imports, transitively. */
function closure(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  (chunk.css ?? []).forEach((c) => into.add(c));
  (chunk.imports ?? []).forEach((k) => closure(k, into));
  return into;
}
const sum = (files) => [...files].reduce((n, f) => n + gz(f), 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const login = closure('index.html');
const loaded = new Set(login);
const rows = [['login', sum(login)]];
// the console's shell is the entry's dynamic import (main.tsx loads it after the login)
const shellKey = manifest['index.html'].dynamicImports?.find((k) => !manifest[k].src?.includes('/features/')) ?? null;
if (shellKey) {
  const shell = [...closure(shellKey)].filter((f) => !loaded.has(f));
  shell.forEach((f) => loaded.add(f));
  rows.push(['shell (signed in)', sum(shell)]);
} else {
  rows[0][0] = 'login (with the whole shell)';
}
const screens = Object.keys(manifest).filter((k) => /src\/features\/[^/]+\/components\/[^/]+\.tsx$/.test(k) && manifest[k].isDynamicEntry);
for (const key of screens.sort()) {
  const own = [...closure(key)].filter((f) => !loaded.has(f));
  rows.push([key.replace(/^src\/features\//, '').replace(/\/components\//, ': ').replace(/\.tsx$/, ''), sum(own)]);
}
for (const [name, size] of rows) console.log(`${kb(size).padStart(9)}  ${name}`);
