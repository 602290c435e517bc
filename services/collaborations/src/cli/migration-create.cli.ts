// npm run migration:create -w @bxl/collaborations — writes the next migration of this subgraph.
import { runMain } from '@bxl/common';
import { writeNextMigration } from '@bxl/common/testkit';

import { initCollaborationsDatabase } from '../database';

runMain(() => writeNextMigration(initCollaborationsDatabase));
