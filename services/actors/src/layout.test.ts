import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

// The actors wing's layering: records/ (the record types and their field parsers) at the bottom;
// seed/ and interchange/ on it, never on each other; each interchange format (csv/, hsds/,
// bruxelles-social/) apart from the others; only what truly seeds reaches into seed/. A change that
// breaks it fails here, naming the import.

const SRC = __dirname;
const SPECIFIER = /^\s*(?:import|export)\s[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Every .ts file below src, as a path relative to src with '/' separators. */
function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return sources(path);
    }
    return entry.name.endsWith('.ts') ? [relative(SRC, path).split(sep).join('/')] : [];
  });
}

/** The relative imports of a file, each resolved to a path relative to src. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  return [...text.matchAll(SPECIFIER)].map((match) =>
    relative(SRC, join(SRC, dirname(file), match[1] as string))
      .split(sep)
      .join('/'),
  );
}

const edges = sources().flatMap((file) => importsOf(file).map((target) => ({ file, target })));
const isTest = (file: string) => file.endsWith('.test.ts');
const under = (folder: string) => (path: string) => path.startsWith(`${folder}/`);
const formatOf = (path: string) => /^interchange\/([^/]+)\//.exec(path)?.[1];
const show = (found: Array<{ file: string; target: string }>) =>
  found.map(({ file, target }) => `${file} imports ${target}`);

/** Outside seed/, only these reach into it: startup, the public index, the synthetic CLI, and
 * the interchange tests' records (made with the seed's own generators). */
const SEED_USERS = new Set([
  'server.ts',
  'index.ts',
  'cli/synthetic.cli.ts',
  'interchange/interchange.fixtures.ts',
]);

describe('the actors layout', () => {
  it('reads the imports it checks', () => {
    expect(sources()).toContain('records/registry-records.ts');
    expect(edges).toContainEqual({
      file: 'interchange/hsds/hsds.address.ts',
      target: 'records/communes',
    });
  });

  it('keeps records/ at the bottom: nothing in it imports from outside it', () => {
    const out = edges.filter(
      ({ file, target }) => under('records')(file) && !under('records')(target),
    );
    expect(show(out)).toEqual([]);
  });

  it('has interchange/ and seed/ depend on records/, never on each other', () => {
    const crossing = edges.filter(
      ({ file, target }) =>
        !isTest(file) &&
        ((under('seed')(file) && under('interchange')(target)) ||
          (under('interchange')(file) && under('seed')(target) && !SEED_USERS.has(file))),
    );
    expect(show(crossing)).toEqual([]);
  });

  it('keeps each interchange format to its folder and what the formats share', () => {
    const across = edges.filter(({ file, target }) => {
      const [from, to] = [formatOf(file), formatOf(target)];
      return from !== undefined && to !== undefined && from !== to && !isTest(file);
    });
    expect(show(across)).toEqual([]);
  });

  it('lets only what seeds import from seed/', () => {
    const users = edges.filter(
      ({ file, target }) => !under('seed')(file) && under('seed')(target) && !SEED_USERS.has(file),
    );
    expect(show(users)).toEqual([]);
  });
});
