// The production image's runtime stage, reproduced in a folder without Docker: `npm run build` into a
// build folder, then what the Dockerfile's runtime stage COPYs, and the node_modules that
// `npm ci --omit=dev` installs (package-lock.json's entries not marked dev), linked from this checkout.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');

interface LockEntry {
  dev?: boolean;
  link?: boolean;
  resolved?: string;
}

function link(target: string, path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(relative(dirname(path), target), path);
}

/**
 * The Dockerfile's runtime stage, with the stages it is built on: its COPY lines as
 * [source, destination, from the build stage].
 */
export function runtimeCopies(
  dockerfile = join(ROOT, 'Dockerfile'),
): Array<[string, string, boolean]> {
  const stages = new Map(
    [
      ...readFileSync(dockerfile, 'utf8').matchAll(
        /^FROM (\S+) AS (\S+)\n([\s\S]*?)(?=^FROM |(?![\s\S]))/gm,
      ),
    ].map(([, base = '', name = '', text = '']) => [name, { base, text }]),
  );
  if (!stages.has('runtime')) {
    throw new Error('the Dockerfile has no stage named runtime');
  }
  const chain: string[] = [];
  for (let stage = stages.get('runtime'); stage; stage = stages.get(stage.base)) {
    chain.unshift(stage.text);
  }
  return chain
    .join('\n')
    .split('\n')
    .flatMap((line) => {
      const words =
        line
          .match(/^COPY (.+)$/)?.[1]
          ?.trim()
          .split(/\s+/) ?? [];
      const fromBuild = words[0] === '--from=build';
      const paths = fromBuild ? words.slice(1) : words;
      const destination = paths.pop() ?? '';
      return paths.map((source): [string, string, boolean] => {
        const from = source.replace(/^\/app\//, '');
        const to = destination.endsWith('/') ? join(destination, basename(from)) : destination;
        return [from, to, fromBuild];
      });
    });
}

/**
 * Builds the runtime tree in `dir` (`dir/build`: the build's output; `dir/app`: the runtime stage).
 * Built files are copied (modules find their data from their own folder), sources linked.
 */
export function buildRuntimeTree(dir: string): { build: string; app: string } {
  const build = join(dir, 'build');
  const app = join(dir, 'app');
  const run = spawnSync(process.execPath, ['scripts/build.mjs', '--out', build], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`npm run build failed:\n${run.stdout}${run.stderr}`);
  }
  for (const [source, destination, fromBuild] of runtimeCopies()) {
    if (source.includes('*')) {
      continue; // optional files (.npmrc*)
    }
    const built = join(build, source);
    if (fromBuild && existsSync(built)) {
      cpSync(built, join(app, destination), { recursive: true });
    } else if (existsSync(join(ROOT, source))) {
      link(join(ROOT, source), join(app, destination));
    } else {
      throw new Error(
        `the runtime stage copies ${source}, which neither the build nor the checkout has`,
      );
    }
  }
  const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    // First-level packages only (deeper ones come with their parent's folder); dev ones omitted.
    if (path.split('node_modules/').length !== 2 || entry.dev) {
      continue;
    }
    if (entry.link && entry.resolved) {
      link(join(app, entry.resolved), join(app, path));
    } else if (existsSync(join(ROOT, path))) {
      link(join(ROOT, path), join(app, path)); // absent: an optional package of another platform
    }
  }
  return { build, app };
}
