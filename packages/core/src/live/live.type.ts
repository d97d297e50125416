import { Field, ObjectType } from 'type-graphql';
import { Trace } from '../traces/trace.type';
import { TraceChange } from './live.events';

@ObjectType({ description: 'A trace as it was created, updated or completed, with its current totals' })
export class TraceUpdate {
  @Field(() => TraceChange) change: TraceChange;
  @Field(() => Trace) trace: Trace;
  @Field({ description: 'When this version was stored; pass it to traceUpdated(since:) to resume after a SUBSCRIBER_LAGGED error' })
  cursor: string;
}
