import { spanPropertiesFor } from './span.mapper';

const COLUMNS = new Map(['id', 'kind', 'projectId', 'traceId', 'name', 'inputs', 'outputs', 'seq', 'startTime', 'firstTokenTime'].map((c) => [c, c]));
const props = (...fields: string[]) => spanPropertiesFor(new Set(fields), COLUMNS).sort();

describe('spanPropertiesFor', () => {
  it('reads what a span is and where it belongs, and the columns of the selected fields', () => {
    // An LLM call without a name is named after its model, so name reads both.
    expect(props('name', 'depth', 'childIds')).toEqual(['id', 'kind', 'model', 'name', 'projectId', 'traceId']);
  });

  it('maps renamed and derived fields to their columns', () => {
    expect(props('sequence', 'timeToFirstTokenMs', 'appPath')).toEqual(['firstTokenTime', 'id', 'kind', 'projectId', 'seq', 'startTime', 'traceId']);
  });

  it('reads every column for a field it does not know, so a field added later is answered', () => {
    expect(props('name', 'somethingNew')).toEqual([...COLUMNS.keys()].sort());
  });
});
