// One jest configuration for every workspace: swc with legacy decorators and metadata (see STACK.md).
const swcOptions = require('./scripts/swc-options.cjs');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/services', '<rootDir>/gateway', '<rootDir>/tools', '<rootDir>/tests'],
  // The seeded fuzz suite (tests/src/gateway.fuzz.ts) runs after the others, alone (tests/run-jest.mjs);
  // `npm run fuzz` runs only it.
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', swcOptions],
  },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/tests/src/global-setup.ts',
  globalTeardown: '<rootDir>/tests/src/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
