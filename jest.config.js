// One jest configuration for every workspace: swc with legacy decorators and metadata (see STACK.md).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/services', '<rootDir>/gateway', '<rootDir>/tools', '<rootDir>/tests'],
  // The seeded fuzz suite (tests/src/gateway.fuzz.ts) runs after the others, alone (tests/run-jest.mjs);
  // `npm run fuzz` runs only it.
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/tests/src/global-setup.ts',
  globalTeardown: '<rootDir>/tests/src/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
