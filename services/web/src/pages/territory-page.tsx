// A territory page: where it sits, its parts, its services by type with counts, its CLSS, its map.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { TerritoryMap } from '../components/territory-map';
import { formatNumber, pick } from '../format';
import type { UiLanguage } from '../i18n';
import { LayerShapesQuery, PartsQuery, TerritoryPageQuery } from '../graphql/operations';
import type { Layer, TerritoryPageQuery as Page } from '../gql/graphql';
import { Link, territoryHref } from '../router';

type Territory = NonNullable<Page['territory']>;

const PARTS: Record<string, Layer[]> = {
  REGION: ['BASSIN'],
  BASSIN: ['COMMUNE', 'GROUPEMENT'],
  COMMUNE: ['GROUPEMENT', 'QUARTIER'],
  GROUPEMENT: ['QUARTIER'],
  QUARTIER: [],
};

function Parts(props: { id: string; layer: Layer }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const [{ data }] = useQuery({
    query: PartsQuery,
    variables: { id: props.id, layer: props.layer },
  });
  // A part shared with a neighbour (a groupement across two communes) is listed if it is mostly here.
  const parts = (data?.territory?.contains ?? [])
    .filter((part) => part.share >= 0.5 || props.layer === 'GROUPEMENT')
    .sort((a, b) =>
      pick(language, a.territory.nameFr, a.territory.nameNl).localeCompare(
        pick(language, b.territory.nameFr, b.territory.nameNl),
        language,
      ),
    );
  if (!parts.length) {
    return null;
  }
  return (
    <section aria-labelledby={`parts-${props.layer}`}>
      <h2 id={`parts-${props.layer}`}>{t(`territory.contains_${props.layer}`)}</h2>
      <ul className="parts">
        {parts.map((part) => (
          <li key={part.territory.id}>
            <Link href={territoryHref(part.territory.id)}>
              {pick(language, part.territory.nameFr, part.territory.nameNl)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function counts(territory: Territory) {
  return 'serviceCounts' in territory ? territory.serviceCounts : [];
}

function clssOf(territory: Territory) {
  if ('groupementClss' in territory) {
    return territory.groupementClss ? [territory.groupementClss] : [];
  }
  return 'clss' in territory ? territory.clss : null;
}

export function TerritoryPage(props: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const [{ data, fetching }] = useQuery({ query: TerritoryPageQuery, variables: { id: props.id } });
  const territory = data?.territory;
  const layer = territory?.layer;
  const [{ data: shapes }] = useQuery({
    query: LayerShapesQuery,
    variables: {
      bassins: layer === 'BASSIN' || layer === 'REGION',
      communes: layer === 'COMMUNE',
      groupements: layer === 'GROUPEMENT',
      quartiers: layer === 'QUARTIER',
    },
    pause: !layer,
  });
  const name = territory ? pick(language, territory.nameFr, territory.nameNl) : '';
  useEffect(() => {
    if (name) {
      document.title = `${name} · ${t('app.title')}`;
    }
  }, [name, t]);
  if (!territory) {
    return <p>{fetching ? t('common.loading') : t('territory.notFound')}</p>;
  }
  const around = [
    ...(shapes?.bassins ?? []),
    ...(shapes?.communes ?? []),
    ...(shapes?.groupements ?? []),
    ...(shapes?.quartiers ?? []),
  ];
  const sites = data.sites.edges.map(({ node }) => ({
    id: node.id,
    latitude: node.latitude,
    longitude: node.longitude,
    synthetic: node.synthetic,
    approximate: node.positionPrecision === 'COMMUNE',
  }));
  const rows = [...counts(territory)].sort((a, b) => b.total - a.total);
  const clss = clssOf(territory);
  const parents = territory.within
    .map((membership) => membership.territory)
    .filter((parent) => parent.layer !== 'SECTOR' && parent.id !== territory.id);
  return (
    <div className="territory-page">
      <nav aria-label={t('territory.within')} className="breadcrumbs">
        <ol>
          {parents.map((parent) => (
            <li key={parent.id}>
              <Link href={territoryHref(parent.id)}>
                {pick(language, parent.nameFr, parent.nameNl)}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <p className="layer">{t(`territory.layer_${territory.layer}`)}</p>
      <h1>{name}</h1>
      {'provisional' in territory && territory.provisional ? (
        <p className="warning">{t('territory.provisional')}</p>
      ) : null}
      <div className="territory-layout">
        <figure className="map">
          <TerritoryMap
            focus={territory}
            around={around}
            points={sites}
            title={t('territory.map', { name })}
          />
          <figcaption>
            {t('territory.sites', { count: sites.length })}. {t('territory.mapHint')}
          </figcaption>
        </figure>
        <div>
          {territory.layer !== 'REGION' ? (
            <p>
              <Link className="button" href={`/?territory=${encodeURIComponent(territory.id)}`}>
                {t('territory.searchHere')}
              </Link>
            </p>
          ) : null}
          {(PARTS[territory.layer] ?? []).map((partLayer) => (
            <Parts key={partLayer} id={territory.id} layer={partLayer} />
          ))}
        </div>
      </div>
      {territory.layer !== 'REGION' ? (
        <section aria-labelledby="counts-heading">
          <h2 id="counts-heading">{t('territory.services')}</h2>
          {rows.length ? (
            <div className="table-scroll">
              <table className="counts">
                <thead>
                  <tr>
                    <th scope="col">{t('territory.type')}</th>
                    <th scope="col">{t('territory.locatedIn')}</th>
                    <th scope="col">{t('territory.serves')}</th>
                    <th scope="col">{t('territory.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.type.code}>
                      <th scope="row">
                        <Link
                          href={`/?territory=${encodeURIComponent(territory.id)}&types=${encodeURIComponent(row.type.code)}`}
                        >
                          {pick(language, row.type.labelFr, row.type.labelNl)}
                        </Link>
                      </th>
                      <td>{formatNumber(language, row.locatedIn)}</td>
                      <td>{formatNumber(language, row.serves)}</td>
                      <td>{formatNumber(language, row.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('territory.noServices')}</p>
          )}
        </section>
      ) : null}
      {clss ? (
        <section aria-labelledby="clss-heading">
          <h2 id="clss-heading">{t('territory.clss')}</h2>
          {clss.length ? (
            <ul>
              {clss.map((contract) => (
                <li key={contract.id}>{pick(language, contract.nameFr, contract.nameNl)}</li>
              ))}
            </ul>
          ) : (
            <p>{t('territory.noClss')}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
