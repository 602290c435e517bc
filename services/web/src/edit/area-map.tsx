import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { TerritoryMap } from '../components/territory-map';
import type { MapPicking, MapShape } from '../components/territory-map';
import { LayerShapesQuery } from '../graphql/operations';
import { RegionShapeQuery } from './edit-operations';

const LAYERS = ['communes', 'groupements', 'quartiers'] as const;
type Layer = (typeof LAYERS)[number];

/**
 * Service areas picked on the map: a layer's shapes drawn in the Region, a click toggling one. Its
 * shapes load when it is opened; the tree beside it stays the keyboard's way to the same choice.
 */
export function AreaMap(props: {
  id: string;
  picking: MapPicking;
  /** The names of the shapes drawn, for the list of chosen areas. */
  onShapes: (shapes: MapShape[]) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [layer, setLayer] = useState<Layer>('communes');
  const [{ data: region }] = useQuery({ query: RegionShapeQuery, pause: !open });
  const [{ data: shapes }] = useQuery({
    query: LayerShapesQuery,
    variables: {
      bassins: false,
      communes: layer === 'communes',
      groupements: layer === 'groupements',
      quartiers: layer === 'quartiers',
    },
    pause: !open,
  });
  const around = (shapes?.[layer] ?? []) as MapShape[];
  const focus = region?.territory as MapShape | null | undefined;
  useEffect(() => props.onShapes(around), [shapes]);
  return (
    <details
      className="area-map"
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>{t('edit.areas.map')}</summary>
      <p className="hint">{t('edit.areas.mapHint')}</p>
      <fieldset className="filters">
        <legend>{t('edit.areas.layer')}</legend>
        {LAYERS.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${props.id}-layer`}
              value={value}
              checked={layer === value}
              onChange={() => setLayer(value)}
            />{' '}
            {t(`edit.areas.layer_${value}`)}
          </label>
        ))}
      </fieldset>
      {focus && around.length > 0 ? (
        <TerritoryMap
          focus={focus}
          around={around}
          points={[]}
          title={t('edit.areas.map')}
          picking={props.picking}
        />
      ) : open ? (
        <p>{t('common.loading')}</p>
      ) : null}
    </details>
  );
}
