import { findMatches, matchesInTree, searchText, stepMatch } from './trace-search';

const spans = [
  { __typename: 'AgentCall', id: 'a', name: 'planner', runType: 'AGENT', status: 'SUCCESS', inputs: { question: 'What is Sextant?' } },
  {
    __typename: 'LLMCall',
    id: 'b',
    name: 'gpt-4o',
    runType: 'LLM',
    status: 'SUCCESS',
    model: 'gpt-4o',
    provider: 'openai',
    outputs: 'An observability platform',
  },
  { __typename: 'ToolCall', id: 'c', name: 'web_search', runType: 'TOOL', status: 'ERROR', error: 'Timeout after 30 s', errorType: 'TimeoutError' },
];

describe('search within a trace', () => {
  it('matches names, kinds, models, statuses, errors and the text of inputs and outputs, in any case', () => {
    expect(findMatches(spans, 'Sextant')).toEqual(['a']);
    expect(findMatches(spans, 'observability')).toEqual(['b']);
    expect(findMatches(spans, 'OPENAI')).toEqual(['b']);
    expect(findMatches(spans, 'tool')).toEqual(['c']);
    expect(findMatches(spans, 'error')).toEqual(['c']);
    expect(findMatches(spans, 'timeout')).toEqual(['c']);
    expect(findMatches(spans, 'success')).toEqual(['a', 'b']);
  });

  it('needs every word, and finds nothing for an empty query', () => {
    expect(findMatches(spans, 'what sextant')).toEqual(['a']);
    expect(findMatches(spans, 'what openai')).toEqual([]);
    expect(findMatches(spans, '  ')).toEqual([]);
  });

  it('reads a span’s text once per version of it', () => {
    const span = { id: 'x', name: 'first' };
    expect(searchText(span)).toBe('first');
    span.name = 'changed in place';
    expect(searchText(span)).toBe('first');
    expect(searchText({ ...span })).toBe('changed in place');
  });

  it('steps through the matches both ways, wrapping', () => {
    expect(stepMatch(3, -1, false)).toBe(0);
    expect(stepMatch(3, -1, true)).toBe(2);
    expect(stepMatch(3, 2, false)).toBe(0);
    expect(stepMatch(3, 0, true)).toBe(2);
    expect(stepMatch(0, 1, false)).toBe(-1);
  });
});

describe('showing only the matches', () => {
  it('keeps each match with its ancestors, in tree order', () => {
    const rows = [
      { id: 'root', depth: 0 },
      { id: 'a', depth: 1 },
      { id: 'a1', depth: 2 },
      { id: 'b', depth: 1 },
      { id: 'b1', depth: 2 },
      { id: 'b2', depth: 2 },
      { id: 'root2', depth: 0 },
    ];
    expect(matchesInTree(rows, new Set(['b2'])).map((r) => r.id)).toEqual(['root', 'b', 'b2']);
    expect(matchesInTree(rows, new Set(['a1', 'root2'])).map((r) => r.id)).toEqual(['root', 'a', 'a1', 'root2']);
    expect(matchesInTree(rows, new Set())).toEqual([]);
  });
});
