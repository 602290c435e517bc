// npm run migration:create -w @bxl/actors — writes the next migration of this subgraph.
import { runMain } from '@bxl/common';
import { writeNextMigration } from '@bxl/common/testkit';

import { initActorsDatabase } from '../database';

runMain(() => writeNextMigration(initActorsDatabase));
