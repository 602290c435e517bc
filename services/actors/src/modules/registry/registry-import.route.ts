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
import { ImportFormat, importFile } from './registry-import';

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
  content: Buffer | null;
}

/** Reads a multipart upload as it streams in: its small fields and one file of at most `maxBytes`. */
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
    const upload: Upload = { fields: new Map(), content: null };
    let failed = false;
    parser.on('field', (name, value) => upload.fields.set(name, value));
    parser.on('file', (_name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        failed = true;
        reject(new FileTooLargeError());
      });
      stream.on('end', () => {
        upload.content = Buffer.concat(chunks);
      });
    });
    parser.on('error', (error: Error) =>
      reject(new BadUserInputError(`Unreadable upload: ${error.message}`)),
    );
    parser.on('close', () => {
      if (!failed) {
        resolve(upload);
      }
    });
    req.pipe(parser);
  });
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function fileOf(upload: Upload): { format: ImportFormat; content: string; dryRun: boolean } {
  const format = upload.fields.get('format') as ImportFormat | undefined;
  const problems = [];
  if (!format || !Object.values(ImportFormat).includes(format)) {
    problems.push({ field: 'format', message: `one of ${Object.values(ImportFormat).join(', ')}` });
  }
  if (!upload.content || upload.content.length === 0) {
    problems.push({ field: 'file', message: 'a non-empty file' });
  }
  let content = '';
  try {
    content = upload.content ? STRICT_UTF8.decode(upload.content) : '';
  } catch {
    problems.push({ field: 'file', message: 'text in UTF-8' });
  }
  if (problems.length > 0) {
    throw new BadUserInputError('The upload was rejected; nothing was changed', problems);
  }
  return {
    format: format as ImportFormat,
    content: content.replace(/^\uFEFF/, ''),
    dryRun: upload.fields.get('dryRun') !== 'false',
  };
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
        const upload = await readUpload(req, options.maxBytes);
        const report = await importFile(
          options.em.fork(),
          options.territories,
          identity,
          fileOf(upload),
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
