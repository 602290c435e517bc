import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { pick } from '../format';
import { LabelsQuery } from '../graphql/operations';
import type { UiLanguage } from '../i18n';
import { navigate } from '../router';
import { CreateServiceMutation } from './edit-operations';
import { editServiceHref } from './edit-paths';
import { refusalOf } from './graphql-errors';
import type { Refusal } from './graphql-errors';

/** A new service of this organisation: its names and type, then its own form for the rest. */
export function NewServiceForm(props: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const [{ data: labels }] = useQuery({ query: LabelsQuery });
  const [, create] = useMutation(CreateServiceMutation);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    const type = text('typeCode');
    const result = await create({
      input: {
        organisationId: props.organisationId,
        nameFr: text('nameFr'),
        nameNl: text('nameNl'),
        typeCodes: type ? [type] : [],
      },
    });
    setRefusal(refusalOf(result.error));
    if (result.data) {
      navigate(editServiceHref(result.data.createService.id));
    }
  };

  const problem = (field: string) =>
    [...(refusal?.fields ?? [])].find(([key]) => key === field || key.startsWith(`${field}[`))?.[1];
  const field = (name: string, label: string, control: (id: string) => ReactNode) => (
    <div className="form-field">
      <label htmlFor={`new-service-${name}`}>{label}</label>
      {control(`new-service-${name}`)}
      {problem(name) ? (
        <p id={`new-service-${name}-error`} className="field-error">
          {problem(name)}
        </p>
      ) : null}
    </div>
  );
  const invalid = (name: string) => ({
    'aria-invalid': problem(name) ? true : undefined,
    'aria-describedby': problem(name) ? `new-service-${name}-error` : undefined,
  });

  return (
    <details className="new-service">
      <summary>{t('edit.newService.heading')}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {refusal ? (
          <p role="alert" className="error">
            {refusal.code === 'BAD_USER_INPUT' ? t('edit.service.invalid') : refusal.message}
          </p>
        ) : null}
        {field('nameFr', `${t('edit.fields.name')} (FR)`, (id) => (
          <input id={id} name="nameFr" lang="fr" {...invalid('nameFr')} />
        ))}
        {field('nameNl', `${t('edit.fields.name')} (NL)`, (id) => (
          <input id={id} name="nameNl" lang="nl" {...invalid('nameNl')} />
        ))}
        {field('typeCodes', t('edit.work.type'), (id) => (
          <select id={id} name="typeCode" defaultValue="" {...invalid('typeCodes')}>
            <option value="">—</option>
            {labels?.types.map((term) => (
              <option key={term.code} value={term.code}>
                {pick(language, term.labelFr, term.labelNl)}
              </option>
            ))}
          </select>
        ))}
        <button type="submit" className="button">
          {t('edit.newService.create')}
        </button>
      </form>
    </details>
  );
}
