import { JSONParser } from '@streamparser/json';
import { parse } from 'csv-parse';

import { BruxellesSocialReader } from '../../interchange/bruxelles-social/bruxelles-social.import';
import { DEFAULT_CSV_SOURCE } from '../../interchange/csv/csv.format';
import { CSV_PARSE_OPTIONS } from '../../interchange/csv/csv.parse';
import type { RawRecord } from '../../interchange/csv/csv.parse';
import { CsvReader } from '../../interchange/csv/csv.reader';
import { fromHsds } from '../../interchange/hsds/hsds.import';
import type { ImportResult } from '../../interchange/interchange.records';
import { ImportFormat, notJson } from './registry-import';

/** What reading an uploaded file as it streams in gave. */
export interface StreamedImport {
  /** Its records and problems, as the format's parser of a whole text would give them. */
  result: ImportResult;
  bytes: number;
  /** False when a byte sequence was not UTF-8 (the result is then empty). */
  utf8: boolean;
}

/** A format's parser fed text chunk by chunk: it keeps records, never the text. */
interface TextSink {
  write(text: string): Promise<void> | void;
  end(): Promise<ImportResult> | ImportResult;
}

function csvSink(): TextSink {
  const reader = new CsvReader(DEFAULT_CSV_SOURCE);
  const parser = parse(CSV_PARSE_OPTIONS);
  let failed = false;
  parser.on('data', (record: RawRecord) => reader.add(record));
  parser.on('error', (error) => {
    failed = true;
    reader.fail(error);
  });
  const settled = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', () => resolve());
  });
  return {
    write: (text) =>
      failed ? undefined : new Promise<void>((resolve) => parser.write(text, () => resolve())),
    async end() {
      if (!failed) {
        parser.end();
      }
      await settled;
      return reader.result();
    },
  };
}

/** JSON read token by token: `paths` are emitted to onValue and dropped from the tree. */
function jsonSink(
  paths: string[],
  onValue: (value: unknown) => void,
  end: (failure: ImportResult | null) => ImportResult,
): TextSink {
  const parser = new JSONParser({ paths, keepStack: false });
  parser.onValue = ({ value }) => onValue(value);
  let failure: ImportResult | null = null;
  const guard = (step: () => void) => {
    if (failure) {
      return;
    }
    try {
      step();
    } catch (error) {
      failure = notJson(error);
    }
  };
  return {
    write: (text) => guard(() => parser.write(text)),
    end() {
      guard(() => {
        if (!parser.isEnded) {
          parser.end();
        }
      });
      return end(failure);
    },
  };
}

const noValue = () => notJson(new Error('no JSON value'));

/** HSDS reads the document whole (ids and owners link its three arrays), but never its text. */
function hsdsSink(): TextSink {
  let document: unknown;
  let found = false;
  return jsonSink(
    ['$'],
    (value) => {
      document = value;
      found = true;
    },
    (failure) => failure ?? (found ? fromHsds(document) : noValue()),
  );
}

/** Bruxelles Social: each element of the array is checked and built as soon as it is read. */
function bruxellesSocialSink(): TextSink {
  const reader = new BruxellesSocialReader();
  let inner: TextSink | null = null;
  let start = '';
  return {
    write(text) {
      if (!inner) {
        start += text;
        const first = start.trimStart()[0];
        if (first === undefined) {
          return;
        }
        // Not an array: read the value whole for the same answer as a whole text.
        inner =
          first === '['
            ? jsonSink(
                ['$.*'],
                (value) => reader.add(value),
                (failure) => failure ?? reader.result(),
              )
            : jsonSink(
                ['$'],
                () => undefined,
                (failure) => failure ?? reader.notAnArray(),
              );
        text = start;
      }
      return inner.write(text);
    },
    end: () => (inner ? inner.end() : noValue()),
  };
}

function decodeOrNull(decode: () => string): string | null {
  try {
    return decode();
  } catch {
    return null;
  }
}

const SINKS: Record<ImportFormat, () => TextSink> = {
  [ImportFormat.CSV]: csvSink,
  [ImportFormat.HSDS_JSON]: hsdsSink,
  [ImportFormat.BRUXELLES_SOCIAL_JSON]: bruxellesSocialSink,
};

/**
 * Reads an uploaded file of a format as its chunks arrive (decoded as strict UTF-8), so memory
 * holds the records read so far, not the file. Always reads the stream to its end.
 */
export async function readImportStream(
  format: ImportFormat,
  chunks: AsyncIterable<Buffer>,
): Promise<StreamedImport> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const sink = SINKS[format]();
  let bytes = 0;
  let utf8 = true;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (!utf8) {
      continue;
    }
    const text = decodeOrNull(() => decoder.decode(chunk, { stream: true }));
    utf8 = text !== null;
    await sink.write(text ?? '');
  }
  const rest = utf8 ? decodeOrNull(() => decoder.decode()) : null;
  utf8 = rest !== null;
  await sink.write(rest ?? '');
  const result = await sink.end();
  return { result, bytes, utf8 };
}
