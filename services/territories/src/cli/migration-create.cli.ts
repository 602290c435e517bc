// npm run migration:create -w @bxl/territories — writes the next migration of this subgraph.
import { runMain } from '@bxl/common';
import { writeNextMigration } from '@bxl/common/testkit';

import { initTerritoriesDatabase } from '../database';

runMain(() => writeNextMigration(initTerritoriesDatabase));
