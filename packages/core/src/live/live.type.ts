import { Field, ID, ObjectType } from 'type-graphql';
import { Trace } from '../traces/trace.type';
import { TraceChange } from '../common/changes.participant';

@ObjectType({ description: 'A trace as it was created, updated or completed, with its current totals' })
export class TraceUpdate {
  @Field(() => TraceChange) change: TraceChange;
  @Field(() => Trace) trace: Trace;
  @Field({ description: 'When this version was stored; pass it to traceUpdated(since:) to resume after a SUBSCRIBER_LAGGED error' })
  cursor: string;
}

@ObjectType({ description: 'The worker stored (or updated) the metrics of a trace' })
export class MetricsComputed {
  projectId: string;
  @Field(() => ID) traceId: string;
  @Field(() => [String], { description: 'Names of the metrics written' }) metricNames: string[];
  @Field() computedAt: Date;
}
