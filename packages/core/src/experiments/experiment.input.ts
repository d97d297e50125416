import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { JSONObjectScalar } from '../common/scalars.type';

export enum EvaluatorKindEnum {
  EXACT_MATCH = 'EXACT_MATCH',
  CONTAINS = 'CONTAINS',
  REGEX = 'REGEX',
  JSON_VALID = 'JSON_VALID',
  NUMERIC_CLOSENESS = 'NUMERIC_CLOSENESS',
  LATENCY = 'LATENCY',
  COST = 'COST',
  LLM_JUDGE = 'LLM_JUDGE',
}
registerEnumType(EvaluatorKindEnum, {
  name: 'EvaluatorKind',
  description: 'Deterministic checks of a run (match, contains, regex, JSON, number, latency, cost) or the LLM judge',
});

@InputType({ description: 'An evaluator scoring each run; its scores are metrics named by its key on the run trace' })
export class EvaluatorInput {
  @Field(() => EvaluatorKindEnum) kind: EvaluatorKindEnum;
  @Field(() => String, {
    nullable: true,
    description: 'The metric name of its scores; defaults per kind (exact_match, contains, …, correctness for the judge)',
  })
  key?: string | null;
  @Field(() => JSONObjectScalar, {
    nullable: true,
    description:
      'Per kind: referenceKey, caseSensitive, trim, value (EXACT_MATCH, CONTAINS, NUMERIC_CLOSENESS); pattern, flags (REGEX); requiredKeys (JSON_VALID); tolerance, relative (NUMERIC_CLOSENESS); maxMs (LATENCY); maxUsd (COST); criterion "correctness", rubric {criteria, scale: PASS_FAIL|ONE_TO_FIVE|ZERO_TO_TEN}, model (LLM_JUDGE)',
  })
  options?: Record<string, unknown> | null;
}

@InputType({ description: 'A prompt by label (production, staging, …) instead of a version id' })
export class PromptByLabelInput {
  @Field(() => ID) promptId: string;
  @Field() label: string;
}

@InputType()
export class CreateExperimentInput {
  @Field(() => ID) datasetId: string;
  @Field(() => Int, { nullable: true, description: "Default: the dataset's latest version" }) datasetVersion?: number | null;
  @Field(() => String, { nullable: true, description: 'Unique in the project; generated when omitted' }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'The prompt version to run; or give prompt, or only a model' }) promptVersionId?: string | null;
  @Field(() => PromptByLabelInput, { nullable: true }) prompt?: PromptByLabelInput | null;
  @Field(() => String, { nullable: true, description: "Default: the prompt version's model, then the endpoint's default model" }) model?: string | null;
  @Field(() => JSONObjectScalar, { nullable: true, description: "Model parameters, merged over the prompt version's" }) parameters?: Record<
    string,
    unknown
  > | null;
  @Field(() => [EvaluatorInput], { defaultValue: [] }) evaluators: EvaluatorInput[];
  @Field(() => Int, { nullable: true, description: 'Runs in flight at once, 1 to 16 (default 4)' }) concurrency?: number | null;
  @Field(() => [String], { nullable: true, description: 'Only the examples of these splits' }) splits?: string[] | null;
  @Field(() => JSONObjectScalar, { nullable: true }) metadata?: Record<string, unknown> | null;
}
