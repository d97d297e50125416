import { operationLabel, routeOf } from './access-log.policy';

describe('routeOf', () => {
  it('puts every path under one of a fixed set of routes', () => {
    expect(routeOf('/graphql')).toBe('graphql');
    expect(routeOf('/langsmith/runs/multipart')).toBe('langsmith');
    expect(routeOf('/langsmith/api/v1/runs/batch')).toBe('langsmith');
    expect(routeOf('/v1/traces')).toBe('otlp');
    expect(routeOf('/otel/v1/traces')).toBe('otlp');
    expect(routeOf('/api/datasets/123/export')).toBe('datasets');
    for (const p of ['/health', '/livez', '/readyz', '/metrics']) expect(routeOf(p)).toBe('ops');
    expect(routeOf('/projects/abc/traces')).toBe('ui');
    expect(routeOf('/assets/index-1234.js')).toBe('ui');
    // A path made up by a client lands in a known route, never a series of its own.
    expect(routeOf(`/${'x'.repeat(300)}`)).toBe('ui');
    expect(routeOf('/graphqlish')).toBe('ui');
  });
});

describe('operationLabel', () => {
  it('labels by operation type and root fields, sorted and deduplicated', () => {
    expect(operationLabel('mutation', ['ingest'])).toBe('mutation:ingest');
    expect(operationLabel('query', ['traces', 'project', 'traces'])).toBe('query:project+traces');
    expect(operationLabel('subscription', [])).toBe('subscription');
  });

  it('caps many root fields to the first two and a count, so combinations cannot multiply series', () => {
    expect(operationLabel('query', ['d', 'c', 'b', 'a'])).toBe('query:a+b+2more');
    expect(operationLabel('query', ['a', 'b', 'c', 'e', 'f'])).toBe(operationLabel('query', ['a', 'b', 'x', 'y', 'z']));
  });
});
