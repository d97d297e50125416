/**
 * The text the `text` filter searches: the name, input and output as Postgres prints them, in one
 * expression over the alias `t`. The trigram index traces_search_trgm (migration 1764700000000) is
 * built on exactly this expression, and the planner only uses it while the two stay identical.
 */
export const TRACE_SEARCH_TEXT = `(coalesce(t.name, '') || ' ' || coalesce(t.input::text, '') || ' ' || coalesce(t.output::text, ''))`;
