import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ForwardingStatus {
  PENDING = 'pending',
  SENT = 'sent',
  FAILED = 'failed',
}
registerEnumType(ForwardingStatus, { name: 'ForwardingStatus', description: 'Where forwarding a trace to LangSmith stands' });

@ObjectType({ description: 'Forwarding of a trace to LangSmith (LANGSMITH_TRACING); failed forwards can be retried from the langsmith queue' })
export class TraceForwarding {
  @Field(() => ForwardingStatus) status: ForwardingStatus;
  @Field(() => Int, { description: 'Sends tried so far' }) attempts: number;
  @Field(() => String, { nullable: true, description: "The last failure, with LangSmith's answer" }) lastError: string | null;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}
