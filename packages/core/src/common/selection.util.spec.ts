import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { selectedFieldNames } from './selection.util';

/** What a resolver of the document's first top-level field is handed, near enough for selectedFieldNames. */
function infoOf(doc: string) {
  const ast = parse(doc);
  const op = ast.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    ast.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectedFieldNames', () => {
  it('collects fields through inline fragments and named fragments, aliases read by their field name', () => {
    const info = infoOf(`query { spans { id renamed: name ... on LLMCall { model } ...Tree } }
      fragment Tree on Span { depth ...More ... on AgentCall { llmCallIds } }
      fragment More on Span { childIds ...Tree }`);
    expect([...selectedFieldNames(info)].sort()).toEqual(['childIds', 'depth', 'id', 'llmCallIds', 'model', 'name']);
  });

  it('counts fields that @skip or @include may leave out, so it never answers less than is asked', () => {
    expect([...selectedFieldNames(infoOf(`query ($x: Boolean!) { spans { id inputs @include(if: $x) } }`))]).toEqual(['id', 'inputs']);
  });

  it('leaves out the fields selected under a selected field', () => {
    expect([...selectedFieldNames(infoOf(`query { spans { feedbackStats { name meanScore } } }`))]).toEqual(['feedbackStats']);
  });
});
