import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ObjectType,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';

import { Language, localized, LocalizedText } from '@bxl/common';
import type { RequestContext } from '@bxl/common';

import { FrameUnit } from '../../rules/cssi-rules';

@ObjectType({ description: 'A code of the PSSI rules with its labels.' })
export class CodeLabel {
  @Field({ description: 'The code the API takes and gives.' })
  code!: string;

  @Field({ name: 'labelFr', description: 'Label in French.' })
  fr!: string;

  @Field({ name: 'labelNl', description: 'Label in Dutch.' })
  nl!: string;
}

@Resolver(() => CodeLabel)
export class CodeLabelResolver {
  @FieldResolver(() => LocalizedText, { nullable: true, description: 'The label in one language.' })
  label(
    @Root() code: CodeLabel,
    @Arg('language', () => Language, { nullable: true }) language: Language | null,
    @Ctx() context: RequestContext<unknown>,
  ) {
    return localized(code.fr, code.nl, language ?? context.language);
  }
}

registerEnumType(FrameUnit, {
  name: 'FrameUnit',
  description: 'How a minimum of the frame is counted.',
  valuesConfig: {
    FTE: { description: 'Full-time equivalents.' },
    PERSONS: { description: 'People, whatever their FTE.' },
  },
});

@ObjectType('FrameRequirement', {
  description: 'One function of the CSSI minimum frame: its minimum.',
})
export class FrameRequirementType {
  @Field({ description: 'The staff function code.' })
  function!: string;

  @Field(() => FrameUnit, { description: 'FTE or people.' })
  unit!: FrameUnit;

  @Field(() => Float, { description: 'The minimum.' })
  minimum!: number;
}

export { FrameUnit };
