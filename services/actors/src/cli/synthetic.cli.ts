// npm run synthetic -- --services 100000 [--format hsds|ndjson|csv] > file
// Writes a deterministic synthetic registry (for benchmarks and trials; every record says it is
// synthetic) in an import format, without any database.
import { parseArgs } from 'node:util';

import { runMain } from '@bxl/common';

import { toCsv } from '../interchange/csv/csv.format';
import { toHsds, toNdjson } from '../interchange/hsds/hsds.export';
import { syntheticOpeningHours } from '../seed/synthetic-hours';
import { generateSyntheticActors } from '../seed/synthetic.generator';

runMain(async () => {
  const { values } = parseArgs({
    options: {
      services: { type: 'string', default: '10000' },
      format: { type: 'string', default: 'ndjson' },
    },
  });
  const services = Number(values.services);
  if (
    !Number.isInteger(services) ||
    services < 1 ||
    !['hsds', 'ndjson', 'csv'].includes(values.format as string)
  ) {
    process.stderr.write('usage: npm run synthetic -- --services N [--format hsds|ndjson|csv]\n');
    return 2;
  }
  const seed = generateSyntheticActors({ services });
  const records = {
    ...seed,
    sites: seed.sites.map((site) => ({ ...site, openingHours: syntheticOpeningHours(site.id) })),
  };
  if (values.format === 'csv') {
    process.stdout.write(toCsv(records));
    return 0;
  }
  const document = toHsds(records, new Date());
  process.stdout.write(values.format === 'ndjson' ? toNdjson(document) : JSON.stringify(document));
  return 0;
});
