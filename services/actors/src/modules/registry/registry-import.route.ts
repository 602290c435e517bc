import type { IncomingMessage } from 'node:http';

import busboy from 'busboy';
import type { EntityManager } from '@mikro-orm/postgresql';

import {
  BadUserInputError,
  DomainError,
  domainErrorOfSqlState,
  ErrorCode,
  identityFromHeaders,
  requireRole,
  Role,
  sendError,
  sendJson,
} from '@bxl/common';
import type { HttpRoute } from '@bxl/common';

import type { TerritoryClient } from '../../territory/territory.client';
import type { ImportResult } from '../../interchange/interchange.records';
import { ImportFormat, importParsed } from './registry-import';
import { readImportStream } from './registry-import.stream';
import type { StreamedImport } from './registry-import.stream';

/** Where the gateway sends editors' uploads (multipart/form-data: `format`, `dryRun`, `file`). */
export const IMPORT_PATH = '/import';

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

class FileTooLargeError extends Error {}

interface Upload {
  fields: Map<string, string>;
  /** The file as read while it streamed in; null when no file came (or before its format). */
  file: StreamedImport | null;
  /** The format field named no format before the file started. */
  formatMissing: boolean;
}

const isFormat = (value: string | undefined): value is ImportFormat =>
  Object.values(ImportFormat).includes(value as ImportFormat);

/**
 * Reads a multipart upload as it streams in: its small fields, then one file of at most
 * `maxBytes`, parsed chunk by chunk in the format the `format` field (sent before the file)
 * names, so the file is never held whole.
 */
function readUpload(req: IncomingMessage, maxBytes: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fields: 10, fieldSize: 1000, fileSize: maxBytes },
      });
    } catch (error) {
      reject(new BadUserInputError(`Not a multipart upload: ${(error as Error).message}`));
      return;
    }
    const upload: Upload = { fields: new Map(), file: null, formatMissing: false };
    let reading: Promise<void> = Promise.resolve();
    let failed = false;
    const fail = (error: Error) => {
      failed = true;
      reject(error);
    };
    parser.on('field', (name, value) => upload.fields.set(name, value));
    parser.on('file', (_name, stream) => {
      stream.on('limit', () => fail(new FileTooLargeError()));
      const format = upload.fields.get('format');
      if (!isFormat(format)) {
        upload.formatMissing = true;
        stream.resume();
        return;
      }
      reading = readImportStream(format, stream).then((file) => {
        upload.file = file;
      }, fail);
    });
    parser.on('error', (error: Error) =>
      fail(new BadUserInputError(`Unreadable upload: ${error.message}`)),
    );
    parser.on('close', () => {
      void reading.then(() => {
        if (!failed) {
          resolve(upload);
        }
      });
    });
    req.pipe(parser);
  });
}

function fileOf(upload: Upload): { parsed: ImportResult; dryRun: boolean } {
  const format = upload.fields.get('format');
  const problems = [];
  if (!isFormat(format)) {
    problems.push({ field: 'format', message: `one of ${Object.values(ImportFormat).join(', ')}` });
  } else if (upload.formatMissing) {
    problems.push({ field: 'format', message: 'sent before the file' });
  }
  if (!upload.formatMissing && (!upload.file || upload.file.bytes === 0)) {
    problems.push({ field: 'file', message: 'a non-empty file' });
  }
  if (upload.file && !upload.file.utf8) {
    problems.push({ field: 'file', message: 'text in UTF-8' });
  }
  if (problems.length > 0 || !upload.file) {
    throw new BadUserInputError('The upload was rejected; nothing was changed', problems);
  }
  return { parsed: upload.file.result, dryRun: upload.fields.get('dryRun') !== 'false' };
}

/**
 * The import as a file upload: the same import as the `importRegistry` mutation (all or nothing,
 * a dry run unless `dryRun` is "false"), answered as GraphQL would (`data.importRegistry` or
 * coded `errors`). Only the gateway's forwarded identity counts, as for GraphQL.
 */
export function importRoute(options: {
  em: EntityManager;
  territories: TerritoryClient;
  gatewaySecret?: string;
  maxBytes: number;
}): HttpRoute {
  return {
    method: 'POST',
    path: IMPORT_PATH,
    maxBodyBytes: options.maxBytes,
    async handle(req, res) {
      try {
        const identity = requireRole(
          identityFromHeaders(req.headers, options.gatewaySecret),
          Role.EDITOR,
        );
        const file = fileOf(await readUpload(req, options.maxBytes));
        const report = await importParsed(
          options.em.fork(),
          options.territories,
          identity,
          file.parsed,
          file.dryRun,
        );
        sendJson(res, 200, { data: { importRegistry: report } });
      } catch (error) {
        if (error instanceof FileTooLargeError) {
          req.resume();
          sendError(
            res,
            413,
            ErrorCode.BAD_USER_INPUT,
            `The file is over ${options.maxBytes} bytes`,
          );
          return;
        }
        const domain =
          error instanceof DomainError
            ? error
            : domainErrorOfSqlState((error as { code?: string } | null)?.code);
        if (!domain) {
          throw error;
        }
        req.resume();
        sendError(res, STATUS[domain.code] ?? 400, domain.code, domain.message, domain.details);
      }
    },
  };
}
