/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query WebViewer {\n    viewer {\n      role\n      bootstrapAdmin\n      projectId\n    }\n  }\n": typeof types.WebViewerDocument,
    "\n  fragment WebDashboardPoint on TimeseriesPoint {\n    time\n    traceCount\n    errorRate\n    latencyP50\n    latencyP95\n    latencyP99\n    totalTokens\n    totalCost\n  }\n": typeof types.WebDashboardPointFragmentDoc,
    "\n  query WebDashboard($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $interval: TimeseriesInterval!) {\n    project(id: $id) {\n      id\n      stats(from: $from, to: $to) {\n        traceCount\n        errorCount\n        errorRate\n        latencyP50\n        latencyP95\n        latencyP99\n        firstTokenP50\n        firstTokenP99\n        promptTokens\n        completionTokens\n        totalTokens\n        promptCost\n        completionCost\n        totalCost\n        spanCount\n        streamingRate\n        unpricedCallCount\n      }\n      timeseries(from: $from, to: $to, interval: $interval) {\n        key\n        points {\n          ...WebDashboardPoint\n        }\n      }\n      byModel: timeseries(from: $from, to: $to, interval: $interval, groupBy: MODEL) {\n        key\n        points {\n          ...WebDashboardPoint\n        }\n      }\n    }\n  }\n": typeof types.WebDashboardDocument,
    "\n  subscription WebDashboardTraceUpdated($projectId: ID!) {\n    traceUpdated(projectId: $projectId) {\n      cursor\n    }\n  }\n": typeof types.WebDashboardTraceUpdatedDocument,
    "\n  query WebDatasetChoices($p: ID!) {\n    datasets(projectId: $p, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.WebDatasetChoicesDocument,
    "\n  mutation WebAddFromTraces($d: ID!, $items: [TraceItemInput!]!) {\n    addExamplesFromTraces(datasetId: $d, items: $items) {\n      version\n      errors {\n        message\n      }\n    }\n  }\n": typeof types.WebAddFromTracesDocument,
    "\n  query WebDatasets($p: ID!, $q: String) {\n    datasets(projectId: $p, search: $q, first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          dataType\n          version\n          exampleCount\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.WebDatasetsDocument,
    "\n  mutation WebCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.WebCreateDatasetDocument,
    "\n  query WebDataset($id: ID!, $v: Int, $s: [String!]) {\n    dataset(id: $id) {\n      id\n      name\n      description\n      version\n      exampleCount\n      splits\n      versions {\n        version\n        description\n        tags\n        createdAt\n        exampleCount\n      }\n      examples(version: $v, splits: $s, first: 200) {\n        totalCount\n        edges {\n          node {\n            id\n            inputs\n            outputs\n            metadata\n            splits\n            revision\n            sourceTraceId\n            sourceSpanId\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebDatasetDocument,
    "\n  mutation WebAddExamples($d: ID!, $e: [ExampleInput!]!) {\n    addExamples(datasetId: $d, examples: $e) {\n      version\n      errors {\n        message\n      }\n    }\n  }\n": typeof types.WebAddExamplesDocument,
    "\n  mutation WebUpdateExample($id: ID!, $p: ExamplePatchInput!) {\n    updateExample(id: $id, patch: $p) {\n      id\n      revision\n    }\n  }\n": typeof types.WebUpdateExampleDocument,
    "\n  mutation WebDeleteExamples($ids: [ID!]!) {\n    deleteExamples(ids: $ids) {\n      deletedIds\n    }\n  }\n": typeof types.WebDeleteExamplesDocument,
    "\n  mutation WebImportExamples($d: ID!, $f: ExampleFormat!, $c: String!) {\n    importExamples(datasetId: $d, format: $f, content: $c) {\n      version\n      imported\n      errors {\n        line\n        message\n      }\n    }\n  }\n": typeof types.WebImportExamplesDocument,
    "\n  query WebProjects {\n    projects(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          totals {\n            traceCount\n            totalTokens\n            totalCost\n            lastTraceTime\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebProjectsDocument,
    "\n  mutation WebCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": typeof types.WebCreateProjectDocument,
    "\n  fragment WebSessionRow on Session {\n    id\n    userIds\n    traceCount\n    startTime\n    lastTraceStartTime\n    endTime\n    totalTokens\n    totalCost\n    unpricedCallCount\n    errorFlag\n  }\n": typeof types.WebSessionRowFragmentDoc,
    "\n  query WebSessions($projectId: ID!, $first: Int, $after: String) {\n    sessions(projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      totalCountIsEstimate\n      edges {\n        node {\n          ...WebSessionRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.WebSessionsDocument,
    "\n  query WebSessionRowRefresh($projectId: ID!, $id: String!) {\n    session(projectId: $projectId, id: $id) {\n      ...WebSessionRow\n    }\n  }\n": typeof types.WebSessionRowRefreshDocument,
    "\n  subscription WebSessionListTraceUpdated($projectId: ID!) {\n    traceUpdated(projectId: $projectId) {\n      trace {\n        id\n        sessionId\n      }\n    }\n  }\n": typeof types.WebSessionListTraceUpdatedDocument,
    "\n  fragment WebSessionTurn on Trace {\n    id\n    name\n    status\n    startTime\n    durationMs\n    totalTokens\n    totalCost\n    errorCount\n    errorMessage\n    userId\n    inputs\n    outputs\n  }\n": typeof types.WebSessionTurnFragmentDoc,
    "\n  query WebSessionHeader($projectId: ID!, $id: String!) {\n    session(projectId: $projectId, id: $id) {\n      ...WebSessionRow\n    }\n  }\n": typeof types.WebSessionHeaderDocument,
    "\n  query WebSessionTurns($projectId: ID!, $id: String!, $first: Int, $after: String) {\n    session(projectId: $projectId, id: $id) {\n      id\n      traces(first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...WebSessionTurn\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.WebSessionTurnsDocument,
    "\n  subscription WebSessionTraceUpdated($projectId: ID!, $filter: TraceFilter) {\n    traceUpdated(projectId: $projectId, filter: $filter) {\n      trace {\n        ...WebSessionTurn\n      }\n    }\n  }\n": typeof types.WebSessionTraceUpdatedDocument,
    "\n  query WebSessionTraceSpans($id: ID!) {\n    trace(id: $id) {\n      id\n      spanCount\n      spans(first: 50) {\n        __typename\n        id\n        name\n        depth\n        status\n        durationMs\n        ... on LLMCall {\n          model\n          totalTokens\n        }\n      }\n    }\n  }\n": typeof types.WebSessionTraceSpansDocument,
    "\n  query WebApiKeys($id: ID!) {\n    project(id: $id) {\n      id\n      apiKeys {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.WebApiKeysDocument,
    "\n  mutation WebCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WebCreateApiKeyDocument,
    "\n  mutation WebRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.WebRevokeApiKeyDocument,
    "\n  mutation WebUpdateForwarding($projectId: ID!, $input: ProjectForwardingInput!) {\n    updateProjectForwarding(projectId: $projectId, input: $input) {\n      id\n      forwarding {\n        enabled\n        setting\n        langsmithProject\n      }\n    }\n  }\n": typeof types.WebUpdateForwardingDocument,
    "\n  mutation WebRetryForwarding($projectId: ID!) {\n    retryForwarding(projectId: $projectId)\n  }\n": typeof types.WebRetryForwardingDocument,
    "\n  query WebModelPrices($projectId: ID!) {\n    modelPrices(projectId: $projectId) {\n      id\n      modelPattern\n      provider\n      inputPrice\n      outputPrice\n      cacheReadPrice\n      cacheWritePrice\n      reasoningPrice\n      effectiveFrom\n    }\n    project(id: $projectId) {\n      id\n      costRecomputes {\n        id\n        status\n        from\n        to\n        callsSeen\n        callsChanged\n        error\n        createdAt\n        finishedAt\n      }\n    }\n  }\n": typeof types.WebModelPricesDocument,
    "\n  mutation WebUpsertModelPrice($input: UpsertModelPriceInput!) {\n    upsertModelPrice(input: $input) {\n      id\n    }\n  }\n": typeof types.WebUpsertModelPriceDocument,
    "\n  mutation WebDeleteModelPrice($id: ID!) {\n    deleteModelPrice(id: $id) {\n      id\n      deleted\n    }\n  }\n": typeof types.WebDeleteModelPriceDocument,
    "\n  mutation WebRecomputeCosts($projectId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    recomputeCosts(projectId: $projectId, from: $from, to: $to) {\n      id\n      status\n    }\n  }\n": typeof types.WebRecomputeCostsDocument,
    "\n  mutation WebUpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n      name\n      description\n      tags\n      metadata\n    }\n  }\n": typeof types.WebUpdateProjectDocument,
    "\n  query WebSettings($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      tags\n      metadata\n      forwarding {\n        available\n        enabled\n        setting\n        langsmithProject\n        pending\n        failed\n      }\n    }\n  }\n": typeof types.WebSettingsDocument,
    "\n  query WebCompareTraces($a: ID!, $b: ID!) {\n    compareTraces(a: $a, b: $b) {\n      a {\n        ...WebCompareTraceFields\n      }\n      b {\n        ...WebCompareTraceFields\n      }\n      matched\n      changed\n      onlyInA\n      onlyInB\n      spans {\n        path\n        depth\n        differences\n        durationMsDelta\n        totalCostDelta\n        totalTokensDelta\n        a {\n          ...WebCompareSpanFields\n        }\n        b {\n          ...WebCompareSpanFields\n        }\n      }\n    }\n  }\n\n  fragment WebCompareTraceFields on Trace {\n    id\n    name\n    status\n    durationMs\n    totalTokens\n    totalCost\n  }\n\n  fragment WebCompareSpanFields on Span {\n    __typename\n    id\n    name\n    status\n    durationMs\n    totalCost\n    error\n    inputs\n    outputs\n    ... on LLMCall {\n      model\n      totalTokens\n    }\n  }\n": typeof types.WebCompareTracesDocument,
    "\n  fragment WebTraceHeaderFields on Trace {\n    id\n    name\n    status\n    startTime\n    endTime\n    updatedAt\n    durationMs\n    totalTokens\n    promptTokens\n    completionTokens\n    cacheReadTokens\n    cacheCreationTokens\n    reasoningTokens\n    totalCost\n    promptCost\n    completionCost\n    unpricedCallCount\n    spanCount\n    agentCallCount\n    llmCallCount\n    toolCallCount\n    errorCount\n    errorType\n    errorMessage\n    models\n    userId\n    sessionId\n    tags\n    errors {\n      id\n      errorType\n      errorMessage\n      stackTrace\n      timestamp\n      agentId\n      llmCallId\n      toolCallId\n    }\n    metrics {\n      id\n      name\n      score\n      value\n      reason\n      source\n      spanId\n      timestamp\n    }\n  }\n": typeof types.WebTraceHeaderFieldsFragmentDoc,
    "\n  query WebTraceHeader($id: ID!) {\n    trace(id: $id) {\n      ...WebTraceHeaderFields\n    }\n  }\n": typeof types.WebTraceHeaderDocument,
    "\n  subscription WebTraceHeaderUpdated($projectId: ID!, $filter: TraceFilter) {\n    traceUpdated(projectId: $projectId, filter: $filter) {\n      trace {\n        ...WebTraceHeaderFields\n      }\n    }\n  }\n": typeof types.WebTraceHeaderUpdatedDocument,
    "\n  subscription WebTraceMetricComputed($projectId: ID!) {\n    metricComputed(projectId: $projectId) {\n      traceId\n    }\n  }\n": typeof types.WebTraceMetricComputedDocument,
    "\n  subscription WebTraceErrorRaised($projectId: ID!) {\n    errorRaised(projectId: $projectId) {\n      traceId\n    }\n  }\n": typeof types.WebTraceErrorRaisedDocument,
    "\n  fragment SpanFields on Span {\n    __typename\n    id\n    parentId\n    depth\n    name\n    runType\n    status\n    startTime\n    endTime\n    durationMs\n    totalCost\n    error\n    errorType\n    inputs\n    outputs\n    sequence\n    tags\n    metadata\n    feedbackStats {\n      name\n      count\n      meanScore\n      meanValue\n    }\n    ... on LLMCall {\n      model\n      provider\n      promptTokens\n      completionTokens\n      totalTokens\n      reasoningTokens\n      cacheReadTokens\n      cacheCreationTokens\n      tokensEstimated\n      promptCost\n      completionCost\n      costSource\n      unpriced\n      temperature\n      topP\n      maxTokens\n      stopTokens\n      streaming\n      invocationParams\n      timeToFirstTokenMs\n      toolCalls\n      retryCount\n    }\n    ... on ToolCall {\n      llmCallId\n    }\n  }\n": typeof types.SpanFieldsFragmentDoc,
    "\n  query WebTraceSpans($id: ID!, $first: Int, $after: ID) {\n    trace(id: $id) {\n      id\n      spans(first: $first, after: $after) {\n        ...SpanFields\n      }\n    }\n  }\n": typeof types.WebTraceSpansDocument,
    "\n  subscription WebSpanAdded($traceId: ID!, $since: String) {\n    spanAdded(traceId: $traceId, since: $since) {\n      ...SpanFields\n    }\n  }\n": typeof types.WebSpanAddedDocument,
    "\n  fragment TraceRow on Trace {\n    id\n    name\n    status\n    startTime\n    durationMs\n    totalTokens\n    totalCost\n    models\n    tags\n    userId\n    sessionId\n    errorCount\n  }\n": typeof types.TraceRowFragmentDoc,
    "\n  query WebTraces($projectId: ID!, $first: Int, $after: String, $filter: TraceFilter, $orderBy: TraceOrder) {\n    traces(projectId: $projectId, first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      totalCountIsEstimate\n      edges {\n        node {\n          ...TraceRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.WebTracesDocument,
    "\n  subscription WebTraceUpdated($projectId: ID!, $filter: TraceFilter) {\n    traceUpdated(projectId: $projectId, filter: $filter) {\n      change\n      trace {\n        ...TraceRow\n      }\n    }\n  }\n": typeof types.WebTraceUpdatedDocument,
};
const documents: Documents = {
    "\n  query WebViewer {\n    viewer {\n      role\n      bootstrapAdmin\n      projectId\n    }\n  }\n": types.WebViewerDocument,
    "\n  fragment WebDashboardPoint on TimeseriesPoint {\n    time\n    traceCount\n    errorRate\n    latencyP50\n    latencyP95\n    latencyP99\n    totalTokens\n    totalCost\n  }\n": types.WebDashboardPointFragmentDoc,
    "\n  query WebDashboard($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $interval: TimeseriesInterval!) {\n    project(id: $id) {\n      id\n      stats(from: $from, to: $to) {\n        traceCount\n        errorCount\n        errorRate\n        latencyP50\n        latencyP95\n        latencyP99\n        firstTokenP50\n        firstTokenP99\n        promptTokens\n        completionTokens\n        totalTokens\n        promptCost\n        completionCost\n        totalCost\n        spanCount\n        streamingRate\n        unpricedCallCount\n      }\n      timeseries(from: $from, to: $to, interval: $interval) {\n        key\n        points {\n          ...WebDashboardPoint\n        }\n      }\n      byModel: timeseries(from: $from, to: $to, interval: $interval, groupBy: MODEL) {\n        key\n        points {\n          ...WebDashboardPoint\n        }\n      }\n    }\n  }\n": types.WebDashboardDocument,
    "\n  subscription WebDashboardTraceUpdated($projectId: ID!) {\n    traceUpdated(projectId: $projectId) {\n      cursor\n    }\n  }\n": types.WebDashboardTraceUpdatedDocument,
    "\n  query WebDatasetChoices($p: ID!) {\n    datasets(projectId: $p, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.WebDatasetChoicesDocument,
    "\n  mutation WebAddFromTraces($d: ID!, $items: [TraceItemInput!]!) {\n    addExamplesFromTraces(datasetId: $d, items: $items) {\n      version\n      errors {\n        message\n      }\n    }\n  }\n": types.WebAddFromTracesDocument,
    "\n  query WebDatasets($p: ID!, $q: String) {\n    datasets(projectId: $p, search: $q, first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          dataType\n          version\n          exampleCount\n          updatedAt\n        }\n      }\n    }\n  }\n": types.WebDatasetsDocument,
    "\n  mutation WebCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      id\n      name\n    }\n  }\n": types.WebCreateDatasetDocument,
    "\n  query WebDataset($id: ID!, $v: Int, $s: [String!]) {\n    dataset(id: $id) {\n      id\n      name\n      description\n      version\n      exampleCount\n      splits\n      versions {\n        version\n        description\n        tags\n        createdAt\n        exampleCount\n      }\n      examples(version: $v, splits: $s, first: 200) {\n        totalCount\n        edges {\n          node {\n            id\n            inputs\n            outputs\n            metadata\n            splits\n            revision\n            sourceTraceId\n            sourceSpanId\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.WebDatasetDocument,
    "\n  mutation WebAddExamples($d: ID!, $e: [ExampleInput!]!) {\n    addExamples(datasetId: $d, examples: $e) {\n      version\n      errors {\n        message\n      }\n    }\n  }\n": types.WebAddExamplesDocument,
    "\n  mutation WebUpdateExample($id: ID!, $p: ExamplePatchInput!) {\n    updateExample(id: $id, patch: $p) {\n      id\n      revision\n    }\n  }\n": types.WebUpdateExampleDocument,
    "\n  mutation WebDeleteExamples($ids: [ID!]!) {\n    deleteExamples(ids: $ids) {\n      deletedIds\n    }\n  }\n": types.WebDeleteExamplesDocument,
    "\n  mutation WebImportExamples($d: ID!, $f: ExampleFormat!, $c: String!) {\n    importExamples(datasetId: $d, format: $f, content: $c) {\n      version\n      imported\n      errors {\n        line\n        message\n      }\n    }\n  }\n": types.WebImportExamplesDocument,
    "\n  query WebProjects {\n    projects(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          totals {\n            traceCount\n            totalTokens\n            totalCost\n            lastTraceTime\n          }\n        }\n      }\n    }\n  }\n": types.WebProjectsDocument,
    "\n  mutation WebCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n": types.WebCreateProjectDocument,
    "\n  fragment WebSessionRow on Session {\n    id\n    userIds\n    traceCount\n    startTime\n    lastTraceStartTime\n    endTime\n    totalTokens\n    totalCost\n    unpricedCallCount\n    errorFlag\n  }\n": types.WebSessionRowFragmentDoc,
    "\n  query WebSessions($projectId: ID!, $first: Int, $after: String) {\n    sessions(projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      totalCountIsEstimate\n      edges {\n        node {\n          ...WebSessionRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.WebSessionsDocument,
    "\n  query WebSessionRowRefresh($projectId: ID!, $id: String!) {\n    session(projectId: $projectId, id: $id) {\n      ...WebSessionRow\n    }\n  }\n": types.WebSessionRowRefreshDocument,
    "\n  subscription WebSessionListTraceUpdated($projectId: ID!) {\n    traceUpdated(projectId: $projectId) {\n      trace {\n        id\n        sessionId\n      }\n    }\n  }\n": types.WebSessionListTraceUpdatedDocument,
    "\n  fragment WebSessionTurn on Trace {\n    id\n    name\n    status\n    startTime\n    durationMs\n    totalTokens\n    totalCost\n    errorCount\n    errorMessage\n    userId\n    inputs\n    outputs\n  }\n": types.WebSessionTurnFragmentDoc,
    "\n  query WebSessionHeader($projectId: ID!, $id: String!) {\n    session(projectId: $projectId, id: $id) {\n      ...WebSessionRow\n    }\n  }\n": types.WebSessionHeaderDocument,
    "\n  query WebSessionTurns($projectId: ID!, $id: String!, $first: Int, $after: String) {\n    session(projectId: $projectId, id: $id) {\n      id\n      traces(first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...WebSessionTurn\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.WebSessionTurnsDocument,
    "\n  subscription WebSessionTraceUpdated($projectId: ID!, $filter: TraceFilter) {\n    traceUpdated(projectId: $projectId, filter: $filter) {\n      trace {\n        ...WebSessionTurn\n      }\n    }\n  }\n": types.WebSessionTraceUpdatedDocument,
    "\n  query WebSessionTraceSpans($id: ID!) {\n    trace(id: $id) {\n      id\n      spanCount\n      spans(first: 50) {\n        __typename\n        id\n        name\n        depth\n        status\n        durationMs\n        ... on LLMCall {\n          model\n          totalTokens\n        }\n      }\n    }\n  }\n": types.WebSessionTraceSpansDocument,
    "\n  query WebApiKeys($id: ID!) {\n    project(id: $id) {\n      id\n      apiKeys {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.WebApiKeysDocument,
    "\n  mutation WebCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.WebCreateApiKeyDocument,
    "\n  mutation WebRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.WebRevokeApiKeyDocument,
    "\n  mutation WebUpdateForwarding($projectId: ID!, $input: ProjectForwardingInput!) {\n    updateProjectForwarding(projectId: $projectId, input: $input) {\n      id\n      forwarding {\n        enabled\n        setting\n        langsmithProject\n      }\n    }\n  }\n": types.WebUpdateForwardingDocument,
    "\n  mutation WebRetryForwarding($projectId: ID!) {\n    retryForwarding(projectId: $projectId)\n  }\n": types.WebRetryForwardingDocument,
    "\n  query WebModelPrices($projectId: ID!) {\n    modelPrices(projectId: $projectId) {\n      id\n      modelPattern\n      provider\n      inputPrice\n      outputPrice\n      cacheReadPrice\n      cacheWritePrice\n      reasoningPrice\n      effectiveFrom\n    }\n    project(id: $projectId) {\n      id\n      costRecomputes {\n        id\n        status\n        from\n        to\n        callsSeen\n        callsChanged\n        error\n        createdAt\n        finishedAt\n      }\n    }\n  }\n": types.WebModelPricesDocument,
    "\n  mutation WebUpsertModelPrice($input: UpsertModelPriceInput!) {\n    upsertModelPrice(input: $input) {\n      id\n    }\n  }\n": types.WebUpsertModelPriceDocument,
    "\n  mutation WebDeleteModelPrice($id: ID!) {\n    deleteModelPrice(id: $id) {\n      id\n      deleted\n    }\n  }\n": types.WebDeleteModelPriceDocument,
    "\n  mutation WebRecomputeCosts($projectId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    recomputeCosts(projectId: $projectId, from: $from, to: $to) {\n      id\n      status\n    }\n  }\n": types.WebRecomputeCostsDocument,
    "\n  mutation WebUpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n      name\n      description\n      tags\n      metadata\n    }\n  }\n": types.WebUpdateProjectDocument,
    "\n  query WebSettings($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      tags\n      metadata\n      forwarding {\n        available\n        enabled\n        setting\n        langsmithProject\n        pending\n        failed\n      }\n    }\n  }\n": types.WebSettingsDocument,
    "\n  query WebCompareTraces($a: ID!, $b: ID!) {\n    compareTraces(a: $a, b: $b) {\n      a {\n        ...WebCompareTraceFields\n      }\n      b {\n        ...WebCompareTraceFields\n      }\n      matched\n      changed\n      onlyInA\n      onlyInB\n      spans {\n        path\n        depth\n        differences\n        durationMsDelta\n        totalCostDelta\n        totalTokensDelta\n        a {\n          ...WebCompareSpanFields\n        }\n        b {\n          ...WebCompareSpanFields\n        }\n      }\n    }\n  }\n\n  fragment WebCompareTraceFields on Trace {\n    id\n    name\n    status\n    durationMs\n    totalTokens\n    totalCost\n  }\n\n  fragment WebCompareSpanFields on Span {\n    __typename\n    id\n    name\n    status\n    durationMs\n    totalCost\n    error\n    inputs\n    outputs\n    ... on LLMCall {\n      model\n      totalTokens\n    }\n  }\n": types.WebCompareTracesDocument,
    "\n  fragment WebTraceHeaderFields on Trace {\n    id\n    name\n    status\n    startTime\n    endTime\n    updatedAt\n    durationMs\n    totalTokens\n    promptTokens\n    completionTokens\n    cacheReadTokens\n    cacheCreationTokens\n    reasoningTokens\n    totalCost\n    promptCost\n    completionCost\n    unpricedCallCount\n    spanCount\n    agentCallCount\n    llmCallCount\n    toolCallCount\n    errorCount\n    errorType\n    errorMessage\n    models\n    userId\n    sessionId\n    tags\n    errors {\n      id\n      errorType\n      errorMessage\n      stackTrace\n      timestamp\n      agentId\n      llmCallId\n      toolCallId\n    }\n    metrics {\n      id\n      name\n      score\n      value\n      reason\n      source\n      spanId\n      timestamp\n    }\n  }\n": types.WebTraceHeaderFieldsFragmentDoc,
    "\n  query WebTraceHeader($id: ID!) {\n    trace(id: $id) {\n      ...WebTraceHeaderFields\n    }\n  }\n": types.WebTraceHeaderDocument,
    "\n  subscription WebTraceHeaderUpdated($projectId: ID!, $filter: TraceFilter) {\n    traceUpdated(projectId: $projectId, filter: $filter) {\n      trace {\n        ...WebTraceHeaderFields\n      }\n    }\n  }\n": types.WebTraceHeaderUpdatedDocument,
    "\n  subscription WebTraceMetricComputed($projectId: ID!) {\n    metricComputed(projectId: $projectId) {\n      traceId\n    }\n  }\n": types.WebTraceMetricComputedDocument,
    "\n  subscription WebTraceErrorRaised($projectId: ID!) {\n    errorRaised(projectId: $projectId) {\n      traceId\n    }\n  }\n": types.WebTraceErrorRaisedDocument,
    "\n  fragment SpanFields on Span {\n    __typename\n    id\n    parentId\n    depth\n    name\n    runType\n    status\n    startTime\n    endTime\n    durationMs\n    totalCost\n    error\n    errorType\n    inputs\n    outputs\n    sequence\n    tags\n    metadata\n    feedbackStats {\n      name\n      count\n      meanScore\n      meanValue\n    }\n    ... on LLMCall {\n      model\n      provider\n      promptTokens\n      completionTokens\n      totalTokens\n      reasoningTokens\n      cacheReadTokens\n      cacheCreationTokens\n      tokensEstimated\n      promptCost\n      completionCost\n      costSource\n      unpriced\n      temperature\n      topP\n      maxTokens\n      stopTokens\n      streaming\n      invocationParams\n      timeToFirstTokenMs\n      toolCalls\n      retryCount\n    }\n    ... on ToolCall {\n      llmCallId\n    }\n  }\n": types.SpanFieldsFragmentDoc,
    "\n  query WebTraceSpans($id: ID!, $first: Int, $after: ID) {\n    trace(id: $id) {\n      id\n      spans(first: $first, after: $after) {\n        ...SpanFields\n      }\n    }\n  }\n": types.WebTraceSpansDocument,
    "\n  subscription WebSpanAdded($traceId: ID!, $since: String) {\n    spanAdded(traceId: $traceId, since: $since) {\n      ...SpanFields\n    }\n  }\n": types.WebSpanAddedDocument,
    "\n  fragment TraceRow on Trace {\n    id\n    name\n    status\n    startTime\n    durationMs\n    totalTokens\n    totalCost\n    models\n    tags\n    userId\n    sessionId\n    errorCount\n  }\n": types.TraceRowFragmentDoc,
    "\n  query WebTraces($projectId: ID!, $first: Int, $after: String, $filter: TraceFilter, $orderBy: TraceOrder) {\n    traces(projectId: $projectId, first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      totalCountIsEstimate\n      edges {\n        node {\n          ...TraceRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.WebTracesDocument,
    "\n  subscription WebTraceUpdated($projectId: ID!, $filter: TraceFilter) {\n    traceUpdated(projectId: $projectId, filter: $filter) {\n      change\n      trace {\n        ...TraceRow\n      }\n    }\n  }\n": types.WebTraceUpdatedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebViewer {\n    viewer {\n      role\n      bootstrapAdmin\n      projectId\n    }\n  }\n"): (typeof documents)["\n  query WebViewer {\n    viewer {\n      role\n      bootstrapAdmin\n      projectId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebDashboardPoint on TimeseriesPoint {\n    time\n    traceCount\n    errorRate\n    latencyP50\n    latencyP95\n    latencyP99\n    totalTokens\n    totalCost\n  }\n"): (typeof documents)["\n  fragment WebDashboardPoint on TimeseriesPoint {\n    time\n    traceCount\n    errorRate\n    latencyP50\n    latencyP95\n    latencyP99\n    totalTokens\n    totalCost\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebDashboard($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $interval: TimeseriesInterval!) {\n    project(id: $id) {\n      id\n      stats(from: $from, to: $to) {\n        traceCount\n        errorCount\n        errorRate\n        latencyP50\n        latencyP95\n        latencyP99\n        firstTokenP50\n        firstTokenP99\n        promptTokens\n        completionTokens\n        totalTokens\n        promptCost\n        completionCost\n        totalCost\n        spanCount\n        streamingRate\n        unpricedCallCount\n      }\n      timeseries(from: $from, to: $to, interval: $interval) {\n        key\n        points {\n          ...WebDashboardPoint\n        }\n      }\n      byModel: timeseries(from: $from, to: $to, interval: $interval, groupBy: MODEL) {\n        key\n        points {\n          ...WebDashboardPoint\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebDashboard($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $interval: TimeseriesInterval!) {\n    project(id: $id) {\n      id\n      stats(from: $from, to: $to) {\n        traceCount\n        errorCount\n        errorRate\n        latencyP50\n        latencyP95\n        latencyP99\n        firstTokenP50\n        firstTokenP99\n        promptTokens\n        completionTokens\n        totalTokens\n        promptCost\n        completionCost\n        totalCost\n        spanCount\n        streamingRate\n        unpricedCallCount\n      }\n      timeseries(from: $from, to: $to, interval: $interval) {\n        key\n        points {\n          ...WebDashboardPoint\n        }\n      }\n      byModel: timeseries(from: $from, to: $to, interval: $interval, groupBy: MODEL) {\n        key\n        points {\n          ...WebDashboardPoint\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebDashboardTraceUpdated($projectId: ID!) {\n    traceUpdated(projectId: $projectId) {\n      cursor\n    }\n  }\n"): (typeof documents)["\n  subscription WebDashboardTraceUpdated($projectId: ID!) {\n    traceUpdated(projectId: $projectId) {\n      cursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebDatasetChoices($p: ID!) {\n    datasets(projectId: $p, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebDatasetChoices($p: ID!) {\n    datasets(projectId: $p, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebAddFromTraces($d: ID!, $items: [TraceItemInput!]!) {\n    addExamplesFromTraces(datasetId: $d, items: $items) {\n      version\n      errors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebAddFromTraces($d: ID!, $items: [TraceItemInput!]!) {\n    addExamplesFromTraces(datasetId: $d, items: $items) {\n      version\n      errors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebDatasets($p: ID!, $q: String) {\n    datasets(projectId: $p, search: $q, first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          dataType\n          version\n          exampleCount\n          updatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebDatasets($p: ID!, $q: String) {\n    datasets(projectId: $p, search: $q, first: 100) {\n      edges {\n        node {\n          id\n          name\n          description\n          dataType\n          version\n          exampleCount\n          updatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation WebCreateDataset($input: CreateDatasetInput!) {\n    createDataset(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebDataset($id: ID!, $v: Int, $s: [String!]) {\n    dataset(id: $id) {\n      id\n      name\n      description\n      version\n      exampleCount\n      splits\n      versions {\n        version\n        description\n        tags\n        createdAt\n        exampleCount\n      }\n      examples(version: $v, splits: $s, first: 200) {\n        totalCount\n        edges {\n          node {\n            id\n            inputs\n            outputs\n            metadata\n            splits\n            revision\n            sourceTraceId\n            sourceSpanId\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebDataset($id: ID!, $v: Int, $s: [String!]) {\n    dataset(id: $id) {\n      id\n      name\n      description\n      version\n      exampleCount\n      splits\n      versions {\n        version\n        description\n        tags\n        createdAt\n        exampleCount\n      }\n      examples(version: $v, splits: $s, first: 200) {\n        totalCount\n        edges {\n          node {\n            id\n            inputs\n            outputs\n            metadata\n            splits\n            revision\n            sourceTraceId\n            sourceSpanId\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebAddExamples($d: ID!, $e: [ExampleInput!]!) {\n    addExamples(datasetId: $d, examples: $e) {\n      version\n      errors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebAddExamples($d: ID!, $e: [ExampleInput!]!) {\n    addExamples(datasetId: $d, examples: $e) {\n      version\n      errors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateExample($id: ID!, $p: ExamplePatchInput!) {\n    updateExample(id: $id, patch: $p) {\n      id\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation WebUpdateExample($id: ID!, $p: ExamplePatchInput!) {\n    updateExample(id: $id, patch: $p) {\n      id\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDeleteExamples($ids: [ID!]!) {\n    deleteExamples(ids: $ids) {\n      deletedIds\n    }\n  }\n"): (typeof documents)["\n  mutation WebDeleteExamples($ids: [ID!]!) {\n    deleteExamples(ids: $ids) {\n      deletedIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebImportExamples($d: ID!, $f: ExampleFormat!, $c: String!) {\n    importExamples(datasetId: $d, format: $f, content: $c) {\n      version\n      imported\n      errors {\n        line\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebImportExamples($d: ID!, $f: ExampleFormat!, $c: String!) {\n    importExamples(datasetId: $d, format: $f, content: $c) {\n      version\n      imported\n      errors {\n        line\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebProjects {\n    projects(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          totals {\n            traceCount\n            totalTokens\n            totalCost\n            lastTraceTime\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebProjects {\n    projects(first: 200) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          description\n          totals {\n            traceCount\n            totalTokens\n            totalCost\n            lastTraceTime\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WebCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebSessionRow on Session {\n    id\n    userIds\n    traceCount\n    startTime\n    lastTraceStartTime\n    endTime\n    totalTokens\n    totalCost\n    unpricedCallCount\n    errorFlag\n  }\n"): (typeof documents)["\n  fragment WebSessionRow on Session {\n    id\n    userIds\n    traceCount\n    startTime\n    lastTraceStartTime\n    endTime\n    totalTokens\n    totalCost\n    unpricedCallCount\n    errorFlag\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSessions($projectId: ID!, $first: Int, $after: String) {\n    sessions(projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      totalCountIsEstimate\n      edges {\n        node {\n          ...WebSessionRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebSessions($projectId: ID!, $first: Int, $after: String) {\n    sessions(projectId: $projectId, first: $first, after: $after) {\n      totalCount\n      totalCountIsEstimate\n      edges {\n        node {\n          ...WebSessionRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSessionRowRefresh($projectId: ID!, $id: String!) {\n    session(projectId: $projectId, id: $id) {\n      ...WebSessionRow\n    }\n  }\n"): (typeof documents)["\n  query WebSessionRowRefresh($projectId: ID!, $id: String!) {\n    session(projectId: $projectId, id: $id) {\n      ...WebSessionRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebSessionListTraceUpdated($projectId: ID!) {\n    traceUpdated(projectId: $projectId) {\n      trace {\n        id\n        sessionId\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WebSessionListTraceUpdated($projectId: ID!) {\n    traceUpdated(projectId: $projectId) {\n      trace {\n        id\n        sessionId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebSessionTurn on Trace {\n    id\n    name\n    status\n    startTime\n    durationMs\n    totalTokens\n    totalCost\n    errorCount\n    errorMessage\n    userId\n    inputs\n    outputs\n  }\n"): (typeof documents)["\n  fragment WebSessionTurn on Trace {\n    id\n    name\n    status\n    startTime\n    durationMs\n    totalTokens\n    totalCost\n    errorCount\n    errorMessage\n    userId\n    inputs\n    outputs\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSessionHeader($projectId: ID!, $id: String!) {\n    session(projectId: $projectId, id: $id) {\n      ...WebSessionRow\n    }\n  }\n"): (typeof documents)["\n  query WebSessionHeader($projectId: ID!, $id: String!) {\n    session(projectId: $projectId, id: $id) {\n      ...WebSessionRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSessionTurns($projectId: ID!, $id: String!, $first: Int, $after: String) {\n    session(projectId: $projectId, id: $id) {\n      id\n      traces(first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...WebSessionTurn\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebSessionTurns($projectId: ID!, $id: String!, $first: Int, $after: String) {\n    session(projectId: $projectId, id: $id) {\n      id\n      traces(first: $first, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...WebSessionTurn\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebSessionTraceUpdated($projectId: ID!, $filter: TraceFilter) {\n    traceUpdated(projectId: $projectId, filter: $filter) {\n      trace {\n        ...WebSessionTurn\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WebSessionTraceUpdated($projectId: ID!, $filter: TraceFilter) {\n    traceUpdated(projectId: $projectId, filter: $filter) {\n      trace {\n        ...WebSessionTurn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSessionTraceSpans($id: ID!) {\n    trace(id: $id) {\n      id\n      spanCount\n      spans(first: 50) {\n        __typename\n        id\n        name\n        depth\n        status\n        durationMs\n        ... on LLMCall {\n          model\n          totalTokens\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebSessionTraceSpans($id: ID!) {\n    trace(id: $id) {\n      id\n      spanCount\n      spans(first: 50) {\n        __typename\n        id\n        name\n        depth\n        status\n        durationMs\n        ... on LLMCall {\n          model\n          totalTokens\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebApiKeys($id: ID!) {\n    project(id: $id) {\n      id\n      apiKeys {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebApiKeys($id: ID!) {\n    project(id: $id) {\n      id\n      apiKeys {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation WebRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateForwarding($projectId: ID!, $input: ProjectForwardingInput!) {\n    updateProjectForwarding(projectId: $projectId, input: $input) {\n      id\n      forwarding {\n        enabled\n        setting\n        langsmithProject\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebUpdateForwarding($projectId: ID!, $input: ProjectForwardingInput!) {\n    updateProjectForwarding(projectId: $projectId, input: $input) {\n      id\n      forwarding {\n        enabled\n        setting\n        langsmithProject\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRetryForwarding($projectId: ID!) {\n    retryForwarding(projectId: $projectId)\n  }\n"): (typeof documents)["\n  mutation WebRetryForwarding($projectId: ID!) {\n    retryForwarding(projectId: $projectId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebModelPrices($projectId: ID!) {\n    modelPrices(projectId: $projectId) {\n      id\n      modelPattern\n      provider\n      inputPrice\n      outputPrice\n      cacheReadPrice\n      cacheWritePrice\n      reasoningPrice\n      effectiveFrom\n    }\n    project(id: $projectId) {\n      id\n      costRecomputes {\n        id\n        status\n        from\n        to\n        callsSeen\n        callsChanged\n        error\n        createdAt\n        finishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebModelPrices($projectId: ID!) {\n    modelPrices(projectId: $projectId) {\n      id\n      modelPattern\n      provider\n      inputPrice\n      outputPrice\n      cacheReadPrice\n      cacheWritePrice\n      reasoningPrice\n      effectiveFrom\n    }\n    project(id: $projectId) {\n      id\n      costRecomputes {\n        id\n        status\n        from\n        to\n        callsSeen\n        callsChanged\n        error\n        createdAt\n        finishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpsertModelPrice($input: UpsertModelPriceInput!) {\n    upsertModelPrice(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WebUpsertModelPrice($input: UpsertModelPriceInput!) {\n    upsertModelPrice(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDeleteModelPrice($id: ID!) {\n    deleteModelPrice(id: $id) {\n      id\n      deleted\n    }\n  }\n"): (typeof documents)["\n  mutation WebDeleteModelPrice($id: ID!) {\n    deleteModelPrice(id: $id) {\n      id\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRecomputeCosts($projectId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    recomputeCosts(projectId: $projectId, from: $from, to: $to) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WebRecomputeCosts($projectId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    recomputeCosts(projectId: $projectId, from: $from, to: $to) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n      name\n      description\n      tags\n      metadata\n    }\n  }\n"): (typeof documents)["\n  mutation WebUpdateProject($id: ID!, $input: UpdateProjectInput!) {\n    updateProject(id: $id, input: $input) {\n      id\n      name\n      description\n      tags\n      metadata\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebSettings($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      tags\n      metadata\n      forwarding {\n        available\n        enabled\n        setting\n        langsmithProject\n        pending\n        failed\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebSettings($id: ID!) {\n    project(id: $id) {\n      id\n      name\n      description\n      tags\n      metadata\n      forwarding {\n        available\n        enabled\n        setting\n        langsmithProject\n        pending\n        failed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebCompareTraces($a: ID!, $b: ID!) {\n    compareTraces(a: $a, b: $b) {\n      a {\n        ...WebCompareTraceFields\n      }\n      b {\n        ...WebCompareTraceFields\n      }\n      matched\n      changed\n      onlyInA\n      onlyInB\n      spans {\n        path\n        depth\n        differences\n        durationMsDelta\n        totalCostDelta\n        totalTokensDelta\n        a {\n          ...WebCompareSpanFields\n        }\n        b {\n          ...WebCompareSpanFields\n        }\n      }\n    }\n  }\n\n  fragment WebCompareTraceFields on Trace {\n    id\n    name\n    status\n    durationMs\n    totalTokens\n    totalCost\n  }\n\n  fragment WebCompareSpanFields on Span {\n    __typename\n    id\n    name\n    status\n    durationMs\n    totalCost\n    error\n    inputs\n    outputs\n    ... on LLMCall {\n      model\n      totalTokens\n    }\n  }\n"): (typeof documents)["\n  query WebCompareTraces($a: ID!, $b: ID!) {\n    compareTraces(a: $a, b: $b) {\n      a {\n        ...WebCompareTraceFields\n      }\n      b {\n        ...WebCompareTraceFields\n      }\n      matched\n      changed\n      onlyInA\n      onlyInB\n      spans {\n        path\n        depth\n        differences\n        durationMsDelta\n        totalCostDelta\n        totalTokensDelta\n        a {\n          ...WebCompareSpanFields\n        }\n        b {\n          ...WebCompareSpanFields\n        }\n      }\n    }\n  }\n\n  fragment WebCompareTraceFields on Trace {\n    id\n    name\n    status\n    durationMs\n    totalTokens\n    totalCost\n  }\n\n  fragment WebCompareSpanFields on Span {\n    __typename\n    id\n    name\n    status\n    durationMs\n    totalCost\n    error\n    inputs\n    outputs\n    ... on LLMCall {\n      model\n      totalTokens\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebTraceHeaderFields on Trace {\n    id\n    name\n    status\n    startTime\n    endTime\n    updatedAt\n    durationMs\n    totalTokens\n    promptTokens\n    completionTokens\n    cacheReadTokens\n    cacheCreationTokens\n    reasoningTokens\n    totalCost\n    promptCost\n    completionCost\n    unpricedCallCount\n    spanCount\n    agentCallCount\n    llmCallCount\n    toolCallCount\n    errorCount\n    errorType\n    errorMessage\n    models\n    userId\n    sessionId\n    tags\n    errors {\n      id\n      errorType\n      errorMessage\n      stackTrace\n      timestamp\n      agentId\n      llmCallId\n      toolCallId\n    }\n    metrics {\n      id\n      name\n      score\n      value\n      reason\n      source\n      spanId\n      timestamp\n    }\n  }\n"): (typeof documents)["\n  fragment WebTraceHeaderFields on Trace {\n    id\n    name\n    status\n    startTime\n    endTime\n    updatedAt\n    durationMs\n    totalTokens\n    promptTokens\n    completionTokens\n    cacheReadTokens\n    cacheCreationTokens\n    reasoningTokens\n    totalCost\n    promptCost\n    completionCost\n    unpricedCallCount\n    spanCount\n    agentCallCount\n    llmCallCount\n    toolCallCount\n    errorCount\n    errorType\n    errorMessage\n    models\n    userId\n    sessionId\n    tags\n    errors {\n      id\n      errorType\n      errorMessage\n      stackTrace\n      timestamp\n      agentId\n      llmCallId\n      toolCallId\n    }\n    metrics {\n      id\n      name\n      score\n      value\n      reason\n      source\n      spanId\n      timestamp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTraceHeader($id: ID!) {\n    trace(id: $id) {\n      ...WebTraceHeaderFields\n    }\n  }\n"): (typeof documents)["\n  query WebTraceHeader($id: ID!) {\n    trace(id: $id) {\n      ...WebTraceHeaderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebTraceHeaderUpdated($projectId: ID!, $filter: TraceFilter) {\n    traceUpdated(projectId: $projectId, filter: $filter) {\n      trace {\n        ...WebTraceHeaderFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WebTraceHeaderUpdated($projectId: ID!, $filter: TraceFilter) {\n    traceUpdated(projectId: $projectId, filter: $filter) {\n      trace {\n        ...WebTraceHeaderFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebTraceMetricComputed($projectId: ID!) {\n    metricComputed(projectId: $projectId) {\n      traceId\n    }\n  }\n"): (typeof documents)["\n  subscription WebTraceMetricComputed($projectId: ID!) {\n    metricComputed(projectId: $projectId) {\n      traceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebTraceErrorRaised($projectId: ID!) {\n    errorRaised(projectId: $projectId) {\n      traceId\n    }\n  }\n"): (typeof documents)["\n  subscription WebTraceErrorRaised($projectId: ID!) {\n    errorRaised(projectId: $projectId) {\n      traceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpanFields on Span {\n    __typename\n    id\n    parentId\n    depth\n    name\n    runType\n    status\n    startTime\n    endTime\n    durationMs\n    totalCost\n    error\n    errorType\n    inputs\n    outputs\n    sequence\n    tags\n    metadata\n    feedbackStats {\n      name\n      count\n      meanScore\n      meanValue\n    }\n    ... on LLMCall {\n      model\n      provider\n      promptTokens\n      completionTokens\n      totalTokens\n      reasoningTokens\n      cacheReadTokens\n      cacheCreationTokens\n      tokensEstimated\n      promptCost\n      completionCost\n      costSource\n      unpriced\n      temperature\n      topP\n      maxTokens\n      stopTokens\n      streaming\n      invocationParams\n      timeToFirstTokenMs\n      toolCalls\n      retryCount\n    }\n    ... on ToolCall {\n      llmCallId\n    }\n  }\n"): (typeof documents)["\n  fragment SpanFields on Span {\n    __typename\n    id\n    parentId\n    depth\n    name\n    runType\n    status\n    startTime\n    endTime\n    durationMs\n    totalCost\n    error\n    errorType\n    inputs\n    outputs\n    sequence\n    tags\n    metadata\n    feedbackStats {\n      name\n      count\n      meanScore\n      meanValue\n    }\n    ... on LLMCall {\n      model\n      provider\n      promptTokens\n      completionTokens\n      totalTokens\n      reasoningTokens\n      cacheReadTokens\n      cacheCreationTokens\n      tokensEstimated\n      promptCost\n      completionCost\n      costSource\n      unpriced\n      temperature\n      topP\n      maxTokens\n      stopTokens\n      streaming\n      invocationParams\n      timeToFirstTokenMs\n      toolCalls\n      retryCount\n    }\n    ... on ToolCall {\n      llmCallId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTraceSpans($id: ID!, $first: Int, $after: ID) {\n    trace(id: $id) {\n      id\n      spans(first: $first, after: $after) {\n        ...SpanFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebTraceSpans($id: ID!, $first: Int, $after: ID) {\n    trace(id: $id) {\n      id\n      spans(first: $first, after: $after) {\n        ...SpanFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebSpanAdded($traceId: ID!, $since: String) {\n    spanAdded(traceId: $traceId, since: $since) {\n      ...SpanFields\n    }\n  }\n"): (typeof documents)["\n  subscription WebSpanAdded($traceId: ID!, $since: String) {\n    spanAdded(traceId: $traceId, since: $since) {\n      ...SpanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TraceRow on Trace {\n    id\n    name\n    status\n    startTime\n    durationMs\n    totalTokens\n    totalCost\n    models\n    tags\n    userId\n    sessionId\n    errorCount\n  }\n"): (typeof documents)["\n  fragment TraceRow on Trace {\n    id\n    name\n    status\n    startTime\n    durationMs\n    totalTokens\n    totalCost\n    models\n    tags\n    userId\n    sessionId\n    errorCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTraces($projectId: ID!, $first: Int, $after: String, $filter: TraceFilter, $orderBy: TraceOrder) {\n    traces(projectId: $projectId, first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      totalCountIsEstimate\n      edges {\n        node {\n          ...TraceRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebTraces($projectId: ID!, $first: Int, $after: String, $filter: TraceFilter, $orderBy: TraceOrder) {\n    traces(projectId: $projectId, first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      totalCountIsEstimate\n      edges {\n        node {\n          ...TraceRow\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebTraceUpdated($projectId: ID!, $filter: TraceFilter) {\n    traceUpdated(projectId: $projectId, filter: $filter) {\n      change\n      trace {\n        ...TraceRow\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WebTraceUpdated($projectId: ID!, $filter: TraceFilter) {\n    traceUpdated(projectId: $projectId, filter: $filter) {\n      change\n      trace {\n        ...TraceRow\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;