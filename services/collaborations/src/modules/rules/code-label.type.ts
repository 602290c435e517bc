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

  @Field(() => String, {
    nullable: true,
    description:
      'Where the PSSI texts state this rule (file in `seed/sources/`, section, item); null: a code of the project’s own, in no text.',
  })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The source text’s own words for this item, in French, exactly (list number, bold marks and closing punctuation left out); null when `source` is.',
  })
  textFr?: string | null;
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

  @FieldResolver(() => Boolean, {
    description:
      'True when the Dutch label is this project’s own translation of a French text (the PSSI texts we have are in French only), not an official wording.',
  })
  labelNlIsTranslation(@Root() code: CodeLabel): boolean {
    return Boolean(code.source);
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

  @Field(() => String, {
    nullable: true,
    description: 'The CSSI note’s line for it, exactly (e.g. "3 ETP AS").',
  })
  textFr?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the note states it (file, section, item).',
  })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'How the project reads the line where it leaves the unit or count open; null: read as written.',
  })
  reading?: string | null;
}

export { FrameUnit };
