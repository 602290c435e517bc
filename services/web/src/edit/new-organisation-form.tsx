import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { CreateOrganisationMutation } from './edit-operations';
import { editOrganisationHref } from './edit-paths';
import { NewRecordForm } from './new-record-form';

/** A new organisation: its names (and enterprise number), then its own form for the rest. */
export function NewOrganisationForm() {
  const { t } = useTranslation();
  const [, create] = useMutation(CreateOrganisationMutation);
  return (
    <NewRecordForm
      idPrefix="new-organisation"
      heading={t('edit.newOrganisation.heading')}
      submitLabel={t('edit.newOrganisation.create')}
      bilingual={[{ base: 'name', label: t('edit.fields.name') }]}
      single={[{ name: 'enterpriseNumber', label: t('edit.fields.enterpriseNumber') }]}
      create={async (input) => {
        const result = await create({ input });
        return { id: result.data?.createOrganisation.id, error: result.error };
      }}
      hrefOf={editOrganisationHref}
    />
  );
}
