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
    "mutation BenchCreateProject($n: String!) { createProject(input: { name: $n }) { id } }": typeof types.BenchCreateProjectDocument,
    "mutation BenchCreateApiKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"bench\", role: ADMIN }) { secret } }": typeof types.BenchCreateApiKeyDocument,
    "mutation HotTraceBenchIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { message } }\n}": typeof types.HotTraceBenchIngestDocument,
    "query HotTraceBenchTotals($id: ID!) { trace(id: $id) { llmCallCount promptTokens totalTokens totalCost models } }": typeof types.HotTraceBenchTotalsDocument,
    "mutation IngestBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.IngestBenchIngestDocument,
    "mutation LangsmithBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.LangsmithBenchIngestDocument,
    "query ListBenchTraces($p: ID!, $f: TraceFilter, $o: TraceOrder, $first: Int, $after: String) {\n  traces(projectId: $p, filter: $f, orderBy: $o, first: $first, after: $after) {\n    edges { cursor node { id name status startTime durationMs totalTokens totalCost userId sessionId models tags errorFlag } }\n    pageInfo { hasNextPage endCursor } } }": typeof types.ListBenchTracesDocument,
    "subscription LiveBenchSpanAdded($t: ID!) { spanAdded(traceId: $t) { id sequence } }": typeof types.LiveBenchSpanAddedDocument,
    "mutation LiveBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": typeof types.LiveBenchIngestDocument,
    "mutation MetricsBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.MetricsBenchIngestDocument,
    "subscription MetricsBenchMetricComputed($p: ID!) { metricComputed(projectId: $p) { traceId } }": typeof types.MetricsBenchMetricComputedDocument,
    "query StatsBenchStats($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { project(id: $p) { stats(from: $from, to: $to) {\n  from to traceCount spanCount errorCount errorRate promptTokens completionTokens totalTokens promptCost completionCost totalCost\n  latencyP50 latencyP95 latencyP99 firstTokenP50 firstTokenP99 streamingRate runFacets { runType count } lastTraceStartTime } } }": typeof types.StatsBenchStatsDocument,
    "query StatsBenchSeries($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $g: TimeseriesGroupBy!) { project(id: $p) {\n  timeseries(from: $from, to: $to, interval: HOUR, groupBy: $g) {\n    key points { time traceCount errorCount errorRate totalTokens totalCost latencyP50 latencyP95 latencyP99 } } } }": typeof types.StatsBenchSeriesDocument,
    "query TreeBenchPage($id: ID!, $first: Int, $after: ID) {\n  trace(id: $id) {\n    spanCount\n    spans(first: $first, after: $after) {\n      __typename id parentId depth childIds name runType status startTime endTime durationMs totalCost\n      ... on LLMCall { model promptTokens completionTokens }\n    }\n  }\n}": typeof types.TreeBenchPageDocument,
    "mutation UiBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.UiBenchIngestDocument,
    "mutation AbuseIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index code message } } }": typeof types.AbuseIngestDocument,
    "query AbuseTraceTotals($id: ID!) { trace(id: $id) { promptTokens totalTokens totalCost llmCallCount } }": typeof types.AbuseTraceTotalsDocument,
    "query AbuseSpans($id: ID!) { trace(id: $id) { spans { id name } } }": typeof types.AbuseSpansDocument,
    "subscription AbuseSpanAdded($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id name } }": typeof types.AbuseSpanAddedDocument,
    "query AbuseSpanPage($id: ID!, $first: Int, $after: ID) {\n  trace(id: $id) { spanCount spans(first: $first, after: $after) { __typename id depth ancestorIds ... on AgentCall { llmCallIds } } }\n}": typeof types.AbuseSpanPageDocument,
    "query AbuseStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) { project(id: $p) { stats(from: $from, to: $to) { traceCount totalTokens totalCost } } }": typeof types.AbuseStatsDocument,
    "query AbusePublicSchema { __schema { queryType { name } } }": typeof types.AbusePublicSchemaDocument,
    "query AbusePublicProjects { projects { edges { node { id } } } }": typeof types.AbusePublicProjectsDocument,
    "mutation AqIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": typeof types.AqIngestDocument,
    "mutation AqCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {\n  createApiKey(input: { projectId: $p, name: $n, role: $r }) { secret apiKey { id } }\n}": typeof types.AqCreateKeyDocument,
    "mutation AqCreate($i: CreateAnnotationQueueInput!) {\n  createAnnotationQueue(input: $i) { id name instructions rubric { key kind min max values required } }\n}": typeof types.AqCreateDocument,
    "mutation AqUpdate($id: ID!, $i: UpdateAnnotationQueueInput!) { updateAnnotationQueue(id: $id, input: $i) { id name description } }": typeof types.AqUpdateDocument,
    "mutation AqDelete($id: ID!) { deleteAnnotationQueue(id: $id) { id deleted } }": typeof types.AqDeleteDocument,
    "mutation AqAddByFilter($q: ID!, $f: TraceFilter, $limit: Int) {\n  addTracesToAnnotationQueue(queueId: $q, filter: $f, limit: $limit) { added alreadyQueued rejected { traceId message } }\n}": typeof types.AqAddByFilterDocument,
    "mutation AqAdd($q: ID!, $items: [AnnotationTargetInput!]!) {\n  addToAnnotationQueue(queueId: $q, items: $items) { added alreadyQueued rejected { traceId spanId message } }\n}": typeof types.AqAddDocument,
    "mutation AqNext($q: ID!) { nextAnnotationItem(queueId: $q) { id spanId status claimedBy trace { id name inputs } } }": typeof types.AqNextDocument,
    "mutation AqSubmit($id: ID!, $scores: [AnnotationScoreInput!]!) {\n  submitAnnotation(itemId: $id, scores: $scores) { id status completedBy completedAt scores { name score label comment source authorName } }\n}": typeof types.AqSubmitDocument,
    "mutation AqSkip($id: ID!) { skipAnnotationItem(itemId: $id) { id status claimedBy } }": typeof types.AqSkipDocument,
    "query AqQueue($id: ID!, $status: AnnotationItemStatus) {\n  annotationQueue(id: $id) {\n    id name progress { total pending claimed done skippedByMe } annotators { keyId name done }\n    items(status: $status, first: 50) { totalCount edges { node { id status completedBy trace { id } scores { name score label } } } }\n  }\n}": typeof types.AqQueueDocument,
    "query AqQueues($p: ID!) { annotationQueues(projectId: $p) { id name progress { total done } } }": typeof types.AqQueuesDocument,
    "query AqTrace($id: ID!) { trace(id: $id) { metrics { name score label comment source authorKeyId authorName } } }": typeof types.AqTraceDocument,
    "query AqSummary($p: ID!) {\n  project(id: $p) { scoreSummary(sources: [\"human\"]) { key count mean labels { label count } sources { source count } } }\n}": typeof types.AqSummaryDocument,
    "mutation AuthIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index id code message } }\n}": typeof types.AuthIngestDocument,
    "query AuthProject($id: ID!) { project(id: $id) { id name } }": typeof types.AuthProjectDocument,
    "query AuthProjectByName($n: String!) { projectByName(name: $n) { id name } }": typeof types.AuthProjectByNameDocument,
    "query AuthProjects { projects { edges { node { id } } } }": typeof types.AuthProjectsDocument,
    "query AuthViewer { viewer { role bootstrapAdmin projectId } }": typeof types.AuthViewerDocument,
    "query AuthCompare($a: ID!, $b: ID!) { compareTraces(a: $a, b: $b) { matched spans { path a { id name inputs } b { id name inputs } } } }": typeof types.AuthCompareDocument,
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
    "query AuthModelPrices($p: ID!) { modelPrices(projectId: $p) { id modelPattern inputPrice } }": typeof types.AuthModelPricesDocument,
    "mutation AuthUpsertPrice($p: ID!, $id: ID) {\n  upsertModelPrice(input: { projectId: $p, id: $id, modelPattern: \"^pwned$\", inputPrice: 0.001, outputPrice: 0.001 }) { id modelPattern }\n}": typeof types.AuthUpsertPriceDocument,
    "mutation AuthDeletePrice($id: ID!) { deleteModelPrice(id: $id) { id deleted } }": typeof types.AuthDeletePriceDocument,
    "mutation AuthRecomputeCosts($p: ID!) {\n  recomputeCosts(projectId: $p, from: \"2026-01-01T00:00:00Z\", to: \"2027-01-01T00:00:00Z\") { id status }\n}": typeof types.AuthRecomputeCostsDocument,
    "query AuthPrompts($p: ID!) { prompts(projectId: $p) { edges { node { id name } } } }": typeof types.AuthPromptsDocument,
    "query AuthPrompt($id: ID!) { prompt(id: $id) { id name labels { label } versions { edges { node { id text } } } } }": typeof types.AuthPromptDocument,
    "query AuthPromptByName($p: ID!, $n: String!) { promptByName(projectId: $p, name: $n) { id name } }": typeof types.AuthPromptByNameDocument,
    "query AuthComparePrompts($a: ID!, $b: ID!) { comparePromptVersions(a: $a, b: $b) { a { text } b { text } } }": typeof types.AuthComparePromptsDocument,
    "query AuthRenderPrompt($v: ID!) { renderPrompt(versionId: $v, variables: { x: \"1\" }) { role content } }": typeof types.AuthRenderPromptDocument,
    "mutation AuthCreatePrompt($p: ID!, $n: String!) { createPrompt(input: { projectId: $p, name: $n }) { id } }": typeof types.AuthCreatePromptDocument,
    "mutation AuthUpdatePrompt($id: ID!) { updatePrompt(id: $id, input: { name: \"pwned\", tags: [\"pwned\"] }) { id name } }": typeof types.AuthUpdatePromptDocument,
    "mutation AuthDeletePrompt($id: ID!) { deletePrompt(id: $id) { id deleted } }": typeof types.AuthDeletePromptDocument,
    "mutation AuthCreatePromptVersion($id: ID, $p: ID, $n: String) {\n  createPromptVersion(input: { promptId: $id, projectId: $p, promptName: $n, templateFormat: TEXT, text: \"pwned\", labels: [\"production\"] }) { id version }\n}": typeof types.AuthCreatePromptVersionDocument,
    "mutation AuthSetPromptLabel($id: ID!) { setPromptLabel(promptId: $id, label: \"production\", version: 1) { id } }": typeof types.AuthSetPromptLabelDocument,
    "mutation AuthRemovePromptLabel($id: ID!) { removePromptLabel(promptId: $id, label: \"production\") { id } }": typeof types.AuthRemovePromptLabelDocument,
    "mutation AuthRollbackPromptLabel($id: ID!) { rollbackPromptLabel(promptId: $id, label: \"production\") { id } }": typeof types.AuthRollbackPromptLabelDocument,
    "mutation AuthSeedPrompt($p: ID!, $n: String!) {\n  createPromptVersion(input: { projectId: $p, promptName: $n, templateFormat: TEXT, text: \"secret-prompt-B {{x}}\", labels: [\"production\"] }) { id prompt { id } }\n}": typeof types.AuthSeedPromptDocument,
    "query AuthDatasets($p: ID!) { datasets(projectId: $p) { edges { node { id name } } } }": typeof types.AuthDatasetsDocument,
    "query AuthDataset($id: ID!) { dataset(id: $id) { id name examples { edges { node { id inputs } } } } }": typeof types.AuthDatasetDocument,
    "query AuthDatasetExample($id: ID!) { datasetExample(id: $id) { id inputs } }": typeof types.AuthDatasetExampleDocument,
    "mutation AuthCreateDataset($p: ID!) { createDataset(input: { projectId: $p, name: \"pwned\" }) { id } }": typeof types.AuthCreateDatasetDocument,
    "mutation AuthUpdateDataset($id: ID!) { updateDataset(id: $id, input: { name: \"pwned\" }) { id name } }": typeof types.AuthUpdateDatasetDocument,
    "mutation AuthDeleteDataset($id: ID!) { deleteDataset(id: $id) { id deleted } }": typeof types.AuthDeleteDatasetDocument,
    "mutation AuthAddExamples($d: ID!) { addExamples(datasetId: $d, examples: [{ inputs: { pwned: true } }]) { version } }": typeof types.AuthAddExamplesDocument,
    "mutation AuthAddFromTraces($d: ID!, $t: ID!) { addExamplesFromTraces(datasetId: $d, items: [{ traceId: $t }]) { version examples { inputs } errors { code } } }": typeof types.AuthAddFromTracesDocument,
    "mutation AuthUpdateExample($id: ID!) { updateExample(id: $id, patch: { inputs: { pwned: true } }) { id inputs } }": typeof types.AuthUpdateExampleDocument,
    "mutation AuthDeleteExamples($ids: [ID!]!) { deleteExamples(ids: $ids) { deletedIds errors { code } } }": typeof types.AuthDeleteExamplesDocument,
    "mutation AuthTagVersion($d: ID!) { tagDatasetVersion(datasetId: $d, version: 1, tag: \"pwned\") { id } }": typeof types.AuthTagVersionDocument,
    "mutation AuthImportExamples($d: ID!, $c: String!) { importExamples(datasetId: $d, format: JSONL, content: $c) { version imported } }": typeof types.AuthImportExamplesDocument,
    "query AuthFeedback($p: ID!, $t: ID) { feedback(projectId: $p, filter: { traceId: $t }) { edges { node { id name } } } }": typeof types.AuthFeedbackDocument,
    "mutation AuthCreateFeedback($t: ID!) { createFeedback(input: { traceId: $t, key: \"pwned\", score: 0 }) { id } }": typeof types.AuthCreateFeedbackDocument,
    "mutation AuthUpdateFeedback($id: ID!) { updateFeedback(id: $id, patch: { score: 0, comment: \"pwned\" }) { id } }": typeof types.AuthUpdateFeedbackDocument,
    "mutation AuthDeleteFeedback($id: ID!) { deleteFeedback(id: $id) { id deleted } }": typeof types.AuthDeleteFeedbackDocument,
    "query AuthAnnotationQueues($p: ID!) { annotationQueues(projectId: $p) { id name } }": typeof types.AuthAnnotationQueuesDocument,
    "query AuthAnnotationQueue($id: ID!) { annotationQueue(id: $id) { id name progress { total } items { edges { node { id trace { id name } } } } } }": typeof types.AuthAnnotationQueueDocument,
    "mutation AuthCreateQueue($p: ID!, $n: String!) {\n  createAnnotationQueue(input: { projectId: $p, name: $n, rubric: [{ key: \"ok\", kind: BOOLEAN }] }) { id }\n}": typeof types.AuthCreateQueueDocument,
    "mutation AuthUpdateQueue($id: ID!) { updateAnnotationQueue(id: $id, input: { name: \"pwned\" }) { id name } }": typeof types.AuthUpdateQueueDocument,
    "mutation AuthDeleteQueue($id: ID!) { deleteAnnotationQueue(id: $id) { id deleted } }": typeof types.AuthDeleteQueueDocument,
    "mutation AuthAddToQueue($q: ID!, $t: ID!) {\n  addToAnnotationQueue(queueId: $q, items: [{ traceId: $t }]) { added alreadyQueued rejected { traceId message } }\n}": typeof types.AuthAddToQueueDocument,
    "mutation AuthAddTracesToQueue($q: ID!) { addTracesToAnnotationQueue(queueId: $q) { added } }": typeof types.AuthAddTracesToQueueDocument,
    "mutation AuthNextItem($q: ID!) { nextAnnotationItem(queueId: $q) { id trace { id name } } }": typeof types.AuthNextItemDocument,
    "mutation AuthSubmitItem($id: ID!) { submitAnnotation(itemId: $id, scores: [{ key: \"ok\", score: 1 }]) { id } }": typeof types.AuthSubmitItemDocument,
    "mutation AuthSkipItem($id: ID!) { skipAnnotationItem(itemId: $id) { id } }": typeof types.AuthSkipItemDocument,
    "query AuthExperiments($p: ID!) { experiments(projectId: $p) { edges { node { id name } } } }": typeof types.AuthExperimentsDocument,
    "query AuthExperiment($id: ID!) { experiment(id: $id) { id name runs { edges { node { id output } } } } }": typeof types.AuthExperimentDocument,
    "query AuthLeaderboard($d: ID!) { datasetLeaderboard(datasetId: $d) { rank experiment { id name } } }": typeof types.AuthLeaderboardDocument,
    "query AuthTrend($p: ID!) {\n  promptVersionTrend(promptId: $p, from: \"2026-01-01T00:00:00Z\", to: \"2026-01-02T00:00:00Z\") { promptVersionId calls }\n}": typeof types.AuthTrendDocument,
    "query AuthCompareExperiments($a: ID!, $b: ID!) { compareExperiments(a: $a, b: $b) { examples { exampleId } } }": typeof types.AuthCompareExperimentsDocument,
    "mutation AuthSetEndpoint($p: ID!) { setLlmEndpoint(projectId: $p, input: { baseUrl: \"http://127.0.0.1:9/v1\", apiKey: \"sk-pwned\" }) { baseUrl } }": typeof types.AuthSetEndpointDocument,
    "mutation AuthRemoveEndpoint($p: ID!) { removeLlmEndpoint(projectId: $p) }": typeof types.AuthRemoveEndpointDocument,
    "mutation AuthCreateExperiment($d: ID!) { createExperiment(input: { datasetId: $d, model: \"m\" }) { id } }": typeof types.AuthCreateExperimentDocument,
    "mutation AuthCancelExperiment($id: ID!) { cancelExperiment(id: $id) { id } }": typeof types.AuthCancelExperimentDocument,
    "mutation AuthDeleteExperiment($id: ID!) { deleteExperiment(id: $id) }": typeof types.AuthDeleteExperimentDocument,
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
    "query AuthProjectRecomputes($id: ID!) { project(id: $id) { costRecomputes { id } } }": typeof types.AuthProjectRecomputesDocument,
    "mutation AuthIngestPromptLink($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": typeof types.AuthIngestPromptLinkDocument,
    "mutation AuthDatasetOfA($p: ID!) { createDataset(input: { projectId: $p, name: \"dataset-A\" }) { id } }": typeof types.AuthDatasetOfADocument,
    "mutation AuthPriceOfB($p: ID!) { upsertModelPrice(input: { projectId: $p, modelPattern: \"^b-model$\", inputPrice: 1e-6, outputPrice: 2e-6 }) { id } }": typeof types.AuthPriceOfBDocument,
    "mutation AuthDatasetOfB($p: ID!) { createDataset(input: { projectId: $p, name: \"dataset-B\" }) { id } }": typeof types.AuthDatasetOfBDocument,
    "mutation AuthExampleOfB($d: ID!) { addExamples(datasetId: $d, examples: [{ inputs: { q: \"B-only input\" } }]) { examples { id } } }": typeof types.AuthExampleOfBDocument,
    "query AuthProjectBAsAdmin($p: ID!, $t: ID!) {\n        project(id: $p) { id name description tags metadata endTime updatedAt totals { traceCount totalCost totalTokens }\n          apiKeys { id name role prefix revokedAt } }\n        trace(id: $t) { id name status endTime metadata totalCost totalTokens errorCount updatedAt\n          spans { id name status outputs error totalCost ... on LLMCall { model promptTokens } }\n          errors { id errorMessage } metrics { id name score } userInteractions { id content } systemInfo { id osName } }\n        traces(projectId: $p) { edges { node { id } } }\n        sessions(projectId: $p) { edges { node { id traceCount } } }\n      }": typeof types.AuthProjectBAsAdminDocument,
    "mutation DsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.DsIngestDocument,
    "mutation DsCreate($p: ID!, $n: String!, $t: DatasetDataType) {\n  createDataset(input: { projectId: $p, name: $n, description: \"qa pairs\", dataType: $t, metadata: { team: \"eval\" } }) { id name description dataType metadata version createdAt }\n}": typeof types.DsCreateDocument,
    "mutation DsUpdate($id: ID!, $n: String) { updateDataset(id: $id, input: { name: $n, description: \"renamed\" }) { id name description version } }": typeof types.DsUpdateDocument,
    "mutation DsDelete($id: ID!) { deleteDataset(id: $id) { id deleted } }": typeof types.DsDeleteDocument,
    "mutation DsAdd($d: ID!, $e: [ExampleInput!]!) {\n  addExamples(datasetId: $d, examples: $e) { version examples { id inputs outputs metadata splits revision sourceTraceId } errors { index code message } }\n}": typeof types.DsAddDocument,
    "mutation DsFromTraces($d: ID!, $items: [TraceItemInput!]!) {\n  addExamplesFromTraces(datasetId: $d, items: $items) { version examples { id inputs outputs sourceTraceId sourceSpanId sourceTrace { id name } } errors { index id code message } }\n}": typeof types.DsFromTracesDocument,
    "mutation DsEdit($id: ID!, $p: ExamplePatchInput!) { updateExample(id: $id, patch: $p) { id inputs outputs splits revision } }": typeof types.DsEditDocument,
    "mutation DsDeleteExamples($ids: [ID!]!) { deleteExamples(ids: $ids) { deletedIds errors { index id code } } }": typeof types.DsDeleteExamplesDocument,
    "mutation DsTag($d: ID!, $v: Int!, $t: String!) { tagDatasetVersion(datasetId: $d, version: $v, tag: $t) { id versions { version tags } } }": typeof types.DsTagDocument,
    "mutation DsImport($d: ID!, $f: ExampleFormat!, $c: String!, $cols: CsvColumnsInput) {\n  importExamples(datasetId: $d, format: $f, content: $c, columns: $cols) { version imported errors { line message } }\n}": typeof types.DsImportDocument,
    "query DsDataset($id: ID!, $v: Int, $s: [String!], $first: Int, $after: String) {\n  dataset(id: $id) {\n    id name version exampleCount splits\n    versions { version description tags exampleCount }\n    examples(version: $v, splits: $s, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id inputs outputs metadata splits revision sourceTraceId sourceSpanId } }\n    }\n  }\n}": typeof types.DsDatasetDocument,
    "query DsList($p: ID!, $q: String) { datasets(projectId: $p, search: $q) { totalCount edges { node { id name exampleCount } } } }": typeof types.DsListDocument,
    "query DsExample($id: ID!, $v: Int) { datasetExample(id: $id, version: $v) { id inputs revision } }": typeof types.DsExampleDocument,
    "query DsSpanFlags($id: ID!) { trace(id: $id) { spans { id } } }": typeof types.DsSpanFlagsDocument,
    "mutation DsReaderKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) { secret } }": typeof types.DsReaderKeyDocument,
    "mutation DsWriterKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"writer\", role: INGEST }) { secret } }": typeof types.DsWriterKeyDocument,
    "mutation E2eIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list message } } }": typeof types.E2eIngestDocument,
    "mutation E2eCreateDataset($i: CreateDatasetInput!) { createDataset(input: $i) { id } }": typeof types.E2eCreateDatasetDocument,
    "mutation E2eFromTraces($d: ID!, $items: [TraceItemInput!]!) {\n  addExamplesFromTraces(datasetId: $d, items: $items) { version examples { id inputs outputs sourceTraceId } errors { index message } }\n}": typeof types.E2eFromTracesDocument,
    "mutation E2eCreateVersion($i: CreatePromptVersionInput!) { createPromptVersion(input: $i) { id version variables prompt { id } } }": typeof types.E2eCreateVersionDocument,
    "mutation E2eSetEndpoint($p: ID!, $i: LlmEndpointInput!) { setLlmEndpoint(projectId: $p, input: $i) { hasApiKey } }": typeof types.E2eSetEndpointDocument,
    "mutation E2eCreateExperiment($i: CreateExperimentInput!) {\n  createExperiment(input: $i) { id name status promptVersion { id version } evaluators { kind key } }\n}": typeof types.E2eCreateExperimentDocument,
    "subscription E2eUpdates($id: ID!) {\n  experimentUpdated(experimentId: $id) { experiment { id status completedCount failedCount } run { id status } }\n}": typeof types.E2eUpdatesDocument,
    "query E2eExperiment($id: ID!) {\n  experiment(id: $id) {\n    id name status completedCount failedCount promptVersion { id version }\n    summary { evaluators { key count mean } }\n    runs(first: 10) { edges { node {\n      id status output example { id inputs outputs }\n      trace { id spans { __typename id name ... on AgentCall { referenceExampleId } ... on LLMCall { referenceExampleId promptVersion { id version } inputs } } }\n      scores { name score value reason source }\n    } } }\n  }\n}": typeof types.E2eExperimentDocument,
    "query E2eLeaderboard($d: ID!) {\n  datasetLeaderboard(datasetId: $d, key: \"exact_match\") { rank score experiment { id } promptVersion { id version } }\n}": typeof types.E2eLeaderboardDocument,
    "query E2eCompareExperiments($a: ID!, $b: ID!, $e: [ID!]) {\n  compareExperiments(a: $a, b: $b) {\n    examples(exampleIds: $e) {\n      exampleId outputChanged runA { output } runB { output }\n      scoreDeltas { key a b delta }\n      traceComparison { matched onlyInA onlyInB spans { path differences a { id } b { id } } }\n    }\n  }\n}": typeof types.E2eCompareExperimentsDocument,
    "query E2eComparePrompts($a: ID!, $b: ID!) {\n  comparePromptVersions(a: $a, b: $b) { messages { index change lines { op text } } variablesAdded variablesRemoved }\n}": typeof types.E2eComparePromptsDocument,
    "query E2eDataset($id: ID!, $only: [ID!]) {\n  dataset(id: $id) {\n    experiments(first: 10) { edges { node { id promptVersion { version } } } }\n    scoreSummary { key count mean sources { source count } }\n    onlyV1: scoreSummary(experimentIds: $only) { key count mean }\n  }\n}": typeof types.E2eDatasetDocument,
    "query E2eDatasets($p: ID!) {\n  datasets(projectId: $p) { edges { node { id experiments(first: 5) { edges { node { id promptVersion { version } } } } } } }\n}": typeof types.E2eDatasetsDocument,
    "query E2eProjectSummary($p: ID!) { project(id: $p) { scoreSummary { key count mean } } }": typeof types.E2eProjectSummaryDocument,
    "mutation E2eFeedback($i: CreateFeedbackInput!) { createFeedback(input: $i) { id name score source } }": typeof types.E2eFeedbackDocument,
    "mutation ExpSetEndpoint($p: ID!, $i: LlmEndpointInput!) {\n  setLlmEndpoint(projectId: $p, input: $i) { baseUrl defaultModel hasApiKey apiKeyHint updatedAt }\n}": typeof types.ExpSetEndpointDocument,
    "mutation ExpRemoveEndpoint($p: ID!) { removeLlmEndpoint(projectId: $p) }": typeof types.ExpRemoveEndpointDocument,
    "query ExpProjectEndpoint($p: ID!) { project(id: $p) { id llmEndpoint { baseUrl defaultModel hasApiKey apiKeyHint } } }": typeof types.ExpProjectEndpointDocument,
    "mutation ExpCreate($i: CreateExperimentInput!) {\n  createExperiment(input: $i) { id name status kind model parameters concurrency exampleCount datasetVersion promptVersionId evaluators { kind key options } }\n}": typeof types.ExpCreateDocument,
    "mutation ExpCancel($id: ID!) { cancelExperiment(id: $id) { id status } }": typeof types.ExpCancelDocument,
    "mutation ExpDelete($id: ID!) { deleteExperiment(id: $id) }": typeof types.ExpDeleteDocument,
    "query ExpGet($id: ID!) {\n  experiment(id: $id) {\n    id name status exampleCount completedCount failedCount error startedAt finishedAt dataset { id name }\n    summary { evaluators { key count mean min max histogram { lower upper count } } latencyP50 latencyP95 totalCost meanCost totalTokens\n      runs { total pending running completed failed } }\n    runs(first: 10) {\n      edges { cursor node {\n        id exampleId status output error latencyMs promptTokens completionTokens totalTokens totalCost attempts\n        example { id inputs outputs }\n        trace { id name tags metadata inputs outputs spans { __typename id name ... on LLMCall { model provider promptTokens completionTokens inputs } } }\n        scores { name score value reason source }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n}": typeof types.ExpGetDocument,
    "query ExpRunPage($id: ID!, $after: String, $status: ExperimentRunStatus) {\n  experiment(id: $id) { runs(first: 2, after: $after, status: $status) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }\n}": typeof types.ExpRunPageDocument,
    "query ExpList($p: ID!, $d: ID) { experiments(projectId: $p, datasetId: $d) { edges { node { id name } } pageInfo { hasNextPage } } }": typeof types.ExpListDocument,
    "subscription ExpUpdates($id: ID!) {\n  experimentUpdated(experimentId: $id) { experiment { id status completedCount failedCount } run { id status exampleId } }\n}": typeof types.ExpUpdatesDocument,
    "query ExpLeaderboard($d: ID!, $k: String) {\n  datasetLeaderboard(datasetId: $d, key: $k) {\n    rank score experiment { id name promptVersionId model datasetVersion }\n    summary { evaluators { key mean count histogram { count } } latencyP50 latencyP95 totalCost totalTokens }\n  }\n}": typeof types.ExpLeaderboardDocument,
    "query ExpTrend($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  promptVersionTrend(promptId: $p, from: $from, to: $to, bucket: HOUR) { bucket promptVersionId version model calls totalCost meanCost scores { key mean count } }\n}": typeof types.ExpTrendDocument,
    "query ExpCompare($a: ID!, $b: ID!) {\n  compareExperiments(a: $a, b: $b) {\n    a { id } b { id }\n    summary { key a b delta }\n    examples {\n      exampleId outputChanged latencyDelta costDelta\n      example { inputs outputs }\n      runA { id output } runB { id output }\n      scoreDeltas { key a b delta }\n      traceComparison { matched changed spans { path differences a { id name } b { id name } } }\n    }\n  }\n}": typeof types.ExpCompareDocument,
    "query ExpCompareLight($a: ID!, $b: ID!) { compareExperiments(a: $a, b: $b) { examples { exampleId } } }": typeof types.ExpCompareLightDocument,
    "mutation ExpCreateReadKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) { secret } }": typeof types.ExpCreateReadKeyDocument,
    "mutation ExpClientIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": typeof types.ExpClientIngestDocument,
    "mutation FbIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.FbIngestDocument,
    "mutation FbCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {\n  createApiKey(input: { projectId: $p, name: $n, role: $r }) { secret apiKey { id } }\n}": typeof types.FbCreateKeyDocument,
    "mutation FbCreate($i: CreateFeedbackInput!) {\n  createFeedback(input: $i) { id traceId spanId name score label comment reason correction source authorKeyId authorName }\n}": typeof types.FbCreateDocument,
    "mutation FbUpdate($id: ID!, $patch: UpdateFeedbackInput!) { updateFeedback(id: $id, patch: $patch) { id score label comment } }": typeof types.FbUpdateDocument,
    "mutation FbDelete($id: ID!) { deleteFeedback(id: $id) { id deleted } }": typeof types.FbDeleteDocument,
    "query FbMetrics($id: ID!) {\n  trace(id: $id) { metrics { id spanId name score value label comment correction source authorKeyId authorName } }\n}": typeof types.FbMetricsDocument,
    "query FbList($p: ID!, $f: FeedbackFilter, $first: Int, $after: String) {\n  feedback(projectId: $p, filter: $f, first: $first, after: $after) { totalCount edges { node { id name score label source } } pageInfo { hasNextPage endCursor } }\n}": typeof types.FbListDocument,
    "query FbTraces($p: ID!, $f: TraceFilter) { traces(projectId: $p, filter: $f) { edges { node { id } } } }": typeof types.FbTracesDocument,
    "query FbSummary($p: ID!, $keys: [String!], $sources: [String!]) {\n  project(id: $p) { scoreSummary(keys: $keys, sources: $sources) {\n    key count scoredCount mean min max stddev histogram { lower upper count } labels { label count } sources { source count } } }\n}": typeof types.FbSummaryDocument,
    "subscription FbTraceUpdated($p: ID!) { traceUpdated(projectId: $p) { change trace { id metrics { name label source } } } }": typeof types.FbTraceUpdatedDocument,
    "mutation FuzzIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index code } } }": typeof types.FuzzIngestDocument,
    "mutation IngestIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index id code message } ids { list ids } }\n}": typeof types.IngestIngestDocument,
    "query IngestTrace($id: ID!) { trace(id: $id) {\n  id status startTime endTime durationMs promptTokens completionTokens totalTokens cacheReadTokens totalCost\n  agentCallCount llmCallCount toolCallCount errorCount errorFlag models inputs outputs metadata tags sessionId\n  spans { __typename id depth parentId ancestorIds agentId name status startTime endTime durationMs inputs outputs metadata tags error\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens promptCost completionCost totalCost costSource temperature }\n    ... on ToolCall { totalCost llmCallId }\n    ... on AgentCall { llmCallIds toolCallIds } }\n  errors { errorMessage toolCallId }\n} }": typeof types.IngestTraceDocument,
    "query IngestSequences($id: ID!) { trace(id: $id) { spans { name sequence } } }": typeof types.IngestSequencesDocument,
    "query JobsView { jobs { backend queues { name waiting active delayed failed completed paused } } failedJobs(queue: METRICS) { id name data failedReason attemptsMade } }": typeof types.JobsViewDocument,
    "mutation JobsRetryFailed { retryFailedJobs(queue: METRICS) }": typeof types.JobsRetryFailedDocument,
    "query JobsBackend { jobs { backend } }": typeof types.JobsBackendDocument,
    "mutation JobsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }": typeof types.JobsIngestDocument,
    "query LsDsDataset($id: ID!, $v: Int) {\n  dataset(id: $id) { id name description dataType metadata version exampleCount splits\n    versions { version description tags }\n    examples(version: $v) { edges { node { id inputs outputs metadata splits } } } }\n}": typeof types.LsDsDatasetDocument,
    "query LsEvalTrace($id: ID!) { trace(id: $id) {\n  id name status inputs outputs project { id name }\n  metrics { name score value reason resultDetail spanId }\n  spans { __typename id name parentId referenceExampleId inputs outputs }\n} }": typeof types.LsEvalTraceDocument,
    "query LsEvalExperiments($p: ID!, $d: ID!) { experiments(projectId: $p, datasetId: $d) { edges { node { id name } } } }": typeof types.LsEvalExperimentsDocument,
    "query LsEvalExperiment($id: ID!) { experiment(id: $id) {\n  id kind status exampleCount completedCount failedCount metadata finishedAt dataset { id } promptVersion { id }\n  summary { evaluators { key count mean } runs { total completed failed } }\n  runs(first: 10) { edges { node { status output example { id inputs } trace { id name } scores { name score source } } } }\n} }": typeof types.LsEvalExperimentDocument,
    "query LsEvalLeaderboard($d: ID!) { datasetLeaderboard(datasetId: $d, key: \"exact_match\") { rank score experiment { id } } }": typeof types.LsEvalLeaderboardDocument,
    "query LsEvalDataset($id: ID!) { dataset(id: $id) {\n  experiments(first: 5) { edges { node { id } } }\n  scoreSummary { key count scoredCount labels { label count } }\n} }": typeof types.LsEvalDatasetDocument,
    "mutation LsForwardIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.LsForwardIngestDocument,
    "query LsForwardForwarding($id: ID!) { trace(id: $id) { forwarding { status attempts lastError sentAt runsSent requestedAt } } }": typeof types.LsForwardForwardingDocument,
    "query LsForwardProjectForwarding($id: ID!) { project(id: $id) { forwarding { enabled setting langsmithProject available } } }": typeof types.LsForwardProjectForwardingDocument,
    "query LsForwardForwardCounts($id: ID!) { project(id: $id) { forwarding { pending failed } } }": typeof types.LsForwardForwardCountsDocument,
    "mutation LsForwardUpdateForwarding($p: ID!, $i: ProjectForwardingInput!) { updateProjectForwarding(projectId: $p, input: $i) { id forwarding { enabled setting langsmithProject available } } }": typeof types.LsForwardUpdateForwardingDocument,
    "mutation LsForwardRetry($p: ID!, $t: [ID!]) { retryForwarding(projectId: $p, traceIds: $t) }": typeof types.LsForwardRetryDocument,
    "query LsForwardMetricSources($id: ID!) { trace(id: $id) { metrics { source } } }": typeof types.LsForwardMetricSourcesDocument,
    "query LsForwardTree($id: ID!) { trace(id: $id) { name sessionId promptTokens completionTokens totalTokens errorCount\n    spans { name runType parentId status error ... on LLMCall { model provider promptTokens completionTokens totalTokens } } } }": typeof types.LsForwardTreeDocument,
    "query LsForwardFullTree($id: ID!) { trace(id: $id) { id name status sessionId promptTokens completionTokens totalTokens totalCost errorCount\n    errors { errorMessage errorType agentId llmCallId toolCallId }\n    metrics { id name spanId score value reason source }\n    spans { id name runType parentId depth status error dottedOrder inputs outputs\n      ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens promptCost completionCost totalCost } } } }": typeof types.LsForwardFullTreeDocument,
    "query LsForwardFiles($id: ID!) { trace(id: $id) { spans { id attachments } } }": typeof types.LsForwardFilesDocument,
    "query LsLangchainTrace($id: ID!) { trace(id: $id) {\n  name status sessionId errorMessage promptTokens completionTokens totalTokens totalCost\n  spans { __typename name depth runType status error tags\n    ... on LLMCall { model provider promptTokens completionTokens cacheReadTokens totalCost } }\n} }": typeof types.LsLangchainTraceDocument,
    "query LsProtocolTrace($id: ID!) { trace(id: $id) {\n  id name status sessionId inputs outputs startTime endTime errorCount\n  spans { __typename id depth parentId name runType status startTime endTime inputs outputs error metadata extra events attachments dottedOrder\n    ... on LLMCall { model provider promptTokens completionTokens totalCost firstTokenTime streaming } }\n  errors { errorMessage }\n  metrics { id spanId name score reason }\n} }": typeof types.LsProtocolTraceDocument,
    "query LsPythonTrace($id: ID!) { trace(id: $id) {\n  id name status sessionId inputs outputs errorMessage errorCount promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost\n  spans { __typename id depth parentId name runType status error errorType inputs outputs\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost costSource } }\n  errors { errorMessage errorType agentId toolCallId }\n} }": typeof types.LsPythonTraceDocument,
    "query LsPythonSessions($p: ID!) { sessions(projectId: $p) { edges { node { id traceCount totalTokens } } } }": typeof types.LsPythonSessionsDocument,
    "query LsReplicasTraces($p: ID!) { traces(projectId: $p, first: 10) { edges { node { id name status project { name }\n  promptTokens completionTokens totalTokens totalCost\n  spans { __typename id depth parentId name runType status inputs outputs\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens totalCost costSource } } } } } }": typeof types.LsReplicasTracesDocument,
    "query LsReplicasRead($id: ID!) { trace(id: $id) { name project { name } spans { name depth } } }": typeof types.LsReplicasReadDocument,
    "query LsSdkTrace($id: ID!) { trace(id: $id) {\n  id name status sessionId inputs outputs errorMessage errorCount promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost\n  spans { __typename id depth parentId name runType status error errorType dottedOrder stepIndex inputs outputs metadata\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens promptCost completionCost totalCost costSource }\n    ... on ToolCall { totalCost } }\n  errors { errorMessage errorType agentId llmCallId toolCallId }\n} }": typeof types.LsSdkTraceDocument,
    "query LsSdkProjects { projects(first: 100) { edges { node { id name } } } }": typeof types.LsSdkProjectsDocument,
    "query LsSdkSessions($p: ID!) { sessions(projectId: $p) { edges { node { id traceCount totalTokens } } } }": typeof types.LsSdkSessionsDocument,
    "query LsSdkMetrics($id: ID!) { trace(id: $id) { metrics { id name spanId score value reason resultDetail source } spans { name feedbackStats { name count meanScore } } } }": typeof types.LsSdkMetricsDocument,
    "mutation LiveResilienceIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": typeof types.LiveResilienceIngestDocument,
    "subscription LiveResilienceSpanAdded($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) { id name sequence } }": typeof types.LiveResilienceSpanAddedDocument,
    "subscription LiveResilienceSpanAddedWithInputs($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) { id name sequence inputs } }": typeof types.LiveResilienceSpanAddedWithInputsDocument,
    "mutation LiveIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.LiveIngestDocument,
    "subscription LiveSpanAdded($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) {\n  __typename id traceId parentId depth ancestorIds agentId name status sequence startTime endTime inputs outputs\n  ... on LLMCall { model promptTokens completionTokens totalCost costSource }\n  ... on AgentCall { llmCallIds toolCallIds }\n} }": typeof types.LiveSpanAddedDocument,
    "subscription LiveTraceUpdated($p: ID!, $f: TraceFilter, $since: String) {\n  traceUpdated(projectId: $p, filter: $f, since: $since) { change cursor trace { id name status tags totalTokens totalCost llmCallCount agentCallCount errorCount endTime } }\n}": typeof types.LiveTraceUpdatedDocument,
    "subscription LiveErrorRaised($p: ID!) { errorRaised(projectId: $p) { id traceId errorMessage timestamp toolCallId } }": typeof types.LiveErrorRaisedDocument,
    "subscription LiveErrorRaisedSince($p: ID!, $since: String) { errorRaised(projectId: $p, since: $since) { id traceId errorMessage timestamp toolCallId } }": typeof types.LiveErrorRaisedSinceDocument,
    "query LiveSpanIds($id: ID!) { trace(id: $id) { spans { id } } }": typeof types.LiveSpanIdsDocument,
    "mutation LiveCreateReadKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"soon revoked\", role: READ }) { secret apiKey { id } } }": typeof types.LiveCreateReadKeyDocument,
    "mutation LiveRevokeKey($id: ID!) { revokeApiKey(id: $id) { id } }": typeof types.LiveRevokeKeyDocument,
    "query OtlpClientTrace($id: ID!) { trace(id: $id) {\n  id name sessionId userId status totalTokens promptTokens completionTokens totalCost llmCallCount toolCallCount agentCallCount errorCount\n  errors { errorType errorMessage llmCallId }\n  spans { __typename id name parentId status error inputs outputs\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens totalCost streaming tokensEstimated }\n  }\n} }": typeof types.OtlpClientTraceDocument,
    "query OtlpTrace($id: ID!) { trace(id: $id) {\n  id name sessionId userId status totalTokens promptTokens completionTokens totalCost llmCallCount toolCallCount agentCallCount errorCount\n  errors { errorType errorMessage stackTrace llmCallId toolCallId agentId }\n  spans { __typename id name parentId runType status error inputs outputs metadata\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost costSource }\n  }\n} }": typeof types.OtlpTraceDocument,
    "subscription OtlpSpanAdded($t: ID!) { spanAdded(traceId: $t) { __typename id name parentId ... on LLMCall { model promptTokens } } }": typeof types.OtlpSpanAddedDocument,
    "query OtlpProjectByName($n: String!) { projectByName(name: $n) { id name } }": typeof types.OtlpProjectByNameDocument,
    "mutation PricesIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index message } } }": typeof types.PricesIngestDocument,
    "mutation PricesUpsert($i: UpsertModelPriceInput!) {\n  upsertModelPrice(input: $i) { id modelPattern provider inputPrice outputPrice cacheReadPrice cacheWritePrice reasoningPrice effectiveFrom createdAt updatedAt }\n}": typeof types.PricesUpsertDocument,
    "mutation PricesDelete($id: ID!) { deleteModelPrice(id: $id) { id deleted } }": typeof types.PricesDeleteDocument,
    "query PricesList($p: ID!) { modelPrices(projectId: $p) { id modelPattern provider inputPrice outputPrice effectiveFrom } }": typeof types.PricesListDocument,
    "mutation PricesRecompute($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  recomputeCosts(projectId: $p, from: $from, to: $to) { id from to status callsSeen callsChanged error finishedAt }\n}": typeof types.PricesRecomputeDocument,
    "query PricesRecomputes($p: ID!) { project(id: $p) { costRecomputes { id status callsSeen callsChanged error finishedAt } } }": typeof types.PricesRecomputesDocument,
    "query PricesTrace($id: ID!) { trace(id: $id) {\n  id promptCost completionCost totalCost unpricedCallCount llmCallCount promptTokens completionTokens totalTokens\n  spans { __typename id ... on LLMCall { model promptTokens completionTokens totalTokens promptCost completionCost totalCost costSource unpriced tokensEstimated }\n    ... on ToolCall { totalCost } }\n} }": typeof types.PricesTraceDocument,
    "query PricesTraces($p: ID!, $o: TraceOrder, $f: TraceFilter, $first: Int, $after: String) {\n  traces(projectId: $p, orderBy: $o, filter: $f, first: $first, after: $after) { edges { cursor node { id totalCost } } pageInfo { hasNextPage endCursor } }\n}": typeof types.PricesTracesDocument,
    "query PricesStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) {\n  project(id: $p) { stats(from: $from, to: $to) { totalCost unpricedCallCount traceCount } totals { totalCost unpricedCallCount }\n    timeseries(from: $from, to: $to, interval: HOUR, groupBy: MODEL) { key points { totalCost unpricedCallCount } } }\n  sessions(projectId: $p) { edges { node { id totalCost unpricedCallCount } } }\n}": typeof types.PricesStatsDocument,
    "mutation PromptsCreate($p: ID!, $n: String!) {\n  createPrompt(input: { projectId: $p, name: $n, description: \"Answers support questions\", tags: [\"support\"] }) { id name description tags latestVersion }\n}": typeof types.PromptsCreateDocument,
    "mutation PromptsCreateVersion($input: CreatePromptVersionInput!) {\n  createPromptVersion(input: $input) { id version templateFormat messages { role content } text variables model parameters commitMessage labels prompt { id name latestVersion } }\n}": typeof types.PromptsCreateVersionDocument,
    "mutation PromptsSetLabel($id: ID!, $l: String!, $v: Int!) { setPromptLabel(promptId: $id, label: $l, version: $v) { id labels { label version } } }": typeof types.PromptsSetLabelDocument,
    "mutation PromptsRollback($id: ID!, $l: String!) { rollbackPromptLabel(promptId: $id, label: $l) { id labels { label version versionId } } }": typeof types.PromptsRollbackDocument,
    "mutation PromptsRemoveLabel($id: ID!, $l: String!) { removePromptLabel(promptId: $id, label: $l) { labels { label } } }": typeof types.PromptsRemoveLabelDocument,
    "query PromptsPrompt($id: ID!, $label: String) {\n  prompt(id: $id) {\n    id name latestVersion\n    versions(first: 10) { totalCount edges { node { version labels } } pageInfo { hasNextPage } }\n    latest: version { version }\n    v1: version(version: 1) { id version }\n    byLabel: version(label: $label) { version }\n    labels { label version versionId updatedAt }\n    labelHistory(label: $label, first: 10) { label version previousVersion author createdAt }\n  }\n}": typeof types.PromptsPromptDocument,
    "query PromptsList($p: ID!, $search: String, $first: Int, $after: String) {\n  prompts(projectId: $p, search: $search, first: $first, after: $after) { totalCount edges { cursor node { name latestVersion labels { label version } } } pageInfo { hasNextPage endCursor } }\n}": typeof types.PromptsListDocument,
    "query PromptsByName($p: ID!, $n: String!) { promptByName(projectId: $p, name: $n) { id name } }": typeof types.PromptsByNameDocument,
    "query PromptsCompare($a: ID!, $b: ID!) {\n  comparePromptVersions(a: $a, b: $b) {\n    a { version } b { version }\n    messages { index roleA roleB change lines { op text } }\n    model { a b changed }\n    parameters { key a b }\n    variablesAdded variablesRemoved\n  }\n}": typeof types.PromptsCompareDocument,
    "query PromptsRender($v: ID!, $vars: JSONObject) { renderPrompt(versionId: $v, variables: $vars) { role content } }": typeof types.PromptsRenderDocument,
    "mutation PromptsUpdate($id: ID!, $n: String) { updatePrompt(id: $id, input: { name: $n, tags: [\"a\", \"b\"] }) { id name tags } }": typeof types.PromptsUpdateDocument,
    "mutation PromptsDelete($id: ID!) { deletePrompt(id: $id) { id deleted } }": typeof types.PromptsDeleteDocument,
    "mutation PromptsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.PromptsIngestDocument,
    "query PromptsTrace($id: ID!) {\n  trace(id: $id) { spans { __typename id ... on LLMCall { promptVersionId metadata promptVersion { id version prompt { name } usage { llmCalls lastUsedAt } } } } }\n}": typeof types.PromptsTraceDocument,
    "query PromptsUsage($id: ID!) { prompt(id: $id) { versions { edges { node { version usage { llmCalls lastUsedAt } } } } } }": typeof types.PromptsUsageDocument,
    "mutation PromptsReadKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) { secret } }": typeof types.PromptsReadKeyDocument,
    "mutation PromptsIngestKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"writer\", role: INGEST }) { secret } }": typeof types.PromptsIngestKeyDocument,
    "subscription ProxySpanAdded($t: ID!) { spanAdded(traceId: $t) { id name } }": typeof types.ProxySpanAddedDocument,
    "mutation QueriesIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.QueriesIngestDocument,
    "query QueriesList($p: ID!, $f: TraceFilter, $o: TraceOrder, $first: Int, $after: String) {\n  traces(projectId: $p, filter: $f, orderBy: $o, first: $first, after: $after) {\n    edges { cursor node { id name totalCost durationMs } } pageInfo { hasNextPage endCursor }\n  } }": typeof types.QueriesListDocument,
    "query QueriesCounted($p: ID!, $f: TraceFilter, $first: Int, $after: String) {\n  traces(projectId: $p, filter: $f, first: $first, after: $after) { totalCount totalCountIsEstimate edges { node { id } } pageInfo { endCursor } } }": typeof types.QueriesCountedDocument,
    "query QueriesCountedSessions($p: ID!) { sessions(projectId: $p, first: 2) { totalCount totalCountIsEstimate\n        edges { node { traceCount traces(first: 1) { totalCount totalCountIsEstimate } } } } }": typeof types.QueriesCountedSessionsDocument,
    "query QueriesCountedProjects { projects(first: 1) { totalCount totalCountIsEstimate edges { node { id } } } }": typeof types.QueriesCountedProjectsDocument,
    "query QueriesSessions($p: ID!) { sessions(projectId: $p, first: 5) { edges { node { id traceCount userIds } } pageInfo { hasNextPage endCursor } } }": typeof types.QueriesSessionsDocument,
    "query QueriesSessionPlayback($p: ID!) { session(projectId: $p, id: \"session-3\") { traceCount userIds traces(first: 50) { edges { node { name } } } } }": typeof types.QueriesSessionPlaybackDocument,
    "query QueriesMissingSession($p: ID!) { session(projectId: $p, id: \"nope\") { traceCount } }": typeof types.QueriesMissingSessionDocument,
    "query QueriesStats($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { project(id: $p) { totals { traceCount totalTokens }\n        stats(from: $from, to: $to) { traceCount spanCount errorCount errorRate totalTokens latencyP50 latencyP99 firstTokenP50 streamingRate runFacets { runType count } } } }": typeof types.QueriesStatsDocument,
    "mutation QueriesDeleteTrace($id: ID!) { deleteTrace(id: $id) { id deleted } }": typeof types.QueriesDeleteTraceDocument,
    "query QueriesDeletedTrace($id: ID!) { trace(id: $id) { id } }": typeof types.QueriesDeletedTraceDocument,
    "query QueriesNestedPage($p: ID!) { traces(projectId: $p, first: 100) { edges { node { id project { name }\n      spans { id depth ... on LLMCall { model totalCost } ... on AgentCall { llmCallIds } }\n      errors { errorMessage } metrics { name } userInteractions { content } systemInfo { osName } } } } }": typeof types.QueriesNestedPageDocument,
    "query QueriesStatsAllTime($p: ID!) { project(id: $p) { stats { traceCount from to } totals { traceCount firstTraceTime } } }": typeof types.QueriesStatsAllTimeDocument,
    "query QueriesStatsPage { projects(first: 10) { edges { node { stats { traceCount } } } } }": typeof types.QueriesStatsPageDocument,
    "query QueriesProjectByName($n: String!) { projectByName(name: $n) { id name } }": typeof types.QueriesProjectByNameDocument,
    "query QueriesMalformedTrace { trace(id: \"nope\") { id } }": typeof types.QueriesMalformedTraceDocument,
    "query QueriesMalformedProject { project(id: \"nope\") { id } }": typeof types.QueriesMalformedProjectDocument,
    "query QueriesMalformedTraces { traces(projectId: \"nope\") { edges { cursor } } }": typeof types.QueriesMalformedTracesDocument,
    "mutation QueriesMalformedDelete { deleteTrace(id: \"nope\") { id } }": typeof types.QueriesMalformedDeleteDocument,
    "query LimitsCheap($id: ID!) { project(id: $id) { id name } }": typeof types.LimitsCheapDocument,
    "query LimitsTimeoutTraces($p: ID!) { traces(projectId: $p, first: 1) { edges { node { id } } } }": typeof types.LimitsTimeoutTracesDocument,
    "mutation ReadmeTailIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }": typeof types.ReadmeTailIngestDocument,
    "query ReadmeTailProject { projectByName(name: \"readme-tail\") { id } }": typeof types.ReadmeTailProjectDocument,
    "query RefColumnsEverything($p: ID!, $t: ID!, $from: DateTimeISO, $to: DateTimeISO) {\n  project(id: $p) {\n    id name description tags metadata referenceDatasetId startTime endTime createdAt updatedAt\n    totals { traceCount totalCost totalTokens firstTraceTime lastTraceTime durationSeconds }\n    stats(from: $from, to: $to) { from to traceCount spanCount errorCount errorRate promptTokens completionTokens totalTokens\n      promptCost completionCost totalCost latencyP50 latencyP95 latencyP99 firstTokenP50 firstTokenP99 streamingRate\n      runFacets { runType count } lastTraceStartTime }\n  }\n  trace(id: $t) {\n    id name status startTime endTime durationMs userId sessionId agentVersion promptTemplateVersion modelName models inputs outputs\n    errorFlag errorType errorMessage tags metadata promptTokens completionTokens totalTokens cacheReadTokens cacheCreationTokens\n    reasoningTokens promptCost completionCost totalCost agentCallCount llmCallCount toolCallCount errorCount createdAt updatedAt\n    project { id name }\n    spans {\n      __typename id traceId parentId ancestorIds childIds depth agentId runType name status startTime endTime durationMs stepIndex\n      dottedOrder inputs outputs error errorType metadata tags events serialized extra attachments inputsS3Urls outputsS3Urls\n      referenceExampleId manifestId inDataset memoryUsed totalCost appPath feedbackStats { name count meanScore meanValue } createdAt updatedAt\n      ... on AgentCall { llmCallIds toolCallIds userInteractionIds }\n      ... on LLMCall { provider model promptTokens completionTokens totalTokens cacheReadTokens cacheCreationTokens reasoningTokens\n        promptTokenDetails completionTokenDetails promptCost completionCost promptCostDetails completionCostDetails costSource\n        firstTokenTime timeToFirstTokenMs temperature topP maxTokens stopTokens invocationParams toolCalls streaming retryCount\n        contextHash contextRefs hiddenStateHash promptDiffFromPrevious decisionId }\n      ... on ToolCall { llmCallId networkCalls retrievedDocs docSimilarityScores intermediateState }\n    }\n    errors { id traceId agentId llmCallId toolCallId errorType errorMessage stackTrace timestamp metadata }\n    metrics { id traceId spanId name score value reason resultDetail config startTime endTime durationMs timestamp source }\n    userInteractions { id traceId agentId interactionType content userId timestamp metadata }\n    systemInfo { id traceId osName osVersion pythonVersion runtimeName runtimeVersion hostname cpuInfo gpuInfo diskInfo memoryTotal installedPackages metadata createdAt }\n  }\n}": typeof types.RefColumnsEverythingDocument,
    "mutation RefColumnsCreateProject($i: CreateProjectInput!) { createProject(input: $i) { id startTime } }": typeof types.RefColumnsCreateProjectDocument,
    "mutation RefColumnsEndProject($id: ID!, $e: DateTimeISO) { updateProject(id: $id, input: { endTime: $e }) { endTime } }": typeof types.RefColumnsEndProjectDocument,
    "mutation RefColumnsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index message } } }": typeof types.RefColumnsIngestDocument,
    "mutation RollupsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.RollupsIngestDocument,
    "query RollupsStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) { project(id: $p) { stats(from: $from, to: $to) {\n  from to traceCount spanCount errorCount errorRate promptTokens completionTokens totalTokens promptCost completionCost\n  totalCost latencyP50 latencyP95 latencyP99 firstTokenP50 firstTokenP99 streamingRate runFacets { runType count } lastTraceStartTime } } }": typeof types.RollupsStatsDocument,
    "query RollupsSeries($p: ID!, $from: DateTimeISO, $to: DateTimeISO, $i: TimeseriesInterval!, $g: TimeseriesGroupBy) {\n  project(id: $p) { timeseries(from: $from, to: $to, interval: $i, groupBy: $g) {\n    key points { time traceCount errorCount errorRate totalTokens totalCost latencyP50 latencyP95 latencyP99 } } } }": typeof types.RollupsSeriesDocument,
    "query RollupsSeriesDefaults($p: ID!) { project(id: $p) { timeseries(interval: HOUR) { key points { time } } } }": typeof types.RollupsSeriesDefaultsDocument,
    "mutation RollupsIngestKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"ingest\", role: INGEST }) { secret } }": typeof types.RollupsIngestKeyDocument,
    "mutation SpanTreeIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.SpanTreeIngestDocument,
    "mutation SpanTreeDelete($id: ID!) { deleteTrace(id: $id) { deleted } }": typeof types.SpanTreeDeleteDocument,
    "query SpanTreeLightPage($id: ID!, $first: Int, $after: ID) {\n  trace(id: $id) { spans(first: $first, after: $after) { __typename id name depth childIds ... on LLMCall { model totalTokens } } }\n}": typeof types.SpanTreeLightPageDocument,
    "query SpanTreeInputsPage($id: ID!) { trace(id: $id) { spans { id inputs } } }": typeof types.SpanTreeInputsPageDocument,
    "mutation CompareIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.CompareIngestDocument,
    "query CompareTraces($a: ID!, $b: ID!) {\n  compareTraces(a: $a, b: $b) {\n    a { id name totalTokens } b { id name totalTokens }\n    matched onlyInA onlyInB changed\n    spans {\n      path depth differences durationMsDelta totalCostDelta totalTokensDelta\n      a { __typename id name ... on LLMCall { model totalTokens outputs } }\n      b { __typename id name ... on LLMCall { model totalTokens outputs } ... on ToolCall { inputs } }\n    }\n  }\n}": typeof types.CompareTracesDocument,
    "mutation TraceListIndexesIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": typeof types.TraceListIndexesIngestDocument,
    "query TraceListIndexesList($p: ID!, $f: TraceFilter) { traces(projectId: $p, filter: $f, first: 200) { edges { node { name } } } }": typeof types.TraceListIndexesListDocument,
    "mutation TraceMetricsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index message } } }": typeof types.TraceMetricsIngestDocument,
    "mutation TraceTotalsIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index message } }\n}": typeof types.TraceTotalsIngestDocument,
    "query TraceTotalsTrace($id: ID!) { trace(id: $id) {\n  status startTime durationMs promptTokens completionTokens totalTokens totalCost unpricedCallCount\n  agentCallCount llmCallCount toolCallCount errorCount errorFlag models\n} }": typeof types.TraceTotalsTraceDocument,
    "\n  mutation WebUiAddCreateQueue($input: CreateAnnotationQueueInput!) {\n    createAnnotationQueue(input: $input) {\n      id\n    }\n  }\n": typeof types.WebUiAddCreateQueueDocument,
    "\n  mutation WebUiAddFeedback($input: CreateFeedbackInput!) {\n    createFeedback(input: $input) {\n      id\n    }\n  }\n": typeof types.WebUiAddFeedbackDocument,
    "\n  mutation WebUiAddCreateKey($p: ID!) {\n    createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) {\n      secret\n    }\n  }\n": typeof types.WebUiAddCreateKeyDocument,
    "\n  query WebUiAddQueueItems($p: ID!) {\n    annotationQueues(projectId: $p) {\n      progress {\n        total\n      }\n    }\n  }\n": typeof types.WebUiAddQueueItemsDocument,
    "\n  query WebUiAnnotationQueues($p: ID!) {\n    annotationQueues(projectId: $p) {\n      id\n      rubric {\n        key\n        kind\n        min\n        max\n        values\n        required\n      }\n    }\n  }\n": typeof types.WebUiAnnotationQueuesDocument,
    "\n  mutation WebUiAnnotationAdd($q: ID!) {\n    addTracesToAnnotationQueue(queueId: $q, filter: { tags: [\"review\"] }) {\n      added\n    }\n  }\n": typeof types.WebUiAnnotationAddDocument,
    "\n  query WebUiAnnotationScores($t: ID!) {\n    trace(id: $t) {\n      metrics {\n        name\n        score\n        label\n        comment\n        source\n        authorName\n        spanId\n      }\n    }\n  }\n": typeof types.WebUiAnnotationScoresDocument,
    "mutation WebCompareProject { createProject(input: { name: \"web-compare\" }) { id } }": typeof types.WebCompareProjectDocument,
    "\n  query WebUiDatasetsOf($p: ID!) {\n    datasets(projectId: $p) {\n      edges {\n        node {\n          name\n          version\n          examples {\n            edges {\n              node {\n                inputs\n                outputs\n                sourceTraceId\n                sourceSpanId\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebUiDatasetsOfDocument,
    "\n  mutation WebUiExperimentsReadKey($p: ID!) {\n    createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) {\n      secret\n    }\n  }\n": typeof types.WebUiExperimentsReadKeyDocument,
    "\n  query WebUiPromptState($p: ID!, $n: String!) {\n    promptByName(projectId: $p, name: $n) {\n      id\n      latestVersion\n      labels {\n        label\n        version\n      }\n      labelHistory(label: \"production\") {\n        version\n        previousVersion\n      }\n      versions {\n        edges {\n          node {\n            version\n            messages {\n              role\n              content\n            }\n            model\n            parameters\n            commitMessage\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebUiPromptStateDocument,
    "mutation WebSdProject { createProject(input: { name: \"sessions-and-dashboard\" }) { id } }": typeof types.WebSdProjectDocument,
    "query WebSdCost($p: ID!) { project(id: $p) { stats { totalCost } } }": typeof types.WebSdCostDocument,
    "\n  query WebUiSettingsProject($p: ID!) {\n    project(id: $p) {\n      name\n      description\n      tags\n      metadata\n      forwarding {\n        enabled\n        setting\n        langsmithProject\n      }\n      costRecomputes {\n        status\n        from\n        to\n      }\n    }\n    modelPrices(projectId: $p) {\n      modelPattern\n      provider\n      inputPrice\n      outputPrice\n      cacheReadPrice\n      cacheWritePrice\n      reasoningPrice\n      effectiveFrom\n    }\n  }\n": typeof types.WebUiSettingsProjectDocument,
    "\n  query WebUiSettingsRead($p: ID!) {\n    project(id: $p) {\n      name\n    }\n  }\n": typeof types.WebUiSettingsReadDocument,
    "\n  query WebUiSettingsByName($n: String!) {\n    projectByName(name: $n) {\n      id\n      description\n    }\n  }\n": typeof types.WebUiSettingsByNameDocument,
    "mutation WebTraceViewProject { createProject(input: { name: \"trace-view\" }) { id } }": typeof types.WebTraceViewProjectDocument,
    "query WebUiKeys($p: ID!) { project(id: $p) { apiKeys { id } } }": typeof types.WebUiKeysDocument,
    "mutation WebUiProject { createProject(input: { name: \"tour\" }) { id } }": typeof types.WebUiProjectDocument,
    "query WebUiNoBuild { projects(first: 1) { totalCount } }": typeof types.WebUiNoBuildDocument,
    "mutation WebUiRevoke($k: ID!) { revokeApiKey(id: $k) { id } }": typeof types.WebUiRevokeDocument,
    "mutation WorkerIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.WorkerIngestDocument,
    "subscription WorkerMetricComputed($p: ID!) { metricComputed(projectId: $p) { traceId metricNames metrics { name } } }": typeof types.WorkerMetricComputedDocument,
    "query WorkerClosedTrace($id: ID!) { trace(id: $id) { status endTime autoClosed durationMs metrics { name } } }": typeof types.WorkerClosedTraceDocument,
    "mutation ZeroConfigCreateProject { createProject(input: { name: \"zero\" }) { id } }": typeof types.ZeroConfigCreateProjectDocument,
    "mutation ZeroConfigIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }": typeof types.ZeroConfigIngestDocument,
    "subscription ZeroConfigSpanAdded($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id name } }": typeof types.ZeroConfigSpanAddedDocument,
    "query ZeroConfigMetricNames($id: ID!) { trace(id: $id) { metrics { name } } }": typeof types.ZeroConfigMetricNamesDocument,
    "query ZeroConfigTraceName($id: ID!) { trace(id: $id) { name } }": typeof types.ZeroConfigTraceNameDocument,
    "mutation DeepTraceIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": typeof types.DeepTraceIngestDocument,
    "query DeepTracePage($id: ID!, $after: ID) { trace(id: $id) { spanCount spans(after: $after) { id depth ancestorIds } } }": typeof types.DeepTracePageDocument,
    "query DeepTraceMetrics($id: ID!) { trace(id: $id) { metrics { name value } } }": typeof types.DeepTraceMetricsDocument,
    "subscription DeepTraceSpanAdded($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id depth } }": typeof types.DeepTraceSpanAddedDocument,
    "mutation DeepTraceProject { createProject(input: { name: \"deep\" }) { id } }": typeof types.DeepTraceProjectDocument,
    "mutation PoisonIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }": typeof types.PoisonIngestDocument,
    "mutation RedisClusterIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }": typeof types.RedisClusterIngestDocument,
    "query ClusterTraceMetrics($id: ID!) { trace(id: $id) { metrics { name value } } }": typeof types.ClusterTraceMetricsDocument,
    "subscription ClusterSpanAdded($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id name } }": typeof types.ClusterSpanAddedDocument,
    "subscription ClusterSpanSequence($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id sequence } }": typeof types.ClusterSpanSequenceDocument,
    "query ClusterJobsView { jobs { backend queues { name waiting active delayed failed completed } } failedJobs(queue: EXPERIMENTS) { id name failedReason attemptsMade data } }": typeof types.ClusterJobsViewDocument,
    "mutation ClusterRetryFailed($ids: [ID!]) { retryFailedJobs(queue: EXPERIMENTS, ids: $ids) }": typeof types.ClusterRetryFailedDocument,
    "\n  mutation BrowserIngest($b: IngestBatchInput!) {\n    ingest(batch: $b) {\n      accepted\n      rejected\n      rejections {\n        message\n      }\n    }\n  }\n": typeof types.BrowserIngestDocument,
    "mutation ClusterIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": typeof types.ClusterIngestDocument,
    "query ClusterQueues { jobs { queues { name waiting active delayed prioritized failed } } }": typeof types.ClusterQueuesDocument,
    "mutation ClusterCreateProject($n: String!) { createProject(input: { name: $n }) { id } }": typeof types.ClusterCreateProjectDocument,
    "mutation ClusterCreateKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"cluster\", role: ADMIN }) { secret } }": typeof types.ClusterCreateKeyDocument,
    "subscription ClusterTail($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) { id sequence name endTime } }": typeof types.ClusterTailDocument,
    "mutation TestServerCreateProject($n: String!) { createProject(input: { name: $n }) { id } }": typeof types.TestServerCreateProjectDocument,
    "mutation TestServerCreateApiKey($p: ID!, $r: ApiKeyRole!) { createApiKey(input: { projectId: $p, name: \"test\", role: $r }) { secret } }": typeof types.TestServerCreateApiKeyDocument,
    "mutation WorkerCrashIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }": typeof types.WorkerCrashIngestDocument,
};
const documents: Documents = {
    "mutation BenchCreateProject($n: String!) { createProject(input: { name: $n }) { id } }": types.BenchCreateProjectDocument,
    "mutation BenchCreateApiKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"bench\", role: ADMIN }) { secret } }": types.BenchCreateApiKeyDocument,
    "mutation HotTraceBenchIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { message } }\n}": types.HotTraceBenchIngestDocument,
    "query HotTraceBenchTotals($id: ID!) { trace(id: $id) { llmCallCount promptTokens totalTokens totalCost models } }": types.HotTraceBenchTotalsDocument,
    "mutation IngestBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.IngestBenchIngestDocument,
    "mutation LangsmithBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.LangsmithBenchIngestDocument,
    "query ListBenchTraces($p: ID!, $f: TraceFilter, $o: TraceOrder, $first: Int, $after: String) {\n  traces(projectId: $p, filter: $f, orderBy: $o, first: $first, after: $after) {\n    edges { cursor node { id name status startTime durationMs totalTokens totalCost userId sessionId models tags errorFlag } }\n    pageInfo { hasNextPage endCursor } } }": types.ListBenchTracesDocument,
    "subscription LiveBenchSpanAdded($t: ID!) { spanAdded(traceId: $t) { id sequence } }": types.LiveBenchSpanAddedDocument,
    "mutation LiveBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": types.LiveBenchIngestDocument,
    "mutation MetricsBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.MetricsBenchIngestDocument,
    "subscription MetricsBenchMetricComputed($p: ID!) { metricComputed(projectId: $p) { traceId } }": types.MetricsBenchMetricComputedDocument,
    "query StatsBenchStats($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { project(id: $p) { stats(from: $from, to: $to) {\n  from to traceCount spanCount errorCount errorRate promptTokens completionTokens totalTokens promptCost completionCost totalCost\n  latencyP50 latencyP95 latencyP99 firstTokenP50 firstTokenP99 streamingRate runFacets { runType count } lastTraceStartTime } } }": types.StatsBenchStatsDocument,
    "query StatsBenchSeries($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $g: TimeseriesGroupBy!) { project(id: $p) {\n  timeseries(from: $from, to: $to, interval: HOUR, groupBy: $g) {\n    key points { time traceCount errorCount errorRate totalTokens totalCost latencyP50 latencyP95 latencyP99 } } } }": types.StatsBenchSeriesDocument,
    "query TreeBenchPage($id: ID!, $first: Int, $after: ID) {\n  trace(id: $id) {\n    spanCount\n    spans(first: $first, after: $after) {\n      __typename id parentId depth childIds name runType status startTime endTime durationMs totalCost\n      ... on LLMCall { model promptTokens completionTokens }\n    }\n  }\n}": types.TreeBenchPageDocument,
    "mutation UiBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.UiBenchIngestDocument,
    "mutation AbuseIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index code message } } }": types.AbuseIngestDocument,
    "query AbuseTraceTotals($id: ID!) { trace(id: $id) { promptTokens totalTokens totalCost llmCallCount } }": types.AbuseTraceTotalsDocument,
    "query AbuseSpans($id: ID!) { trace(id: $id) { spans { id name } } }": types.AbuseSpansDocument,
    "subscription AbuseSpanAdded($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id name } }": types.AbuseSpanAddedDocument,
    "query AbuseSpanPage($id: ID!, $first: Int, $after: ID) {\n  trace(id: $id) { spanCount spans(first: $first, after: $after) { __typename id depth ancestorIds ... on AgentCall { llmCallIds } } }\n}": types.AbuseSpanPageDocument,
    "query AbuseStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) { project(id: $p) { stats(from: $from, to: $to) { traceCount totalTokens totalCost } } }": types.AbuseStatsDocument,
    "query AbusePublicSchema { __schema { queryType { name } } }": types.AbusePublicSchemaDocument,
    "query AbusePublicProjects { projects { edges { node { id } } } }": types.AbusePublicProjectsDocument,
    "mutation AqIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": types.AqIngestDocument,
    "mutation AqCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {\n  createApiKey(input: { projectId: $p, name: $n, role: $r }) { secret apiKey { id } }\n}": types.AqCreateKeyDocument,
    "mutation AqCreate($i: CreateAnnotationQueueInput!) {\n  createAnnotationQueue(input: $i) { id name instructions rubric { key kind min max values required } }\n}": types.AqCreateDocument,
    "mutation AqUpdate($id: ID!, $i: UpdateAnnotationQueueInput!) { updateAnnotationQueue(id: $id, input: $i) { id name description } }": types.AqUpdateDocument,
    "mutation AqDelete($id: ID!) { deleteAnnotationQueue(id: $id) { id deleted } }": types.AqDeleteDocument,
    "mutation AqAddByFilter($q: ID!, $f: TraceFilter, $limit: Int) {\n  addTracesToAnnotationQueue(queueId: $q, filter: $f, limit: $limit) { added alreadyQueued rejected { traceId message } }\n}": types.AqAddByFilterDocument,
    "mutation AqAdd($q: ID!, $items: [AnnotationTargetInput!]!) {\n  addToAnnotationQueue(queueId: $q, items: $items) { added alreadyQueued rejected { traceId spanId message } }\n}": types.AqAddDocument,
    "mutation AqNext($q: ID!) { nextAnnotationItem(queueId: $q) { id spanId status claimedBy trace { id name inputs } } }": types.AqNextDocument,
    "mutation AqSubmit($id: ID!, $scores: [AnnotationScoreInput!]!) {\n  submitAnnotation(itemId: $id, scores: $scores) { id status completedBy completedAt scores { name score label comment source authorName } }\n}": types.AqSubmitDocument,
    "mutation AqSkip($id: ID!) { skipAnnotationItem(itemId: $id) { id status claimedBy } }": types.AqSkipDocument,
    "query AqQueue($id: ID!, $status: AnnotationItemStatus) {\n  annotationQueue(id: $id) {\n    id name progress { total pending claimed done skippedByMe } annotators { keyId name done }\n    items(status: $status, first: 50) { totalCount edges { node { id status completedBy trace { id } scores { name score label } } } }\n  }\n}": types.AqQueueDocument,
    "query AqQueues($p: ID!) { annotationQueues(projectId: $p) { id name progress { total done } } }": types.AqQueuesDocument,
    "query AqTrace($id: ID!) { trace(id: $id) { metrics { name score label comment source authorKeyId authorName } } }": types.AqTraceDocument,
    "query AqSummary($p: ID!) {\n  project(id: $p) { scoreSummary(sources: [\"human\"]) { key count mean labels { label count } sources { source count } } }\n}": types.AqSummaryDocument,
    "mutation AuthIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index id code message } }\n}": types.AuthIngestDocument,
    "query AuthProject($id: ID!) { project(id: $id) { id name } }": types.AuthProjectDocument,
    "query AuthProjectByName($n: String!) { projectByName(name: $n) { id name } }": types.AuthProjectByNameDocument,
    "query AuthProjects { projects { edges { node { id } } } }": types.AuthProjectsDocument,
    "query AuthViewer { viewer { role bootstrapAdmin projectId } }": types.AuthViewerDocument,
    "query AuthCompare($a: ID!, $b: ID!) { compareTraces(a: $a, b: $b) { matched spans { path a { id name inputs } b { id name inputs } } } }": types.AuthCompareDocument,
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
    "query AuthModelPrices($p: ID!) { modelPrices(projectId: $p) { id modelPattern inputPrice } }": types.AuthModelPricesDocument,
    "mutation AuthUpsertPrice($p: ID!, $id: ID) {\n  upsertModelPrice(input: { projectId: $p, id: $id, modelPattern: \"^pwned$\", inputPrice: 0.001, outputPrice: 0.001 }) { id modelPattern }\n}": types.AuthUpsertPriceDocument,
    "mutation AuthDeletePrice($id: ID!) { deleteModelPrice(id: $id) { id deleted } }": types.AuthDeletePriceDocument,
    "mutation AuthRecomputeCosts($p: ID!) {\n  recomputeCosts(projectId: $p, from: \"2026-01-01T00:00:00Z\", to: \"2027-01-01T00:00:00Z\") { id status }\n}": types.AuthRecomputeCostsDocument,
    "query AuthPrompts($p: ID!) { prompts(projectId: $p) { edges { node { id name } } } }": types.AuthPromptsDocument,
    "query AuthPrompt($id: ID!) { prompt(id: $id) { id name labels { label } versions { edges { node { id text } } } } }": types.AuthPromptDocument,
    "query AuthPromptByName($p: ID!, $n: String!) { promptByName(projectId: $p, name: $n) { id name } }": types.AuthPromptByNameDocument,
    "query AuthComparePrompts($a: ID!, $b: ID!) { comparePromptVersions(a: $a, b: $b) { a { text } b { text } } }": types.AuthComparePromptsDocument,
    "query AuthRenderPrompt($v: ID!) { renderPrompt(versionId: $v, variables: { x: \"1\" }) { role content } }": types.AuthRenderPromptDocument,
    "mutation AuthCreatePrompt($p: ID!, $n: String!) { createPrompt(input: { projectId: $p, name: $n }) { id } }": types.AuthCreatePromptDocument,
    "mutation AuthUpdatePrompt($id: ID!) { updatePrompt(id: $id, input: { name: \"pwned\", tags: [\"pwned\"] }) { id name } }": types.AuthUpdatePromptDocument,
    "mutation AuthDeletePrompt($id: ID!) { deletePrompt(id: $id) { id deleted } }": types.AuthDeletePromptDocument,
    "mutation AuthCreatePromptVersion($id: ID, $p: ID, $n: String) {\n  createPromptVersion(input: { promptId: $id, projectId: $p, promptName: $n, templateFormat: TEXT, text: \"pwned\", labels: [\"production\"] }) { id version }\n}": types.AuthCreatePromptVersionDocument,
    "mutation AuthSetPromptLabel($id: ID!) { setPromptLabel(promptId: $id, label: \"production\", version: 1) { id } }": types.AuthSetPromptLabelDocument,
    "mutation AuthRemovePromptLabel($id: ID!) { removePromptLabel(promptId: $id, label: \"production\") { id } }": types.AuthRemovePromptLabelDocument,
    "mutation AuthRollbackPromptLabel($id: ID!) { rollbackPromptLabel(promptId: $id, label: \"production\") { id } }": types.AuthRollbackPromptLabelDocument,
    "mutation AuthSeedPrompt($p: ID!, $n: String!) {\n  createPromptVersion(input: { projectId: $p, promptName: $n, templateFormat: TEXT, text: \"secret-prompt-B {{x}}\", labels: [\"production\"] }) { id prompt { id } }\n}": types.AuthSeedPromptDocument,
    "query AuthDatasets($p: ID!) { datasets(projectId: $p) { edges { node { id name } } } }": types.AuthDatasetsDocument,
    "query AuthDataset($id: ID!) { dataset(id: $id) { id name examples { edges { node { id inputs } } } } }": types.AuthDatasetDocument,
    "query AuthDatasetExample($id: ID!) { datasetExample(id: $id) { id inputs } }": types.AuthDatasetExampleDocument,
    "mutation AuthCreateDataset($p: ID!) { createDataset(input: { projectId: $p, name: \"pwned\" }) { id } }": types.AuthCreateDatasetDocument,
    "mutation AuthUpdateDataset($id: ID!) { updateDataset(id: $id, input: { name: \"pwned\" }) { id name } }": types.AuthUpdateDatasetDocument,
    "mutation AuthDeleteDataset($id: ID!) { deleteDataset(id: $id) { id deleted } }": types.AuthDeleteDatasetDocument,
    "mutation AuthAddExamples($d: ID!) { addExamples(datasetId: $d, examples: [{ inputs: { pwned: true } }]) { version } }": types.AuthAddExamplesDocument,
    "mutation AuthAddFromTraces($d: ID!, $t: ID!) { addExamplesFromTraces(datasetId: $d, items: [{ traceId: $t }]) { version examples { inputs } errors { code } } }": types.AuthAddFromTracesDocument,
    "mutation AuthUpdateExample($id: ID!) { updateExample(id: $id, patch: { inputs: { pwned: true } }) { id inputs } }": types.AuthUpdateExampleDocument,
    "mutation AuthDeleteExamples($ids: [ID!]!) { deleteExamples(ids: $ids) { deletedIds errors { code } } }": types.AuthDeleteExamplesDocument,
    "mutation AuthTagVersion($d: ID!) { tagDatasetVersion(datasetId: $d, version: 1, tag: \"pwned\") { id } }": types.AuthTagVersionDocument,
    "mutation AuthImportExamples($d: ID!, $c: String!) { importExamples(datasetId: $d, format: JSONL, content: $c) { version imported } }": types.AuthImportExamplesDocument,
    "query AuthFeedback($p: ID!, $t: ID) { feedback(projectId: $p, filter: { traceId: $t }) { edges { node { id name } } } }": types.AuthFeedbackDocument,
    "mutation AuthCreateFeedback($t: ID!) { createFeedback(input: { traceId: $t, key: \"pwned\", score: 0 }) { id } }": types.AuthCreateFeedbackDocument,
    "mutation AuthUpdateFeedback($id: ID!) { updateFeedback(id: $id, patch: { score: 0, comment: \"pwned\" }) { id } }": types.AuthUpdateFeedbackDocument,
    "mutation AuthDeleteFeedback($id: ID!) { deleteFeedback(id: $id) { id deleted } }": types.AuthDeleteFeedbackDocument,
    "query AuthAnnotationQueues($p: ID!) { annotationQueues(projectId: $p) { id name } }": types.AuthAnnotationQueuesDocument,
    "query AuthAnnotationQueue($id: ID!) { annotationQueue(id: $id) { id name progress { total } items { edges { node { id trace { id name } } } } } }": types.AuthAnnotationQueueDocument,
    "mutation AuthCreateQueue($p: ID!, $n: String!) {\n  createAnnotationQueue(input: { projectId: $p, name: $n, rubric: [{ key: \"ok\", kind: BOOLEAN }] }) { id }\n}": types.AuthCreateQueueDocument,
    "mutation AuthUpdateQueue($id: ID!) { updateAnnotationQueue(id: $id, input: { name: \"pwned\" }) { id name } }": types.AuthUpdateQueueDocument,
    "mutation AuthDeleteQueue($id: ID!) { deleteAnnotationQueue(id: $id) { id deleted } }": types.AuthDeleteQueueDocument,
    "mutation AuthAddToQueue($q: ID!, $t: ID!) {\n  addToAnnotationQueue(queueId: $q, items: [{ traceId: $t }]) { added alreadyQueued rejected { traceId message } }\n}": types.AuthAddToQueueDocument,
    "mutation AuthAddTracesToQueue($q: ID!) { addTracesToAnnotationQueue(queueId: $q) { added } }": types.AuthAddTracesToQueueDocument,
    "mutation AuthNextItem($q: ID!) { nextAnnotationItem(queueId: $q) { id trace { id name } } }": types.AuthNextItemDocument,
    "mutation AuthSubmitItem($id: ID!) { submitAnnotation(itemId: $id, scores: [{ key: \"ok\", score: 1 }]) { id } }": types.AuthSubmitItemDocument,
    "mutation AuthSkipItem($id: ID!) { skipAnnotationItem(itemId: $id) { id } }": types.AuthSkipItemDocument,
    "query AuthExperiments($p: ID!) { experiments(projectId: $p) { edges { node { id name } } } }": types.AuthExperimentsDocument,
    "query AuthExperiment($id: ID!) { experiment(id: $id) { id name runs { edges { node { id output } } } } }": types.AuthExperimentDocument,
    "query AuthLeaderboard($d: ID!) { datasetLeaderboard(datasetId: $d) { rank experiment { id name } } }": types.AuthLeaderboardDocument,
    "query AuthTrend($p: ID!) {\n  promptVersionTrend(promptId: $p, from: \"2026-01-01T00:00:00Z\", to: \"2026-01-02T00:00:00Z\") { promptVersionId calls }\n}": types.AuthTrendDocument,
    "query AuthCompareExperiments($a: ID!, $b: ID!) { compareExperiments(a: $a, b: $b) { examples { exampleId } } }": types.AuthCompareExperimentsDocument,
    "mutation AuthSetEndpoint($p: ID!) { setLlmEndpoint(projectId: $p, input: { baseUrl: \"http://127.0.0.1:9/v1\", apiKey: \"sk-pwned\" }) { baseUrl } }": types.AuthSetEndpointDocument,
    "mutation AuthRemoveEndpoint($p: ID!) { removeLlmEndpoint(projectId: $p) }": types.AuthRemoveEndpointDocument,
    "mutation AuthCreateExperiment($d: ID!) { createExperiment(input: { datasetId: $d, model: \"m\" }) { id } }": types.AuthCreateExperimentDocument,
    "mutation AuthCancelExperiment($id: ID!) { cancelExperiment(id: $id) { id } }": types.AuthCancelExperimentDocument,
    "mutation AuthDeleteExperiment($id: ID!) { deleteExperiment(id: $id) }": types.AuthDeleteExperimentDocument,
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
    "query AuthProjectRecomputes($id: ID!) { project(id: $id) { costRecomputes { id } } }": types.AuthProjectRecomputesDocument,
    "mutation AuthIngestPromptLink($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": types.AuthIngestPromptLinkDocument,
    "mutation AuthDatasetOfA($p: ID!) { createDataset(input: { projectId: $p, name: \"dataset-A\" }) { id } }": types.AuthDatasetOfADocument,
    "mutation AuthPriceOfB($p: ID!) { upsertModelPrice(input: { projectId: $p, modelPattern: \"^b-model$\", inputPrice: 1e-6, outputPrice: 2e-6 }) { id } }": types.AuthPriceOfBDocument,
    "mutation AuthDatasetOfB($p: ID!) { createDataset(input: { projectId: $p, name: \"dataset-B\" }) { id } }": types.AuthDatasetOfBDocument,
    "mutation AuthExampleOfB($d: ID!) { addExamples(datasetId: $d, examples: [{ inputs: { q: \"B-only input\" } }]) { examples { id } } }": types.AuthExampleOfBDocument,
    "query AuthProjectBAsAdmin($p: ID!, $t: ID!) {\n        project(id: $p) { id name description tags metadata endTime updatedAt totals { traceCount totalCost totalTokens }\n          apiKeys { id name role prefix revokedAt } }\n        trace(id: $t) { id name status endTime metadata totalCost totalTokens errorCount updatedAt\n          spans { id name status outputs error totalCost ... on LLMCall { model promptTokens } }\n          errors { id errorMessage } metrics { id name score } userInteractions { id content } systemInfo { id osName } }\n        traces(projectId: $p) { edges { node { id } } }\n        sessions(projectId: $p) { edges { node { id traceCount } } }\n      }": types.AuthProjectBAsAdminDocument,
    "mutation DsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.DsIngestDocument,
    "mutation DsCreate($p: ID!, $n: String!, $t: DatasetDataType) {\n  createDataset(input: { projectId: $p, name: $n, description: \"qa pairs\", dataType: $t, metadata: { team: \"eval\" } }) { id name description dataType metadata version createdAt }\n}": types.DsCreateDocument,
    "mutation DsUpdate($id: ID!, $n: String) { updateDataset(id: $id, input: { name: $n, description: \"renamed\" }) { id name description version } }": types.DsUpdateDocument,
    "mutation DsDelete($id: ID!) { deleteDataset(id: $id) { id deleted } }": types.DsDeleteDocument,
    "mutation DsAdd($d: ID!, $e: [ExampleInput!]!) {\n  addExamples(datasetId: $d, examples: $e) { version examples { id inputs outputs metadata splits revision sourceTraceId } errors { index code message } }\n}": types.DsAddDocument,
    "mutation DsFromTraces($d: ID!, $items: [TraceItemInput!]!) {\n  addExamplesFromTraces(datasetId: $d, items: $items) { version examples { id inputs outputs sourceTraceId sourceSpanId sourceTrace { id name } } errors { index id code message } }\n}": types.DsFromTracesDocument,
    "mutation DsEdit($id: ID!, $p: ExamplePatchInput!) { updateExample(id: $id, patch: $p) { id inputs outputs splits revision } }": types.DsEditDocument,
    "mutation DsDeleteExamples($ids: [ID!]!) { deleteExamples(ids: $ids) { deletedIds errors { index id code } } }": types.DsDeleteExamplesDocument,
    "mutation DsTag($d: ID!, $v: Int!, $t: String!) { tagDatasetVersion(datasetId: $d, version: $v, tag: $t) { id versions { version tags } } }": types.DsTagDocument,
    "mutation DsImport($d: ID!, $f: ExampleFormat!, $c: String!, $cols: CsvColumnsInput) {\n  importExamples(datasetId: $d, format: $f, content: $c, columns: $cols) { version imported errors { line message } }\n}": types.DsImportDocument,
    "query DsDataset($id: ID!, $v: Int, $s: [String!], $first: Int, $after: String) {\n  dataset(id: $id) {\n    id name version exampleCount splits\n    versions { version description tags exampleCount }\n    examples(version: $v, splits: $s, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id inputs outputs metadata splits revision sourceTraceId sourceSpanId } }\n    }\n  }\n}": types.DsDatasetDocument,
    "query DsList($p: ID!, $q: String) { datasets(projectId: $p, search: $q) { totalCount edges { node { id name exampleCount } } } }": types.DsListDocument,
    "query DsExample($id: ID!, $v: Int) { datasetExample(id: $id, version: $v) { id inputs revision } }": types.DsExampleDocument,
    "query DsSpanFlags($id: ID!) { trace(id: $id) { spans { id } } }": types.DsSpanFlagsDocument,
    "mutation DsReaderKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) { secret } }": types.DsReaderKeyDocument,
    "mutation DsWriterKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"writer\", role: INGEST }) { secret } }": types.DsWriterKeyDocument,
    "mutation E2eIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list message } } }": types.E2eIngestDocument,
    "mutation E2eCreateDataset($i: CreateDatasetInput!) { createDataset(input: $i) { id } }": types.E2eCreateDatasetDocument,
    "mutation E2eFromTraces($d: ID!, $items: [TraceItemInput!]!) {\n  addExamplesFromTraces(datasetId: $d, items: $items) { version examples { id inputs outputs sourceTraceId } errors { index message } }\n}": types.E2eFromTracesDocument,
    "mutation E2eCreateVersion($i: CreatePromptVersionInput!) { createPromptVersion(input: $i) { id version variables prompt { id } } }": types.E2eCreateVersionDocument,
    "mutation E2eSetEndpoint($p: ID!, $i: LlmEndpointInput!) { setLlmEndpoint(projectId: $p, input: $i) { hasApiKey } }": types.E2eSetEndpointDocument,
    "mutation E2eCreateExperiment($i: CreateExperimentInput!) {\n  createExperiment(input: $i) { id name status promptVersion { id version } evaluators { kind key } }\n}": types.E2eCreateExperimentDocument,
    "subscription E2eUpdates($id: ID!) {\n  experimentUpdated(experimentId: $id) { experiment { id status completedCount failedCount } run { id status } }\n}": types.E2eUpdatesDocument,
    "query E2eExperiment($id: ID!) {\n  experiment(id: $id) {\n    id name status completedCount failedCount promptVersion { id version }\n    summary { evaluators { key count mean } }\n    runs(first: 10) { edges { node {\n      id status output example { id inputs outputs }\n      trace { id spans { __typename id name ... on AgentCall { referenceExampleId } ... on LLMCall { referenceExampleId promptVersion { id version } inputs } } }\n      scores { name score value reason source }\n    } } }\n  }\n}": types.E2eExperimentDocument,
    "query E2eLeaderboard($d: ID!) {\n  datasetLeaderboard(datasetId: $d, key: \"exact_match\") { rank score experiment { id } promptVersion { id version } }\n}": types.E2eLeaderboardDocument,
    "query E2eCompareExperiments($a: ID!, $b: ID!, $e: [ID!]) {\n  compareExperiments(a: $a, b: $b) {\n    examples(exampleIds: $e) {\n      exampleId outputChanged runA { output } runB { output }\n      scoreDeltas { key a b delta }\n      traceComparison { matched onlyInA onlyInB spans { path differences a { id } b { id } } }\n    }\n  }\n}": types.E2eCompareExperimentsDocument,
    "query E2eComparePrompts($a: ID!, $b: ID!) {\n  comparePromptVersions(a: $a, b: $b) { messages { index change lines { op text } } variablesAdded variablesRemoved }\n}": types.E2eComparePromptsDocument,
    "query E2eDataset($id: ID!, $only: [ID!]) {\n  dataset(id: $id) {\n    experiments(first: 10) { edges { node { id promptVersion { version } } } }\n    scoreSummary { key count mean sources { source count } }\n    onlyV1: scoreSummary(experimentIds: $only) { key count mean }\n  }\n}": types.E2eDatasetDocument,
    "query E2eDatasets($p: ID!) {\n  datasets(projectId: $p) { edges { node { id experiments(first: 5) { edges { node { id promptVersion { version } } } } } } }\n}": types.E2eDatasetsDocument,
    "query E2eProjectSummary($p: ID!) { project(id: $p) { scoreSummary { key count mean } } }": types.E2eProjectSummaryDocument,
    "mutation E2eFeedback($i: CreateFeedbackInput!) { createFeedback(input: $i) { id name score source } }": types.E2eFeedbackDocument,
    "mutation ExpSetEndpoint($p: ID!, $i: LlmEndpointInput!) {\n  setLlmEndpoint(projectId: $p, input: $i) { baseUrl defaultModel hasApiKey apiKeyHint updatedAt }\n}": types.ExpSetEndpointDocument,
    "mutation ExpRemoveEndpoint($p: ID!) { removeLlmEndpoint(projectId: $p) }": types.ExpRemoveEndpointDocument,
    "query ExpProjectEndpoint($p: ID!) { project(id: $p) { id llmEndpoint { baseUrl defaultModel hasApiKey apiKeyHint } } }": types.ExpProjectEndpointDocument,
    "mutation ExpCreate($i: CreateExperimentInput!) {\n  createExperiment(input: $i) { id name status kind model parameters concurrency exampleCount datasetVersion promptVersionId evaluators { kind key options } }\n}": types.ExpCreateDocument,
    "mutation ExpCancel($id: ID!) { cancelExperiment(id: $id) { id status } }": types.ExpCancelDocument,
    "mutation ExpDelete($id: ID!) { deleteExperiment(id: $id) }": types.ExpDeleteDocument,
    "query ExpGet($id: ID!) {\n  experiment(id: $id) {\n    id name status exampleCount completedCount failedCount error startedAt finishedAt dataset { id name }\n    summary { evaluators { key count mean min max histogram { lower upper count } } latencyP50 latencyP95 totalCost meanCost totalTokens\n      runs { total pending running completed failed } }\n    runs(first: 10) {\n      edges { cursor node {\n        id exampleId status output error latencyMs promptTokens completionTokens totalTokens totalCost attempts\n        example { id inputs outputs }\n        trace { id name tags metadata inputs outputs spans { __typename id name ... on LLMCall { model provider promptTokens completionTokens inputs } } }\n        scores { name score value reason source }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n}": types.ExpGetDocument,
    "query ExpRunPage($id: ID!, $after: String, $status: ExperimentRunStatus) {\n  experiment(id: $id) { runs(first: 2, after: $after, status: $status) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }\n}": types.ExpRunPageDocument,
    "query ExpList($p: ID!, $d: ID) { experiments(projectId: $p, datasetId: $d) { edges { node { id name } } pageInfo { hasNextPage } } }": types.ExpListDocument,
    "subscription ExpUpdates($id: ID!) {\n  experimentUpdated(experimentId: $id) { experiment { id status completedCount failedCount } run { id status exampleId } }\n}": types.ExpUpdatesDocument,
    "query ExpLeaderboard($d: ID!, $k: String) {\n  datasetLeaderboard(datasetId: $d, key: $k) {\n    rank score experiment { id name promptVersionId model datasetVersion }\n    summary { evaluators { key mean count histogram { count } } latencyP50 latencyP95 totalCost totalTokens }\n  }\n}": types.ExpLeaderboardDocument,
    "query ExpTrend($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  promptVersionTrend(promptId: $p, from: $from, to: $to, bucket: HOUR) { bucket promptVersionId version model calls totalCost meanCost scores { key mean count } }\n}": types.ExpTrendDocument,
    "query ExpCompare($a: ID!, $b: ID!) {\n  compareExperiments(a: $a, b: $b) {\n    a { id } b { id }\n    summary { key a b delta }\n    examples {\n      exampleId outputChanged latencyDelta costDelta\n      example { inputs outputs }\n      runA { id output } runB { id output }\n      scoreDeltas { key a b delta }\n      traceComparison { matched changed spans { path differences a { id name } b { id name } } }\n    }\n  }\n}": types.ExpCompareDocument,
    "query ExpCompareLight($a: ID!, $b: ID!) { compareExperiments(a: $a, b: $b) { examples { exampleId } } }": types.ExpCompareLightDocument,
    "mutation ExpCreateReadKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) { secret } }": types.ExpCreateReadKeyDocument,
    "mutation ExpClientIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": types.ExpClientIngestDocument,
    "mutation FbIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.FbIngestDocument,
    "mutation FbCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {\n  createApiKey(input: { projectId: $p, name: $n, role: $r }) { secret apiKey { id } }\n}": types.FbCreateKeyDocument,
    "mutation FbCreate($i: CreateFeedbackInput!) {\n  createFeedback(input: $i) { id traceId spanId name score label comment reason correction source authorKeyId authorName }\n}": types.FbCreateDocument,
    "mutation FbUpdate($id: ID!, $patch: UpdateFeedbackInput!) { updateFeedback(id: $id, patch: $patch) { id score label comment } }": types.FbUpdateDocument,
    "mutation FbDelete($id: ID!) { deleteFeedback(id: $id) { id deleted } }": types.FbDeleteDocument,
    "query FbMetrics($id: ID!) {\n  trace(id: $id) { metrics { id spanId name score value label comment correction source authorKeyId authorName } }\n}": types.FbMetricsDocument,
    "query FbList($p: ID!, $f: FeedbackFilter, $first: Int, $after: String) {\n  feedback(projectId: $p, filter: $f, first: $first, after: $after) { totalCount edges { node { id name score label source } } pageInfo { hasNextPage endCursor } }\n}": types.FbListDocument,
    "query FbTraces($p: ID!, $f: TraceFilter) { traces(projectId: $p, filter: $f) { edges { node { id } } } }": types.FbTracesDocument,
    "query FbSummary($p: ID!, $keys: [String!], $sources: [String!]) {\n  project(id: $p) { scoreSummary(keys: $keys, sources: $sources) {\n    key count scoredCount mean min max stddev histogram { lower upper count } labels { label count } sources { source count } } }\n}": types.FbSummaryDocument,
    "subscription FbTraceUpdated($p: ID!) { traceUpdated(projectId: $p) { change trace { id metrics { name label source } } } }": types.FbTraceUpdatedDocument,
    "mutation FuzzIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index code } } }": types.FuzzIngestDocument,
    "mutation IngestIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index id code message } ids { list ids } }\n}": types.IngestIngestDocument,
    "query IngestTrace($id: ID!) { trace(id: $id) {\n  id status startTime endTime durationMs promptTokens completionTokens totalTokens cacheReadTokens totalCost\n  agentCallCount llmCallCount toolCallCount errorCount errorFlag models inputs outputs metadata tags sessionId\n  spans { __typename id depth parentId ancestorIds agentId name status startTime endTime durationMs inputs outputs metadata tags error\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens promptCost completionCost totalCost costSource temperature }\n    ... on ToolCall { totalCost llmCallId }\n    ... on AgentCall { llmCallIds toolCallIds } }\n  errors { errorMessage toolCallId }\n} }": types.IngestTraceDocument,
    "query IngestSequences($id: ID!) { trace(id: $id) { spans { name sequence } } }": types.IngestSequencesDocument,
    "query JobsView { jobs { backend queues { name waiting active delayed failed completed paused } } failedJobs(queue: METRICS) { id name data failedReason attemptsMade } }": types.JobsViewDocument,
    "mutation JobsRetryFailed { retryFailedJobs(queue: METRICS) }": types.JobsRetryFailedDocument,
    "query JobsBackend { jobs { backend } }": types.JobsBackendDocument,
    "mutation JobsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }": types.JobsIngestDocument,
    "query LsDsDataset($id: ID!, $v: Int) {\n  dataset(id: $id) { id name description dataType metadata version exampleCount splits\n    versions { version description tags }\n    examples(version: $v) { edges { node { id inputs outputs metadata splits } } } }\n}": types.LsDsDatasetDocument,
    "query LsEvalTrace($id: ID!) { trace(id: $id) {\n  id name status inputs outputs project { id name }\n  metrics { name score value reason resultDetail spanId }\n  spans { __typename id name parentId referenceExampleId inputs outputs }\n} }": types.LsEvalTraceDocument,
    "query LsEvalExperiments($p: ID!, $d: ID!) { experiments(projectId: $p, datasetId: $d) { edges { node { id name } } } }": types.LsEvalExperimentsDocument,
    "query LsEvalExperiment($id: ID!) { experiment(id: $id) {\n  id kind status exampleCount completedCount failedCount metadata finishedAt dataset { id } promptVersion { id }\n  summary { evaluators { key count mean } runs { total completed failed } }\n  runs(first: 10) { edges { node { status output example { id inputs } trace { id name } scores { name score source } } } }\n} }": types.LsEvalExperimentDocument,
    "query LsEvalLeaderboard($d: ID!) { datasetLeaderboard(datasetId: $d, key: \"exact_match\") { rank score experiment { id } } }": types.LsEvalLeaderboardDocument,
    "query LsEvalDataset($id: ID!) { dataset(id: $id) {\n  experiments(first: 5) { edges { node { id } } }\n  scoreSummary { key count scoredCount labels { label count } }\n} }": types.LsEvalDatasetDocument,
    "mutation LsForwardIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.LsForwardIngestDocument,
    "query LsForwardForwarding($id: ID!) { trace(id: $id) { forwarding { status attempts lastError sentAt runsSent requestedAt } } }": types.LsForwardForwardingDocument,
    "query LsForwardProjectForwarding($id: ID!) { project(id: $id) { forwarding { enabled setting langsmithProject available } } }": types.LsForwardProjectForwardingDocument,
    "query LsForwardForwardCounts($id: ID!) { project(id: $id) { forwarding { pending failed } } }": types.LsForwardForwardCountsDocument,
    "mutation LsForwardUpdateForwarding($p: ID!, $i: ProjectForwardingInput!) { updateProjectForwarding(projectId: $p, input: $i) { id forwarding { enabled setting langsmithProject available } } }": types.LsForwardUpdateForwardingDocument,
    "mutation LsForwardRetry($p: ID!, $t: [ID!]) { retryForwarding(projectId: $p, traceIds: $t) }": types.LsForwardRetryDocument,
    "query LsForwardMetricSources($id: ID!) { trace(id: $id) { metrics { source } } }": types.LsForwardMetricSourcesDocument,
    "query LsForwardTree($id: ID!) { trace(id: $id) { name sessionId promptTokens completionTokens totalTokens errorCount\n    spans { name runType parentId status error ... on LLMCall { model provider promptTokens completionTokens totalTokens } } } }": types.LsForwardTreeDocument,
    "query LsForwardFullTree($id: ID!) { trace(id: $id) { id name status sessionId promptTokens completionTokens totalTokens totalCost errorCount\n    errors { errorMessage errorType agentId llmCallId toolCallId }\n    metrics { id name spanId score value reason source }\n    spans { id name runType parentId depth status error dottedOrder inputs outputs\n      ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens promptCost completionCost totalCost } } } }": types.LsForwardFullTreeDocument,
    "query LsForwardFiles($id: ID!) { trace(id: $id) { spans { id attachments } } }": types.LsForwardFilesDocument,
    "query LsLangchainTrace($id: ID!) { trace(id: $id) {\n  name status sessionId errorMessage promptTokens completionTokens totalTokens totalCost\n  spans { __typename name depth runType status error tags\n    ... on LLMCall { model provider promptTokens completionTokens cacheReadTokens totalCost } }\n} }": types.LsLangchainTraceDocument,
    "query LsProtocolTrace($id: ID!) { trace(id: $id) {\n  id name status sessionId inputs outputs startTime endTime errorCount\n  spans { __typename id depth parentId name runType status startTime endTime inputs outputs error metadata extra events attachments dottedOrder\n    ... on LLMCall { model provider promptTokens completionTokens totalCost firstTokenTime streaming } }\n  errors { errorMessage }\n  metrics { id spanId name score reason }\n} }": types.LsProtocolTraceDocument,
    "query LsPythonTrace($id: ID!) { trace(id: $id) {\n  id name status sessionId inputs outputs errorMessage errorCount promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost\n  spans { __typename id depth parentId name runType status error errorType inputs outputs\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost costSource } }\n  errors { errorMessage errorType agentId toolCallId }\n} }": types.LsPythonTraceDocument,
    "query LsPythonSessions($p: ID!) { sessions(projectId: $p) { edges { node { id traceCount totalTokens } } } }": types.LsPythonSessionsDocument,
    "query LsReplicasTraces($p: ID!) { traces(projectId: $p, first: 10) { edges { node { id name status project { name }\n  promptTokens completionTokens totalTokens totalCost\n  spans { __typename id depth parentId name runType status inputs outputs\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens totalCost costSource } } } } } }": types.LsReplicasTracesDocument,
    "query LsReplicasRead($id: ID!) { trace(id: $id) { name project { name } spans { name depth } } }": types.LsReplicasReadDocument,
    "query LsSdkTrace($id: ID!) { trace(id: $id) {\n  id name status sessionId inputs outputs errorMessage errorCount promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost\n  spans { __typename id depth parentId name runType status error errorType dottedOrder stepIndex inputs outputs metadata\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens promptCost completionCost totalCost costSource }\n    ... on ToolCall { totalCost } }\n  errors { errorMessage errorType agentId llmCallId toolCallId }\n} }": types.LsSdkTraceDocument,
    "query LsSdkProjects { projects(first: 100) { edges { node { id name } } } }": types.LsSdkProjectsDocument,
    "query LsSdkSessions($p: ID!) { sessions(projectId: $p) { edges { node { id traceCount totalTokens } } } }": types.LsSdkSessionsDocument,
    "query LsSdkMetrics($id: ID!) { trace(id: $id) { metrics { id name spanId score value reason resultDetail source } spans { name feedbackStats { name count meanScore } } } }": types.LsSdkMetricsDocument,
    "mutation LiveResilienceIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": types.LiveResilienceIngestDocument,
    "subscription LiveResilienceSpanAdded($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) { id name sequence } }": types.LiveResilienceSpanAddedDocument,
    "subscription LiveResilienceSpanAddedWithInputs($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) { id name sequence inputs } }": types.LiveResilienceSpanAddedWithInputsDocument,
    "mutation LiveIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.LiveIngestDocument,
    "subscription LiveSpanAdded($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) {\n  __typename id traceId parentId depth ancestorIds agentId name status sequence startTime endTime inputs outputs\n  ... on LLMCall { model promptTokens completionTokens totalCost costSource }\n  ... on AgentCall { llmCallIds toolCallIds }\n} }": types.LiveSpanAddedDocument,
    "subscription LiveTraceUpdated($p: ID!, $f: TraceFilter, $since: String) {\n  traceUpdated(projectId: $p, filter: $f, since: $since) { change cursor trace { id name status tags totalTokens totalCost llmCallCount agentCallCount errorCount endTime } }\n}": types.LiveTraceUpdatedDocument,
    "subscription LiveErrorRaised($p: ID!) { errorRaised(projectId: $p) { id traceId errorMessage timestamp toolCallId } }": types.LiveErrorRaisedDocument,
    "subscription LiveErrorRaisedSince($p: ID!, $since: String) { errorRaised(projectId: $p, since: $since) { id traceId errorMessage timestamp toolCallId } }": types.LiveErrorRaisedSinceDocument,
    "query LiveSpanIds($id: ID!) { trace(id: $id) { spans { id } } }": types.LiveSpanIdsDocument,
    "mutation LiveCreateReadKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"soon revoked\", role: READ }) { secret apiKey { id } } }": types.LiveCreateReadKeyDocument,
    "mutation LiveRevokeKey($id: ID!) { revokeApiKey(id: $id) { id } }": types.LiveRevokeKeyDocument,
    "query OtlpClientTrace($id: ID!) { trace(id: $id) {\n  id name sessionId userId status totalTokens promptTokens completionTokens totalCost llmCallCount toolCallCount agentCallCount errorCount\n  errors { errorType errorMessage llmCallId }\n  spans { __typename id name parentId status error inputs outputs\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens totalCost streaming tokensEstimated }\n  }\n} }": types.OtlpClientTraceDocument,
    "query OtlpTrace($id: ID!) { trace(id: $id) {\n  id name sessionId userId status totalTokens promptTokens completionTokens totalCost llmCallCount toolCallCount agentCallCount errorCount\n  errors { errorType errorMessage stackTrace llmCallId toolCallId agentId }\n  spans { __typename id name parentId runType status error inputs outputs metadata\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost costSource }\n  }\n} }": types.OtlpTraceDocument,
    "subscription OtlpSpanAdded($t: ID!) { spanAdded(traceId: $t) { __typename id name parentId ... on LLMCall { model promptTokens } } }": types.OtlpSpanAddedDocument,
    "query OtlpProjectByName($n: String!) { projectByName(name: $n) { id name } }": types.OtlpProjectByNameDocument,
    "mutation PricesIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index message } } }": types.PricesIngestDocument,
    "mutation PricesUpsert($i: UpsertModelPriceInput!) {\n  upsertModelPrice(input: $i) { id modelPattern provider inputPrice outputPrice cacheReadPrice cacheWritePrice reasoningPrice effectiveFrom createdAt updatedAt }\n}": types.PricesUpsertDocument,
    "mutation PricesDelete($id: ID!) { deleteModelPrice(id: $id) { id deleted } }": types.PricesDeleteDocument,
    "query PricesList($p: ID!) { modelPrices(projectId: $p) { id modelPattern provider inputPrice outputPrice effectiveFrom } }": types.PricesListDocument,
    "mutation PricesRecompute($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  recomputeCosts(projectId: $p, from: $from, to: $to) { id from to status callsSeen callsChanged error finishedAt }\n}": types.PricesRecomputeDocument,
    "query PricesRecomputes($p: ID!) { project(id: $p) { costRecomputes { id status callsSeen callsChanged error finishedAt } } }": types.PricesRecomputesDocument,
    "query PricesTrace($id: ID!) { trace(id: $id) {\n  id promptCost completionCost totalCost unpricedCallCount llmCallCount promptTokens completionTokens totalTokens\n  spans { __typename id ... on LLMCall { model promptTokens completionTokens totalTokens promptCost completionCost totalCost costSource unpriced tokensEstimated }\n    ... on ToolCall { totalCost } }\n} }": types.PricesTraceDocument,
    "query PricesTraces($p: ID!, $o: TraceOrder, $f: TraceFilter, $first: Int, $after: String) {\n  traces(projectId: $p, orderBy: $o, filter: $f, first: $first, after: $after) { edges { cursor node { id totalCost } } pageInfo { hasNextPage endCursor } }\n}": types.PricesTracesDocument,
    "query PricesStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) {\n  project(id: $p) { stats(from: $from, to: $to) { totalCost unpricedCallCount traceCount } totals { totalCost unpricedCallCount }\n    timeseries(from: $from, to: $to, interval: HOUR, groupBy: MODEL) { key points { totalCost unpricedCallCount } } }\n  sessions(projectId: $p) { edges { node { id totalCost unpricedCallCount } } }\n}": types.PricesStatsDocument,
    "mutation PromptsCreate($p: ID!, $n: String!) {\n  createPrompt(input: { projectId: $p, name: $n, description: \"Answers support questions\", tags: [\"support\"] }) { id name description tags latestVersion }\n}": types.PromptsCreateDocument,
    "mutation PromptsCreateVersion($input: CreatePromptVersionInput!) {\n  createPromptVersion(input: $input) { id version templateFormat messages { role content } text variables model parameters commitMessage labels prompt { id name latestVersion } }\n}": types.PromptsCreateVersionDocument,
    "mutation PromptsSetLabel($id: ID!, $l: String!, $v: Int!) { setPromptLabel(promptId: $id, label: $l, version: $v) { id labels { label version } } }": types.PromptsSetLabelDocument,
    "mutation PromptsRollback($id: ID!, $l: String!) { rollbackPromptLabel(promptId: $id, label: $l) { id labels { label version versionId } } }": types.PromptsRollbackDocument,
    "mutation PromptsRemoveLabel($id: ID!, $l: String!) { removePromptLabel(promptId: $id, label: $l) { labels { label } } }": types.PromptsRemoveLabelDocument,
    "query PromptsPrompt($id: ID!, $label: String) {\n  prompt(id: $id) {\n    id name latestVersion\n    versions(first: 10) { totalCount edges { node { version labels } } pageInfo { hasNextPage } }\n    latest: version { version }\n    v1: version(version: 1) { id version }\n    byLabel: version(label: $label) { version }\n    labels { label version versionId updatedAt }\n    labelHistory(label: $label, first: 10) { label version previousVersion author createdAt }\n  }\n}": types.PromptsPromptDocument,
    "query PromptsList($p: ID!, $search: String, $first: Int, $after: String) {\n  prompts(projectId: $p, search: $search, first: $first, after: $after) { totalCount edges { cursor node { name latestVersion labels { label version } } } pageInfo { hasNextPage endCursor } }\n}": types.PromptsListDocument,
    "query PromptsByName($p: ID!, $n: String!) { promptByName(projectId: $p, name: $n) { id name } }": types.PromptsByNameDocument,
    "query PromptsCompare($a: ID!, $b: ID!) {\n  comparePromptVersions(a: $a, b: $b) {\n    a { version } b { version }\n    messages { index roleA roleB change lines { op text } }\n    model { a b changed }\n    parameters { key a b }\n    variablesAdded variablesRemoved\n  }\n}": types.PromptsCompareDocument,
    "query PromptsRender($v: ID!, $vars: JSONObject) { renderPrompt(versionId: $v, variables: $vars) { role content } }": types.PromptsRenderDocument,
    "mutation PromptsUpdate($id: ID!, $n: String) { updatePrompt(id: $id, input: { name: $n, tags: [\"a\", \"b\"] }) { id name tags } }": types.PromptsUpdateDocument,
    "mutation PromptsDelete($id: ID!) { deletePrompt(id: $id) { id deleted } }": types.PromptsDeleteDocument,
    "mutation PromptsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.PromptsIngestDocument,
    "query PromptsTrace($id: ID!) {\n  trace(id: $id) { spans { __typename id ... on LLMCall { promptVersionId metadata promptVersion { id version prompt { name } usage { llmCalls lastUsedAt } } } } }\n}": types.PromptsTraceDocument,
    "query PromptsUsage($id: ID!) { prompt(id: $id) { versions { edges { node { version usage { llmCalls lastUsedAt } } } } } }": types.PromptsUsageDocument,
    "mutation PromptsReadKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) { secret } }": types.PromptsReadKeyDocument,
    "mutation PromptsIngestKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"writer\", role: INGEST }) { secret } }": types.PromptsIngestKeyDocument,
    "subscription ProxySpanAdded($t: ID!) { spanAdded(traceId: $t) { id name } }": types.ProxySpanAddedDocument,
    "mutation QueriesIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.QueriesIngestDocument,
    "query QueriesList($p: ID!, $f: TraceFilter, $o: TraceOrder, $first: Int, $after: String) {\n  traces(projectId: $p, filter: $f, orderBy: $o, first: $first, after: $after) {\n    edges { cursor node { id name totalCost durationMs } } pageInfo { hasNextPage endCursor }\n  } }": types.QueriesListDocument,
    "query QueriesCounted($p: ID!, $f: TraceFilter, $first: Int, $after: String) {\n  traces(projectId: $p, filter: $f, first: $first, after: $after) { totalCount totalCountIsEstimate edges { node { id } } pageInfo { endCursor } } }": types.QueriesCountedDocument,
    "query QueriesCountedSessions($p: ID!) { sessions(projectId: $p, first: 2) { totalCount totalCountIsEstimate\n        edges { node { traceCount traces(first: 1) { totalCount totalCountIsEstimate } } } } }": types.QueriesCountedSessionsDocument,
    "query QueriesCountedProjects { projects(first: 1) { totalCount totalCountIsEstimate edges { node { id } } } }": types.QueriesCountedProjectsDocument,
    "query QueriesSessions($p: ID!) { sessions(projectId: $p, first: 5) { edges { node { id traceCount userIds } } pageInfo { hasNextPage endCursor } } }": types.QueriesSessionsDocument,
    "query QueriesSessionPlayback($p: ID!) { session(projectId: $p, id: \"session-3\") { traceCount userIds traces(first: 50) { edges { node { name } } } } }": types.QueriesSessionPlaybackDocument,
    "query QueriesMissingSession($p: ID!) { session(projectId: $p, id: \"nope\") { traceCount } }": types.QueriesMissingSessionDocument,
    "query QueriesStats($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { project(id: $p) { totals { traceCount totalTokens }\n        stats(from: $from, to: $to) { traceCount spanCount errorCount errorRate totalTokens latencyP50 latencyP99 firstTokenP50 streamingRate runFacets { runType count } } } }": types.QueriesStatsDocument,
    "mutation QueriesDeleteTrace($id: ID!) { deleteTrace(id: $id) { id deleted } }": types.QueriesDeleteTraceDocument,
    "query QueriesDeletedTrace($id: ID!) { trace(id: $id) { id } }": types.QueriesDeletedTraceDocument,
    "query QueriesNestedPage($p: ID!) { traces(projectId: $p, first: 100) { edges { node { id project { name }\n      spans { id depth ... on LLMCall { model totalCost } ... on AgentCall { llmCallIds } }\n      errors { errorMessage } metrics { name } userInteractions { content } systemInfo { osName } } } } }": types.QueriesNestedPageDocument,
    "query QueriesStatsAllTime($p: ID!) { project(id: $p) { stats { traceCount from to } totals { traceCount firstTraceTime } } }": types.QueriesStatsAllTimeDocument,
    "query QueriesStatsPage { projects(first: 10) { edges { node { stats { traceCount } } } } }": types.QueriesStatsPageDocument,
    "query QueriesProjectByName($n: String!) { projectByName(name: $n) { id name } }": types.QueriesProjectByNameDocument,
    "query QueriesMalformedTrace { trace(id: \"nope\") { id } }": types.QueriesMalformedTraceDocument,
    "query QueriesMalformedProject { project(id: \"nope\") { id } }": types.QueriesMalformedProjectDocument,
    "query QueriesMalformedTraces { traces(projectId: \"nope\") { edges { cursor } } }": types.QueriesMalformedTracesDocument,
    "mutation QueriesMalformedDelete { deleteTrace(id: \"nope\") { id } }": types.QueriesMalformedDeleteDocument,
    "query LimitsCheap($id: ID!) { project(id: $id) { id name } }": types.LimitsCheapDocument,
    "query LimitsTimeoutTraces($p: ID!) { traces(projectId: $p, first: 1) { edges { node { id } } } }": types.LimitsTimeoutTracesDocument,
    "mutation ReadmeTailIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }": types.ReadmeTailIngestDocument,
    "query ReadmeTailProject { projectByName(name: \"readme-tail\") { id } }": types.ReadmeTailProjectDocument,
    "query RefColumnsEverything($p: ID!, $t: ID!, $from: DateTimeISO, $to: DateTimeISO) {\n  project(id: $p) {\n    id name description tags metadata referenceDatasetId startTime endTime createdAt updatedAt\n    totals { traceCount totalCost totalTokens firstTraceTime lastTraceTime durationSeconds }\n    stats(from: $from, to: $to) { from to traceCount spanCount errorCount errorRate promptTokens completionTokens totalTokens\n      promptCost completionCost totalCost latencyP50 latencyP95 latencyP99 firstTokenP50 firstTokenP99 streamingRate\n      runFacets { runType count } lastTraceStartTime }\n  }\n  trace(id: $t) {\n    id name status startTime endTime durationMs userId sessionId agentVersion promptTemplateVersion modelName models inputs outputs\n    errorFlag errorType errorMessage tags metadata promptTokens completionTokens totalTokens cacheReadTokens cacheCreationTokens\n    reasoningTokens promptCost completionCost totalCost agentCallCount llmCallCount toolCallCount errorCount createdAt updatedAt\n    project { id name }\n    spans {\n      __typename id traceId parentId ancestorIds childIds depth agentId runType name status startTime endTime durationMs stepIndex\n      dottedOrder inputs outputs error errorType metadata tags events serialized extra attachments inputsS3Urls outputsS3Urls\n      referenceExampleId manifestId inDataset memoryUsed totalCost appPath feedbackStats { name count meanScore meanValue } createdAt updatedAt\n      ... on AgentCall { llmCallIds toolCallIds userInteractionIds }\n      ... on LLMCall { provider model promptTokens completionTokens totalTokens cacheReadTokens cacheCreationTokens reasoningTokens\n        promptTokenDetails completionTokenDetails promptCost completionCost promptCostDetails completionCostDetails costSource\n        firstTokenTime timeToFirstTokenMs temperature topP maxTokens stopTokens invocationParams toolCalls streaming retryCount\n        contextHash contextRefs hiddenStateHash promptDiffFromPrevious decisionId }\n      ... on ToolCall { llmCallId networkCalls retrievedDocs docSimilarityScores intermediateState }\n    }\n    errors { id traceId agentId llmCallId toolCallId errorType errorMessage stackTrace timestamp metadata }\n    metrics { id traceId spanId name score value reason resultDetail config startTime endTime durationMs timestamp source }\n    userInteractions { id traceId agentId interactionType content userId timestamp metadata }\n    systemInfo { id traceId osName osVersion pythonVersion runtimeName runtimeVersion hostname cpuInfo gpuInfo diskInfo memoryTotal installedPackages metadata createdAt }\n  }\n}": types.RefColumnsEverythingDocument,
    "mutation RefColumnsCreateProject($i: CreateProjectInput!) { createProject(input: $i) { id startTime } }": types.RefColumnsCreateProjectDocument,
    "mutation RefColumnsEndProject($id: ID!, $e: DateTimeISO) { updateProject(id: $id, input: { endTime: $e }) { endTime } }": types.RefColumnsEndProjectDocument,
    "mutation RefColumnsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index message } } }": types.RefColumnsIngestDocument,
    "mutation RollupsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.RollupsIngestDocument,
    "query RollupsStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) { project(id: $p) { stats(from: $from, to: $to) {\n  from to traceCount spanCount errorCount errorRate promptTokens completionTokens totalTokens promptCost completionCost\n  totalCost latencyP50 latencyP95 latencyP99 firstTokenP50 firstTokenP99 streamingRate runFacets { runType count } lastTraceStartTime } } }": types.RollupsStatsDocument,
    "query RollupsSeries($p: ID!, $from: DateTimeISO, $to: DateTimeISO, $i: TimeseriesInterval!, $g: TimeseriesGroupBy) {\n  project(id: $p) { timeseries(from: $from, to: $to, interval: $i, groupBy: $g) {\n    key points { time traceCount errorCount errorRate totalTokens totalCost latencyP50 latencyP95 latencyP99 } } } }": types.RollupsSeriesDocument,
    "query RollupsSeriesDefaults($p: ID!) { project(id: $p) { timeseries(interval: HOUR) { key points { time } } } }": types.RollupsSeriesDefaultsDocument,
    "mutation RollupsIngestKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"ingest\", role: INGEST }) { secret } }": types.RollupsIngestKeyDocument,
    "mutation SpanTreeIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.SpanTreeIngestDocument,
    "mutation SpanTreeDelete($id: ID!) { deleteTrace(id: $id) { deleted } }": types.SpanTreeDeleteDocument,
    "query SpanTreeLightPage($id: ID!, $first: Int, $after: ID) {\n  trace(id: $id) { spans(first: $first, after: $after) { __typename id name depth childIds ... on LLMCall { model totalTokens } } }\n}": types.SpanTreeLightPageDocument,
    "query SpanTreeInputsPage($id: ID!) { trace(id: $id) { spans { id inputs } } }": types.SpanTreeInputsPageDocument,
    "mutation CompareIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.CompareIngestDocument,
    "query CompareTraces($a: ID!, $b: ID!) {\n  compareTraces(a: $a, b: $b) {\n    a { id name totalTokens } b { id name totalTokens }\n    matched onlyInA onlyInB changed\n    spans {\n      path depth differences durationMsDelta totalCostDelta totalTokensDelta\n      a { __typename id name ... on LLMCall { model totalTokens outputs } }\n      b { __typename id name ... on LLMCall { model totalTokens outputs } ... on ToolCall { inputs } }\n    }\n  }\n}": types.CompareTracesDocument,
    "mutation TraceListIndexesIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": types.TraceListIndexesIngestDocument,
    "query TraceListIndexesList($p: ID!, $f: TraceFilter) { traces(projectId: $p, filter: $f, first: 200) { edges { node { name } } } }": types.TraceListIndexesListDocument,
    "mutation TraceMetricsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index message } } }": types.TraceMetricsIngestDocument,
    "mutation TraceTotalsIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index message } }\n}": types.TraceTotalsIngestDocument,
    "query TraceTotalsTrace($id: ID!) { trace(id: $id) {\n  status startTime durationMs promptTokens completionTokens totalTokens totalCost unpricedCallCount\n  agentCallCount llmCallCount toolCallCount errorCount errorFlag models\n} }": types.TraceTotalsTraceDocument,
    "\n  mutation WebUiAddCreateQueue($input: CreateAnnotationQueueInput!) {\n    createAnnotationQueue(input: $input) {\n      id\n    }\n  }\n": types.WebUiAddCreateQueueDocument,
    "\n  mutation WebUiAddFeedback($input: CreateFeedbackInput!) {\n    createFeedback(input: $input) {\n      id\n    }\n  }\n": types.WebUiAddFeedbackDocument,
    "\n  mutation WebUiAddCreateKey($p: ID!) {\n    createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) {\n      secret\n    }\n  }\n": types.WebUiAddCreateKeyDocument,
    "\n  query WebUiAddQueueItems($p: ID!) {\n    annotationQueues(projectId: $p) {\n      progress {\n        total\n      }\n    }\n  }\n": types.WebUiAddQueueItemsDocument,
    "\n  query WebUiAnnotationQueues($p: ID!) {\n    annotationQueues(projectId: $p) {\n      id\n      rubric {\n        key\n        kind\n        min\n        max\n        values\n        required\n      }\n    }\n  }\n": types.WebUiAnnotationQueuesDocument,
    "\n  mutation WebUiAnnotationAdd($q: ID!) {\n    addTracesToAnnotationQueue(queueId: $q, filter: { tags: [\"review\"] }) {\n      added\n    }\n  }\n": types.WebUiAnnotationAddDocument,
    "\n  query WebUiAnnotationScores($t: ID!) {\n    trace(id: $t) {\n      metrics {\n        name\n        score\n        label\n        comment\n        source\n        authorName\n        spanId\n      }\n    }\n  }\n": types.WebUiAnnotationScoresDocument,
    "mutation WebCompareProject { createProject(input: { name: \"web-compare\" }) { id } }": types.WebCompareProjectDocument,
    "\n  query WebUiDatasetsOf($p: ID!) {\n    datasets(projectId: $p) {\n      edges {\n        node {\n          name\n          version\n          examples {\n            edges {\n              node {\n                inputs\n                outputs\n                sourceTraceId\n                sourceSpanId\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebUiDatasetsOfDocument,
    "\n  mutation WebUiExperimentsReadKey($p: ID!) {\n    createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) {\n      secret\n    }\n  }\n": types.WebUiExperimentsReadKeyDocument,
    "\n  query WebUiPromptState($p: ID!, $n: String!) {\n    promptByName(projectId: $p, name: $n) {\n      id\n      latestVersion\n      labels {\n        label\n        version\n      }\n      labelHistory(label: \"production\") {\n        version\n        previousVersion\n      }\n      versions {\n        edges {\n          node {\n            version\n            messages {\n              role\n              content\n            }\n            model\n            parameters\n            commitMessage\n          }\n        }\n      }\n    }\n  }\n": types.WebUiPromptStateDocument,
    "mutation WebSdProject { createProject(input: { name: \"sessions-and-dashboard\" }) { id } }": types.WebSdProjectDocument,
    "query WebSdCost($p: ID!) { project(id: $p) { stats { totalCost } } }": types.WebSdCostDocument,
    "\n  query WebUiSettingsProject($p: ID!) {\n    project(id: $p) {\n      name\n      description\n      tags\n      metadata\n      forwarding {\n        enabled\n        setting\n        langsmithProject\n      }\n      costRecomputes {\n        status\n        from\n        to\n      }\n    }\n    modelPrices(projectId: $p) {\n      modelPattern\n      provider\n      inputPrice\n      outputPrice\n      cacheReadPrice\n      cacheWritePrice\n      reasoningPrice\n      effectiveFrom\n    }\n  }\n": types.WebUiSettingsProjectDocument,
    "\n  query WebUiSettingsRead($p: ID!) {\n    project(id: $p) {\n      name\n    }\n  }\n": types.WebUiSettingsReadDocument,
    "\n  query WebUiSettingsByName($n: String!) {\n    projectByName(name: $n) {\n      id\n      description\n    }\n  }\n": types.WebUiSettingsByNameDocument,
    "mutation WebTraceViewProject { createProject(input: { name: \"trace-view\" }) { id } }": types.WebTraceViewProjectDocument,
    "query WebUiKeys($p: ID!) { project(id: $p) { apiKeys { id } } }": types.WebUiKeysDocument,
    "mutation WebUiProject { createProject(input: { name: \"tour\" }) { id } }": types.WebUiProjectDocument,
    "query WebUiNoBuild { projects(first: 1) { totalCount } }": types.WebUiNoBuildDocument,
    "mutation WebUiRevoke($k: ID!) { revokeApiKey(id: $k) { id } }": types.WebUiRevokeDocument,
    "mutation WorkerIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.WorkerIngestDocument,
    "subscription WorkerMetricComputed($p: ID!) { metricComputed(projectId: $p) { traceId metricNames metrics { name } } }": types.WorkerMetricComputedDocument,
    "query WorkerClosedTrace($id: ID!) { trace(id: $id) { status endTime autoClosed durationMs metrics { name } } }": types.WorkerClosedTraceDocument,
    "mutation ZeroConfigCreateProject { createProject(input: { name: \"zero\" }) { id } }": types.ZeroConfigCreateProjectDocument,
    "mutation ZeroConfigIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }": types.ZeroConfigIngestDocument,
    "subscription ZeroConfigSpanAdded($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id name } }": types.ZeroConfigSpanAddedDocument,
    "query ZeroConfigMetricNames($id: ID!) { trace(id: $id) { metrics { name } } }": types.ZeroConfigMetricNamesDocument,
    "query ZeroConfigTraceName($id: ID!) { trace(id: $id) { name } }": types.ZeroConfigTraceNameDocument,
    "mutation DeepTraceIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }": types.DeepTraceIngestDocument,
    "query DeepTracePage($id: ID!, $after: ID) { trace(id: $id) { spanCount spans(after: $after) { id depth ancestorIds } } }": types.DeepTracePageDocument,
    "query DeepTraceMetrics($id: ID!) { trace(id: $id) { metrics { name value } } }": types.DeepTraceMetricsDocument,
    "subscription DeepTraceSpanAdded($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id depth } }": types.DeepTraceSpanAddedDocument,
    "mutation DeepTraceProject { createProject(input: { name: \"deep\" }) { id } }": types.DeepTraceProjectDocument,
    "mutation PoisonIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }": types.PoisonIngestDocument,
    "mutation RedisClusterIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }": types.RedisClusterIngestDocument,
    "query ClusterTraceMetrics($id: ID!) { trace(id: $id) { metrics { name value } } }": types.ClusterTraceMetricsDocument,
    "subscription ClusterSpanAdded($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id name } }": types.ClusterSpanAddedDocument,
    "subscription ClusterSpanSequence($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id sequence } }": types.ClusterSpanSequenceDocument,
    "query ClusterJobsView { jobs { backend queues { name waiting active delayed failed completed } } failedJobs(queue: EXPERIMENTS) { id name failedReason attemptsMade data } }": types.ClusterJobsViewDocument,
    "mutation ClusterRetryFailed($ids: [ID!]) { retryFailedJobs(queue: EXPERIMENTS, ids: $ids) }": types.ClusterRetryFailedDocument,
    "\n  mutation BrowserIngest($b: IngestBatchInput!) {\n    ingest(batch: $b) {\n      accepted\n      rejected\n      rejections {\n        message\n      }\n    }\n  }\n": types.BrowserIngestDocument,
    "mutation ClusterIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }": types.ClusterIngestDocument,
    "query ClusterQueues { jobs { queues { name waiting active delayed prioritized failed } } }": types.ClusterQueuesDocument,
    "mutation ClusterCreateProject($n: String!) { createProject(input: { name: $n }) { id } }": types.ClusterCreateProjectDocument,
    "mutation ClusterCreateKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"cluster\", role: ADMIN }) { secret } }": types.ClusterCreateKeyDocument,
    "subscription ClusterTail($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) { id sequence name endTime } }": types.ClusterTailDocument,
    "mutation TestServerCreateProject($n: String!) { createProject(input: { name: $n }) { id } }": types.TestServerCreateProjectDocument,
    "mutation TestServerCreateApiKey($p: ID!, $r: ApiKeyRole!) { createApiKey(input: { projectId: $p, name: \"test\", role: $r }) { secret } }": types.TestServerCreateApiKeyDocument,
    "mutation WorkerCrashIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }": types.WorkerCrashIngestDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BenchCreateProject($n: String!) { createProject(input: { name: $n }) { id } }"): typeof import('./graphql').BenchCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BenchCreateApiKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"bench\", role: ADMIN }) { secret } }"): typeof import('./graphql').BenchCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HotTraceBenchIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { message } }\n}"): typeof import('./graphql').HotTraceBenchIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HotTraceBenchTotals($id: ID!) { trace(id: $id) { llmCallCount promptTokens totalTokens totalCost models } }"): typeof import('./graphql').HotTraceBenchTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').IngestBenchIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LangsmithBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').LangsmithBenchIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListBenchTraces($p: ID!, $f: TraceFilter, $o: TraceOrder, $first: Int, $after: String) {\n  traces(projectId: $p, filter: $f, orderBy: $o, first: $first, after: $after) {\n    edges { cursor node { id name status startTime durationMs totalTokens totalCost userId sessionId models tags errorFlag } }\n    pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').ListBenchTracesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveBenchSpanAdded($t: ID!) { spanAdded(traceId: $t) { id sequence } }"): typeof import('./graphql').LiveBenchSpanAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }"): typeof import('./graphql').LiveBenchIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MetricsBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').MetricsBenchIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MetricsBenchMetricComputed($p: ID!) { metricComputed(projectId: $p) { traceId } }"): typeof import('./graphql').MetricsBenchMetricComputedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatsBenchStats($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { project(id: $p) { stats(from: $from, to: $to) {\n  from to traceCount spanCount errorCount errorRate promptTokens completionTokens totalTokens promptCost completionCost totalCost\n  latencyP50 latencyP95 latencyP99 firstTokenP50 firstTokenP99 streamingRate runFacets { runType count } lastTraceStartTime } } }"): typeof import('./graphql').StatsBenchStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatsBenchSeries($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $g: TimeseriesGroupBy!) { project(id: $p) {\n  timeseries(from: $from, to: $to, interval: HOUR, groupBy: $g) {\n    key points { time traceCount errorCount errorRate totalTokens totalCost latencyP50 latencyP95 latencyP99 } } } }"): typeof import('./graphql').StatsBenchSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TreeBenchPage($id: ID!, $first: Int, $after: ID) {\n  trace(id: $id) {\n    spanCount\n    spans(first: $first, after: $after) {\n      __typename id parentId depth childIds name runType status startTime endTime durationMs totalCost\n      ... on LLMCall { model promptTokens completionTokens }\n    }\n  }\n}"): typeof import('./graphql').TreeBenchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UiBenchIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').UiBenchIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AbuseIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index code message } } }"): typeof import('./graphql').AbuseIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbuseTraceTotals($id: ID!) { trace(id: $id) { promptTokens totalTokens totalCost llmCallCount } }"): typeof import('./graphql').AbuseTraceTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbuseSpans($id: ID!) { trace(id: $id) { spans { id name } } }"): typeof import('./graphql').AbuseSpansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription AbuseSpanAdded($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id name } }"): typeof import('./graphql').AbuseSpanAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbuseSpanPage($id: ID!, $first: Int, $after: ID) {\n  trace(id: $id) { spanCount spans(first: $first, after: $after) { __typename id depth ancestorIds ... on AgentCall { llmCallIds } } }\n}"): typeof import('./graphql').AbuseSpanPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbuseStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) { project(id: $p) { stats(from: $from, to: $to) { traceCount totalTokens totalCost } } }"): typeof import('./graphql').AbuseStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbusePublicSchema { __schema { queryType { name } } }"): typeof import('./graphql').AbusePublicSchemaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AbusePublicProjects { projects { edges { node { id } } } }"): typeof import('./graphql').AbusePublicProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AqIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }"): typeof import('./graphql').AqIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AqCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {\n  createApiKey(input: { projectId: $p, name: $n, role: $r }) { secret apiKey { id } }\n}"): typeof import('./graphql').AqCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AqCreate($i: CreateAnnotationQueueInput!) {\n  createAnnotationQueue(input: $i) { id name instructions rubric { key kind min max values required } }\n}"): typeof import('./graphql').AqCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AqUpdate($id: ID!, $i: UpdateAnnotationQueueInput!) { updateAnnotationQueue(id: $id, input: $i) { id name description } }"): typeof import('./graphql').AqUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AqDelete($id: ID!) { deleteAnnotationQueue(id: $id) { id deleted } }"): typeof import('./graphql').AqDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AqAddByFilter($q: ID!, $f: TraceFilter, $limit: Int) {\n  addTracesToAnnotationQueue(queueId: $q, filter: $f, limit: $limit) { added alreadyQueued rejected { traceId message } }\n}"): typeof import('./graphql').AqAddByFilterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AqAdd($q: ID!, $items: [AnnotationTargetInput!]!) {\n  addToAnnotationQueue(queueId: $q, items: $items) { added alreadyQueued rejected { traceId spanId message } }\n}"): typeof import('./graphql').AqAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AqNext($q: ID!) { nextAnnotationItem(queueId: $q) { id spanId status claimedBy trace { id name inputs } } }"): typeof import('./graphql').AqNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AqSubmit($id: ID!, $scores: [AnnotationScoreInput!]!) {\n  submitAnnotation(itemId: $id, scores: $scores) { id status completedBy completedAt scores { name score label comment source authorName } }\n}"): typeof import('./graphql').AqSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AqSkip($id: ID!) { skipAnnotationItem(itemId: $id) { id status claimedBy } }"): typeof import('./graphql').AqSkipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AqQueue($id: ID!, $status: AnnotationItemStatus) {\n  annotationQueue(id: $id) {\n    id name progress { total pending claimed done skippedByMe } annotators { keyId name done }\n    items(status: $status, first: 50) { totalCount edges { node { id status completedBy trace { id } scores { name score label } } } }\n  }\n}"): typeof import('./graphql').AqQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AqQueues($p: ID!) { annotationQueues(projectId: $p) { id name progress { total done } } }"): typeof import('./graphql').AqQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AqTrace($id: ID!) { trace(id: $id) { metrics { name score label comment source authorKeyId authorName } } }"): typeof import('./graphql').AqTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AqSummary($p: ID!) {\n  project(id: $p) { scoreSummary(sources: [\"human\"]) { key count mean labels { label count } sources { source count } } }\n}"): typeof import('./graphql').AqSummaryDocument;
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
export function graphql(source: "query AuthProjectByName($n: String!) { projectByName(name: $n) { id name } }"): typeof import('./graphql').AuthProjectByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthProjects { projects { edges { node { id } } } }"): typeof import('./graphql').AuthProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthViewer { viewer { role bootstrapAdmin projectId } }"): typeof import('./graphql').AuthViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthCompare($a: ID!, $b: ID!) { compareTraces(a: $a, b: $b) { matched spans { path a { id name inputs } b { id name inputs } } } }"): typeof import('./graphql').AuthCompareDocument;
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
export function graphql(source: "query AuthModelPrices($p: ID!) { modelPrices(projectId: $p) { id modelPattern inputPrice } }"): typeof import('./graphql').AuthModelPricesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthUpsertPrice($p: ID!, $id: ID) {\n  upsertModelPrice(input: { projectId: $p, id: $id, modelPattern: \"^pwned$\", inputPrice: 0.001, outputPrice: 0.001 }) { id modelPattern }\n}"): typeof import('./graphql').AuthUpsertPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDeletePrice($id: ID!) { deleteModelPrice(id: $id) { id deleted } }"): typeof import('./graphql').AuthDeletePriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRecomputeCosts($p: ID!) {\n  recomputeCosts(projectId: $p, from: \"2026-01-01T00:00:00Z\", to: \"2027-01-01T00:00:00Z\") { id status }\n}"): typeof import('./graphql').AuthRecomputeCostsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthPrompts($p: ID!) { prompts(projectId: $p) { edges { node { id name } } } }"): typeof import('./graphql').AuthPromptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthPrompt($id: ID!) { prompt(id: $id) { id name labels { label } versions { edges { node { id text } } } } }"): typeof import('./graphql').AuthPromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthPromptByName($p: ID!, $n: String!) { promptByName(projectId: $p, name: $n) { id name } }"): typeof import('./graphql').AuthPromptByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthComparePrompts($a: ID!, $b: ID!) { comparePromptVersions(a: $a, b: $b) { a { text } b { text } } }"): typeof import('./graphql').AuthComparePromptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthRenderPrompt($v: ID!) { renderPrompt(versionId: $v, variables: { x: \"1\" }) { role content } }"): typeof import('./graphql').AuthRenderPromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreatePrompt($p: ID!, $n: String!) { createPrompt(input: { projectId: $p, name: $n }) { id } }"): typeof import('./graphql').AuthCreatePromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthUpdatePrompt($id: ID!) { updatePrompt(id: $id, input: { name: \"pwned\", tags: [\"pwned\"] }) { id name } }"): typeof import('./graphql').AuthUpdatePromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDeletePrompt($id: ID!) { deletePrompt(id: $id) { id deleted } }"): typeof import('./graphql').AuthDeletePromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreatePromptVersion($id: ID, $p: ID, $n: String) {\n  createPromptVersion(input: { promptId: $id, projectId: $p, promptName: $n, templateFormat: TEXT, text: \"pwned\", labels: [\"production\"] }) { id version }\n}"): typeof import('./graphql').AuthCreatePromptVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSetPromptLabel($id: ID!) { setPromptLabel(promptId: $id, label: \"production\", version: 1) { id } }"): typeof import('./graphql').AuthSetPromptLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRemovePromptLabel($id: ID!) { removePromptLabel(promptId: $id, label: \"production\") { id } }"): typeof import('./graphql').AuthRemovePromptLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRollbackPromptLabel($id: ID!) { rollbackPromptLabel(promptId: $id, label: \"production\") { id } }"): typeof import('./graphql').AuthRollbackPromptLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSeedPrompt($p: ID!, $n: String!) {\n  createPromptVersion(input: { projectId: $p, promptName: $n, templateFormat: TEXT, text: \"secret-prompt-B {{x}}\", labels: [\"production\"] }) { id prompt { id } }\n}"): typeof import('./graphql').AuthSeedPromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthDatasets($p: ID!) { datasets(projectId: $p) { edges { node { id name } } } }"): typeof import('./graphql').AuthDatasetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthDataset($id: ID!) { dataset(id: $id) { id name examples { edges { node { id inputs } } } } }"): typeof import('./graphql').AuthDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthDatasetExample($id: ID!) { datasetExample(id: $id) { id inputs } }"): typeof import('./graphql').AuthDatasetExampleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateDataset($p: ID!) { createDataset(input: { projectId: $p, name: \"pwned\" }) { id } }"): typeof import('./graphql').AuthCreateDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthUpdateDataset($id: ID!) { updateDataset(id: $id, input: { name: \"pwned\" }) { id name } }"): typeof import('./graphql').AuthUpdateDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDeleteDataset($id: ID!) { deleteDataset(id: $id) { id deleted } }"): typeof import('./graphql').AuthDeleteDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthAddExamples($d: ID!) { addExamples(datasetId: $d, examples: [{ inputs: { pwned: true } }]) { version } }"): typeof import('./graphql').AuthAddExamplesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthAddFromTraces($d: ID!, $t: ID!) { addExamplesFromTraces(datasetId: $d, items: [{ traceId: $t }]) { version examples { inputs } errors { code } } }"): typeof import('./graphql').AuthAddFromTracesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthUpdateExample($id: ID!) { updateExample(id: $id, patch: { inputs: { pwned: true } }) { id inputs } }"): typeof import('./graphql').AuthUpdateExampleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDeleteExamples($ids: [ID!]!) { deleteExamples(ids: $ids) { deletedIds errors { code } } }"): typeof import('./graphql').AuthDeleteExamplesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthTagVersion($d: ID!) { tagDatasetVersion(datasetId: $d, version: 1, tag: \"pwned\") { id } }"): typeof import('./graphql').AuthTagVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthImportExamples($d: ID!, $c: String!) { importExamples(datasetId: $d, format: JSONL, content: $c) { version imported } }"): typeof import('./graphql').AuthImportExamplesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthFeedback($p: ID!, $t: ID) { feedback(projectId: $p, filter: { traceId: $t }) { edges { node { id name } } } }"): typeof import('./graphql').AuthFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateFeedback($t: ID!) { createFeedback(input: { traceId: $t, key: \"pwned\", score: 0 }) { id } }"): typeof import('./graphql').AuthCreateFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthUpdateFeedback($id: ID!) { updateFeedback(id: $id, patch: { score: 0, comment: \"pwned\" }) { id } }"): typeof import('./graphql').AuthUpdateFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDeleteFeedback($id: ID!) { deleteFeedback(id: $id) { id deleted } }"): typeof import('./graphql').AuthDeleteFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthAnnotationQueues($p: ID!) { annotationQueues(projectId: $p) { id name } }"): typeof import('./graphql').AuthAnnotationQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthAnnotationQueue($id: ID!) { annotationQueue(id: $id) { id name progress { total } items { edges { node { id trace { id name } } } } } }"): typeof import('./graphql').AuthAnnotationQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateQueue($p: ID!, $n: String!) {\n  createAnnotationQueue(input: { projectId: $p, name: $n, rubric: [{ key: \"ok\", kind: BOOLEAN }] }) { id }\n}"): typeof import('./graphql').AuthCreateQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthUpdateQueue($id: ID!) { updateAnnotationQueue(id: $id, input: { name: \"pwned\" }) { id name } }"): typeof import('./graphql').AuthUpdateQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDeleteQueue($id: ID!) { deleteAnnotationQueue(id: $id) { id deleted } }"): typeof import('./graphql').AuthDeleteQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthAddToQueue($q: ID!, $t: ID!) {\n  addToAnnotationQueue(queueId: $q, items: [{ traceId: $t }]) { added alreadyQueued rejected { traceId message } }\n}"): typeof import('./graphql').AuthAddToQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthAddTracesToQueue($q: ID!) { addTracesToAnnotationQueue(queueId: $q) { added } }"): typeof import('./graphql').AuthAddTracesToQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthNextItem($q: ID!) { nextAnnotationItem(queueId: $q) { id trace { id name } } }"): typeof import('./graphql').AuthNextItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSubmitItem($id: ID!) { submitAnnotation(itemId: $id, scores: [{ key: \"ok\", score: 1 }]) { id } }"): typeof import('./graphql').AuthSubmitItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSkipItem($id: ID!) { skipAnnotationItem(itemId: $id) { id } }"): typeof import('./graphql').AuthSkipItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthExperiments($p: ID!) { experiments(projectId: $p) { edges { node { id name } } } }"): typeof import('./graphql').AuthExperimentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthExperiment($id: ID!) { experiment(id: $id) { id name runs { edges { node { id output } } } } }"): typeof import('./graphql').AuthExperimentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthLeaderboard($d: ID!) { datasetLeaderboard(datasetId: $d) { rank experiment { id name } } }"): typeof import('./graphql').AuthLeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthTrend($p: ID!) {\n  promptVersionTrend(promptId: $p, from: \"2026-01-01T00:00:00Z\", to: \"2026-01-02T00:00:00Z\") { promptVersionId calls }\n}"): typeof import('./graphql').AuthTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthCompareExperiments($a: ID!, $b: ID!) { compareExperiments(a: $a, b: $b) { examples { exampleId } } }"): typeof import('./graphql').AuthCompareExperimentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSetEndpoint($p: ID!) { setLlmEndpoint(projectId: $p, input: { baseUrl: \"http://127.0.0.1:9/v1\", apiKey: \"sk-pwned\" }) { baseUrl } }"): typeof import('./graphql').AuthSetEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthRemoveEndpoint($p: ID!) { removeLlmEndpoint(projectId: $p) }"): typeof import('./graphql').AuthRemoveEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCreateExperiment($d: ID!) { createExperiment(input: { datasetId: $d, model: \"m\" }) { id } }"): typeof import('./graphql').AuthCreateExperimentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthCancelExperiment($id: ID!) { cancelExperiment(id: $id) { id } }"): typeof import('./graphql').AuthCancelExperimentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDeleteExperiment($id: ID!) { deleteExperiment(id: $id) }"): typeof import('./graphql').AuthDeleteExperimentDocument;
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
export function graphql(source: "query AuthProjectRecomputes($id: ID!) { project(id: $id) { costRecomputes { id } } }"): typeof import('./graphql').AuthProjectRecomputesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthIngestPromptLink($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }"): typeof import('./graphql').AuthIngestPromptLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDatasetOfA($p: ID!) { createDataset(input: { projectId: $p, name: \"dataset-A\" }) { id } }"): typeof import('./graphql').AuthDatasetOfADocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthPriceOfB($p: ID!) { upsertModelPrice(input: { projectId: $p, modelPattern: \"^b-model$\", inputPrice: 1e-6, outputPrice: 2e-6 }) { id } }"): typeof import('./graphql').AuthPriceOfBDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthDatasetOfB($p: ID!) { createDataset(input: { projectId: $p, name: \"dataset-B\" }) { id } }"): typeof import('./graphql').AuthDatasetOfBDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthExampleOfB($d: ID!) { addExamples(datasetId: $d, examples: [{ inputs: { q: \"B-only input\" } }]) { examples { id } } }"): typeof import('./graphql').AuthExampleOfBDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthProjectBAsAdmin($p: ID!, $t: ID!) {\n        project(id: $p) { id name description tags metadata endTime updatedAt totals { traceCount totalCost totalTokens }\n          apiKeys { id name role prefix revokedAt } }\n        trace(id: $t) { id name status endTime metadata totalCost totalTokens errorCount updatedAt\n          spans { id name status outputs error totalCost ... on LLMCall { model promptTokens } }\n          errors { id errorMessage } metrics { id name score } userInteractions { id content } systemInfo { id osName } }\n        traces(projectId: $p) { edges { node { id } } }\n        sessions(projectId: $p) { edges { node { id traceCount } } }\n      }"): typeof import('./graphql').AuthProjectBAsAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').DsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DsCreate($p: ID!, $n: String!, $t: DatasetDataType) {\n  createDataset(input: { projectId: $p, name: $n, description: \"qa pairs\", dataType: $t, metadata: { team: \"eval\" } }) { id name description dataType metadata version createdAt }\n}"): typeof import('./graphql').DsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DsUpdate($id: ID!, $n: String) { updateDataset(id: $id, input: { name: $n, description: \"renamed\" }) { id name description version } }"): typeof import('./graphql').DsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DsDelete($id: ID!) { deleteDataset(id: $id) { id deleted } }"): typeof import('./graphql').DsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DsAdd($d: ID!, $e: [ExampleInput!]!) {\n  addExamples(datasetId: $d, examples: $e) { version examples { id inputs outputs metadata splits revision sourceTraceId } errors { index code message } }\n}"): typeof import('./graphql').DsAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DsFromTraces($d: ID!, $items: [TraceItemInput!]!) {\n  addExamplesFromTraces(datasetId: $d, items: $items) { version examples { id inputs outputs sourceTraceId sourceSpanId sourceTrace { id name } } errors { index id code message } }\n}"): typeof import('./graphql').DsFromTracesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DsEdit($id: ID!, $p: ExamplePatchInput!) { updateExample(id: $id, patch: $p) { id inputs outputs splits revision } }"): typeof import('./graphql').DsEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DsDeleteExamples($ids: [ID!]!) { deleteExamples(ids: $ids) { deletedIds errors { index id code } } }"): typeof import('./graphql').DsDeleteExamplesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DsTag($d: ID!, $v: Int!, $t: String!) { tagDatasetVersion(datasetId: $d, version: $v, tag: $t) { id versions { version tags } } }"): typeof import('./graphql').DsTagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DsImport($d: ID!, $f: ExampleFormat!, $c: String!, $cols: CsvColumnsInput) {\n  importExamples(datasetId: $d, format: $f, content: $c, columns: $cols) { version imported errors { line message } }\n}"): typeof import('./graphql').DsImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DsDataset($id: ID!, $v: Int, $s: [String!], $first: Int, $after: String) {\n  dataset(id: $id) {\n    id name version exampleCount splits\n    versions { version description tags exampleCount }\n    examples(version: $v, splits: $s, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      edges { node { id inputs outputs metadata splits revision sourceTraceId sourceSpanId } }\n    }\n  }\n}"): typeof import('./graphql').DsDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DsList($p: ID!, $q: String) { datasets(projectId: $p, search: $q) { totalCount edges { node { id name exampleCount } } } }"): typeof import('./graphql').DsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DsExample($id: ID!, $v: Int) { datasetExample(id: $id, version: $v) { id inputs revision } }"): typeof import('./graphql').DsExampleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DsSpanFlags($id: ID!) { trace(id: $id) { spans { id } } }"): typeof import('./graphql').DsSpanFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DsReaderKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) { secret } }"): typeof import('./graphql').DsReaderKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DsWriterKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"writer\", role: INGEST }) { secret } }"): typeof import('./graphql').DsWriterKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation E2eIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list message } } }"): typeof import('./graphql').E2eIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation E2eCreateDataset($i: CreateDatasetInput!) { createDataset(input: $i) { id } }"): typeof import('./graphql').E2eCreateDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation E2eFromTraces($d: ID!, $items: [TraceItemInput!]!) {\n  addExamplesFromTraces(datasetId: $d, items: $items) { version examples { id inputs outputs sourceTraceId } errors { index message } }\n}"): typeof import('./graphql').E2eFromTracesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation E2eCreateVersion($i: CreatePromptVersionInput!) { createPromptVersion(input: $i) { id version variables prompt { id } } }"): typeof import('./graphql').E2eCreateVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation E2eSetEndpoint($p: ID!, $i: LlmEndpointInput!) { setLlmEndpoint(projectId: $p, input: $i) { hasApiKey } }"): typeof import('./graphql').E2eSetEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation E2eCreateExperiment($i: CreateExperimentInput!) {\n  createExperiment(input: $i) { id name status promptVersion { id version } evaluators { kind key } }\n}"): typeof import('./graphql').E2eCreateExperimentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription E2eUpdates($id: ID!) {\n  experimentUpdated(experimentId: $id) { experiment { id status completedCount failedCount } run { id status } }\n}"): typeof import('./graphql').E2eUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query E2eExperiment($id: ID!) {\n  experiment(id: $id) {\n    id name status completedCount failedCount promptVersion { id version }\n    summary { evaluators { key count mean } }\n    runs(first: 10) { edges { node {\n      id status output example { id inputs outputs }\n      trace { id spans { __typename id name ... on AgentCall { referenceExampleId } ... on LLMCall { referenceExampleId promptVersion { id version } inputs } } }\n      scores { name score value reason source }\n    } } }\n  }\n}"): typeof import('./graphql').E2eExperimentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query E2eLeaderboard($d: ID!) {\n  datasetLeaderboard(datasetId: $d, key: \"exact_match\") { rank score experiment { id } promptVersion { id version } }\n}"): typeof import('./graphql').E2eLeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query E2eCompareExperiments($a: ID!, $b: ID!, $e: [ID!]) {\n  compareExperiments(a: $a, b: $b) {\n    examples(exampleIds: $e) {\n      exampleId outputChanged runA { output } runB { output }\n      scoreDeltas { key a b delta }\n      traceComparison { matched onlyInA onlyInB spans { path differences a { id } b { id } } }\n    }\n  }\n}"): typeof import('./graphql').E2eCompareExperimentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query E2eComparePrompts($a: ID!, $b: ID!) {\n  comparePromptVersions(a: $a, b: $b) { messages { index change lines { op text } } variablesAdded variablesRemoved }\n}"): typeof import('./graphql').E2eComparePromptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query E2eDataset($id: ID!, $only: [ID!]) {\n  dataset(id: $id) {\n    experiments(first: 10) { edges { node { id promptVersion { version } } } }\n    scoreSummary { key count mean sources { source count } }\n    onlyV1: scoreSummary(experimentIds: $only) { key count mean }\n  }\n}"): typeof import('./graphql').E2eDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query E2eDatasets($p: ID!) {\n  datasets(projectId: $p) { edges { node { id experiments(first: 5) { edges { node { id promptVersion { version } } } } } } }\n}"): typeof import('./graphql').E2eDatasetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query E2eProjectSummary($p: ID!) { project(id: $p) { scoreSummary { key count mean } } }"): typeof import('./graphql').E2eProjectSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation E2eFeedback($i: CreateFeedbackInput!) { createFeedback(input: $i) { id name score source } }"): typeof import('./graphql').E2eFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExpSetEndpoint($p: ID!, $i: LlmEndpointInput!) {\n  setLlmEndpoint(projectId: $p, input: $i) { baseUrl defaultModel hasApiKey apiKeyHint updatedAt }\n}"): typeof import('./graphql').ExpSetEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExpRemoveEndpoint($p: ID!) { removeLlmEndpoint(projectId: $p) }"): typeof import('./graphql').ExpRemoveEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpProjectEndpoint($p: ID!) { project(id: $p) { id llmEndpoint { baseUrl defaultModel hasApiKey apiKeyHint } } }"): typeof import('./graphql').ExpProjectEndpointDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExpCreate($i: CreateExperimentInput!) {\n  createExperiment(input: $i) { id name status kind model parameters concurrency exampleCount datasetVersion promptVersionId evaluators { kind key options } }\n}"): typeof import('./graphql').ExpCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExpCancel($id: ID!) { cancelExperiment(id: $id) { id status } }"): typeof import('./graphql').ExpCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExpDelete($id: ID!) { deleteExperiment(id: $id) }"): typeof import('./graphql').ExpDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpGet($id: ID!) {\n  experiment(id: $id) {\n    id name status exampleCount completedCount failedCount error startedAt finishedAt dataset { id name }\n    summary { evaluators { key count mean min max histogram { lower upper count } } latencyP50 latencyP95 totalCost meanCost totalTokens\n      runs { total pending running completed failed } }\n    runs(first: 10) {\n      edges { cursor node {\n        id exampleId status output error latencyMs promptTokens completionTokens totalTokens totalCost attempts\n        example { id inputs outputs }\n        trace { id name tags metadata inputs outputs spans { __typename id name ... on LLMCall { model provider promptTokens completionTokens inputs } } }\n        scores { name score value reason source }\n      } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n}"): typeof import('./graphql').ExpGetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpRunPage($id: ID!, $after: String, $status: ExperimentRunStatus) {\n  experiment(id: $id) { runs(first: 2, after: $after, status: $status) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }\n}"): typeof import('./graphql').ExpRunPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpList($p: ID!, $d: ID) { experiments(projectId: $p, datasetId: $d) { edges { node { id name } } pageInfo { hasNextPage } } }"): typeof import('./graphql').ExpListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ExpUpdates($id: ID!) {\n  experimentUpdated(experimentId: $id) { experiment { id status completedCount failedCount } run { id status exampleId } }\n}"): typeof import('./graphql').ExpUpdatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpLeaderboard($d: ID!, $k: String) {\n  datasetLeaderboard(datasetId: $d, key: $k) {\n    rank score experiment { id name promptVersionId model datasetVersion }\n    summary { evaluators { key mean count histogram { count } } latencyP50 latencyP95 totalCost totalTokens }\n  }\n}"): typeof import('./graphql').ExpLeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpTrend($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  promptVersionTrend(promptId: $p, from: $from, to: $to, bucket: HOUR) { bucket promptVersionId version model calls totalCost meanCost scores { key mean count } }\n}"): typeof import('./graphql').ExpTrendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpCompare($a: ID!, $b: ID!) {\n  compareExperiments(a: $a, b: $b) {\n    a { id } b { id }\n    summary { key a b delta }\n    examples {\n      exampleId outputChanged latencyDelta costDelta\n      example { inputs outputs }\n      runA { id output } runB { id output }\n      scoreDeltas { key a b delta }\n      traceComparison { matched changed spans { path differences a { id name } b { id name } } }\n    }\n  }\n}"): typeof import('./graphql').ExpCompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExpCompareLight($a: ID!, $b: ID!) { compareExperiments(a: $a, b: $b) { examples { exampleId } } }"): typeof import('./graphql').ExpCompareLightDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExpCreateReadKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) { secret } }"): typeof import('./graphql').ExpCreateReadKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExpClientIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }"): typeof import('./graphql').ExpClientIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FbIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').FbIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FbCreateKey($p: ID!, $r: ApiKeyRole!, $n: String!) {\n  createApiKey(input: { projectId: $p, name: $n, role: $r }) { secret apiKey { id } }\n}"): typeof import('./graphql').FbCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FbCreate($i: CreateFeedbackInput!) {\n  createFeedback(input: $i) { id traceId spanId name score label comment reason correction source authorKeyId authorName }\n}"): typeof import('./graphql').FbCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FbUpdate($id: ID!, $patch: UpdateFeedbackInput!) { updateFeedback(id: $id, patch: $patch) { id score label comment } }"): typeof import('./graphql').FbUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FbDelete($id: ID!) { deleteFeedback(id: $id) { id deleted } }"): typeof import('./graphql').FbDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FbMetrics($id: ID!) {\n  trace(id: $id) { metrics { id spanId name score value label comment correction source authorKeyId authorName } }\n}"): typeof import('./graphql').FbMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FbList($p: ID!, $f: FeedbackFilter, $first: Int, $after: String) {\n  feedback(projectId: $p, filter: $f, first: $first, after: $after) { totalCount edges { node { id name score label source } } pageInfo { hasNextPage endCursor } }\n}"): typeof import('./graphql').FbListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FbTraces($p: ID!, $f: TraceFilter) { traces(projectId: $p, filter: $f) { edges { node { id } } } }"): typeof import('./graphql').FbTracesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FbSummary($p: ID!, $keys: [String!], $sources: [String!]) {\n  project(id: $p) { scoreSummary(keys: $keys, sources: $sources) {\n    key count scoredCount mean min max stddev histogram { lower upper count } labels { label count } sources { source count } } }\n}"): typeof import('./graphql').FbSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription FbTraceUpdated($p: ID!) { traceUpdated(projectId: $p) { change trace { id metrics { name label source } } } }"): typeof import('./graphql').FbTraceUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FuzzIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index code } } }"): typeof import('./graphql').FuzzIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IngestIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index id code message } ids { list ids } }\n}"): typeof import('./graphql').IngestIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestTrace($id: ID!) { trace(id: $id) {\n  id status startTime endTime durationMs promptTokens completionTokens totalTokens cacheReadTokens totalCost\n  agentCallCount llmCallCount toolCallCount errorCount errorFlag models inputs outputs metadata tags sessionId\n  spans { __typename id depth parentId ancestorIds agentId name status startTime endTime durationMs inputs outputs metadata tags error\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens promptCost completionCost totalCost costSource temperature }\n    ... on ToolCall { totalCost llmCallId }\n    ... on AgentCall { llmCallIds toolCallIds } }\n  errors { errorMessage toolCallId }\n} }"): typeof import('./graphql').IngestTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IngestSequences($id: ID!) { trace(id: $id) { spans { name sequence } } }"): typeof import('./graphql').IngestSequencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobsView { jobs { backend queues { name waiting active delayed failed completed paused } } failedJobs(queue: METRICS) { id name data failedReason attemptsMade } }"): typeof import('./graphql').JobsViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JobsRetryFailed { retryFailedJobs(queue: METRICS) }"): typeof import('./graphql').JobsRetryFailedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobsBackend { jobs { backend } }"): typeof import('./graphql').JobsBackendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JobsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }"): typeof import('./graphql').JobsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsDsDataset($id: ID!, $v: Int) {\n  dataset(id: $id) { id name description dataType metadata version exampleCount splits\n    versions { version description tags }\n    examples(version: $v) { edges { node { id inputs outputs metadata splits } } } }\n}"): typeof import('./graphql').LsDsDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsEvalTrace($id: ID!) { trace(id: $id) {\n  id name status inputs outputs project { id name }\n  metrics { name score value reason resultDetail spanId }\n  spans { __typename id name parentId referenceExampleId inputs outputs }\n} }"): typeof import('./graphql').LsEvalTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsEvalExperiments($p: ID!, $d: ID!) { experiments(projectId: $p, datasetId: $d) { edges { node { id name } } } }"): typeof import('./graphql').LsEvalExperimentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsEvalExperiment($id: ID!) { experiment(id: $id) {\n  id kind status exampleCount completedCount failedCount metadata finishedAt dataset { id } promptVersion { id }\n  summary { evaluators { key count mean } runs { total completed failed } }\n  runs(first: 10) { edges { node { status output example { id inputs } trace { id name } scores { name score source } } } }\n} }"): typeof import('./graphql').LsEvalExperimentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsEvalLeaderboard($d: ID!) { datasetLeaderboard(datasetId: $d, key: \"exact_match\") { rank score experiment { id } } }"): typeof import('./graphql').LsEvalLeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsEvalDataset($id: ID!) { dataset(id: $id) {\n  experiments(first: 5) { edges { node { id } } }\n  scoreSummary { key count scoredCount labels { label count } }\n} }"): typeof import('./graphql').LsEvalDatasetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LsForwardIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').LsForwardIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsForwardForwarding($id: ID!) { trace(id: $id) { forwarding { status attempts lastError sentAt runsSent requestedAt } } }"): typeof import('./graphql').LsForwardForwardingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsForwardProjectForwarding($id: ID!) { project(id: $id) { forwarding { enabled setting langsmithProject available } } }"): typeof import('./graphql').LsForwardProjectForwardingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsForwardForwardCounts($id: ID!) { project(id: $id) { forwarding { pending failed } } }"): typeof import('./graphql').LsForwardForwardCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LsForwardUpdateForwarding($p: ID!, $i: ProjectForwardingInput!) { updateProjectForwarding(projectId: $p, input: $i) { id forwarding { enabled setting langsmithProject available } } }"): typeof import('./graphql').LsForwardUpdateForwardingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LsForwardRetry($p: ID!, $t: [ID!]) { retryForwarding(projectId: $p, traceIds: $t) }"): typeof import('./graphql').LsForwardRetryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsForwardMetricSources($id: ID!) { trace(id: $id) { metrics { source } } }"): typeof import('./graphql').LsForwardMetricSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsForwardTree($id: ID!) { trace(id: $id) { name sessionId promptTokens completionTokens totalTokens errorCount\n    spans { name runType parentId status error ... on LLMCall { model provider promptTokens completionTokens totalTokens } } } }"): typeof import('./graphql').LsForwardTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsForwardFullTree($id: ID!) { trace(id: $id) { id name status sessionId promptTokens completionTokens totalTokens totalCost errorCount\n    errors { errorMessage errorType agentId llmCallId toolCallId }\n    metrics { id name spanId score value reason source }\n    spans { id name runType parentId depth status error dottedOrder inputs outputs\n      ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens promptCost completionCost totalCost } } } }"): typeof import('./graphql').LsForwardFullTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsForwardFiles($id: ID!) { trace(id: $id) { spans { id attachments } } }"): typeof import('./graphql').LsForwardFilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsLangchainTrace($id: ID!) { trace(id: $id) {\n  name status sessionId errorMessage promptTokens completionTokens totalTokens totalCost\n  spans { __typename name depth runType status error tags\n    ... on LLMCall { model provider promptTokens completionTokens cacheReadTokens totalCost } }\n} }"): typeof import('./graphql').LsLangchainTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsProtocolTrace($id: ID!) { trace(id: $id) {\n  id name status sessionId inputs outputs startTime endTime errorCount\n  spans { __typename id depth parentId name runType status startTime endTime inputs outputs error metadata extra events attachments dottedOrder\n    ... on LLMCall { model provider promptTokens completionTokens totalCost firstTokenTime streaming } }\n  errors { errorMessage }\n  metrics { id spanId name score reason }\n} }"): typeof import('./graphql').LsProtocolTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsPythonTrace($id: ID!) { trace(id: $id) {\n  id name status sessionId inputs outputs errorMessage errorCount promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost\n  spans { __typename id depth parentId name runType status error errorType inputs outputs\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost costSource } }\n  errors { errorMessage errorType agentId toolCallId }\n} }"): typeof import('./graphql').LsPythonTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsPythonSessions($p: ID!) { sessions(projectId: $p) { edges { node { id traceCount totalTokens } } } }"): typeof import('./graphql').LsPythonSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsReplicasTraces($p: ID!) { traces(projectId: $p, first: 10) { edges { node { id name status project { name }\n  promptTokens completionTokens totalTokens totalCost\n  spans { __typename id depth parentId name runType status inputs outputs\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens totalCost costSource } } } } } }"): typeof import('./graphql').LsReplicasTracesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsReplicasRead($id: ID!) { trace(id: $id) { name project { name } spans { name depth } } }"): typeof import('./graphql').LsReplicasReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsSdkTrace($id: ID!) { trace(id: $id) {\n  id name status sessionId inputs outputs errorMessage errorCount promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost\n  spans { __typename id depth parentId name runType status error errorType dottedOrder stepIndex inputs outputs metadata\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens promptCost completionCost totalCost costSource }\n    ... on ToolCall { totalCost } }\n  errors { errorMessage errorType agentId llmCallId toolCallId }\n} }"): typeof import('./graphql').LsSdkTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsSdkProjects { projects(first: 100) { edges { node { id name } } } }"): typeof import('./graphql').LsSdkProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsSdkSessions($p: ID!) { sessions(projectId: $p) { edges { node { id traceCount totalTokens } } } }"): typeof import('./graphql').LsSdkSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LsSdkMetrics($id: ID!) { trace(id: $id) { metrics { id name spanId score value reason resultDetail source } spans { name feedbackStats { name count meanScore } } } }"): typeof import('./graphql').LsSdkMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveResilienceIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }"): typeof import('./graphql').LiveResilienceIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveResilienceSpanAdded($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) { id name sequence } }"): typeof import('./graphql').LiveResilienceSpanAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveResilienceSpanAddedWithInputs($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) { id name sequence inputs } }"): typeof import('./graphql').LiveResilienceSpanAddedWithInputsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').LiveIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveSpanAdded($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) {\n  __typename id traceId parentId depth ancestorIds agentId name status sequence startTime endTime inputs outputs\n  ... on LLMCall { model promptTokens completionTokens totalCost costSource }\n  ... on AgentCall { llmCallIds toolCallIds }\n} }"): typeof import('./graphql').LiveSpanAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveTraceUpdated($p: ID!, $f: TraceFilter, $since: String) {\n  traceUpdated(projectId: $p, filter: $f, since: $since) { change cursor trace { id name status tags totalTokens totalCost llmCallCount agentCallCount errorCount endTime } }\n}"): typeof import('./graphql').LiveTraceUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveErrorRaised($p: ID!) { errorRaised(projectId: $p) { id traceId errorMessage timestamp toolCallId } }"): typeof import('./graphql').LiveErrorRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription LiveErrorRaisedSince($p: ID!, $since: String) { errorRaised(projectId: $p, since: $since) { id traceId errorMessage timestamp toolCallId } }"): typeof import('./graphql').LiveErrorRaisedSinceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveSpanIds($id: ID!) { trace(id: $id) { spans { id } } }"): typeof import('./graphql').LiveSpanIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveCreateReadKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"soon revoked\", role: READ }) { secret apiKey { id } } }"): typeof import('./graphql').LiveCreateReadKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveRevokeKey($id: ID!) { revokeApiKey(id: $id) { id } }"): typeof import('./graphql').LiveRevokeKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OtlpClientTrace($id: ID!) { trace(id: $id) {\n  id name sessionId userId status totalTokens promptTokens completionTokens totalCost llmCallCount toolCallCount agentCallCount errorCount\n  errors { errorType errorMessage llmCallId }\n  spans { __typename id name parentId status error inputs outputs\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens totalCost streaming tokensEstimated }\n  }\n} }"): typeof import('./graphql').OtlpClientTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OtlpTrace($id: ID!) { trace(id: $id) {\n  id name sessionId userId status totalTokens promptTokens completionTokens totalCost llmCallCount toolCallCount agentCallCount errorCount\n  errors { errorType errorMessage stackTrace llmCallId toolCallId agentId }\n  spans { __typename id name parentId runType status error inputs outputs metadata\n    ... on LLMCall { model provider promptTokens completionTokens totalTokens cacheReadTokens reasoningTokens totalCost costSource }\n  }\n} }"): typeof import('./graphql').OtlpTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription OtlpSpanAdded($t: ID!) { spanAdded(traceId: $t) { __typename id name parentId ... on LLMCall { model promptTokens } } }"): typeof import('./graphql').OtlpSpanAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OtlpProjectByName($n: String!) { projectByName(name: $n) { id name } }"): typeof import('./graphql').OtlpProjectByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PricesIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index message } } }"): typeof import('./graphql').PricesIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PricesUpsert($i: UpsertModelPriceInput!) {\n  upsertModelPrice(input: $i) { id modelPattern provider inputPrice outputPrice cacheReadPrice cacheWritePrice reasoningPrice effectiveFrom createdAt updatedAt }\n}"): typeof import('./graphql').PricesUpsertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PricesDelete($id: ID!) { deleteModelPrice(id: $id) { id deleted } }"): typeof import('./graphql').PricesDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricesList($p: ID!) { modelPrices(projectId: $p) { id modelPattern provider inputPrice outputPrice effectiveFrom } }"): typeof import('./graphql').PricesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PricesRecompute($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n  recomputeCosts(projectId: $p, from: $from, to: $to) { id from to status callsSeen callsChanged error finishedAt }\n}"): typeof import('./graphql').PricesRecomputeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricesRecomputes($p: ID!) { project(id: $p) { costRecomputes { id status callsSeen callsChanged error finishedAt } } }"): typeof import('./graphql').PricesRecomputesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricesTrace($id: ID!) { trace(id: $id) {\n  id promptCost completionCost totalCost unpricedCallCount llmCallCount promptTokens completionTokens totalTokens\n  spans { __typename id ... on LLMCall { model promptTokens completionTokens totalTokens promptCost completionCost totalCost costSource unpriced tokensEstimated }\n    ... on ToolCall { totalCost } }\n} }"): typeof import('./graphql').PricesTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricesTraces($p: ID!, $o: TraceOrder, $f: TraceFilter, $first: Int, $after: String) {\n  traces(projectId: $p, orderBy: $o, filter: $f, first: $first, after: $after) { edges { cursor node { id totalCost } } pageInfo { hasNextPage endCursor } }\n}"): typeof import('./graphql').PricesTracesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PricesStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) {\n  project(id: $p) { stats(from: $from, to: $to) { totalCost unpricedCallCount traceCount } totals { totalCost unpricedCallCount }\n    timeseries(from: $from, to: $to, interval: HOUR, groupBy: MODEL) { key points { totalCost unpricedCallCount } } }\n  sessions(projectId: $p) { edges { node { id totalCost unpricedCallCount } } }\n}"): typeof import('./graphql').PricesStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromptsCreate($p: ID!, $n: String!) {\n  createPrompt(input: { projectId: $p, name: $n, description: \"Answers support questions\", tags: [\"support\"] }) { id name description tags latestVersion }\n}"): typeof import('./graphql').PromptsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromptsCreateVersion($input: CreatePromptVersionInput!) {\n  createPromptVersion(input: $input) { id version templateFormat messages { role content } text variables model parameters commitMessage labels prompt { id name latestVersion } }\n}"): typeof import('./graphql').PromptsCreateVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromptsSetLabel($id: ID!, $l: String!, $v: Int!) { setPromptLabel(promptId: $id, label: $l, version: $v) { id labels { label version } } }"): typeof import('./graphql').PromptsSetLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromptsRollback($id: ID!, $l: String!) { rollbackPromptLabel(promptId: $id, label: $l) { id labels { label version versionId } } }"): typeof import('./graphql').PromptsRollbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromptsRemoveLabel($id: ID!, $l: String!) { removePromptLabel(promptId: $id, label: $l) { labels { label } } }"): typeof import('./graphql').PromptsRemoveLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PromptsPrompt($id: ID!, $label: String) {\n  prompt(id: $id) {\n    id name latestVersion\n    versions(first: 10) { totalCount edges { node { version labels } } pageInfo { hasNextPage } }\n    latest: version { version }\n    v1: version(version: 1) { id version }\n    byLabel: version(label: $label) { version }\n    labels { label version versionId updatedAt }\n    labelHistory(label: $label, first: 10) { label version previousVersion author createdAt }\n  }\n}"): typeof import('./graphql').PromptsPromptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PromptsList($p: ID!, $search: String, $first: Int, $after: String) {\n  prompts(projectId: $p, search: $search, first: $first, after: $after) { totalCount edges { cursor node { name latestVersion labels { label version } } } pageInfo { hasNextPage endCursor } }\n}"): typeof import('./graphql').PromptsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PromptsByName($p: ID!, $n: String!) { promptByName(projectId: $p, name: $n) { id name } }"): typeof import('./graphql').PromptsByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PromptsCompare($a: ID!, $b: ID!) {\n  comparePromptVersions(a: $a, b: $b) {\n    a { version } b { version }\n    messages { index roleA roleB change lines { op text } }\n    model { a b changed }\n    parameters { key a b }\n    variablesAdded variablesRemoved\n  }\n}"): typeof import('./graphql').PromptsCompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PromptsRender($v: ID!, $vars: JSONObject) { renderPrompt(versionId: $v, variables: $vars) { role content } }"): typeof import('./graphql').PromptsRenderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromptsUpdate($id: ID!, $n: String) { updatePrompt(id: $id, input: { name: $n, tags: [\"a\", \"b\"] }) { id name tags } }"): typeof import('./graphql').PromptsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromptsDelete($id: ID!) { deletePrompt(id: $id) { id deleted } }"): typeof import('./graphql').PromptsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromptsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').PromptsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PromptsTrace($id: ID!) {\n  trace(id: $id) { spans { __typename id ... on LLMCall { promptVersionId metadata promptVersion { id version prompt { name } usage { llmCalls lastUsedAt } } } } }\n}"): typeof import('./graphql').PromptsTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PromptsUsage($id: ID!) { prompt(id: $id) { versions { edges { node { version usage { llmCalls lastUsedAt } } } } } }"): typeof import('./graphql').PromptsUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromptsReadKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) { secret } }"): typeof import('./graphql').PromptsReadKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PromptsIngestKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"writer\", role: INGEST }) { secret } }"): typeof import('./graphql').PromptsIngestKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ProxySpanAdded($t: ID!) { spanAdded(traceId: $t) { id name } }"): typeof import('./graphql').ProxySpanAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueriesIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').QueriesIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesList($p: ID!, $f: TraceFilter, $o: TraceOrder, $first: Int, $after: String) {\n  traces(projectId: $p, filter: $f, orderBy: $o, first: $first, after: $after) {\n    edges { cursor node { id name totalCost durationMs } } pageInfo { hasNextPage endCursor }\n  } }"): typeof import('./graphql').QueriesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesCounted($p: ID!, $f: TraceFilter, $first: Int, $after: String) {\n  traces(projectId: $p, filter: $f, first: $first, after: $after) { totalCount totalCountIsEstimate edges { node { id } } pageInfo { endCursor } } }"): typeof import('./graphql').QueriesCountedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesCountedSessions($p: ID!) { sessions(projectId: $p, first: 2) { totalCount totalCountIsEstimate\n        edges { node { traceCount traces(first: 1) { totalCount totalCountIsEstimate } } } } }"): typeof import('./graphql').QueriesCountedSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesCountedProjects { projects(first: 1) { totalCount totalCountIsEstimate edges { node { id } } } }"): typeof import('./graphql').QueriesCountedProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesSessions($p: ID!) { sessions(projectId: $p, first: 5) { edges { node { id traceCount userIds } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').QueriesSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesSessionPlayback($p: ID!) { session(projectId: $p, id: \"session-3\") { traceCount userIds traces(first: 50) { edges { node { name } } } } }"): typeof import('./graphql').QueriesSessionPlaybackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesMissingSession($p: ID!) { session(projectId: $p, id: \"nope\") { traceCount } }"): typeof import('./graphql').QueriesMissingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesStats($p: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { project(id: $p) { totals { traceCount totalTokens }\n        stats(from: $from, to: $to) { traceCount spanCount errorCount errorRate totalTokens latencyP50 latencyP99 firstTokenP50 streamingRate runFacets { runType count } } } }"): typeof import('./graphql').QueriesStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueriesDeleteTrace($id: ID!) { deleteTrace(id: $id) { id deleted } }"): typeof import('./graphql').QueriesDeleteTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesDeletedTrace($id: ID!) { trace(id: $id) { id } }"): typeof import('./graphql').QueriesDeletedTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesNestedPage($p: ID!) { traces(projectId: $p, first: 100) { edges { node { id project { name }\n      spans { id depth ... on LLMCall { model totalCost } ... on AgentCall { llmCallIds } }\n      errors { errorMessage } metrics { name } userInteractions { content } systemInfo { osName } } } } }"): typeof import('./graphql').QueriesNestedPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesStatsAllTime($p: ID!) { project(id: $p) { stats { traceCount from to } totals { traceCount firstTraceTime } } }"): typeof import('./graphql').QueriesStatsAllTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesStatsPage { projects(first: 10) { edges { node { stats { traceCount } } } } }"): typeof import('./graphql').QueriesStatsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesProjectByName($n: String!) { projectByName(name: $n) { id name } }"): typeof import('./graphql').QueriesProjectByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesMalformedTrace { trace(id: \"nope\") { id } }"): typeof import('./graphql').QueriesMalformedTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesMalformedProject { project(id: \"nope\") { id } }"): typeof import('./graphql').QueriesMalformedProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query QueriesMalformedTraces { traces(projectId: \"nope\") { edges { cursor } } }"): typeof import('./graphql').QueriesMalformedTracesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation QueriesMalformedDelete { deleteTrace(id: \"nope\") { id } }"): typeof import('./graphql').QueriesMalformedDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsCheap($id: ID!) { project(id: $id) { id name } }"): typeof import('./graphql').LimitsCheapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LimitsTimeoutTraces($p: ID!) { traces(projectId: $p, first: 1) { edges { node { id } } } }"): typeof import('./graphql').LimitsTimeoutTracesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReadmeTailIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }"): typeof import('./graphql').ReadmeTailIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReadmeTailProject { projectByName(name: \"readme-tail\") { id } }"): typeof import('./graphql').ReadmeTailProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RefColumnsEverything($p: ID!, $t: ID!, $from: DateTimeISO, $to: DateTimeISO) {\n  project(id: $p) {\n    id name description tags metadata referenceDatasetId startTime endTime createdAt updatedAt\n    totals { traceCount totalCost totalTokens firstTraceTime lastTraceTime durationSeconds }\n    stats(from: $from, to: $to) { from to traceCount spanCount errorCount errorRate promptTokens completionTokens totalTokens\n      promptCost completionCost totalCost latencyP50 latencyP95 latencyP99 firstTokenP50 firstTokenP99 streamingRate\n      runFacets { runType count } lastTraceStartTime }\n  }\n  trace(id: $t) {\n    id name status startTime endTime durationMs userId sessionId agentVersion promptTemplateVersion modelName models inputs outputs\n    errorFlag errorType errorMessage tags metadata promptTokens completionTokens totalTokens cacheReadTokens cacheCreationTokens\n    reasoningTokens promptCost completionCost totalCost agentCallCount llmCallCount toolCallCount errorCount createdAt updatedAt\n    project { id name }\n    spans {\n      __typename id traceId parentId ancestorIds childIds depth agentId runType name status startTime endTime durationMs stepIndex\n      dottedOrder inputs outputs error errorType metadata tags events serialized extra attachments inputsS3Urls outputsS3Urls\n      referenceExampleId manifestId inDataset memoryUsed totalCost appPath feedbackStats { name count meanScore meanValue } createdAt updatedAt\n      ... on AgentCall { llmCallIds toolCallIds userInteractionIds }\n      ... on LLMCall { provider model promptTokens completionTokens totalTokens cacheReadTokens cacheCreationTokens reasoningTokens\n        promptTokenDetails completionTokenDetails promptCost completionCost promptCostDetails completionCostDetails costSource\n        firstTokenTime timeToFirstTokenMs temperature topP maxTokens stopTokens invocationParams toolCalls streaming retryCount\n        contextHash contextRefs hiddenStateHash promptDiffFromPrevious decisionId }\n      ... on ToolCall { llmCallId networkCalls retrievedDocs docSimilarityScores intermediateState }\n    }\n    errors { id traceId agentId llmCallId toolCallId errorType errorMessage stackTrace timestamp metadata }\n    metrics { id traceId spanId name score value reason resultDetail config startTime endTime durationMs timestamp source }\n    userInteractions { id traceId agentId interactionType content userId timestamp metadata }\n    systemInfo { id traceId osName osVersion pythonVersion runtimeName runtimeVersion hostname cpuInfo gpuInfo diskInfo memoryTotal installedPackages metadata createdAt }\n  }\n}"): typeof import('./graphql').RefColumnsEverythingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefColumnsCreateProject($i: CreateProjectInput!) { createProject(input: $i) { id startTime } }"): typeof import('./graphql').RefColumnsCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefColumnsEndProject($id: ID!, $e: DateTimeISO) { updateProject(id: $id, input: { endTime: $e }) { endTime } }"): typeof import('./graphql').RefColumnsEndProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RefColumnsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index message } } }"): typeof import('./graphql').RefColumnsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').RollupsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RollupsStats($p: ID!, $from: DateTimeISO, $to: DateTimeISO) { project(id: $p) { stats(from: $from, to: $to) {\n  from to traceCount spanCount errorCount errorRate promptTokens completionTokens totalTokens promptCost completionCost\n  totalCost latencyP50 latencyP95 latencyP99 firstTokenP50 firstTokenP99 streamingRate runFacets { runType count } lastTraceStartTime } } }"): typeof import('./graphql').RollupsStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RollupsSeries($p: ID!, $from: DateTimeISO, $to: DateTimeISO, $i: TimeseriesInterval!, $g: TimeseriesGroupBy) {\n  project(id: $p) { timeseries(from: $from, to: $to, interval: $i, groupBy: $g) {\n    key points { time traceCount errorCount errorRate totalTokens totalCost latencyP50 latencyP95 latencyP99 } } } }"): typeof import('./graphql').RollupsSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RollupsSeriesDefaults($p: ID!) { project(id: $p) { timeseries(interval: HOUR) { key points { time } } } }"): typeof import('./graphql').RollupsSeriesDefaultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RollupsIngestKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"ingest\", role: INGEST }) { secret } }"): typeof import('./graphql').RollupsIngestKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpanTreeIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').SpanTreeIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SpanTreeDelete($id: ID!) { deleteTrace(id: $id) { deleted } }"): typeof import('./graphql').SpanTreeDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpanTreeLightPage($id: ID!, $first: Int, $after: ID) {\n  trace(id: $id) { spans(first: $first, after: $after) { __typename id name depth childIds ... on LLMCall { model totalTokens } } }\n}"): typeof import('./graphql').SpanTreeLightPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SpanTreeInputsPage($id: ID!) { trace(id: $id) { spans { id inputs } } }"): typeof import('./graphql').SpanTreeInputsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompareIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').CompareIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompareTraces($a: ID!, $b: ID!) {\n  compareTraces(a: $a, b: $b) {\n    a { id name totalTokens } b { id name totalTokens }\n    matched onlyInA onlyInB changed\n    spans {\n      path depth differences durationMsDelta totalCostDelta totalTokensDelta\n      a { __typename id name ... on LLMCall { model totalTokens outputs } }\n      b { __typename id name ... on LLMCall { model totalTokens outputs } ... on ToolCall { inputs } }\n    }\n  }\n}"): typeof import('./graphql').CompareTracesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TraceListIndexesIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }"): typeof import('./graphql').TraceListIndexesIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceListIndexesList($p: ID!, $f: TraceFilter) { traces(projectId: $p, filter: $f, first: 200) { edges { node { name } } } }"): typeof import('./graphql').TraceListIndexesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TraceMetricsIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index message } } }"): typeof import('./graphql').TraceMetricsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TraceTotalsIngest($b: IngestBatchInput!) {\n  ingest(batch: $b) { accepted rejected rejections { list index message } }\n}"): typeof import('./graphql').TraceTotalsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TraceTotalsTrace($id: ID!) { trace(id: $id) {\n  status startTime durationMs promptTokens completionTokens totalTokens totalCost unpricedCallCount\n  agentCallCount llmCallCount toolCallCount errorCount errorFlag models\n} }"): typeof import('./graphql').TraceTotalsTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUiAddCreateQueue($input: CreateAnnotationQueueInput!) {\n    createAnnotationQueue(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').WebUiAddCreateQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUiAddFeedback($input: CreateFeedbackInput!) {\n    createFeedback(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').WebUiAddFeedbackDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUiAddCreateKey($p: ID!) {\n    createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) {\n      secret\n    }\n  }\n"): typeof import('./graphql').WebUiAddCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebUiAddQueueItems($p: ID!) {\n    annotationQueues(projectId: $p) {\n      progress {\n        total\n      }\n    }\n  }\n"): typeof import('./graphql').WebUiAddQueueItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebUiAnnotationQueues($p: ID!) {\n    annotationQueues(projectId: $p) {\n      id\n      rubric {\n        key\n        kind\n        min\n        max\n        values\n        required\n      }\n    }\n  }\n"): typeof import('./graphql').WebUiAnnotationQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUiAnnotationAdd($q: ID!) {\n    addTracesToAnnotationQueue(queueId: $q, filter: { tags: [\"review\"] }) {\n      added\n    }\n  }\n"): typeof import('./graphql').WebUiAnnotationAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebUiAnnotationScores($t: ID!) {\n    trace(id: $t) {\n      metrics {\n        name\n        score\n        label\n        comment\n        source\n        authorName\n        spanId\n      }\n    }\n  }\n"): typeof import('./graphql').WebUiAnnotationScoresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebCompareProject { createProject(input: { name: \"web-compare\" }) { id } }"): typeof import('./graphql').WebCompareProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebUiDatasetsOf($p: ID!) {\n    datasets(projectId: $p) {\n      edges {\n        node {\n          name\n          version\n          examples {\n            edges {\n              node {\n                inputs\n                outputs\n                sourceTraceId\n                sourceSpanId\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebUiDatasetsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUiExperimentsReadKey($p: ID!) {\n    createApiKey(input: { projectId: $p, name: \"reader\", role: READ }) {\n      secret\n    }\n  }\n"): typeof import('./graphql').WebUiExperimentsReadKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebUiPromptState($p: ID!, $n: String!) {\n    promptByName(projectId: $p, name: $n) {\n      id\n      latestVersion\n      labels {\n        label\n        version\n      }\n      labelHistory(label: \"production\") {\n        version\n        previousVersion\n      }\n      versions {\n        edges {\n          node {\n            version\n            messages {\n              role\n              content\n            }\n            model\n            parameters\n            commitMessage\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WebUiPromptStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebSdProject { createProject(input: { name: \"sessions-and-dashboard\" }) { id } }"): typeof import('./graphql').WebSdProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebSdCost($p: ID!) { project(id: $p) { stats { totalCost } } }"): typeof import('./graphql').WebSdCostDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebUiSettingsProject($p: ID!) {\n    project(id: $p) {\n      name\n      description\n      tags\n      metadata\n      forwarding {\n        enabled\n        setting\n        langsmithProject\n      }\n      costRecomputes {\n        status\n        from\n        to\n      }\n    }\n    modelPrices(projectId: $p) {\n      modelPattern\n      provider\n      inputPrice\n      outputPrice\n      cacheReadPrice\n      cacheWritePrice\n      reasoningPrice\n      effectiveFrom\n    }\n  }\n"): typeof import('./graphql').WebUiSettingsProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebUiSettingsRead($p: ID!) {\n    project(id: $p) {\n      name\n    }\n  }\n"): typeof import('./graphql').WebUiSettingsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebUiSettingsByName($n: String!) {\n    projectByName(name: $n) {\n      id\n      description\n    }\n  }\n"): typeof import('./graphql').WebUiSettingsByNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebTraceViewProject { createProject(input: { name: \"trace-view\" }) { id } }"): typeof import('./graphql').WebTraceViewProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebUiKeys($p: ID!) { project(id: $p) { apiKeys { id } } }"): typeof import('./graphql').WebUiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebUiProject { createProject(input: { name: \"tour\" }) { id } }"): typeof import('./graphql').WebUiProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebUiNoBuild { projects(first: 1) { totalCount } }"): typeof import('./graphql').WebUiNoBuildDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebUiRevoke($k: ID!) { revokeApiKey(id: $k) { id } }"): typeof import('./graphql').WebUiRevokeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkerIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').WorkerIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription WorkerMetricComputed($p: ID!) { metricComputed(projectId: $p) { traceId metricNames metrics { name } } }"): typeof import('./graphql').WorkerMetricComputedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkerClosedTrace($id: ID!) { trace(id: $id) { status endTime autoClosed durationMs metrics { name } } }"): typeof import('./graphql').WorkerClosedTraceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ZeroConfigCreateProject { createProject(input: { name: \"zero\" }) { id } }"): typeof import('./graphql').ZeroConfigCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ZeroConfigIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }"): typeof import('./graphql').ZeroConfigIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ZeroConfigSpanAdded($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id name } }"): typeof import('./graphql').ZeroConfigSpanAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ZeroConfigMetricNames($id: ID!) { trace(id: $id) { metrics { name } } }"): typeof import('./graphql').ZeroConfigMetricNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ZeroConfigTraceName($id: ID!) { trace(id: $id) { name } }"): typeof import('./graphql').ZeroConfigTraceNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeepTraceIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected } }"): typeof import('./graphql').DeepTraceIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeepTracePage($id: ID!, $after: ID) { trace(id: $id) { spanCount spans(after: $after) { id depth ancestorIds } } }"): typeof import('./graphql').DeepTracePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeepTraceMetrics($id: ID!) { trace(id: $id) { metrics { name value } } }"): typeof import('./graphql').DeepTraceMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DeepTraceSpanAdded($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id depth } }"): typeof import('./graphql').DeepTraceSpanAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeepTraceProject { createProject(input: { name: \"deep\" }) { id } }"): typeof import('./graphql').DeepTraceProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PoisonIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }"): typeof import('./graphql').PoisonIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RedisClusterIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }"): typeof import('./graphql').RedisClusterIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClusterTraceMetrics($id: ID!) { trace(id: $id) { metrics { name value } } }"): typeof import('./graphql').ClusterTraceMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClusterSpanAdded($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id name } }"): typeof import('./graphql').ClusterSpanAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClusterSpanSequence($t: ID!) { spanAdded(traceId: $t, since: \"0\") { id sequence } }"): typeof import('./graphql').ClusterSpanSequenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClusterJobsView { jobs { backend queues { name waiting active delayed failed completed } } failedJobs(queue: EXPERIMENTS) { id name failedReason attemptsMade data } }"): typeof import('./graphql').ClusterJobsViewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClusterRetryFailed($ids: [ID!]) { retryFailedJobs(queue: EXPERIMENTS, ids: $ids) }"): typeof import('./graphql').ClusterRetryFailedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BrowserIngest($b: IngestBatchInput!) {\n    ingest(batch: $b) {\n      accepted\n      rejected\n      rejections {\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BrowserIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClusterIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { message } } }"): typeof import('./graphql').ClusterIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClusterQueues { jobs { queues { name waiting active delayed prioritized failed } } }"): typeof import('./graphql').ClusterQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClusterCreateProject($n: String!) { createProject(input: { name: $n }) { id } }"): typeof import('./graphql').ClusterCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClusterCreateKey($p: ID!) { createApiKey(input: { projectId: $p, name: \"cluster\", role: ADMIN }) { secret } }"): typeof import('./graphql').ClusterCreateKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription ClusterTail($t: ID!, $since: String) { spanAdded(traceId: $t, since: $since) { id sequence name endTime } }"): typeof import('./graphql').ClusterTailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestServerCreateProject($n: String!) { createProject(input: { name: $n }) { id } }"): typeof import('./graphql').TestServerCreateProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TestServerCreateApiKey($p: ID!, $r: ApiKeyRole!) { createApiKey(input: { projectId: $p, name: \"test\", role: $r }) { secret } }"): typeof import('./graphql').TestServerCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WorkerCrashIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }"): typeof import('./graphql').WorkerCrashIngestDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
