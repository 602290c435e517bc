import type { RequestContext } from '@bxl/common';

import type { SearchEngine } from './engine/search-engine';
import type { Vocabulary } from './graphql/vocabulary';
import type { ChangeFeed } from './indexer/change-feed';
import type { Indexer } from './indexer/indexer';

export interface SearchServices {
  engine: SearchEngine;
  feed: ChangeFeed;
  vocabulary: Vocabulary;
  indexer: Indexer;
}

export type SearchContext = RequestContext<Record<string, never>, SearchServices>;
