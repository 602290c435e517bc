// The service sheet: everything needed to refer someone, and the referral note in FR or NL.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { AccessBadges, ExampleBadge, OpenState } from '../components/badges';
import { OpeningHoursTable } from '../components/opening-hours';
import { formatAddress, formatDate, languageName, pick } from '../format';
import type { UiLanguage } from '../i18n';
import { UI_LANGUAGES } from '../i18n';
import { ServiceSheetQuery } from '../graphql/operations';
import type { ServiceSheetQuery as Sheet } from '../gql/graphql';
import { Link, noteHref, serviceHref, territoryHref } from '../router';
import { nowIso } from '../format';

type Service = NonNullable<Sheet['service']>;
type Collaboration = Service['organisation']['collaborations'][number]['collaboration'];

const YEAR_MS = 365 * 24 * 3600 * 1000;

export function useServiceSheet(id: string) {
  const [now] = useState(nowIso);
  return useQuery({ query: ServiceSheetQuery, variables: { id, now } });
}

function collaborationName(language: UiLanguage, collaboration: Collaboration): string | null {
  switch (collaboration.__typename) {
    case 'LocalSocialHealthContract':
    case 'IntegratedCentre':
    case 'Network':
      return pick(language, collaboration.nameFr, collaboration.nameNl);
    case 'Convention':
      return pick(language, collaboration.objectFr, collaboration.objectNl);
    case 'RegionalCommittee':
      return pick(language, collaboration.committeeFr, collaboration.committeeNl);
    default:
      return null;
  }
}

function Verified(props: { verifiedAt: string | null | undefined; language: UiLanguage }) {
  const { t } = useTranslation();
  if (!props.verifiedAt) {
    return <p className="warning">{t('service.neverVerified')}</p>;
  }
  const old = Date.now() - new Date(props.verifiedAt).getTime() > YEAR_MS;
  return (
    <>
      <p>{t('service.verified', { date: formatDate(props.language, props.verifiedAt) })}</p>
      {old ? <p className="warning">{t('service.verifiedOld')}</p> : null}
    </>
  );
}

function Text(props: {
  label: string;
  fr?: string | null;
  nl?: string | null;
  language: UiLanguage;
}) {
  const text = pick(props.language, props.fr, props.nl);
  if (!text) {
    return null;
  }
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{text}</dd>
    </>
  );
}

export function ServicePage(props: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const [{ data, error, fetching }] = useServiceSheet(props.id);
  // The note follows the interface language until the user picks one for the person.
  const [pickedNoteLanguage, setNoteLanguage] = useState<UiLanguage | null>(null);
  const noteLanguage = pickedNoteLanguage ?? language;
  const service = data?.service;
  const name = service ? pick(language, service.nameFr, service.nameNl) : '';
  useEffect(() => {
    if (name) {
      document.title = `${name} · ${t('app.title')}`;
    }
  }, [name, t]);
  if (error) {
    return (
      <p role="alert" className="error">
        {t('common.error', { message: error.message })}
      </p>
    );
  }
  if (!service) {
    return <p>{fetching ? t('common.loading') : t('service.notFound')}</p>;
  }
  const organisation = service.organisation;
  const ages =
    service.minimumAge != null && service.maximumAge != null
      ? t('service.agesRange', { min: service.minimumAge, max: service.maximumAge })
      : service.minimumAge != null
        ? t('service.agesMin', { min: service.minimumAge })
        : service.maximumAge != null
          ? t('service.agesMax', { max: service.maximumAge })
          : null;
  const others = organisation.services.filter((other) => other.id !== service.id);
  return (
    <article className="sheet">
      <p>
        <Link
          href="/"
          onClick={(event) => {
            if (window.history.length > 1) {
              event.preventDefault();
              window.history.back();
            }
          }}
        >
          ← {t('service.back')}
        </Link>
      </p>
      <h1>
        {name} {service.synthetic ? <ExampleBadge /> : null}
      </h1>
      {service.synthetic ? <p className="example-note">{t('result.exampleTitle')}</p> : null}
      <p className="types">
        {service.types.map((type) => pick(language, type.labelFr, type.labelNl)).join(' · ')}
      </p>
      <p className="organisation">{pick(language, organisation.nameFr, organisation.nameNl)}</p>
      <AccessBadges flags={service} />

      <section className="referral-box" aria-labelledby="referral-heading">
        <h2 id="referral-heading">{t('service.referral')}</h2>
        <fieldset className="segmented">
          <legend>{t('service.referralLanguage')}</legend>
          {UI_LANGUAGES.map((code) => (
            <label key={code}>
              <input
                type="radio"
                name="note-language"
                value={code}
                checked={noteLanguage === code}
                onChange={() => setNoteLanguage(code)}
              />
              {code === 'fr' ? 'Français' : 'Nederlands'}
            </label>
          ))}
        </fieldset>
        <Link className="button primary" href={noteHref(service.id, noteLanguage)}>
          {t('service.openReferral')}
        </Link>
      </section>

      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('service.description')}</h2>
        <p>
          {pick(language, service.descriptionFr, service.descriptionNl) || t('service.notGiven')}
        </p>
        <dl className="fields">
          {service.publics.length ? (
            <>
              <dt>{t('service.publics')}</dt>
              <dd>
                {service.publics
                  .map((item) => pick(language, item.labelFr, item.labelNl))
                  .join(', ')}
              </dd>
            </>
          ) : null}
          {ages ? (
            <>
              <dt>{t('service.ages')}</dt>
              <dd>{ages}</dd>
            </>
          ) : null}
          <Text
            label={t('service.eligibility')}
            fr={service.eligibilityFr}
            nl={service.eligibilityNl}
            language={language}
          />
          <Text
            label={t('service.howToApply')}
            fr={service.howToApplyFr}
            nl={service.howToApplyNl}
            language={language}
          />
          <Text
            label={t('service.cost')}
            fr={service.costFr}
            nl={service.costNl}
            language={language}
          />
          <dt>{t('service.languages')}</dt>
          <dd>
            {service.languages.length
              ? service.languages.map((code) => languageName(language, code)).join(', ')
              : t('service.notGiven')}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('service.sites')}</h2>
        {service.deliveries.map(({ site, openingHours, contacts }) => (
          <div key={site.id} className="site">
            <h3>{pick(language, site.nameFr, site.nameNl) || formatAddress(language, site)}</h3>
            <p>
              {formatAddress(language, site)}
              {site.positionPrecision === 'COMMUNE' ? (
                <span className="hint"> ({t('service.positionApprox')})</span>
              ) : null}
            </p>
            <p className="territories">
              {[site.commune, site.groupement, site.bassin].map((territory, index) =>
                territory ? (
                  <span key={territory.id}>
                    {index > 0 ? ' · ' : ''}
                    <Link href={territoryHref(territory.id)}>
                      {pick(language, territory.nameFr, territory.nameNl)}
                    </Link>
                  </span>
                ) : null,
              )}
            </p>
            {site.phones.map((phone) => (
              <p key={phone}>
                {t('result.phone')}: <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>
              </p>
            ))}
            <OpenState openNow={site.openAt} weekly={openingHours?.weekly} />
            <h4>{t('service.hours')}</h4>
            <OpeningHoursTable hours={openingHours} t={t} />
            {contacts.length ? (
              <>
                <h4>{t('service.contacts')}</h4>
                <ul>
                  {contacts.map((contact, index) => (
                    <li key={index}>
                      {[contact.name, contact.title].filter(Boolean).join(', ')}{' '}
                      {contact.phone ? (
                        <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
                      ) : null}{' '}
                      {contact.email ? (
                        <a href={`mailto:${contact.email}`}>{contact.email}</a>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {site.accessibility ? (
              <p>
                {t('service.accessibility')}: {site.accessibility}
              </p>
            ) : null}
          </div>
        ))}
      </section>

      <section aria-labelledby="organisation-heading">
        <h2 id="organisation-heading">{t('service.organisation')}</h2>
        <p>{pick(language, organisation.nameFr, organisation.nameNl)}</p>
        <dl className="fields">
          {organisation.website ? (
            <>
              <dt>{t('service.website')}</dt>
              <dd>
                <a href={organisation.website} rel="noopener noreferrer">
                  {organisation.website}
                </a>
              </dd>
            </>
          ) : null}
          {organisation.email ? (
            <>
              <dt>{t('service.email')}</dt>
              <dd>
                <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
              </dd>
            </>
          ) : null}
          {organisation.agrements.length ? (
            <>
              <dt>{t('service.agrements')}</dt>
              <dd>
                <ul>
                  {organisation.agrements.map((agrement, index) => (
                    <li key={index}>
                      {agrement.authority.replace(/_/g, ' ')} — {agrement.kind}
                      {agrement.number ? ` (${agrement.number})` : ''}
                      {agrement.validTo
                        ? `, ${t('service.validTo', { date: agrement.validTo })}`
                        : ''}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
        {others.length ? (
          <>
            <h3>{t('service.otherServices')}</h3>
            <ul>
              {others.map((other) => (
                <li key={other.id}>
                  <Link href={serviceHref(other.id)}>
                    {pick(language, other.nameFr, other.nameNl)}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {organisation.collaborations.length ? (
          <>
            <h3>{t('service.collaborations')}</h3>
            <ul>
              {organisation.collaborations.map((membership, index) => {
                const label = collaborationName(language, membership.collaboration);
                const groupement =
                  membership.collaboration.__typename === 'LocalSocialHealthContract'
                    ? membership.collaboration.groupement.id
                    : null;
                return label ? (
                  <li key={index}>
                    {groupement ? <Link href={territoryHref(groupement)}>{label}</Link> : label}
                  </li>
                ) : null;
              })}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="verified-heading" className="verified">
        <h2 id="verified-heading" className="visually-hidden">
          {t('service.verified', { date: '' })}
        </h2>
        <Verified verifiedAt={service.verifiedAt} language={language} />
        <p className="hint">
          {t('service.source')}: {service.source}
        </p>
      </section>
    </article>
  );
}
