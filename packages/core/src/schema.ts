import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AnnotationItemResolver, AnnotationQueueResolver } from './annotation/annotation.resolver';
import { ApiKeyResolver, ProjectApiKeysResolver } from './auth/api-key.resolver';
import { DatasetExampleResolver, DatasetResolver, ProjectDatasetsResolver } from './datasets/dataset.resolver';
import { FeedbackResolver, MetricAuthorResolver, ProjectScoreSummaryResolver } from './feedback/feedback.resolver';
import { IngestResolver } from './ingest/ingest.resolver';
import { ProjectForwardingResolver, TraceForwardingResolver } from './langsmith-forward/langsmith-forward.resolver';
import { LiveResolver, MetricsComputedResolver } from './live/live.resolver';
import { ProjectResolver } from './projects/project.resolver';
import { PromptResolver, PromptVersionResolver } from './prompts/prompt.resolver';
import { ModelPriceResolver, ProjectCostRecomputesResolver } from './pricing/model-price.resolver';
import { QueueResolver } from './queues/queue.resolver';
import { ProjectStatsResolver } from './rollups/project-stats.resolver';
import { SessionResolver } from './sessions/session.resolver';
import { LLMCallPromptResolver, TraceSpansResolver } from './spans/span.resolver';
import { TraceCompareResolver } from './compare/trace-compare.resolver';
import { AgentCall, LLMCall, ToolCall } from './spans/span.type';
import { TraceResolver } from './traces/trace.resolver';
import {
  DatasetExperimentsResolver,
  ExampleComparisonResolver,
  ExperimentComparisonResolver,
  ExperimentResolver,
  ExperimentRunResolver,
  LeaderboardEntryResolver,
} from './experiments/experiment.resolver';
import { ProjectLlmEndpointResolver } from './experiments/llm-endpoint.resolver';

/** Builds the executable schema from every resolver; validation of inputs is done by the services. */
export async function buildSextantSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      ProjectResolver,
      ProjectStatsResolver,
      ProjectApiKeysResolver,
      ProjectForwardingResolver,
      TraceResolver,
      TraceSpansResolver,
      LLMCallPromptResolver,
      TraceCompareResolver,
      TraceForwardingResolver,
      SessionResolver,
      IngestResolver,
      ApiKeyResolver,
      LiveResolver,
      MetricsComputedResolver,
      QueueResolver,
      ModelPriceResolver,
      ProjectCostRecomputesResolver,
      PromptResolver,
      PromptVersionResolver,
      DatasetResolver,
      DatasetExampleResolver,
      ProjectDatasetsResolver,
      FeedbackResolver,
      MetricAuthorResolver,
      ProjectScoreSummaryResolver,
      AnnotationQueueResolver,
      AnnotationItemResolver,
      ProjectLlmEndpointResolver,
      ExperimentResolver,
      ExperimentRunResolver,
      ExampleComparisonResolver,
      ExperimentComparisonResolver,
      LeaderboardEntryResolver,
      DatasetExperimentsResolver,
    ],
    orphanedTypes: [AgentCall, LLMCall, ToolCall],
    validate: false,
    // Every subscription brings its own subscribe function (live feeds); type-graphql insists on a
    // PubSub anyway, so it gets one that refuses topic-based use.
    pubSub: {
      publish: () => {
        throw new Error('Publish live events through LiveHub');
      },
      subscribe: () => {
        throw new Error('Subscriptions must declare a subscribe function');
      },
    },
    emitSchemaFile: false,
  });
}
