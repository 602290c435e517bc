import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

import { Weekday } from '../../records/opening-hours';
import type {
  OpeningException,
  OpeningHours,
  TimeRange,
  WeeklyPeriod,
} from '../../records/opening-hours';

registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week, Monday to Sunday, in Europe/Brussels local time.',
});

const OPENS = 'Opening time, HH:MM (00:00–23:59), Europe/Brussels local time.';
const CLOSES =
  'Closing time, HH:MM (up to 24:00), Europe/Brussels local time; earlier than `opens` means the period runs past midnight into the next day.';
const TIME_RANGE = 'A period within a day, in Europe/Brussels local time.';
const WEEKLY_PERIOD = 'A period repeated every week on one day, in Europe/Brussels local time.';
const EXCEPTION =
  'A date whose hours replace the weekly ones (holiday closure, special hours): closed, or open for its own periods.';
const OPENING_HOURS =
  'When a place is open: weekly periods, dated exceptions that replace them, and Belgian public holidays, all in Europe/Brussels local time.';

@ObjectType('TimeRange', { description: TIME_RANGE })
export class TimeRangeType implements TimeRange {
  @Field(() => String, { description: OPENS })
  opens!: string;

  @Field(() => String, { description: CLOSES })
  closes!: string;
}

@InputType('TimeRangeInput', { description: TIME_RANGE })
export class TimeRangeInput implements TimeRange {
  @Field(() => String, { description: OPENS })
  opens!: string;

  @Field(() => String, { description: CLOSES })
  closes!: string;
}

@ObjectType('WeeklyPeriod', { description: WEEKLY_PERIOD })
export class WeeklyPeriodType extends TimeRangeType implements WeeklyPeriod {
  @Field(() => Weekday, { description: 'The day the period starts on.' })
  day!: Weekday;
}

@InputType('WeeklyPeriodInput', { description: WEEKLY_PERIOD })
export class WeeklyPeriodInput extends TimeRangeInput implements WeeklyPeriod {
  @Field(() => Weekday, { description: 'The day the period starts on.' })
  day!: Weekday;
}

@ObjectType('OpeningException', { description: EXCEPTION })
export class OpeningExceptionType implements OpeningException {
  @Field(() => String, { description: 'The date, YYYY-MM-DD, in Europe/Brussels.' })
  date!: string;

  @Field(() => Boolean, { description: 'Whether the place is closed all that day.' })
  closed!: boolean;

  @Field(() => [TimeRangeType], { description: 'The periods open that day; empty when closed.' })
  periods!: TimeRangeType[];

  @Field(() => String, { nullable: true, description: 'Why, for people (e.g. staff training).' })
  note!: string | null;
}

@InputType('OpeningExceptionInput', { description: EXCEPTION })
export class OpeningExceptionInput implements OpeningException {
  @Field(() => String, { description: 'The date, YYYY-MM-DD, in Europe/Brussels.' })
  date!: string;

  @Field(() => Boolean, { description: 'Whether the place is closed all that day.' })
  closed!: boolean;

  @Field(() => [TimeRangeInput], {
    defaultValue: [],
    description: 'The periods open that day; must be empty when closed, not empty otherwise.',
  })
  periods!: TimeRangeInput[];

  @Field(() => String, {
    nullable: true,
    defaultValue: null,
    description: 'Why, for people (e.g. staff training).',
  })
  note!: string | null;
}

@ObjectType('OpeningHours', { description: OPENING_HOURS })
export class OpeningHoursType implements OpeningHours {
  @Field(() => [WeeklyPeriodType], {
    description: 'The weekly periods; a day without any is closed.',
  })
  weekly!: WeeklyPeriodType[];

  @Field(() => [OpeningExceptionType], {
    description: 'Dates whose hours replace the weekly ones.',
  })
  exceptions!: OpeningExceptionType[];

  @Field(() => Boolean, {
    description:
      'Whether the place is closed on Belgian public holidays, unless an exception says otherwise.',
  })
  closedOnPublicHolidays!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Anything else about the hours, for people.',
  })
  note!: string | null;
}

@InputType('OpeningHoursInput', { description: OPENING_HOURS })
export class OpeningHoursInput implements OpeningHours {
  @Field(() => [WeeklyPeriodInput], {
    description: 'The weekly periods; a day without any is closed. Periods may not overlap.',
  })
  weekly!: WeeklyPeriodInput[];

  @Field(() => [OpeningExceptionInput], {
    defaultValue: [],
    description: 'Dates whose hours replace the weekly ones, each date at most once.',
  })
  exceptions!: OpeningExceptionInput[];

  @Field(() => Boolean, {
    description:
      'Whether the place is closed on Belgian public holidays, unless an exception says otherwise.',
  })
  closedOnPublicHolidays!: boolean;

  @Field(() => String, {
    nullable: true,
    defaultValue: null,
    description: 'Anything else about the hours, for people.',
  })
  note!: string | null;
}
