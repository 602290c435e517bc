// One validated, versioned, logged record write for every record kind of every subgraph.
export * from './record-fields';
export * from './record-spec';
export * from './record-writer';
