import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { pick } from '../format';
import type { UiLanguage } from '../i18n';
import { CreateSiteMutation, TerritoryTreeQuery } from './edit-operations';
import { editSiteHref } from './edit-paths';
import { NewRecordForm } from './new-record-form';

/** A new site of this organisation: names, address and commune, then its own form for the rest. */
export function NewSiteForm(props: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const [{ data }] = useQuery({ query: TerritoryTreeQuery });
  const [, create] = useMutation(CreateSiteMutation);
  // A commune split between bassins is listed under each: once here, by name.
  const communes = new Map(
    (data?.bassins ?? []).flatMap((bassin) =>
      bassin.communes.flatMap(({ territory }) =>
        'nameFr' in territory
          ? [[territory.id, pick(language, territory.nameFr, territory.nameNl)] as const]
          : [],
      ),
    ),
  );
  return (
    <NewRecordForm
      idPrefix="new-site"
      heading={t('edit.newSite.heading')}
      submitLabel={t('edit.newSite.create')}
      bilingual={[
        { base: 'name', label: t('edit.fields.name') },
        { base: 'street', label: t('edit.fields.street') },
      ]}
      single={[
        { name: 'number', label: t('edit.fields.number') },
        { name: 'postcode', label: t('edit.fields.postcode') },
        {
          name: 'communeNis',
          label: t('edit.newSite.commune'),
          options: [...communes]
            .sort(([, a], [, b]) => a.localeCompare(b, language))
            .map(([id, label]) => ({ value: id.replace(/^commune:/, ''), label })),
        },
      ]}
      create={async (input) => {
        const result = await create({ input: { ...input, organisationId: props.organisationId } });
        return { id: result.data?.createSite.id, error: result.error };
      }}
      hrefOf={editSiteHref}
    />
  );
}
