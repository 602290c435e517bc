// The three registry forms: each a spec of its fields and its operations for RecordEditor.
import { useTranslation } from 'react-i18next';

import { pick } from '../format';
import type { UiLanguage } from '../i18n';
import { Link, serviceHref } from '../router';
import {
  EditOrganisationQuery,
  EditServiceQuery,
  EditSiteQuery,
  UpdateOrganisationMutation,
  UpdateServiceMutation,
  UpdateSiteMutation,
} from './edit-operations';
import { editOrganisationHref, editSiteHref } from './edit-paths';
import { NewServiceForm } from './new-service-form';
import { NewSiteForm } from './new-site-form';
import { RecordEditor } from './record-editor';
import { ServiceDeliveries } from './service-deliveries';
import type { EditableRecord, FormSpec, RecordMutation, RecordQuery } from './record-form';

const SERVICE: FormSpec = {
  entity: 'Service',
  bilingual: ['name', 'description', 'eligibility', 'howToApply', 'cost'],
  multiline: ['description', 'eligibility', 'howToApply', 'cost'],
  single: [
    { name: 'languages', list: true },
    { name: 'serviceAreaIds', list: true, widget: 'territories' },
  ],
};
const ORGANISATION: FormSpec = {
  entity: 'Organisation',
  bilingual: ['name', 'alternateName', 'description'],
  multiline: ['description'],
  single: [
    { name: 'legalStatus' },
    { name: 'enterpriseNumber' },
    { name: 'website' },
    { name: 'email' },
    { name: 'phones', list: true },
    { name: 'agrements', parts: ['authority', 'kind', 'number', 'validFrom', 'validTo', 'note'] },
  ],
};
const SITE: FormSpec = {
  entity: 'Site',
  bilingual: ['name', 'street'],
  multiline: [],
  single: [
    { name: 'number' },
    { name: 'postcode' },
    { name: 'phones', list: true },
    { name: 'contacts', parts: ['name', 'title', 'phone', 'email'] },
    { name: 'accessibility' },
    { name: 'openingHours', widget: 'hours' },
  ],
};

// The generated operation types are specific; the editor reads them through their common shape.
const asQuery = (document: unknown) => document as RecordQuery;
const asMutation = (document: unknown) => document as RecordMutation;

const named = (language: UiLanguage, record: EditableRecord) =>
  pick(language, record.nameFr as string | null, record.nameNl as string | null);

interface Named {
  id: string;
  nameFr?: string | null;
  nameNl?: string | null;
  streetFr?: string | null;
  streetNl?: string | null;
}

export function ServiceEditor(props: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  return (
    <RecordEditor
      id={props.id}
      spec={SERVICE}
      query={asQuery(EditServiceQuery)}
      mutation={asMutation(UpdateServiceMutation)}
      heading={(record) =>
        t('edit.headingOf', { heading: t('edit.service.heading'), name: named(language, record) })
      }
      facts={(record, at) => {
        const organisation = record.organisation as Named;
        const sites = (record.sites as Named[] | undefined) ?? [];
        return (
          <>
            <ul className="record-links">
              <li>
                {t('edit.service.organisation', { name: '' })}
                <Link href={editOrganisationHref(organisation.id)}>
                  {pick(language, organisation.nameFr, organisation.nameNl)}
                </Link>
              </li>
              {sites.map((site) => (
                <li key={site.id}>
                  {t('edit.site.label')}{' '}
                  <Link href={editSiteHref(site.id)}>
                    {pick(language, site.nameFr, site.nameNl) ||
                      pick(language, site.streetFr, site.streetNl) ||
                      site.id}
                  </Link>
                </li>
              ))}
              <li>
                <Link href={serviceHref(record.id)}>{t('edit.service.public')}</Link>
              </li>
            </ul>
            <ServiceDeliveries serviceId={record.id} at={at} />
          </>
        );
      }}
    />
  );
}

export function OrganisationEditor(props: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  return (
    <RecordEditor
      id={props.id}
      spec={ORGANISATION}
      query={asQuery(EditOrganisationQuery)}
      mutation={asMutation(UpdateOrganisationMutation)}
      heading={(record) =>
        t('edit.headingOf', {
          heading: t('edit.organisation.heading'),
          name: named(language, record),
        })
      }
      facts={(record) => (
        <>
          <NewServiceForm organisationId={record.id} />
          <NewSiteForm organisationId={record.id} />
        </>
      )}
    />
  );
}

export function SiteEditor(props: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  return (
    <RecordEditor
      id={props.id}
      spec={SITE}
      query={asQuery(EditSiteQuery)}
      mutation={asMutation(UpdateSiteMutation)}
      heading={(record) =>
        t('edit.headingOf', {
          heading: t('edit.site.heading'),
          name:
            named(language, record) ||
            pick(language, record.streetFr as string | null, record.streetNl as string | null),
        })
      }
    />
  );
}
