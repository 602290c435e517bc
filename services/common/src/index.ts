import 'reflect-metadata';

export * from './env';
export * from './errors';
export * from './logger';
export * from './db/orm';
export * from './graphql/connection';
export * from './graphql/context';
export * from './graphql/loaders';
export * from './graphql/scalars';
export * from './graphql/graphql-service';
export * from './graphql/subgraph-schema';
export * from './http/http-server';
export * from './identity/identity';
export * from './identity/token';
export * from './db/local-database';
export * from './db/local-secrets';
export * from './graphql/limits';
export * from './process';
