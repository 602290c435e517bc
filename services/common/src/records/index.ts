export * from './record-fields';
