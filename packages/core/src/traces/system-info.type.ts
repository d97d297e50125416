import { Field, Float, ID, ObjectType } from 'type-graphql';
import { JSONObjectScalar, JSONScalar } from '../common/scalars.type';

@ObjectType({ description: 'The system a trace ran on' })
export class SystemInfo {
  @Field(() => ID) id: string;
  @Field(() => ID) traceId: string;
  @Field(() => String, { nullable: true }) osName: string | null;
  @Field(() => String, { nullable: true }) osVersion: string | null;
  @Field(() => String, { nullable: true }) pythonVersion: string | null;
  @Field(() => String, { nullable: true }) runtimeName: string | null;
  @Field(() => String, { nullable: true }) runtimeVersion: string | null;
  @Field(() => String, { nullable: true }) hostname: string | null;
  @Field(() => JSONScalar, { nullable: true }) cpuInfo: unknown;
  @Field(() => JSONScalar, { nullable: true }) gpuInfo: unknown;
  @Field(() => JSONScalar, { nullable: true }) diskInfo: unknown;
  @Field(() => Float, { nullable: true, description: 'Bytes' }) memoryTotal: number | null;
  @Field(() => JSONScalar, { nullable: true }) installedPackages: unknown;
  @Field(() => JSONObjectScalar) metadata: Record<string, unknown>;
  @Field() createdAt: Date;
}
