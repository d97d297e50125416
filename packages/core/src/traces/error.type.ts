import { Field, ID, ObjectType } from 'type-graphql';
import { JSONObjectScalar } from '../common/scalars.type';

@ObjectType({ description: 'An error raised during a trace, with the agent, LLM or tool call it came from' })
export class TraceError {
  @Field(() => ID) id: string;
  @Field(() => ID) traceId: string;
  @Field(() => ID, { nullable: true }) agentId: string | null;
  @Field(() => ID, { nullable: true }) llmCallId: string | null;
  @Field(() => ID, { nullable: true }) toolCallId: string | null;
  @Field(() => String, { nullable: true, description: "LLM, Tool, Agent, or the exception's class" }) errorType: string | null;
  @Field() errorMessage: string;
  @Field(() => String, { nullable: true }) stackTrace: string | null;
  @Field() timestamp: Date;
  @Field(() => JSONObjectScalar) metadata: Record<string, unknown>;
}
