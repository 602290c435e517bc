import { BadUserInputError } from '@bxl/common';
import { createUnionType } from 'type-graphql';

import { regionalCommitteeSpec } from '../committee/regional-committee.input';
import { RegionalCommittee } from '../committee/regional-committee.entity';
import { clssSpec } from '../clss/clss.input';
import { LocalSocialHealthContract } from '../clss/clss.entity';
import { conventionSpec } from '../convention/convention.input';
import { Convention } from '../convention/convention.entity';
import { cssiSpec } from '../cssi/cssi.input';
import { IntegratedCentre } from '../cssi/cssi.entity';
import { networkSpec } from '../network/network.input';
import { Network } from '../network/network.entity';
import { quartierReferentSpec } from '../referent/quartier-referent.input';
import { QuartierReferent } from '../referent/quartier-referent.entity';
import type { CollaborationRecord } from './collaboration-record.entity';
import type { RecordSpec } from './record-spec';

export const Collaboration = createUnionType({
  name: 'Collaboration',
  description:
    'A CLSS, a CSSI, a convention, a network, the regional committee or a référent quartier.',
  types: () =>
    [
      LocalSocialHealthContract,
      IntegratedCentre,
      Convention,
      Network,
      RegionalCommittee,
      QuartierReferent,
    ] as const,
});

const SPECS: readonly RecordSpec[] = [
  clssSpec,
  cssiSpec,
  conventionSpec,
  networkSpec,
  regionalCommitteeSpec,
  quartierReferentSpec,
] as RecordSpec[];

/** The kind of record an id names, by its prefix. */
export function specOf(id: string): RecordSpec<CollaborationRecord> {
  const spec = SPECS.find((candidate) => id.startsWith(`${candidate.prefix}:`));
  if (!spec) {
    throw new BadUserInputError(`Not a collaboration id: ${id}`, [
      { field: 'id', message: `ids start with ${SPECS.map((s) => `${s.prefix}:`).join(', ')}` },
    ]);
  }
  return spec;
}
