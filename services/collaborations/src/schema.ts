import { buildFederatedSchema, localizedNameResolver } from '@bxl/common';
import type { FederatedSchema } from '@bxl/common';

import type { CollaborationsContext } from './context';
import { LocalSocialHealthContract } from './modules/clss/clss.entity';
import { FundedProjectResolver } from './modules/clss/funded-project.resolver';
import { LocalSocialHealthContractResolver } from './modules/clss/clss.resolver';
import { RegionalCommitteeResolver } from './modules/committee/regional-committee.resolver';
import { Convention } from './modules/convention/convention.entity';
import { ConventionResolver } from './modules/convention/convention.resolver';
import { IntegratedCentre } from './modules/cssi/cssi.entity';
import {
  InclusiveFunctionResolver,
  IntegratedCentreResolver,
  SpecialisedMissionLinkResolver,
} from './modules/cssi/cssi.resolver';
import { OrganisationCollaborationsResolver } from './modules/federation/organisation-collaborations.resolver';
import {
  BassinRef,
  CommuneRef,
  GroupementRef,
  OrganisationRef,
  ServiceRef,
} from './modules/federation/references';
import {
  BassinClssResolver,
  CommuneClssResolver,
  GroupementClssResolver,
} from './modules/federation/territory-clss.resolver';
import {
  CollaborationBodyResolver,
  CollaborationMemberResolver,
} from './modules/member/member.resolver';
import { Network } from './modules/network/network.entity';
import { RegionalCommittee } from './modules/committee/regional-committee.entity';
import { NetworkResolver } from './modules/network/network.resolver';
import { ArchiveResolver } from './modules/record/archive.resolver';
import { QuartierReferentResolver } from './modules/referent/quartier-referent.resolver';
import { CodeLabelResolver } from './modules/rules/code-label.type';
import { RulesResolver } from './modules/rules/rules.resolver';

type Loader = 'clss' | 'centre' | 'convention' | 'network';
const byLoader = (loader: Loader) => (reference: { id: string }, context: CollaborationsContext) =>
  context.loaders[loader].load(reference.id);
const stub = (reference: { id: string }) => reference;

export function buildCollaborationsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        LocalSocialHealthContractResolver,
        FundedProjectResolver,
        IntegratedCentreResolver,
        SpecialisedMissionLinkResolver,
        InclusiveFunctionResolver,
        ConventionResolver,
        NetworkResolver,
        RegionalCommitteeResolver,
        QuartierReferentResolver,
        CollaborationMemberResolver,
        CollaborationBodyResolver,
        ArchiveResolver,
        RulesResolver,
        CodeLabelResolver,
        OrganisationCollaborationsResolver,
        GroupementClssResolver,
        BassinClssResolver,
        CommuneClssResolver,
        localizedNameResolver(LocalSocialHealthContract),
        localizedNameResolver(IntegratedCentre),
        localizedNameResolver(Network),
        localizedNameResolver(RegionalCommittee),
      ] as never,
      orphanedTypes: [
        LocalSocialHealthContract,
        IntegratedCentre,
        Convention,
        Network,
        OrganisationRef,
        ServiceRef,
        GroupementRef,
        BassinRef,
        CommuneRef,
      ],
      validate: false,
    },
    {
      LocalSocialHealthContract: byLoader('clss'),
      IntegratedCentre: byLoader('centre'),
      Convention: byLoader('convention'),
      Network: byLoader('network'),
      Organisation: stub,
      Service: stub,
      Groupement: stub,
      Bassin: stub,
      Commune: stub,
    } as never,
  );
}
