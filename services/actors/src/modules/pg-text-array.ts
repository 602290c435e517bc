/** A PostgreSQL text[] literal for one parameter (MikroORM would expand a JS array into a list). */
export const textArrayLiteral = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
