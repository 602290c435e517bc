import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { pick } from '../format';
import type { UiLanguage } from '../i18n';
import type { MapShape } from '../components/territory-map';
import { AreaMap } from './area-map';
import { TerritoryTreeQuery } from './edit-operations';

const REGION = 'region:bru';

interface Node {
  id: string;
  nameFr?: string;
  nameNl?: string;
}

/**
 * Service areas picked on the territory tree: the Region, each bassin, and inside it its communes
 * and groupements (a commune split between bassins appears under each); or on the map (communes,
 * groupements, quartiers), whose choices the tree does not hold are listed as boxes too. The value
 * is the ids, one a line, as the record form keeps list fields.
 */
export function TerritoryPicker(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  problem?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const [{ data }] = useQuery({ query: TerritoryTreeQuery });
  const chosen = new Set(props.value.split('\n').filter(Boolean));
  const [mapNames, setMapNames] = useState<ReadonlyMap<string, MapShape>>(new Map());
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) {
      next.add(id);
    } else {
      next.delete(id);
    }
    props.onChange([...next].join('\n'));
  };
  const box = (node: Node, label: string) => (
    <li key={node.id}>
      <label>
        <input
          type="checkbox"
          value={node.id}
          checked={chosen.has(node.id)}
          onChange={(event) => toggle(node.id, event.target.checked)}
        />{' '}
        {label}
      </label>
    </li>
  );
  const name = (node: Node) => pick(language, node.nameFr, node.nameNl) || node.id;
  const inTree = new Set([
    REGION,
    ...(data?.bassins ?? []).flatMap((bassin) => [
      bassin.id,
      ...bassin.communes.map(({ territory }) => territory.id),
      ...bassin.groupements.map(({ territory }) => territory.id),
    ]),
  ]);
  const elsewhere = [...chosen].filter((id) => !inTree.has(id));
  return (
    <fieldset
      id={props.id}
      className="territory-picker"
      aria-describedby={props.problem ? `${props.id}-error` : undefined}
    >
      <legend>{t('edit.fields.serviceAreaIds')}</legend>
      <p className="hint">{t('edit.areas.hint')}</p>
      {props.problem ? (
        <p id={`${props.id}-error`} className="field-error">
          {props.problem}
        </p>
      ) : null}
      <ul className="tree">
        {box({ id: REGION }, t('edit.areas.region'))}
        {data?.bassins.map((bassin) => (
          <li key={bassin.id}>
            <details open={bassin.communes.some(({ territory }) => chosen.has(territory.id))}>
              <summary>{name(bassin)}</summary>
              <ul>
                {box(bassin, t('edit.areas.wholeBassin', { name: name(bassin) }))}
                {bassin.communes.map(({ territory }) => box(territory, name(territory)))}
                {bassin.groupements.map(({ territory }) =>
                  box(territory, `${t('edit.areas.groupement')} ${name(territory)}`),
                )}
              </ul>
            </details>
          </li>
        ))}
        {elsewhere.map((id) => box({ id, ...mapNames.get(id) }, name({ id, ...mapNames.get(id) })))}
      </ul>
      <AreaMap
        id={`${props.id}-map`}
        picking={{ chosen, toggle: (id) => toggle(id, !chosen.has(id)) }}
        onShapes={(shapes) =>
          setMapNames(new Map([...mapNames, ...shapes.map((shape) => [shape.id, shape] as const)]))
        }
      />
    </fieldset>
  );
}
