import type { TerritoriesContext } from '../../context';
import type { Territory } from './territory.entity';
import type { MembershipView, TerritoryMembership } from './territory.types';

/** Memberships with the territory at their other end, loaded in one batch. */
export async function membershipsOf(
  context: TerritoriesContext,
  views: MembershipView[],
): Promise<TerritoryMembership[]> {
  const territories = await context.loaders.territory.loadMany(views.map((view) => view.otherId));
  return views.flatMap((view, index) => {
    const territory = territories[index];
    if (!territory || territory instanceof Error) {
      return [];
    }
    return [
      {
        territory: territory as Territory,
        share: view.share,
        confidence: view.confidence,
        method: view.method,
        note: view.note,
      },
    ];
  });
}
