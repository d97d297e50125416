/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AuthIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index id code message } }\n}": typeof types.AuthIngestDocument,
    "query AuthProject($id: ID!) { project(id: $id) { id name } }": typeof types.AuthProjectDocument,
    "query AuthProjects { projects { edges { node { id } } } }": typeof types.AuthProjectsDocument,
    "query AuthTraces($p: ID!) { traces(projectId: $p) { edges { node { id } } } }": typeof types.AuthTracesDocument,
    "query AuthTrace($id: ID!) { trace(id: $id) { id name } }": typeof types.AuthTraceDocument,
    "query AuthSessions($p: ID!) { sessions(projectId: $p) { edges { node { id } } } }": typeof types.AuthSessionsDocument,
    "mutation AuthCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {\n  createApiKey(input: { projectId: $p, name: $n, role: $r }) { secret apiKey { id name prefix role createdAt lastUsedAt revokedAt } }\n}": typeof types.AuthCreateKeyDocument,
    "mutation AuthRevokeKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }": typeof types.AuthRevokeKeyDocument,
    "query AuthListKeys($id: ID!) { project(id: $id) { apiKeys { id name prefix role createdAt lastUsedAt revokedAt } } }": typeof types.AuthListKeysDocument,
    "mutation AuthDeleteTrace($id: ID!) { deleteTrace(id: $id) { id deleted } }": typeof types.AuthDeleteTraceDocument,
    "mutation AuthUpdateProject($id: ID!, $n: String) { updateProject(id: $id, input: { name: $n, description: \"pwned\", tags: [\"pwned\"], metadata: { pwned: true } }) { id name } }": typeof types.AuthUpdateProjectDocument,
    "mutation AuthCreateProject($n: String!) { createProject(input: { name: $n }) { id } }": typeof types.AuthCreateProjectDocument,
    "mutation AuthUpdateForwarding($p: ID!) { updateProjectForwarding(projectId: $p, input: { enabled: false, langsmithProject: \"pwned\" }) { id forwarding { enabled } } }": typeof types.AuthUpdateForwardingDocument,
    "mutation AuthRetryForwarding($p: ID!) { retryForwarding(projectId: $p) }": typeof types.AuthRetryForwardingDocument,
    "query AuthRootFields { __schema { queryType { fields { name } } mutationType { fields { name } } } }": typeof types.AuthRootFieldsDocument,
    "query AuthAnonSession($p: ID!) { session(projectId: $p, id: \"anon-s\") { id } }": typeof types.AuthAnonSessionDocument,
    "query AuthJobs { jobs { backend } }": typeof types.AuthJobsDocument,
    "query AuthFailedJobs { failedJobs(queue: METRICS) { id } }": typeof types.AuthFailedJobsDocument,
    "mutation AuthRetryFailedJobs { retryFailedJobs(queue: METRICS) }": typeof types.AuthRetryFailedJobsDocument,
    "query AuthUnchanged($t: ID!, $p: ID!) { trace(id: $t) { name } project(id: $p) { name apiKeys { id revokedAt } } }": typeof types.AuthUnchangedDocument,
    "query AuthApiKeyFields { __type(name: \"ApiKey\") { fields { name } } }": typeof types.AuthApiKeyFieldsDocument,
    "query AuthProjectNames { projects(first: 100) { edges { node { name } } } }": typeof types.AuthProjectNamesDocument,
    "query AuthSession($p: ID!, $id: String!) { session(projectId: $p, id: $id) { id traceCount traces { edges { node { id } } } } }": typeof types.AuthSessionDocument,
    "query AuthProjectKeyIds($id: ID!) { project(id: $id) { apiKeys { id } } }": typeof types.AuthProjectKeyIdsDocument,
    "query AuthProjectsPage { projects(first: 100) { edges { node { id name totals { traceCount } } } pageInfo { hasNextPage } } }": typeof types.AuthProjectsPageDocument,
    "query AuthTracesOfSession($p: ID!, $s: String) { traces(projectId: $p, filter: { sessionId: $s }) { edges { node { id } } } }": typeof types.AuthTracesOfSessionDocument,
    "query AuthTraceNested($id: ID!) { trace(id: $id) { id spans { id } errors { id } metrics { id } userInteractions { id } systemInfo { id } project { id } } }": typeof types.AuthTraceNestedDocument,
    "query AuthSessionCounts($p: ID!) { sessions(projectId: $p) { edges { node { id traceCount } } } }": typeof types.AuthSessionCountsDocument,
    "query AuthJobQueues { jobs { backend queues { name failed } } }": typeof types.AuthJobQueuesDocument,
    "query AuthFailedJobData { failedJobs(queue: METRICS) { id data } }": typeof types.AuthFailedJobDataDocument,
    "query AuthProjectBAsAdmin($p: ID!, $t: ID!) {\n        project(id: $p) { id name description tags metadata endTime updatedAt totals { traceCount totalCost totalTokens }\n          apiKeys { id name role prefix revokedAt } }\n        trace(id: $t) { id name status endTime metadata totalCost totalTokens errorCount updatedAt\n          spans { id name status outputs error totalCost ... on LLMCall { model promptTokens } }\n          errors { id errorMessage } metrics { id name score } userInteractions { id content } systemInfo { id osName } }\n        traces(projectId: $p) { edges { node { id } } }\n        sessions(projectId: $p) { edges { node { id traceCount } } }\n      }": typeof types.AuthProjectBAsAdminDocument,
    "mutation IngestIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index id code message } ids { list ids } }\n}": typeof types.IngestIngestDocument,
    "query IngestTrace($id: ID!) { trace(id: $id) {\n  id status startTime endTime durationMs promptTokens completionTokens totalTokens cacheReadTokens totalCost\n  agentCallCount llmCallCount toolCallCount errorCount errorFlag models input output metadata tags sessionId\n  spans { __typename id depth parentId ancestorIds agentId name status startTime endTime durationMs inputs outputs metadata tags error\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens promptCost completionCost totalCost costSource temperature }\n    ... on ToolCall { totalCost llmCallId }\n    ... on AgentCall { llmCallIds toolCallIds } }\n  errors { errorMessage toolCallId }\n} }": typeof types.IngestTraceDocument,
    "mutation TestServerCreateProject($n: String!) { createProject(input: { name: $n }) { id } }": typeof types.TestServerCreateProjectDocument,
    "mutation TestServerCreateApiKey($p: ID!, $r: ApiKeyRole!) { createApiKey(input: { projectId: $p, name: \"test\", role: $r }) { secret } }": typeof types.TestServerCreateApiKeyDocument,
};
const documents: Documents = {
    "mutation AuthIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index id code message } }\n}": types.AuthIngestDocument,
    "query AuthProject($id: ID!) { project(id: $id) { id name } }": types.AuthProjectDocument,
    "query AuthProjects { projects { edges { node { id } } } }": types.AuthProjectsDocument,
    "query AuthTraces($p: ID!) { traces(projectId: $p) { edges { node { id } } } }": types.AuthTracesDocument,
    "query AuthTrace($id: ID!) { trace(id: $id) { id name } }": types.AuthTraceDocument,
    "query AuthSessions($p: ID!) { sessions(projectId: $p) { edges { node { id } } } }": types.AuthSessionsDocument,
    "mutation AuthCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {\n  createApiKey(input: { projectId: $p, name: $n, role: $r }) { secret apiKey { id name prefix role createdAt lastUsedAt revokedAt } }\n}": types.AuthCreateKeyDocument,
    "mutation AuthRevokeKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }": types.AuthRevokeKeyDocument,
    "query AuthListKeys($id: ID!) { project(id: $id) { apiKeys { id name prefix role createdAt lastUsedAt revokedAt } } }": types.AuthListKeysDocument,
    "mutation AuthDeleteTrace($id: ID!) { deleteTrace(id: $id) { id deleted } }": types.AuthDeleteTraceDocument,
    "mutation AuthUpdateProject($id: ID!, $n: String) { updateProject(id: $id, input: { name: $n, description: \"pwned\", tags: [\"pwned\"], metadata: { pwned: true } }) { id name } }": types.AuthUpdateProjectDocument,
    "mutation AuthCreateProject($n: String!) { createProject(input: { name: $n }) { id } }": types.AuthCreateProjectDocument,
    "mutation AuthUpdateForwarding($p: ID!) { updateProjectForwarding(projectId: $p, input: { enabled: false, langsmithProject: \"pwned\" }) { id forwarding { enabled } } }": types.AuthUpdateForwardingDocument,
    "mutation AuthRetryForwarding($p: ID!) { retryForwarding(projectId: $p) }": types.AuthRetryForwardingDocument,
    "query AuthRootFields { __schema { queryType { fields { name } } mutationType { fields { name } } } }": types.AuthRootFieldsDocument,
    "query AuthAnonSession($p: ID!) { session(projectId: $p, id: \"anon-s\") { id } }": types.AuthAnonSessionDocument,
    "query AuthJobs { jobs { backend } }": types.AuthJobsDocument,
    "query AuthFailedJobs { failedJobs(queue: METRICS) { id } }": types.AuthFailedJobsDocument,
    "mutation AuthRetryFailedJobs { retryFailedJobs(queue: METRICS) }": types.AuthRetryFailedJobsDocument,
    "query AuthUnchanged($t: ID!, $p: ID!) { trace(id: $t) { name } project(id: $p) { name apiKeys { id revokedAt } } }": types.AuthUnchangedDocument,
    "query AuthApiKeyFields { __type(name: \"ApiKey\") { fields { name } } }": types.AuthApiKeyFieldsDocument,
    "query AuthProjectNames { projects(first: 100) { edges { node { name } } } }": types.AuthProjectNamesDocument,
    "query AuthSession($p: ID!, $id: String!) { session(projectId: $p, id: $id) { id traceCount traces { edges { node { id } } } } }": types.AuthSessionDocument,
    "query AuthProjectKeyIds($id: ID!) { project(id: $id) { apiKeys { id } } }": types.AuthProjectKeyIdsDocument,
    "query AuthProjectsPage { projects(first: 100) { edges { node { id name totals { traceCount } } } pageInfo { hasNextPage } } }": types.AuthProjectsPageDocument,
    "query AuthTracesOfSession($p: ID!, $s: String) { traces(projectId: $p, filter: { sessionId: $s }) { edges { node { id } } } }": types.AuthTracesOfSessionDocument,
    "query AuthTraceNested($id: ID!) { trace(id: $id) { id spans { id } errors { id } metrics { id } userInteractions { id } systemInfo { id } project { id } } }": types.AuthTraceNestedDocument,
    "query AuthSessionCounts($p: ID!) { sessions(projectId: $p) { edges { node { id traceCount } } } }": types.AuthSessionCountsDocument,
    "query AuthJobQueues { jobs { backend queues { name failed } } }": types.AuthJobQueuesDocument,
    "query AuthFailedJobData { failedJobs(queue: METRICS) { id data } }": types.AuthFailedJobDataDocument,
    "query AuthProjectBAsAdmin($p: ID!, $t: ID!) {\n        project(id: $p) { id name description tags metadata endTime updatedAt totals { traceCount totalCost totalTokens }\n          apiKeys { id name role prefix revokedAt } }\n        trace(id: $t) { id name status endTime metadata totalCost totalTokens errorCount updatedAt\n          spans { id name status outputs error totalCost ... on LLMCall { model promptTokens } }\n          errors { id errorMessage } metrics { id name score } userInteractions { id content } systemInfo { id osName } }\n        traces(projectId: $p) { edges { node { id } } }\n        sessions(projectId: $p) { edges { node { id traceCount } } }\n      }": types.AuthProjectBAsAdminDocument,
    "mutation IngestIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index id code message } ids { list ids } }\n}": types.IngestIngestDocument,
    "query IngestTrace($id: ID!) { trace(id: $id) {\n  id status startTime endTime durationMs promptTokens completionTokens totalTokens cacheReadTokens totalCost\n  agentCallCount llmCallCount toolCallCount errorCount errorFlag models input output metadata tags sessionId\n  spans { __typename id depth parentId ancestorIds agentId name status startTime endTime durationMs inputs outputs metadata tags error\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens promptCost completionCost totalCost costSource temperature }\n    ... on ToolCall { totalCost llmCallId }\n    ... on AgentCall { llmCallIds toolCallIds } }\n  errors { errorMessage toolCallId }\n} }": types.IngestTraceDocument,
    "mutation TestServerCreateProject($n: String!) { createProject(input: { name: $n }) { id } }": types.TestServerCreateProjectDocument,
    "mutation TestServerCreateApiKey($p: ID!, $r: ApiKeyRole!) { createApiKey(input: { projectId: $p, name: \"test\", role: $r }) { secret } }": types.TestServerCreateApiKeyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index id code message } }\n}"): typeof import('./graphql').AuthIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthProject($id: ID!) { project(id: $id) { id name } }"): typeof import('./graphql').AuthProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthProjects { projects { edges { node { id } } } }"): typeof import('./graphql').AuthProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthTraces($p: ID!) { traces(projectId: $p) { edges { node { id } } } }"): typeof import('./graphql').AuthTracesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthTrace($id: ID!) { trace(id: $id) { id name } }"): typeof import('./graphql').AuthTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthSessions($p: ID!) { sessions(projectId: $p) { edges { node { id } } } }"): typeof import('./graphql').AuthSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {\n  createApiKey(input: { projectId: $p, name: $n, role: $r }) { secret apiKey { id name prefix role createdAt lastUsedAt revokedAt } }\n}"): typeof import('./graphql').AuthCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRevokeKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }"): typeof import('./graphql').AuthRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthListKeys($id: ID!) { project(id: $id) { apiKeys { id name prefix role createdAt lastUsedAt revokedAt } } }"): typeof import('./graphql').AuthListKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDeleteTrace($id: ID!) { deleteTrace(id: $id) { id deleted } }"): typeof import('./graphql').AuthDeleteTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthUpdateProject($id: ID!, $n: String) { updateProject(id: $id, input: { name: $n, description: \"pwned\", tags: [\"pwned\"], metadata: { pwned: true } }) { id name } }"): typeof import('./graphql').AuthUpdateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateProject($n: String!) { createProject(input: { name: $n }) { id } }"): typeof import('./graphql').AuthCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthUpdateForwarding($p: ID!) { updateProjectForwarding(projectId: $p, input: { enabled: false, langsmithProject: \"pwned\" }) { id forwarding { enabled } } }"): typeof import('./graphql').AuthUpdateForwardingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRetryForwarding($p: ID!) { retryForwarding(projectId: $p) }"): typeof import('./graphql').AuthRetryForwardingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthRootFields { __schema { queryType { fields { name } } mutationType { fields { name } } } }"): typeof import('./graphql').AuthRootFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthAnonSession($p: ID!) { session(projectId: $p, id: \"anon-s\") { id } }"): typeof import('./graphql').AuthAnonSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthJobs { jobs { backend } }"): typeof import('./graphql').AuthJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthFailedJobs { failedJobs(queue: METRICS) { id } }"): typeof import('./graphql').AuthFailedJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRetryFailedJobs { retryFailedJobs(queue: METRICS) }"): typeof import('./graphql').AuthRetryFailedJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthUnchanged($t: ID!, $p: ID!) { trace(id: $t) { name } project(id: $p) { name apiKeys { id revokedAt } } }"): typeof import('./graphql').AuthUnchangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthApiKeyFields { __type(name: \"ApiKey\") { fields { name } } }"): typeof import('./graphql').AuthApiKeyFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthProjectNames { projects(first: 100) { edges { node { name } } } }"): typeof import('./graphql').AuthProjectNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthSession($p: ID!, $id: String!) { session(projectId: $p, id: $id) { id traceCount traces { edges { node { id } } } } }"): typeof import('./graphql').AuthSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthProjectKeyIds($id: ID!) { project(id: $id) { apiKeys { id } } }"): typeof import('./graphql').AuthProjectKeyIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthProjectsPage { projects(first: 100) { edges { node { id name totals { traceCount } } } pageInfo { hasNextPage } } }"): typeof import('./graphql').AuthProjectsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthTracesOfSession($p: ID!, $s: String) { traces(projectId: $p, filter: { sessionId: $s }) { edges { node { id } } } }"): typeof import('./graphql').AuthTracesOfSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthTraceNested($id: ID!) { trace(id: $id) { id spans { id } errors { id } metrics { id } userInteractions { id } systemInfo { id } project { id } } }"): typeof import('./graphql').AuthTraceNestedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthSessionCounts($p: ID!) { sessions(projectId: $p) { edges { node { id traceCount } } } }"): typeof import('./graphql').AuthSessionCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthJobQueues { jobs { backend queues { name failed } } }"): typeof import('./graphql').AuthJobQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthFailedJobData { failedJobs(queue: METRICS) { id data } }"): typeof import('./graphql').AuthFailedJobDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthProjectBAsAdmin($p: ID!, $t: ID!) {\n        project(id: $p) { id name description tags metadata endTime updatedAt totals { traceCount totalCost totalTokens }\n          apiKeys { id name role prefix revokedAt } }\n        trace(id: $t) { id name status endTime metadata totalCost totalTokens errorCount updatedAt\n          spans { id name status outputs error totalCost ... on LLMCall { model promptTokens } }\n          errors { id errorMessage } metrics { id name score } userInteractions { id content } systemInfo { id osName } }\n        traces(projectId: $p) { edges { node { id } } }\n        sessions(projectId: $p) { edges { node { id traceCount } } }\n      }"): typeof import('./graphql').AuthProjectBAsAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index id code message } ids { list ids } }\n}"): typeof import('./graphql').IngestIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestTrace($id: ID!) { trace(id: $id) {\n  id status startTime endTime durationMs promptTokens completionTokens totalTokens cacheReadTokens totalCost\n  agentCallCount llmCallCount toolCallCount errorCount errorFlag models input output metadata tags sessionId\n  spans { __typename id depth parentId ancestorIds agentId name status startTime endTime durationMs inputs outputs metadata tags error\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens promptCost completionCost totalCost costSource temperature }\n    ... on ToolCall { totalCost llmCallId }\n    ... on AgentCall { llmCallIds toolCallIds } }\n  errors { errorMessage toolCallId }\n} }"): typeof import('./graphql').IngestTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestServerCreateProject($n: String!) { createProject(input: { name: $n }) { id } }"): typeof import('./graphql').TestServerCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestServerCreateApiKey($p: ID!, $r: ApiKeyRole!) { createApiKey(input: { projectId: $p, name: \"test\", role: $r }) { secret } }"): typeof import('./graphql').TestServerCreateApiKeyDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
