import { dropDatabase } from '@bxl/common/testkit';

export default async function globalTeardown(): Promise<void> {
  if (process.env.BXL_TEST_TEMPLATE) {
    await dropDatabase(process.env.BXL_TEST_TEMPLATE);
  }
  await (
    globalThis as { bxlEmbeddedPostgres?: { stop: () => Promise<void> } }
  ).bxlEmbeddedPostgres?.stop();
}
