import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { fromBruxellesSocial } from '../../interchange/bruxelles-social/bruxelles-social.import';
import { fromCsv, toCsv } from '../../interchange/csv/csv.format';
import { toHsds } from '../../interchange/hsds/hsds.export';
import { fromHsds } from '../../interchange/hsds/hsds.import';
import { handMadeRecords, syntheticRecords } from '../../interchange/interchange.fixtures';
import { ImportFormat } from './registry-import';
import { readImportStream } from './registry-import.stream';

/** A text as an upload arrives: in small byte chunks that split lines, tokens and characters. */
async function* chunksOf(text: string, size = 7): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; at += size) {
    yield bytes.subarray(at, at + size);
  }
}

const stream = (format: ImportFormat, text: string) => readImportStream(format, chunksOf(text));

describe('an import file read as it streams in', () => {
  const csv = toCsv({
    organisations: [...handMadeRecords().organisations, ...syntheticRecords().organisations],
    sites: [...handMadeRecords().sites, ...syntheticRecords().sites],
    services: [...handMadeRecords().services, ...syntheticRecords().services],
  });

  it('gives the records and problems of the whole-text CSV parser', async () => {
    const streamed = await stream(ImportFormat.CSV, csv);
    expect(streamed).toEqual({ result: fromCsv(csv), bytes: Buffer.byteLength(csv), utf8: true });
    expect(streamed.result.records.services.length).toBeGreaterThan(10);
    const lines = csv.split('\n');
    const broken = [
      `${lines[0]},nope`,
      lines[1]!.replace(/^[^,]*,/, 'bad-id,'),
      lines[1]!.replace(/svc:[^,]*/, 'svc:other'),
      lines[2],
      '"unclosed',
    ].join('\n');
    const wholeText = fromCsv(broken);
    expect(wholeText.problems.length).toBeGreaterThan(0);
    expect((await stream(ImportFormat.CSV, broken)).result).toEqual(wholeText);
    const repeated = [lines[0], lines[1], lines[1]!.replace(/,Bruxelles,/, ',Elsene,'), ''].join(
      '\n',
    );
    expect((await stream(ImportFormat.CSV, repeated)).result).toEqual(fromCsv(repeated));
    expect((await stream(ImportFormat.CSV, '')).result).toEqual(fromCsv(''));
    // csv-parse fails in the middle of the file: the rest is still read, the answer the same.
    const midway = [lines[0], 'org:a,"bad"quote', ...lines.slice(1)].join('\n');
    const unreadable = await stream(ImportFormat.CSV, midway);
    expect(unreadable.result).toEqual(fromCsv(midway));
    expect(unreadable.result.problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/^not readable as CSV/) }),
    ]);
    expect(unreadable.bytes).toBe(Buffer.byteLength(midway));
  });

  it('gives the records and problems of the whole-document JSON parsers', async () => {
    const hsds = JSON.stringify(toHsds(handMadeRecords(), new Date('2026-11-01T00:00:00Z')));
    expect((await stream(ImportFormat.HSDS_JSON, hsds)).result).toEqual(fromHsds(JSON.parse(hsds)));
    const social = JSON.stringify([
      { id: 7, nameOfficialFr: 'Maison médicale', nameOfficialNl: 'Medisch huis' },
      { id: 7, nameOfficialFr: 'Encore' },
      { nameOfficialFr: 'Sans id' },
    ]);
    expect((await stream(ImportFormat.BRUXELLES_SOCIAL_JSON, social)).result).toEqual(
      fromBruxellesSocial(JSON.parse(social)),
    );
    expect((await stream(ImportFormat.BRUXELLES_SOCIAL_JSON, '{"id": 1}')).result).toEqual(
      fromBruxellesSocial({ id: 1 }),
    );
    for (const format of [ImportFormat.HSDS_JSON, ImportFormat.BRUXELLES_SOCIAL_JSON]) {
      for (const bad of ['[{"id": 1},', '  ', '{"a": 1} x']) {
        const { problems } = (await stream(format, bad)).result;
        expect(problems).toEqual([
          { line: 1, field: 'content', message: expect.stringMatching(/^not JSON: /) },
        ]);
      }
    }
  });

  it('tells a file that is not UTF-8, even when the bad byte comes late', async () => {
    async function* late() {
      yield* chunksOf('org_id,org_name_fr\norg:a,Caf');
      yield Buffer.from([0xe9, 0x0a]);
    }
    expect((await readImportStream(ImportFormat.CSV, late())).utf8).toBe(false);
  });

  // A hard heap bound, not a sampled measure: the whole-text parser needs the text (40 MB here)
  // in a heap of 64 MB (about 35 MB of it taken by the loaded modules) and dies (`whole` as a
  // second argument shows it); the streamed one keeps one row per record.
  it('reads a 40 MB CSV in a 64 MB heap', () => {
    const child = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=64',
        '-r',
        '@swc-node/register',
        join(__dirname, 'registry-import.stream.heap.ts'),
        '40',
      ],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, NODE_OPTIONS: '' } },
    );
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({
      megabytes: 40,
      organisations: 1,
      sites: 1,
      services: 1,
      problems: 0,
    });
  });
});
