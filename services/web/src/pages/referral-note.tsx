// The referral note: one printable page, in the language chosen for the person (?lang=fr|nl),
// whatever the interface language; its own <div lang> so screen readers and hyphenation follow it.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { ACCESS_FLAGS } from '../components/badges';
import { OpeningHoursTable } from '../components/opening-hours';
import { formatAddress, formatDate, languageName, pick } from '../format';
import { isUiLanguage } from '../i18n';
import type { UiLanguage } from '../i18n';
import { Link, serviceHref, useLocation } from '../router';
import { useServiceSheet } from './service-page';

export function ReferralNote(props: { id: string }) {
  const { t: ui, i18n } = useTranslation();
  const { params } = useLocation();
  const asked = params.get('lang');
  const language: UiLanguage = isUiLanguage(asked) ? asked : (i18n.language as UiLanguage);
  const t = i18n.getFixedT(language);
  const [{ data, fetching }] = useServiceSheet(props.id);
  const service = data?.service;
  const name = service ? pick(language, service.nameFr, service.nameNl) : '';
  useEffect(() => {
    if (name) {
      document.title = `${t('note.title')} · ${name}`;
    }
  }, [name, t]);
  if (!service) {
    return <p>{fetching ? ui('common.loading') : ui('service.notFound')}</p>;
  }
  const access = ACCESS_FLAGS.filter(([flag]) => service[flag]).map(([, code]) =>
    t(`access.${code}`),
  );
  const howTo = pick(language, service.howToApplyFr, service.howToApplyNl);
  const eligibility = pick(language, service.eligibilityFr, service.eligibilityNl);
  const cost = pick(language, service.costFr, service.costNl);
  return (
    <div className="note-page">
      <div className="note-actions no-print">
        <Link href={serviceHref(service.id)}>← {ui('note.back')}</Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('note.print')}
        </button>
      </div>
      <article className="note" lang={language} aria-labelledby="note-title">
        <h1 id="note-title">{t('note.title')}</h1>
        {service.synthetic ? <p className="note-example">{t('note.example')}</p> : null}
        <p>{t('note.intro')}</p>
        <h2 className="note-service">{name}</h2>
        <p className="organisation">
          {pick(language, service.organisation.nameFr, service.organisation.nameNl)} —{' '}
          {service.types.map((type) => pick(language, type.labelFr, type.labelNl)).join(', ')}
        </p>
        {service.deliveries.map(({ site, openingHours }) => (
          <section key={site.id} className="note-site">
            <h3>{t('note.address')}</h3>
            <p className="note-address">{formatAddress(language, site)}</p>
            {site.phones.length ? (
              <p>
                {t('note.phone')}: <strong>{site.phones.join(' / ')}</strong>
              </p>
            ) : null}
            <h3>{t('note.hours')}</h3>
            <OpeningHoursTable hours={openingHours} t={t} highlightToday={false} />
          </section>
        ))}
        <section>
          <h3>{t('note.bring')}</h3>
          <ul>
            {access.length ? <li>{access.join(' · ')}</li> : null}
            {eligibility ? <li>{eligibility}</li> : null}
            {howTo ? <li>{howTo}</li> : null}
            {cost ? (
              <li>
                {t('note.cost')}: {cost}
              </li>
            ) : null}
            {service.languages.length ? (
              <li>
                {t('note.languages')}:{' '}
                {service.languages.map((code) => languageName(language, code)).join(', ')}
              </li>
            ) : null}
            <li>{t('note.verify')}</li>
          </ul>
        </section>
        <p className="note-footer">
          {t('note.printed', { date: formatDate(language, new Date().toISOString()) })}
        </p>
      </article>
    </div>
  );
}
