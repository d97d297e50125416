// SQL fragments the benches that seed with set-based SQL share: every row is generated inside
// Postgres (generate_series), so a million traces cost a few statements, not a million round trips.

/** A standard normal draw (Box-Muller), for log-normal durations and token counts. */
export const NORMAL = `(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))`;

/** A model drawn with the weights of a typical mix: mostly small OpenAI models, some Anthropic. */
export const MODELS = `(ARRAY['gpt-4o', 'gpt-4o', 'gpt-4o-mini', 'gpt-4o-mini', 'gpt-4o-mini', 'claude-sonnet-4-5', 'claude-sonnet-4-5', 'claude-haiku-4-5'])[1 + floor(random() * 8)::int]`;

/** A time-ordered (v7-shaped) id: random v4 keys would scatter inserts over the primary-key index. */
export const V7 = (time: string, salt: string): string =>
  `(lpad(to_hex(floor(extract(epoch FROM ${time}) * 1000)::bigint), 12, '0') || '7' || substr(md5(${salt}), 1, 3) || '8' || substr(md5(${salt}), 4, 15))::uuid`;

/** USD per million tokens of the models MODELS draws, prompt (0) or completion (1). */
export const PRICE = (model: string, side: 0 | 1): string =>
  `(CASE ${model} WHEN 'gpt-4o' THEN ${[2.5, 10][side]} WHEN 'gpt-4o-mini' THEN ${[0.15, 0.6][side]} WHEN 'claude-sonnet-4-5' THEN ${[3, 15][side]} ELSE ${[1, 5][side]} END)`;
