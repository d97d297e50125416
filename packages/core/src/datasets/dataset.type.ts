import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CountedConnection, PageInfo } from '../common/pagination.util';
import { JSONObjectScalar } from '../common/scalars.type';

/** How a dataset's examples are shaped, as LangSmith's data_type. */
export enum DatasetDataTypeEnum {
  KV = 'kv',
  LLM = 'llm',
  CHAT = 'chat',
}
registerEnumType(DatasetDataTypeEnum, { name: 'DatasetDataType', description: 'KV: any keys; LLM: a prompt and its completion; CHAT: messages' });

@ObjectType({ description: 'A collection of examples to evaluate against; every change of its examples makes a new version' })
export class Dataset {
  projectId: string;
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => DatasetDataTypeEnum) dataType: DatasetDataTypeEnum;
  @Field(() => JSONObjectScalar) metadata: Record<string, unknown>;
  @Field(() => Int, { description: 'The latest version; 0 while no example was ever added' }) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType({ description: 'One version of a dataset: the change that made it and the tags that name it' })
export class DatasetVersion {
  datasetId: string;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true, description: 'What changed, e.g. "added 3 examples"' }) description: string | null;
  @Field(() => [String]) tags: string[];
  @Field() createdAt: Date;
  @Field(() => Int, { description: 'How many examples the dataset holds at this version' }) exampleCount: number;
}

@ObjectType({ description: 'An example as it is at one dataset version' })
export class DatasetExample {
  @Field(() => ID) id: string;
  @Field(() => ID) datasetId: string;
  @Field(() => JSONObjectScalar) inputs: Record<string, unknown>;
  @Field(() => JSONObjectScalar, { nullable: true, description: 'Reference outputs: what a good answer is' }) outputs: Record<string, unknown> | null;
  @Field(() => JSONObjectScalar) metadata: Record<string, unknown>;
  @Field(() => [String], { description: 'The splits it belongs to; empty is the base split' }) splits: string[];
  @Field(() => Int, { description: 'The dataset version of this content: its last change at or before the version read' }) revision: number;
  @Field(() => ID, { nullable: true, description: 'The trace it was made from, kept after the trace is gone' }) sourceTraceId: string | null;
  @Field(() => ID, { nullable: true }) sourceSpanId: string | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class DatasetEdge {
  @Field() cursor: string;
  @Field(() => Dataset) node: Dataset;
}

@ObjectType()
export class DatasetConnection extends CountedConnection {
  @Field(() => [DatasetEdge]) edges: DatasetEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType()
export class DatasetExampleEdge {
  @Field() cursor: string;
  @Field(() => DatasetExample) node: DatasetExample;
}

@ObjectType()
export class DatasetExampleConnection extends CountedConnection {
  @Field(() => [DatasetExampleEdge]) edges: DatasetExampleEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
