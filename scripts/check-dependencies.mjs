// npm run check:dependencies — each workspace declares what its code imports (what eslint's
// import/no-extraneous-dependencies would say, without the plugin): a package another workspace
// happens to hoist is not a dependency. Type-only imports may come from the root's @types.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const root = JSON.parse(readFileSync('package.json', 'utf8'));
const rootTypes = new Set(Object.keys(root.devDependencies ?? {}));
const builtins = new Set(builtinModules);
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** Every .ts/.tsx/.mjs file below a folder, node_modules and build output left out. */
function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') {
      continue;
    }
    if (statSync(path).isDirectory()) {
      yield* sources(path);
    } else if (/\.(ts|tsx|mjs)$/.test(name)) {
      yield path;
    }
  }
}

/** `@scope/name/deep` → `@scope/name`; `name/deep` → `name`. */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const problems = [];
for (const workspace of root.workspaces) {
  const manifest = JSON.parse(readFileSync(join(workspace, 'package.json'), 'utf8'));
  const declared = new Set(
    Object.keys({
      ...manifest.dependencies,
      ...manifest.devDependencies,
      ...manifest.peerDependencies,
    }),
  );
  for (const file of sources(join(workspace, 'src'))) {
    for (const [, typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (specifier.startsWith('.') || specifier.startsWith('node:') || builtins.has(specifier)) {
        continue;
      }
      const name = packageOf(specifier);
      const types = `@types/${name.replace(/^@/, '').replace('/', '__')}`;
      if (declared.has(name) || (typeOnly && (declared.has(types) || rootTypes.has(types)))) {
        continue;
      }
      problems.push(`${file}: imports ${name}, which ${workspace}/package.json does not declare`);
    }
  }
}
for (const problem of problems) {
  console.error(problem);
}
process.exit(problems.length > 0 ? 1 : 0);
