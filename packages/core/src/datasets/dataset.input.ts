import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { JSONObjectScalar, JSONScalar } from '../common/scalars.type';
import { DatasetDataTypeEnum } from './dataset.type';

@InputType()
export class CreateDatasetInput {
  @Field(() => ID) projectId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DatasetDataTypeEnum, { nullable: true, defaultValue: DatasetDataTypeEnum.KV }) dataType?: DatasetDataTypeEnum;
  @Field(() => JSONObjectScalar, { nullable: true }) metadata?: Record<string, unknown> | null;
}

@InputType()
export class UpdateDatasetInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DatasetDataTypeEnum, { nullable: true }) dataType?: DatasetDataTypeEnum | null;
  @Field(() => JSONObjectScalar, { nullable: true }) metadata?: Record<string, unknown> | null;
}

@InputType({ description: 'An example written by hand' })
export class ExampleInput {
  @Field(() => JSONScalar, { description: 'A JSON object' }) inputs: unknown;
  @Field(() => JSONScalar, { nullable: true, description: 'Reference outputs: a JSON object' }) outputs?: unknown;
  @Field(() => JSONScalar, { nullable: true }) metadata?: unknown;
  @Field(() => [String], { nullable: true }) splits?: string[] | null;
}

@InputType({ description: 'The fields of an example to change; the others stay' })
export class ExamplePatchInput {
  @Field(() => JSONScalar, { nullable: true }) inputs?: unknown;
  @Field(() => JSONScalar, { nullable: true }) outputs?: unknown;
  @Field(() => JSONScalar, { nullable: true }) metadata?: unknown;
  @Field(() => [String], { nullable: true }) splits?: string[] | null;
}

@InputType({ description: "A trace (its root inputs and outputs) or one of its spans (the span's own) to make an example of" })
export class TraceItemInput {
  @Field(() => ID) traceId: string;
  @Field(() => ID, { nullable: true }) spanId?: string | null;
  @Field(() => [String], { nullable: true }) splits?: string[] | null;
}

/** The formats examples are imported and exported in. */
export enum ExampleFormat {
  JSONL = 'jsonl',
  CSV = 'csv',
}
registerEnumType(ExampleFormat, { name: 'ExampleFormat' });

@InputType({
  description:
    'Which CSV columns make the inputs, outputs and metadata, and which names the split. Without it: columns prefixed input., output. and metadata. go there (prefix dropped); ' +
    'a column named split holds the splits (separated by |); any other column is an input, except output, outputs, expected, answer and reference, which are outputs',
})
export class CsvColumnsInput {
  @Field(() => [String], { nullable: true }) inputs?: string[] | null;
  @Field(() => [String], { nullable: true }) outputs?: string[] | null;
  @Field(() => [String], { nullable: true }) metadata?: string[] | null;
  @Field(() => String, { nullable: true }) split?: string | null;
}
