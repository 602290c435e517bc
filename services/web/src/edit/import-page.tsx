import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';

import { ExportQuery } from './edit-operations';
import { authHeaders } from './session';

type ImportFormat = 'CSV' | 'HSDS_JSON' | 'BRUXELLES_SOCIAL_JSON';
interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}
/** The API's ImportReport (the upload answers it as `data.importRegistry`). */
interface ImportReport {
  dryRun: boolean;
  organisations: Counts;
  sites: Counts;
  services: Counts;
  records: Array<{
    entity: string;
    entityId: string;
    operation: string;
    fields: Array<{ field: string; before?: unknown; after?: unknown }>;
  }>;
}

const FORMATS: ImportFormat[] = ['CSV', 'HSDS_JSON', 'BRUXELLES_SOCIAL_JSON'];
const EXPORTS = ['CSV', 'HSDS_JSON', 'HSDS_NDJSON'] as const;

interface Problem {
  line?: number;
  field?: string;
  message: string;
}
type Outcome =
  | { kind: 'report'; report: ImportReport }
  | { kind: 'rejected'; message: string; problems: Problem[] };

/** Sends the file as a multipart upload (streamed by the gateway to the registry). */
async function upload(format: ImportFormat, file: File, dryRun: boolean): Promise<Outcome> {
  const form = new FormData();
  form.set('format', format);
  form.set('dryRun', String(dryRun));
  form.set('file', file, file.name);
  const response = await fetch('/edit-api/import', {
    method: 'POST',
    credentials: 'same-origin',
    headers: authHeaders(),
    body: form,
  });
  const body = (await response.json()) as {
    data?: { importRegistry: ImportReport };
    errors?: Array<{ message: string; extensions?: { problems?: Problem[] } }>;
  };
  if (body.data) {
    return { kind: 'report', report: body.data.importRegistry };
  }
  const error = body.errors?.[0];
  return {
    kind: 'rejected',
    message: error?.message ?? `HTTP ${response.status}`,
    problems: error?.extensions?.problems ?? [],
  };
}

const shown = (value: unknown) =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

function Report(props: { report: ImportReport }) {
  const { t } = useTranslation();
  const { report } = props;
  return (
    <section aria-labelledby="report-heading" className="import-report">
      <div role="status">
        <h3 id="report-heading">
          {report.dryRun ? t('edit.import.dryRunDone') : t('edit.import.applied')}
        </h3>
      </div>
      <ul>
        {(['organisations', 'sites', 'services'] as const).map((kind) => (
          <li key={kind} data-kind={kind}>
            {t('edit.import.counts', {
              kind: t(`edit.import.kind_${kind}`),
              created: report[kind].created,
              updated: report[kind].updated,
              unchanged: report[kind].unchanged,
            })}
          </li>
        ))}
      </ul>
      {report.records.map((record) => (
        <details key={`${record.entity}:${record.entityId}`} className="import-record" open>
          <summary>
            {record.entity} {record.entityId} — {t(`edit.import.operation_${record.operation}`)}
          </summary>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('edit.history.field')}</th>
                  <th scope="col">{t('edit.history.before')}</th>
                  <th scope="col">{t('edit.history.after')}</th>
                </tr>
              </thead>
              <tbody>
                {record.fields.map((field) => (
                  <tr key={field.field}>
                    <th scope="row">{field.field}</th>
                    <td>{shown(field.before)}</td>
                    <td>{shown(field.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </section>
  );
}

/**
 * Import: choose a file and its format, see the dry run record by record and field by field (or
 * every problem by line and field), then apply that very file. Export: the registry as a file.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const client = useClient();
  const [format, setFormat] = useState<ImportFormat>('CSV');
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [checked, setChecked] = useState<{ file: File; format: ImportFormat } | null>(null);
  const [busy, setBusy] = useState(false);
  const [missingFile, setMissingFile] = useState(false);
  const [download, setDownload] = useState<{ href: string; name: string } | null>(null);

  const run = async (dryRun: boolean) => {
    if (!file) {
      setMissingFile(true);
      return;
    }
    setBusy(true);
    try {
      const result = await upload(format, file, dryRun);
      setOutcome(result);
      setChecked(dryRun && result.kind === 'report' ? { file, format } : null);
    } finally {
      setBusy(false);
    }
  };

  const exportAs = async (kind: (typeof EXPORTS)[number]) => {
    const result = await client.query(ExportQuery, { format: kind }).toPromise();
    if (result.data) {
      const type = kind === 'CSV' ? 'text/csv' : 'application/json';
      const extension = kind === 'CSV' ? 'csv' : kind === 'HSDS_NDJSON' ? 'ndjson' : 'json';
      if (download) {
        URL.revokeObjectURL(download.href);
      }
      setDownload({
        href: URL.createObjectURL(new Blob([result.data.exportRegistry], { type })),
        name: `registry.${extension}`,
      });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(true);
  };
  const canApply = checked !== null && checked.file === file && checked.format === format;

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('edit.import.heading')}</h2>
      <form className="import-form" onSubmit={submit} noValidate>
        <div className="form-field">
          <label htmlFor="import-format">{t('edit.import.format')}</label>
          <select
            id="import-format"
            value={format}
            onChange={(event) => setFormat(event.target.value as ImportFormat)}
          >
            {FORMATS.map((value) => (
              <option key={value} value={value}>
                {t(`edit.import.format_${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="import-file">{t('edit.import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-invalid={missingFile || undefined}
            aria-describedby={missingFile ? 'import-file-error' : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setMissingFile(false);
              setOutcome(null);
            }}
          />
          {missingFile ? (
            <p id="import-file-error" className="field-error">
              {t('edit.import.chooseFile')}
            </p>
          ) : null}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t('edit.import.dryRun')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || !canApply}
            onClick={() => void run(false)}
          >
            {t('edit.import.apply')}
          </button>
        </div>
      </form>
      {outcome?.kind === 'rejected' ? (
        <section className="import-problems" aria-labelledby="problems-heading">
          <div role="alert">
            <h3 id="problems-heading" className="error">
              {t('edit.import.rejected')} {outcome.message}
            </h3>
          </div>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('edit.import.line')}</th>
                  <th scope="col">{t('edit.import.field')}</th>
                  <th scope="col">{t('edit.import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {outcome.problems.map((problem, index) => (
                  <tr key={index}>
                    <td>{problem.line ?? '—'}</td>
                    <td>{problem.field ?? '—'}</td>
                    <td>{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {outcome?.kind === 'report' ? <Report report={outcome.report} /> : null}
      <h2>{t('edit.import.export')}</h2>
      <div className="actions">
        {EXPORTS.map((kind) => (
          <button key={kind} type="button" className="button" onClick={() => void exportAs(kind)}>
            {t('edit.import.exportAs', { format: kind })}
          </button>
        ))}
        {download ? (
          <a href={download.href} download={download.name}>
            {download.name}
          </a>
        ) : null}
      </div>
    </section>
  );
}
