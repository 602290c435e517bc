import DataLoader from 'dataloader';

import { BadUserInputError } from '@bxl/common';

import { territoryTypeOf } from './territory.client';
import type { TerritoryClient } from './territory.client';

/**
 * This request's related-territory lookups, one territories request per batch however many
 * territories a list asks about (a list of 145 quartiers with their services made 145 before). An id
 * whose prefix names no layer is the caller's error; one of a layer that does not exist is null.
 */
export function relatedTerritoriesLoader(
  territories: TerritoryClient,
): DataLoader<string, string[] | null> {
  return new DataLoader<string, string[] | null>(async (ids) => {
    const related = await territories.relatedIdsMany(ids);
    return ids.map((id, index) =>
      territoryTypeOf(id)
        ? (related[index] ?? null)
        : new BadUserInputError(`Not a territory id: ${id}`, [
            {
              field: 'territory',
              message:
                'ids are prefixed by layer: region:, bassin:, commune:, groupement:, quartier:, sector:',
            },
          ]),
    );
  });
}
