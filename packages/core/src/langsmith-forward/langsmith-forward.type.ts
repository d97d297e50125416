import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ForwardingStatus {
  PENDING = 'pending',
  SENT = 'sent',
  FAILED = 'failed',
  SKIPPED = 'skipped',
}
registerEnumType(ForwardingStatus, {
  name: 'ForwardingStatus',
  description: 'Where forwarding a trace to LangSmith stands',
  valuesConfig: {
    PENDING: { description: 'Changes are queued and not yet sent' },
    SENT: { description: 'LangSmith holds everything Sextant held when it was last sent (a running trace goes out in parts)' },
    FAILED: { description: 'The last send failed (see lastError); retryForwarding queues it again' },
    SKIPPED: { description: "Forwarding was switched off for the trace's project before it was sent" },
  },
});

@ObjectType({ description: 'Forwarding of a trace to LangSmith (LANGSMITH_TRACING); failed forwards can be retried with retryForwarding' })
export class TraceForwarding {
  @Field(() => ForwardingStatus) status: ForwardingStatus;
  @Field(() => Int, { description: 'Sends tried so far (each part of a running trace is one)' }) attempts: number;
  @Field(() => String, { nullable: true, description: "The last failure, with LangSmith's answer" }) lastError: string | null;
  @Field(() => Date, { nullable: true, description: 'When a send last got through' }) sentAt: Date | null;
  @Field(() => Int, { description: 'Runs of this trace LangSmith holds' }) runsSent: number;
  @Field({ description: 'When a send was last asked for (a change to the trace, or a retry)' }) requestedAt: Date;
}

@ObjectType({ description: "Forwarding of a project's traces to LangSmith" })
export class ProjectForwarding {
  @Field({ description: 'Whether new and changed traces of this project are forwarded' }) enabled: boolean;
  @Field(() => Boolean, { nullable: true, description: "The project's own choice; null follows the server's default (LANGSMITH_TRACING)" })
  setting: boolean | null;
  @Field({ description: 'The LangSmith project (session_name) its runs go to' }) langsmithProject: string;
  @Field({ description: 'Whether this server can forward at all (LANGSMITH_API_KEY is set)' }) available: boolean;
  @Field(() => Int, { description: 'Traces with changes queued and not yet sent' }) pending: number;
  @Field(() => Int, { description: 'Traces whose last send failed (retryForwarding queues them again)' }) failed: number;
}

@InputType({ description: 'Fields left out keep their values' })
export class ProjectForwardingInput {
  @Field(() => Boolean, { nullable: true, description: "true or false; null follows the server's default (LANGSMITH_TRACING)" })
  enabled?: boolean | null;
  @Field(() => String, { nullable: true, description: 'The LangSmith project to send to; null: LANGSMITH_PROJECT' })
  langsmithProject?: string | null;
}
