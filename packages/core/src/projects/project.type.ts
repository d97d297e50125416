import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CountedConnection, PageInfo } from '../common/pagination.util';
import { JSONObjectScalar } from '../common/scalars.type';

@ObjectType({ description: 'A project (LangSmith tracer session, AgentNeo ProjectInfo): traces, keys and settings' })
export class Project {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [String]) tags: string[];
  @Field(() => JSONObjectScalar, { description: "LangSmith's extra" }) metadata: Record<string, unknown>;
  @Field(() => ID, { nullable: true }) referenceDatasetId: string | null;
  @Field({ description: 'When the project was created (its start_time)' }) startTime: Date;
  @Field(() => Date, { nullable: true, description: 'When the project was ended, if it was' }) endTime: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  // Not fields: the forwarding settings are shown as Project.forwarding, with the server's defaults applied.
  langsmithForwarding?: boolean | null;
  langsmithProject?: string | null;
}

@ObjectType({ description: 'Totals over all of a project' })
export class ProjectTotals {
  @Field(() => Int) traceCount: number;
  @Field(() => Float, { description: 'Sum of the known costs in USD; unpricedCallCount tells how many LLM calls it leaves out' }) totalCost: number;
  @Field(() => Int, { description: 'LLM calls without a cost (unknown model, no token counts)' }) unpricedCallCount: number;
  @Field(() => Float, { description: 'May exceed 2^31, hence Float' }) totalTokens: number;
  @Field(() => Date, { nullable: true }) firstTraceTime: Date | null;
  @Field(() => Date, { nullable: true }) lastTraceTime: Date | null;
  @Field(() => Float, { description: 'Seconds from the first trace start to the last trace end' }) durationSeconds: number;
}

@ObjectType()
export class ProjectEdge {
  @Field() cursor: string;
  @Field(() => Project) node: Project;
}

@ObjectType()
export class ProjectConnection extends CountedConnection {
  @Field(() => [ProjectEdge]) edges: ProjectEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@InputType()
export class CreateProjectInput {
  @Field() name: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => [String], { nullable: true }) tags?: string[];
  @Field(() => JSONObjectScalar, { nullable: true }) metadata?: Record<string, unknown>;
  @Field(() => ID, { nullable: true }) referenceDatasetId?: string;
}

@InputType()
export class UpdateProjectInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => [String], { nullable: true }) tags?: string[];
  @Field(() => JSONObjectScalar, { nullable: true, description: 'Replaces the metadata' }) metadata?: Record<string, unknown>;
  @Field(() => ID, { nullable: true }) referenceDatasetId?: string;
  @Field(() => Date, { nullable: true, description: 'Marks the project as ended' }) endTime?: Date;
}
