import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import type { FormEvent } from 'react';

import { navigate } from '../router';
import { BilingualFields, RefusalAlert } from './bilingual-form-parts';
import { refusalOf } from './graphql-errors';
import type { Refusal } from './graphql-errors';

/** One field of a creation form, named as the API input names it (its problems are matched so). */
export interface NewField {
  name: string;
  label: string;
  /** A choice instead of free text. */
  options?: ReadonlyArray<{ value: string; label: string }>;
}

export type NewValues = Record<string, string | null>;

/**
 * A new record's first fields (services, organisations, sites alike): French and Dutch side by side,
 * the API's validation messages next to their fields, then the new record's own form for the rest.
 */
export function NewRecordForm(props: {
  /** Prefix of the form's element ids (`new-site` → `#new-site-nameFr`). */
  idPrefix: string;
  heading: string;
  submitLabel: string;
  /** Base names: `name` asks `nameFr` and `nameNl`. */
  bilingual: ReadonlyArray<{ base: string; label: string }>;
  single: readonly NewField[];
  create: (values: NewValues) => Promise<{ id?: string; error?: CombinedError }>;
  hrefOf: (id: string) => string;
}) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(
      [...form.keys()].map((name) => [name, String(form.get(name) ?? '').trim() || null]),
    );
    const result = await props.create(values);
    setRefusal(refusalOf(result.error));
    if (result.id) {
      navigate(props.hrefOf(result.id));
    }
  };

  const problem = (name: string) =>
    [...(refusal?.fields ?? [])].find(([key]) => key === name || key.startsWith(`${name}[`))?.[1];
  const field = (spec: NewField, lang?: 'fr' | 'nl') => {
    const id = `${props.idPrefix}-${spec.name}`;
    const message = problem(spec.name);
    const common = {
      id,
      name: spec.name,
      lang,
      'aria-invalid': message ? true : undefined,
      'aria-describedby': message ? `${id}-error` : undefined,
    };
    return (
      <div className="form-field" key={spec.name}>
        <label htmlFor={id}>{spec.label}</label>
        {spec.options ? (
          <select {...common} defaultValue="">
            <option value="">—</option>
            {spec.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <input {...common} />
        )}
        {message ? (
          <p id={`${id}-error`} className="field-error">
            {message}
          </p>
        ) : null}
      </div>
    );
  };
  const side = (suffix: 'Fr' | 'Nl') =>
    props.bilingual.map(({ base, label }) =>
      field(
        { name: `${base}${suffix}`, label: `${label} (${suffix.toUpperCase()})` },
        suffix === 'Fr' ? 'fr' : 'nl',
      ),
    );

  return (
    <details className="new-record">
      <summary>{props.heading}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <RefusalAlert refusal={refusal} />
        <BilingualFields side={side} />
        {props.single.map((spec) => field(spec))}
        <button type="submit" className="button">
          {props.submitLabel}
        </button>
      </form>
    </details>
  );
}
