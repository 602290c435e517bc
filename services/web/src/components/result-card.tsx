// One search hit: everything needed to decide whether to open the sheet.
import { useTranslation } from 'react-i18next';

import { formatAddress, formatDistance, languageName, pick } from '../format';
import type { UiLanguage } from '../i18n';
import type { SearchQuery } from '../gql/graphql';
import { Link, serviceHref } from '../router';
import { AccessBadges, ExampleBadge, OpenState } from './badges';

type Hit = SearchQuery['searchServices']['hits'][number];

export function ResultCard(props: { hit: Hit }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const { service, site } = props.hit;
  const name = pick(language, service.nameFr, service.nameNl);
  const phone = site?.phones[0];
  return (
    <article className={props.hit.synthetic ? 'result synthetic' : 'result'}>
      <h3>
        <Link href={serviceHref(service.id)}>{name}</Link>{' '}
        {props.hit.synthetic ? <ExampleBadge /> : null}
      </h3>
      <p className="organisation">
        {pick(language, service.organisation.nameFr, service.organisation.nameNl)}
      </p>
      <p className="types">
        {service.types.map((type) => pick(language, type.labelFr, type.labelNl)).join(' · ')}
      </p>
      <AccessBadges flags={service} />
      <dl className="facts">
        {site ? (
          <div>
            <dt className="visually-hidden">{t('note.address')}</dt>
            <dd>
              {formatAddress(language, site)}
              {props.hit.distanceMeters != null ? (
                <span className="distance">
                  {' '}
                  ·{' '}
                  {t('result.distance', {
                    distance: formatDistance(language, props.hit.distanceMeters),
                  })}
                </span>
              ) : null}
            </dd>
          </div>
        ) : null}
        {props.hit.probable ? (
          <div>
            <dd className="probable">{t('result.probable')}</dd>
          </div>
        ) : null}
        {phone ? (
          <div>
            <dt>{t('result.phone')}</dt>
            <dd>
              <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>
            </dd>
          </div>
        ) : null}
        {service.languages.length ? (
          <div>
            <dt>{t('result.languages')}</dt>
            <dd>{service.languages.map((code) => languageName(language, code)).join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt className="visually-hidden">{t('service.hours')}</dt>
          <dd>
            <OpenState openNow={site?.openAt} weekly={site?.openingHours?.weekly} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
