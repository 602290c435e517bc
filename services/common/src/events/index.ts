// The change log (`events.change_log`): its schema, its row, its writer and its feed. Nothing
// outside this module writes or reads it with SQL of its own.
export * from './change-log.migration';
export * from './change-log.writer';
export * from './change-log.feed';
export * from './change-log.reader';
export * from './change.entity';
export * from './sql-target';
