import { parseCsv, parseJsonl } from './dataset-import.parser';

describe('dataset import parsing', () => {
  it('maps CSV columns by default: prefixes, output names and the split column; JSON cells read as JSON', () => {
    const csv = '\uFEFFinput.q,context,metadata.src,output.a,expected,split\n"multi\nline",ctx,web,"{""x"":1}",yes,train|test\n';
    const parsed = parseCsv(csv);
    expect(parsed.errors).toEqual([]);
    expect(parsed.examples).toEqual([
      {
        line: 3,
        example: {
          inputs: { q: 'multi\nline', context: 'ctx' },
          outputs: { a: { x: 1 }, expected: 'yes' },
          metadata: { src: 'web' },
          splits: ['train', 'test'],
        },
      },
    ]);
  });

  it('maps CSV columns as given, and refuses a mapping naming a column the header lacks', () => {
    const parsed = parseCsv('a,b,c\n1,2,3\n', { inputs: ['a'], outputs: ['c'] });
    expect(parsed.examples.map((e) => e.example)).toEqual([{ inputs: { a: '1' }, outputs: { c: '3' }, metadata: {}, splits: [] }]);
    expect(() => parseCsv('a,b\n1,2\n', { inputs: ['z'] })).toThrow('The CSV header has no column "z"');
  });

  it('reports a JSONL line that is not JSON or not an example by its number, and reads the rest', () => {
    const parsed = parseJsonl('{"inputs":{"a":1},"reference_outputs":{"b":2},"split":"dev"}\n\n[1]\n{"inputs":{"a":2},"outputs":"x"}\n');
    expect(parsed.examples).toEqual([{ line: 1, example: { inputs: { a: 1 }, outputs: { b: 2 }, metadata: {}, splits: ['dev'] } }]);
    expect(parsed.errors).toEqual([
      { line: 3, message: 'Each line must be a JSON object' },
      { line: 4, message: 'outputs must be a JSON object' },
    ]);
  });
});
