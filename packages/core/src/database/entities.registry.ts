import { AnnotationQueueEntity, AnnotationQueueItemEntity } from '../annotation/annotation-queue.entity';
import { ApiKeyEntity } from '../auth/api-key.entity';
import { DatasetExampleEntity, DatasetExampleRevisionEntity } from '../datasets/dataset-example.entity';
import { DatasetEntity, DatasetVersionEntity } from '../datasets/dataset.entity';
import { ExperimentEntity, ExperimentRunEntity } from '../datasets/experiment.entity';
import { LlmEndpointEntity } from '../projects/llm-endpoint.entity';
import { PromptEntity, PromptLabelEntity, PromptLabelEventEntity, PromptVersionEntity } from '../prompts/prompt.entity';
import { ErrorEntity } from '../traces/error.entity';
import { LangSmithForwardEntity, LangSmithForwardRunEntity } from '../langsmith-forward/langsmith-forward.entity';
import { MetricEntity } from '../traces/metric.entity';
import { CostRecomputeEntity } from '../pricing/cost-recompute.entity';
import { ModelPriceEntity } from '../pricing/model-price.entity';
import { ProjectEntity } from '../projects/project.entity';
import { RollupDirtyEntity } from '../rollups/rollup-dirty.entity';
import { RollupEntity } from '../rollups/rollup.entity';
import { AgentCallEntity, LLMCallEntity, SpanEntity, ToolCallEntity } from '../spans/span.entity';
import { SystemInfoEntity } from '../traces/system-info.entity';
import { TraceEntity } from '../traces/trace.entity';
import { UserInteractionEntity } from '../traces/user-interaction.entity';

/** Every TypeORM entity, in one list for the data source. */
export const ENTITIES = [
  ProjectEntity,
  ApiKeyEntity,
  TraceEntity,
  SpanEntity,
  AgentCallEntity,
  LLMCallEntity,
  ToolCallEntity,
  ErrorEntity,
  MetricEntity,
  SystemInfoEntity,
  UserInteractionEntity,
  RollupEntity,
  RollupDirtyEntity,
  LangSmithForwardEntity,
  LangSmithForwardRunEntity,
  ModelPriceEntity,
  CostRecomputeEntity,
  LlmEndpointEntity,
  DatasetEntity,
  DatasetVersionEntity,
  DatasetExampleEntity,
  DatasetExampleRevisionEntity,
  PromptEntity,
  PromptVersionEntity,
  PromptLabelEntity,
  PromptLabelEventEntity,
  ExperimentEntity,
  ExperimentRunEntity,
  AnnotationQueueEntity,
  AnnotationQueueItemEntity,
];
