// Run by registry-import.stream.test.ts under a small --max-old-space-size: reads a generated CSV of
// `megabytes` MB (one record's row, repeated) streamed, or whole with `whole` (which the heap
// cannot hold), and prints what it read.
import { parse } from 'csv-parse/sync';

import { fromCsv, toCsv } from '../../interchange/csv/csv.format';
import { handMadeRecords } from '../../interchange/interchange.fixtures';
import { ImportFormat } from './registry-import';
import { readImportStream } from './registry-import.stream';

const [megabytes = '40', mode = 'stream'] = process.argv.slice(2);
const records = handMadeRecords();
const service = records.services.find((candidate) => candidate.siteIds.length === 1)!;
const [header, row] = (
  parse(
    toCsv({
      organisations: records.organisations.filter((org) => org.id === service.organisationId),
      sites: records.sites
        .filter((site) => site.id === service.siteIds[0])
        .map((site) => ({ ...site, organisationId: service.organisationId })),
      services: [service],
    }),
    { raw: true },
  ) as unknown as Array<{ raw: string }>
).map((record) => record.raw.replace(/\r?\n$/, ''));
const target = Number(megabytes) * 1_000_000;

async function* file(): AsyncGenerator<Buffer> {
  yield Buffer.from(`${header}\n`);
  const block = Buffer.from(`${row}\n`.repeat(Math.ceil(64_000 / row!.length)));
  for (let sent = 0; sent < target; sent += block.length) {
    yield block;
  }
}

async function main(): Promise<void> {
  let result;
  if (mode === 'whole') {
    const chunks: Buffer[] = [];
    for await (const chunk of file()) {
      chunks.push(chunk);
    }
    result = fromCsv(Buffer.concat(chunks).toString('utf8'));
  } else {
    result = (await readImportStream(ImportFormat.CSV, file())).result;
  }
  const { organisations, sites, services } = result.records;
  process.stdout.write(
    JSON.stringify({
      megabytes: Number(megabytes),
      organisations: organisations.length,
      sites: sites.length,
      services: services.length,
      problems: result.problems.length,
    }),
  );
}

void main();
