// The one swc configuration: jest's transform and the production build (npm run build) compile alike.
// Legacy decorators with their metadata, class fields as assignments: type-graphql and MikroORM read
// the design types the decorators record (see STACK.md).
module.exports = {
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
};
