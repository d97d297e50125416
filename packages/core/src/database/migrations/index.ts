import { Initial1763776800000 } from './1763776800000-initial';
import { LiveSequence1763900000000 } from './1763900000000-live-sequence';
import { TraceAutoClose1763990000000 } from './1763990000000-trace-auto-close';
import { Rollups1764000000000 } from './1764000000000-rollups';
import { LangSmithForwards1764100000000 } from './1764100000000-langsmith-forwards';
import { LangSmithForwardParts1764200000000 } from './1764200000000-langsmith-forward-parts';
import { TraceTokenTotals1764300000000 } from './1764300000000-trace-token-totals';
import { OutOfBoundValues1764400000000 } from './1764400000000-out-of-bound-values';
import { ModelPrices1764560000000 } from './1764560000000-model-prices';
import { TraceListIndexes1764700000000 } from './1764700000000-trace-list-indexes';
import { Evaluation1764800000000 } from './1764800000000-evaluation';
import { Feedback1764810000000 } from './1764810000000-feedback';

/** Migrations in the order they apply; new ones are appended. */
export const MIGRATIONS = [
  Initial1763776800000,
  LiveSequence1763900000000,
  TraceAutoClose1763990000000,
  Rollups1764000000000,
  LangSmithForwards1764100000000,
  LangSmithForwardParts1764200000000,
  TraceTokenTotals1764300000000,
  OutOfBoundValues1764400000000,
  ModelPrices1764560000000,
  TraceListIndexes1764700000000,
  Evaluation1764800000000,
  Feedback1764810000000,
];
