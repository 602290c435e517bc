// The JavaScript budget of the first page: every script index.html loads (entry + module preloads),
// gzipped, must stay under 250 KB. Run after `vite build`; a failure fails the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1024;
const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
  (match) => match[1],
);
if (!scripts.length) {
  console.error('check-budget: index.html loads no script; is the build complete?');
  process.exit(1);
}
let total = 0;
for (const script of scripts) {
  const size = gzipSync(readFileSync(join(dist, script))).length;
  total += size;
  console.log(`  ${script}  ${(size / 1024).toFixed(1)} KB gzipped`);
}
const line = `first page JavaScript: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET_BYTES / 1024} KB)`;
if (total > BUDGET_BYTES) {
  console.error(`OVER BUDGET: ${line}`);
  process.exit(1);
}
console.log(line);
