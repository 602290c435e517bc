import { GraphQLDateTimeISO } from 'graphql-scalars';
import { GraphQLError, GraphQLScalarType } from 'graphql';

import { ErrorCode } from '../errors';

/** Years a date may name: a directory of current services needs no other (opening hours look at the days around a date). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

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
 * 1900–2199: the same name and format, so the schema does not change, but a year nobody means is a
 * client error rather than a RangeError in a resolver.
 */
export const BoundedDateTimeISO = new GraphQLScalarType<Date, string>({
  ...GraphQLDateTimeISO.toConfig(),
  parseValue: (value) => bounded(GraphQLDateTimeISO.parseValue(value) as Date),
  parseLiteral: (ast, variables) =>
    bounded(GraphQLDateTimeISO.parseLiteral(ast, variables) as Date),
});
