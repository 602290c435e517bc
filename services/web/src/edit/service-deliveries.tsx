import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { pick } from '../format';
import type { EditDeliveryFieldsFragment } from '../gql/graphql';
import type { UiLanguage } from '../i18n';
import {
  EditDeliveriesQuery,
  SetServiceContactsAtSiteMutation,
  SetServiceHoursAtSiteMutation,
} from './edit-operations';
import { refusalOf } from './graphql-errors';
import type { Refusal } from './graphql-errors';
import { HoursPicker } from './hours-picker';
import { partsOf, textOf } from './hours-text';
import type { OpeningHoursValue } from './hours-text';
import { changedFrom, inputOf, valuesOf } from './record-form';
import type { FormSpec, FormValues, RecordVersion } from './record-form';

type Delivery = EditDeliveryFieldsFragment['deliveries'][number];

// The two fields a service may keep for itself at one site. An empty value is "the site's".
const DELIVERY: FormSpec = {
  entity: 'Service',
  bilingual: [],
  multiline: [],
  single: [
    { name: 'openingHours', widget: 'hours' },
    { name: 'contacts', parts: ['name', 'title', 'phone', 'email'] },
  ],
};

const valuesOfDelivery = (delivery: Delivery): FormValues =>
  valuesOf(DELIVERY, {
    openingHours: delivery.ownHours ? delivery.openingHours : null,
    contacts: delivery.ownContacts ? delivery.contacts : [],
  });

/** One site of the service: its own hours and contacts there, or the site's. */
function DeliveryForm(props: { serviceId: string; delivery: Delivery; at: RecordVersion }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const { delivery } = props;
  const [read, setRead] = useState(() => valuesOfDelivery(delivery));
  const [draft, setDraft] = useState(read);
  const [refused, setRefused] = useState<{ field: string; refusal: Refusal } | null>(null);
  const [saved, setSaved] = useState(false);
  const [, setHours] = useMutation(SetServiceHoursAtSiteMutation);
  const [, setContacts] = useMutation(SetServiceContactsAtSiteMutation);
  const site = delivery.site;
  const siteName =
    pick(language, site.nameFr, site.nameNl) || pick(language, site.streetFr, site.streetNl);
  const id = `delivery-${site.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = inputOf(DELIVERY, draft, changedFrom(DELIVERY, read, draft));
    let version = props.at.version;
    let answer: EditDeliveryFieldsFragment | undefined;
    const target = { serviceId: props.serviceId, siteId: site.id };
    for (const field of Object.keys(input)) {
      const result =
        field === 'openingHours'
          ? await setHours({
              ...target,
              version,
              openingHours: input.openingHours as OpeningHoursValue | null,
            })
          : await setContacts({
              ...target,
              version,
              contacts: (input.contacts as unknown[]).length > 0 ? (input.contacts as never) : null,
            });
      const refusal = refusalOf(result.error);
      if (refusal) {
        setRefused({ field, refusal });
        return;
      }
      answer =
        result.data && 'setServiceHoursAtSite' in result.data
          ? result.data.setServiceHoursAtSite
          : result.data?.setServiceContactsAtSite;
      version = answer?.version ?? version;
      props.at.written(version);
    }
    setRefused(null);
    const now = answer?.deliveries.find((candidate) => candidate.site.id === site.id);
    if (now) {
      const values = valuesOfDelivery(now);
      setRead(values);
      setDraft(values);
    }
    setSaved(true);
  };

  const problem = (field: string) =>
    refused?.field === field
      ? ([...refused.refusal.fields.values()][0] ?? refused.refusal.message)
      : undefined;
  const ownHours = draft.openingHours !== '';
  const contactsProblem = problem('contacts');
  return (
    <details className="delivery">
      <summary>{t('edit.delivery.heading', { site: siteName || site.id })}</summary>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {refused ? (
          <p role="alert" className="error">
            {refused.refusal.code === 'BAD_USER_INPUT'
              ? t('edit.service.invalid')
              : refused.refusal.message}
          </p>
        ) : null}
        {saved ? (
          <p role="status" className="saved">
            {t('edit.service.saved', { version: props.at.version })}
          </p>
        ) : null}
        <div className="form-field">
          <label>
            <input
              type="checkbox"
              checked={ownHours}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  openingHours: event.target.checked
                    ? textOf({ ...partsOf(delivery.openingHours), known: true })
                    : '',
                })
              }
            />{' '}
            {t('edit.delivery.ownHours')}
          </label>
        </div>
        {ownHours ? (
          <HoursPicker
            id={`${id}-hours`}
            legend={t('edit.delivery.hours', { site: siteName })}
            value={draft.openingHours ?? ''}
            onChange={(value) => setDraft({ ...draft, openingHours: value })}
            problem={problem('openingHours')}
          />
        ) : (
          <p className="hint">{t('edit.delivery.siteHours')}</p>
        )}
        <div className="form-field">
          <label htmlFor={`${id}-contacts`}>
            {t('edit.delivery.contacts')}{' '}
            {t('edit.fields.oneALineParts', {
              parts: ['name', 'title', 'phone', 'email']
                .map((part) => t(`edit.parts.${part}`))
                .join(' ; '),
            })}
          </label>
          <textarea
            id={`${id}-contacts`}
            rows={3}
            value={draft.contacts ?? ''}
            aria-invalid={contactsProblem ? true : undefined}
            aria-describedby={contactsProblem ? `${id}-contacts-error` : undefined}
            onChange={(event) => setDraft({ ...draft, contacts: event.target.value })}
          />
          {contactsProblem ? (
            <p id={`${id}-contacts-error`} className="field-error">
              {contactsProblem}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button">
          {t('edit.delivery.save')}
        </button>
      </form>
    </details>
  );
}

/** A service's own hours and contacts at each of its sites (HSDS service_at_location). */
export function ServiceDeliveries(props: { serviceId: string; at: RecordVersion }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: EditDeliveriesQuery, variables: { id: props.serviceId } });
  const deliveries = data?.service?.deliveries ?? [];
  if (deliveries.length === 0) {
    return null;
  }
  return (
    <section className="deliveries" aria-labelledby="deliveries-heading">
      <h3 id="deliveries-heading">{t('edit.delivery.title')}</h3>
      {deliveries.map((delivery) => (
        <DeliveryForm
          key={delivery.site.id}
          serviceId={props.serviceId}
          delivery={delivery}
          at={props.at}
        />
      ))}
    </section>
  );
}
