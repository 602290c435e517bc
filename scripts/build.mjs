// npm run build [-- --out DIR] — the production build: every runtime workspace's src/ compiled by swc
// (legacy decorators and their metadata, as jest compiles it) into <workspace>/dist/, at the same
// depth as src/ so every path a module finds from its own folder (seed data, migrations, synonyms,
// the supergraph, the web build) is found from dist/ too. Tests and *.test.ts stay out.
//
// Workspaces import each other by package name (`@bxl/common`), whose manifests point at src/*.ts
// for the dev loader and jest. The build rewrites those imports to relative paths into the sibling
// dist/, so dist/ never loads TypeScript and nothing in development ever loads dist/.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

import { transformFileSync } from '@swc/core';

const require = createRequire(import.meta.url);
const swcOptions = require('./swc-options.cjs');

const ROOT = resolve(import.meta.dirname, '..');
/** The workspaces that run in production (and the local tools); web is built by vite, tests not at all. */
export const BUILT_WORKSPACES = [
  'services/common',
  'services/territories',
  'services/actors',
  'services/collaborations',
  'services/search',
  'gateway',
  'tools',
];

const manifests = new Map(
  BUILT_WORKSPACES.map((workspace) => {
    const manifest = JSON.parse(readFileSync(join(ROOT, workspace, 'package.json'), 'utf8'));
    return [manifest.name, { workspace, manifest }];
  }),
);

/** `@bxl/common/testkit` → `services/common/dist/testkit/index.js` (from the manifest's exports). */
function builtEntry(specifier) {
  const [scope, name, ...rest] = specifier.split('/');
  const found = manifests.get(`${scope}/${name}`);
  if (!found) {
    throw new Error(`${specifier}: not a built workspace (${BUILT_WORKSPACES.join(', ')})`);
  }
  const subpath = rest.length > 0 ? `./${rest.join('/')}` : '.';
  const { exports, main } = found.manifest;
  const source = exports?.[subpath] ?? (subpath === '.' ? main : undefined);
  if (typeof source !== 'string' || !source.replace(/^\.\//, '').startsWith('src/')) {
    throw new Error(`${specifier}: no source entry in ${found.workspace}/package.json`);
  }
  const built = source.replace(/^(\.\/)?src\//, 'dist/').replace(/\.ts$/, '.js');
  return join(found.workspace, built);
}

/** Builds every workspace into `<out>/<workspace>/dist`; returns the files written. */
export function build(out = ROOT) {
  let files = 0;
  for (const workspace of BUILT_WORKSPACES) {
    const src = join(ROOT, workspace, 'src');
    const dist = join(out, workspace, 'dist');
    rmSync(dist, { recursive: true, force: true });
    const sources = readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
    for (const file of sources) {
      if (/\.test\.ts$/.test(file) || file.endsWith('.d.ts')) {
        continue;
      }
      const target = join(dist, relative(src, file));
      mkdirSync(dirname(target), { recursive: true });
      if (!file.endsWith('.ts')) {
        copyFileSync(file, target); // data beside the code (migration snapshots)
        files++;
        continue;
      }
      const output = target.replace(/\.ts$/, '.js');
      const { code } = transformFileSync(file, { ...swcOptions, swcrc: false, sourceMaps: false });
      const relinked = code.replace(/require\("(@bxl\/[^"]+)"\)/g, (_, specifier) => {
        const entry = join(out, builtEntry(specifier));
        const fromHere = relative(dirname(output), entry);
        return `require(${JSON.stringify(fromHere.startsWith('.') ? fromHere : `./${fromHere}`)})`;
      });
      writeFileSync(output, relinked);
      files++;
    }
  }
  return files;
}

if (process.argv[1] === import.meta.filename) {
  const at = process.argv.indexOf('--out');
  const out = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : ROOT;
  const started = performance.now();
  const files = build(out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `built ${files} files into ${relative(ROOT, out) || '.'}/*/dist in ${seconds} s\n`,
  );
}
