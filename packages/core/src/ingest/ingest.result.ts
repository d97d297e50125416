import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum IngestList {
  TRACES = 'traces',
  AGENT_CALLS = 'agentCalls',
  LLM_CALLS = 'llmCalls',
  TOOL_CALLS = 'toolCalls',
  ERRORS = 'errors',
  USER_INTERACTIONS = 'userInteractions',
  SYSTEM_INFOS = 'systemInfos',
  METRICS = 'metrics',
}
registerEnumType(IngestList, { name: 'IngestList' });

@ObjectType({ description: 'A rejected item: which list, its index there, and why' })
export class IngestRejection {
  @Field(() => IngestList) list: IngestList;
  @Field(() => Int) index: number;
  @Field(() => ID, { nullable: true }) id: string | null;
  @Field({ description: 'BAD_USER_INPUT; FORBIDDEN when the id (or the trace) belongs to another item or project; PAYLOAD_TOO_LARGE past a limit' })
  code: string;
  @Field(() => String, { nullable: true, description: 'The field at fault (tags[2] for an element of a list), when one is' }) field: string | null;
  @Field() message: string;
}

@ObjectType({ description: 'The id stored for each item of one list, in input order (null where rejected)' })
export class IngestIds {
  @Field(() => IngestList) list: IngestList;
  @Field(() => [ID], { nullable: 'items' }) ids: (string | null)[];
}

@ObjectType()
export class IngestResult {
  @Field(() => Int) accepted: number;
  @Field(() => Int) rejected: number;
  @Field(() => [IngestRejection]) rejections: IngestRejection[];
  @Field(() => [IngestIds], { description: 'Lets clients learn the ids generated for items sent without one' }) ids: IngestIds[];
}
