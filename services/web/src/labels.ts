// Human labels for every code the API answers with (service types, publics, territory ids, access
// conditions, languages), from the API's own taxonomies and territories: the pages never show a code.
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { pick } from './format';
import type { UiLanguage } from './i18n';
import { LabelsQuery } from './graphql/operations';
import { languageName } from './format';

export type FacetName =
  | 'types'
  | 'bassins'
  | 'groupements'
  | 'communes'
  | 'languages'
  | 'publics'
  | 'access';

/** A facet's `access` value ("withoutAppointment") as the filter's enum (WITHOUT_APPOINTMENT). */
export const accessEnum = (value: string) =>
  value.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

interface Named {
  nameFr: string;
  nameNl: string;
}
interface Term {
  code: string;
  labelFr: string;
  labelNl: string;
}

export interface Labels {
  ready: boolean;
  label: (facet: FacetName, value: string) => string;
  territoryName: (id: string) => string;
}

export function useLabels(): Labels {
  const { t, i18n } = useTranslation();
  const language = i18n.language as UiLanguage;
  const [{ data }] = useQuery({ query: LabelsQuery });
  const terms = new Map<string, string>();
  const names = new Map<string, string>();
  const addTerms = (prefix: string, list: Term[] | undefined) =>
    list?.forEach((term) =>
      terms.set(`${prefix}:${term.code}`, pick(language, term.labelFr, term.labelNl)),
    );
  const addNames = (list: (Named & { id: string })[] | undefined) =>
    list?.forEach((item) => names.set(item.id, pick(language, item.nameFr, item.nameNl)));
  addTerms('types', data?.types);
  addTerms('publics', data?.publics);
  addNames(data?.bassins);
  addNames(data?.communes);
  addNames(data?.groupements);
  addNames(data?.quartiers);
  // Until the labels arrive a code shows as an ellipsis, never as itself.
  const territoryName = (id: string) => names.get(id) ?? '…';
  const label = (facet: FacetName, value: string): string => {
    switch (facet) {
      case 'types':
      case 'publics':
        return terms.get(`${facet}:${value}`) ?? '…';
      case 'languages':
        return languageName(language, value);
      case 'access':
        return t(`access.${accessEnum(value)}`, { defaultValue: '…' });
      default:
        return territoryName(value);
    }
  };
  return { ready: Boolean(data), label, territoryName };
}
