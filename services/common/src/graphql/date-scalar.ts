import { GraphQLDateTimeISO } from 'graphql-scalars';
import { GraphQLError, GraphQLScalarType } from 'graphql';

import { ErrorCode } from '../errors';

/** Years a date may name: the Gregorian calendar's, as four digits (what the opening-hours code handles). */
export const MIN_YEAR = 1583;
export const MAX_YEAR = 9999;

function bounded(date: Date): Date {
  const year = date.getUTCFullYear();
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) {
    throw new GraphQLError(`A date between the years ${MIN_YEAR} and ${MAX_YEAR} is expected`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  }
  return date;
}

/**
 * `DateTimeISO` (type-graphql's scalar for `Date`, from graphql-scalars) limited to years
 * 1583–9999: the same name and format, so the schema does not change, but a year nobody means is a
 * client error rather than a RangeError in a resolver.
 */
export const BoundedDateTimeISO = new GraphQLScalarType<Date, string>({
  ...GraphQLDateTimeISO.toConfig(),
  parseValue: (value) => bounded(GraphQLDateTimeISO.parseValue(value) as Date),
  parseLiteral: (ast, variables) =>
    bounded(GraphQLDateTimeISO.parseLiteral(ast, variables) as Date),
});
