import { GraphQLJSONObject } from 'graphql-scalars';

/** GeoJSON objects travel as JSON objects (RFC 7946), WGS84 lon/lat. */
export const GeoJSONScalar = GraphQLJSONObject;
