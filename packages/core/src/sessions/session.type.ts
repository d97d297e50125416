import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CountedConnection, PageInfo } from '../common/pagination.util';

@ObjectType({ description: 'The traces that share a session id: one conversation, for chat playback' })
export class Session {
  projectId: string;
  @Field({ description: 'The session id the client sent' }) id: string;
  @Field(() => Int) traceCount: number;
  @Field() startTime: Date;
  @Field() lastTraceStartTime: Date;
  @Field(() => Date, { nullable: true }) endTime: Date | null;
  @Field(() => [String]) userIds: string[];
  @Field(() => Float) totalTokens: number;
  @Field(() => Float, { nullable: true, description: 'Sum of the known costs of its traces; null when none of them has one' }) totalCost: number | null;
  @Field(() => Int, { description: 'LLM calls of its traces without a cost' }) unpricedCallCount: number;
  @Field() errorFlag: boolean;
}

@ObjectType()
export class SessionEdge {
  @Field() cursor: string;
  @Field(() => Session) node: Session;
}

@ObjectType()
export class SessionConnection extends CountedConnection {
  @Field(() => [SessionEdge]) edges: SessionEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
