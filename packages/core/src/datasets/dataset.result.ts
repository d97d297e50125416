import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DatasetExample } from './dataset.type';

@ObjectType({ description: 'Why one item of a batch was not applied; the others were' })
export class DatasetItemError {
  @Field(() => Int, { description: 'Its position in the batch (from 0)' }) index: number;
  @Field(() => String, { nullable: true, description: 'The id it named, if any' }) id: string | null;
  @Field({ description: 'BAD_USER_INPUT or NOT_FOUND' }) code: string;
  @Field() message: string;
}

@ObjectType({ description: 'The examples a batch added or changed, all in one new dataset version' })
export class ExampleBatchResult {
  @Field(() => Int, { nullable: true, description: 'The version the batch made; null when nothing was applied' }) version: number | null;
  @Field(() => [DatasetExample]) examples: DatasetExample[];
  @Field(() => [DatasetItemError]) errors: DatasetItemError[];
}

@ObjectType({ description: 'What deleteExamples removed: one new version per dataset touched' })
export class DeleteExamplesResult {
  @Field(() => [ID]) deletedIds: string[];
  @Field(() => [DatasetItemError]) errors: DatasetItemError[];
}

@ObjectType({ description: 'A line of an import that was skipped' })
export class ImportLineError {
  @Field(() => Int, { description: 'Its line in the content, from 1 (a CSV record over several lines: its last line)' }) line: number;
  @Field() message: string;
}

@ObjectType({ description: 'What an import added: every good line, in one new dataset version' })
export class ImportExamplesResult {
  @Field(() => Int, { nullable: true, description: 'The version the import made; null when no line was good' }) version: number | null;
  @Field(() => Int) imported: number;
  @Field(() => [ImportLineError]) errors: ImportLineError[];
}
