import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv2020 } from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The official HSDS 3.0 schemas, copied with their licence (tests/hsds-3.0/README.md). */
const SCHEMA_DIR = join(__dirname, '..', '..', 'hsds-3.0');
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as Record<string, unknown>;

/** What each feed answer must be, by the schema the HSDS 3.0 OpenAPI file names for it. */
export type HsdsShape =
  | 'service'
  | 'service_list'
  | 'service_at_location'
  | 'service_at_location_list'
  | 'organization'
  | 'organization_list'
  | 'taxonomy'
  | 'taxonomy_term';

const FILES: Record<HsdsShape, string> = {
  service: 'compiled/service.json',
  service_list: 'compiled/service_list.json',
  service_at_location: 'compiled/service_at_location.json',
  service_at_location_list: 'compiled/service_at_location_list.json',
  organization: 'compiled/organization.json',
  organization_list: 'compiled/organization_list.json',
  taxonomy: 'taxonomy.json',
  taxonomy_term: 'taxonomy_term.json',
};

type OpenApi = {
  paths: Record<
    string,
    { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }
  >;
  components: { schemas: { Page: { properties: Record<string, unknown> } } };
};
const openapi = read('openapi.json') as unknown as OpenApi;

// The schemas carry Frictionless Data keywords (`constraints`, `datapackage_type`…): not strict.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

// The object schemas refer to one another by file name (`"$ref": "taxonomy.json"`).
for (const file of readdirSync(SCHEMA_DIR)) {
  if (file.endsWith('.json') && file !== 'openapi.json') {
    ajv.addSchema(read(file), file);
  }
}

const validators = new Map<string, ValidateFunction>();
function validatorFor(shape: HsdsShape): ValidateFunction {
  let validate = validators.get(shape);
  if (!validate) {
    const file = FILES[shape];
    validate = file.startsWith('compiled/') ? ajv.compile(read(file)) : ajv.getSchema(file);
    if (!validate) {
      throw new Error(`no HSDS schema ${file}`);
    }
    validators.set(shape, validate);
  }
  return validate;
}

/**
 * The OpenAPI `Page`, with every pagination field required (the HSDS API reference and Open
 * Referral UK say the header "must include" them) and `contents` an array.
 */
const page = ajv.compile({
  type: 'object',
  properties: { ...openapi.components.schemas.Page.properties, contents: { type: 'array' } },
  required: [
    'total_items',
    'total_pages',
    'page_number',
    'size',
    'first_page',
    'last_page',
    'empty',
    'contents',
  ],
});

/** `GET /`: the OpenAPI file's answer schema, with its three fields required. */
const root = ajv.compile({
  ...(openapi.paths['/']?.get.responses['200']?.content['application/json']?.schema ?? {}),
  required: ['version', 'profile', 'openapi_url'],
});

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`).join('\n');

/** Paths of null values: optional fields must be left out, not null (Open Referral UK). */
export function nullPaths(value: unknown, path = ''): string[] {
  if (value === null) {
    return [path || '/'];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => nullPaths(item, `${path}/${index}`));
  }
  if (typeof value === 'object') {
    return Object.entries(value as object).flatMap(([key, item]) =>
      nullPaths(item, `${path}/${key}`),
    );
  }
  return [];
}

/** Problems of one record against its HSDS 3.0 schema (empty: valid). */
export function hsdsProblems(shape: HsdsShape, record: unknown): string[] {
  const validate = validatorFor(shape);
  const problems = validate(record) ? [] : [describe(validate.errors)];
  const nulls = nullPaths(record);
  return nulls.length > 0 ? [...problems, `null values at ${nulls.join(', ')}`] : problems;
}

/** Problems of a list answer: the page envelope, then each item against its schema. */
export function hsdsPageProblems(shape: HsdsShape, body: unknown): string[] {
  if (!page(body)) {
    return [`page: ${describe(page.errors)}`];
  }
  const contents = (body as { contents: unknown[] }).contents;
  return contents.flatMap((item, index) =>
    hsdsProblems(shape, item).map((problem) => `contents/${index}: ${problem}`),
  );
}

/** Problems of the `GET /` answer. */
export function hsdsRootProblems(body: unknown): string[] {
  return root(body) ? [] : [describe(root.errors)];
}

/** RFC 7386 JSON Merge Patch: how an HSDS profile changes a schema. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    return patch;
  }
  const result: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete result[key];
    } else {
      result[key] = mergePatch(result[key], value);
    }
  }
  return result;
}

/** Our profile's patches (docs/hsds-profile/schema), by the HSDS schema file each changes. */
const PROFILE_DIR = join(__dirname, '..', '..', '..', 'docs', 'hsds-profile', 'schema');
const profileAjv = new Ajv2020({ strict: false, allErrors: true });
addFormats(profileAjv);
const patches = new Set(readdirSync(PROFILE_DIR));
for (const file of readdirSync(SCHEMA_DIR)) {
  if (file.endsWith('.json') && file !== 'openapi.json') {
    const schema = patches.has(file)
      ? mergePatch(read(file), JSON.parse(readFileSync(join(PROFILE_DIR, file), 'utf8')))
      : read(file);
    profileAjv.addSchema(schema as object, file);
  }
}

/** Objects our profile patches, by their (patched) HSDS schema file. */
export type ProfileShape =
  | 'service.json'
  | 'organization.json'
  | 'location.json'
  | 'taxonomy_term.json';

/** Problems of a record against the HSDS 3.0 schema with our profile applied. */
export function profileProblems(shape: ProfileShape, record: unknown): string[] {
  const validate = profileAjv.getSchema(shape);
  if (!validate) {
    throw new Error(`no schema ${shape}`);
  }
  return validate(record) ? [] : [describe(validate.errors)];
}
