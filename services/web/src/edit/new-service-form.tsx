import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { pick } from '../format';
import { LabelsQuery } from '../graphql/operations';
import type { UiLanguage } from '../i18n';
import { CreateServiceMutation } from './edit-operations';
import { editServiceHref } from './edit-paths';
import { NewRecordForm } from './new-record-form';

/** A new service of this organisation: its names and type, then its own form for the rest. */
export function NewServiceForm(props: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const [{ data: labels }] = useQuery({ query: LabelsQuery });
  const [, create] = useMutation(CreateServiceMutation);
  return (
    <NewRecordForm
      idPrefix="new-service"
      heading={t('edit.newService.heading')}
      submitLabel={t('edit.newService.create')}
      bilingual={[{ base: 'name', label: t('edit.fields.name') }]}
      single={[
        {
          name: 'typeCodes',
          label: t('edit.work.type'),
          options: (labels?.types ?? []).map((term) => ({
            value: term.code,
            label: pick(language, term.labelFr, term.labelNl),
          })),
        },
      ]}
      create={async ({ typeCodes, ...names }) => {
        const result = await create({
          input: {
            organisationId: props.organisationId,
            nameFr: names.nameFr,
            nameNl: names.nameNl,
            typeCodes: typeCodes ? [typeCodes] : [],
          },
        });
        return { id: result.data?.createService.id, error: result.error };
      }}
      hrefOf={editServiceHref}
    />
  );
}
