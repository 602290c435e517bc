// Facets as filters: each facet a group of checkboxes with its human label and count.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../format';
import type { UiLanguage } from '../i18n';
import type { FacetName, Labels } from '../labels';

export interface FacetCounts {
  value: string;
  count: number;
}

const SHOWN = 6;

export function FacetGroup(props: {
  facet: FacetName;
  counts: FacetCounts[];
  selected: string[];
  labels: Labels;
  onToggle: (value: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  // Selected values stay visible even when this page's answer no longer counts them.
  const counted = new Set(props.counts.map((item) => item.value));
  const rows = [
    ...props.selected.filter((value) => !counted.has(value)).map((value) => ({ value, count: 0 })),
    ...props.counts,
  ];
  if (!rows.length) {
    return null;
  }
  const visible = all ? rows : rows.slice(0, SHOWN);
  return (
    <fieldset className="facet">
      <legend>{t(`search.facet_${props.facet}`)}</legend>
      <ul>
        {visible.map((row) => (
          <li key={row.value}>
            <label>
              <input
                type="checkbox"
                name={props.facet}
                value={row.value}
                checked={props.selected.includes(row.value)}
                onChange={() => props.onToggle(row.value)}
              />
              <span className="facet-label">{props.labels.label(props.facet, row.value)}</span>
              <span className="count">{formatNumber(i18n.language as UiLanguage, row.count)}</span>
            </label>
          </li>
        ))}
      </ul>
      {rows.length > SHOWN && !all ? (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t('search.showMore')} ({rows.length - SHOWN})
        </button>
      ) : null}
    </fieldset>
  );
}
