// `pnpm reference:check [--write] [--dir DIR]`: the reference documents Sextant was specified from
// live outside the repository (../shared/reference, or DIR, or REFERENCE_DIR), so the column and field
// names test/integration/reference-columns.test.ts checks coverage of are kept in a committed fixture,
// test/fixtures/reference-columns.json. This script extracts them from the documents again and
// compares (exit 1 on any difference), or with --write regenerates the fixture. Without the
// documents it says so and exits 0: a clone without ../shared can still run every test.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(__dirname, '..');
const FIXTURE = path.join(ROOT, 'test/fixtures/reference-columns.json');

/** What the coverage test needs of the documents; see the fixture's `about`. */
type ReferenceColumns = {
  about: string;
  /** 000: each CREATE TABLE, its columns in order. */
  tables000: Record<string, string[]>;
  /** 001: each `<Name>Model` section, its fields in order. */
  models001: Record<string, string[]>;
  /** 004: the fields the LLMTrace model is asked to have. */
  llmTrace004: string[];
  /**
   * 002/003: the LangSmith field names the test requires Sextant to map (its list, split on '.'),
   * each found in 002 or 003. Added by hand with the test's list; this script checks every one.
   */
  names002003: string[];
};

const ABOUT =
  'Column and field names of the reference documents (in the shared reference folder beside the repository, not in it), as test/integration/reference-columns.test.ts needs them. ' +
  'Generated and checked by `pnpm reference:check` (scripts/check-reference-fixture.ts), except names002003: the LangSmith names the test requires, added by hand and checked to occur in 002 or 003.';

/** Reads the one reference document whose name starts with `prefix`, failing loudly when it is missing. */
function referenceDoc(dir: string, prefix: string): string {
  const files = readdirSync(dir).filter((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (files.length !== 1) throw new Error(`Expected one reference document ${prefix}_*.txt in ${dir}, found ${JSON.stringify(files)}`);
  return readFileSync(path.join(dir, files[0]), 'utf8');
}

/** The columns of every CREATE TABLE statement in 000, constraints left out. */
function tablesOf000(text: string): Record<string, string[]> {
  const tables = [...text.matchAll(/CREATE TABLE\s+(\w+)\s*\(([\s\S]*?)\n\s*\);/g)].map((m) => ({
    table: m[1],
    columns: m[2]
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^(PRIMARY|FOREIGN|UNIQUE|CHECK|CONSTRAINT)\b/i.test(l))
      .map((l) => /^(\w+)\s+\w+/.exec(l)?.[1])
      .filter((c): c is string => Boolean(c)),
  }));
  return Object.fromEntries(tables.map((t) => [t.table, t.columns]));
}

/** The fields of every model described in 001's "Model Descriptions". */
function modelsOf001(text: string): Record<string, string[]> {
  const body = text.slice(text.indexOf('Model Descriptions'));
  const heads = [...body.matchAll(/^(\w+)Model\nThis model represents/gm)];
  const models: Record<string, string[]> = {};
  heads.forEach((h, i) => {
    const fields: string[] = (models[h[1]] ??= []);
    const section = body.slice(h.index, heads[i + 1]?.index).split(/Relationships:|Example usage:/)[0];
    const lines = section.split('\n');
    // A field is the line (or the end of the line, after a period) just before a ": description" line.
    for (let j = 1; j < lines.length - 1; j++) {
      if (!lines[j + 1].startsWith(':')) continue;
      const m = /(?:^|\.)(\w+)$/.exec(lines[j].trim());
      if (m) fields.push(m[1]);
    }
  });
  return models;
}

/** The LLMTrace field list of 004. */
function llmTraceOf004(text: string): string[] {
  const m = /LLMTrace`? Pydantic v2 model with fields: ([^\n]*?)\.(?:\s|$)/.exec(text);
  if (!m) throw new Error('004: no "LLMTrace Pydantic v2 model with fields: ..." sentence');
  return [...m[1].matchAll(/`?(\w+)`?/g)].map((x) => x[1]);
}

/** The names that occur nowhere in 002 or 003. */
function absentFrom002003(dir: string, names: string[]): string[] {
  const docs = referenceDoc(dir, '002') + referenceDoc(dir, '003');
  return names.filter((c) => !docs.includes(c));
}

/** Reads the committed fixture. */
function readFixture(): ReferenceColumns {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as ReferenceColumns;
}

function main(): void {
  const { values } = parseArgs({ options: { write: { type: 'boolean', default: false }, dir: { type: 'string' } }, strict: true });
  const dir = path.resolve(values.dir ?? process.env.REFERENCE_DIR ?? path.join(ROOT, '../shared/reference'));
  if (!existsSync(dir)) {
    console.log(
      `No reference documents at ${dir}: nothing to check; the tests use ${path.relative(ROOT, FIXTURE)} as committed. (--dir DIR or REFERENCE_DIR to point elsewhere.)`,
    );
    return;
  }
  const committed = existsSync(FIXTURE) ? readFixture() : null;
  const names = [...new Set(committed?.names002003 ?? [])].sort();
  const fresh: ReferenceColumns = {
    about: ABOUT,
    tables000: tablesOf000(referenceDoc(dir, '000')),
    models001: modelsOf001(referenceDoc(dir, '001')),
    llmTrace004: llmTraceOf004(referenceDoc(dir, '004')),
    names002003: names,
  };
  const absent = absentFrom002003(dir, names);
  const counts = `${Object.keys(fresh.tables000).length} tables with ${Object.values(fresh.tables000).flat().length} columns (000), ${Object.keys(fresh.models001).length} models with ${Object.values(fresh.models001).flat().length} fields (001), ${fresh.llmTrace004.length} LLMTrace fields (004), ${names.length} LangSmith names found in 002/003`;
  if (absent.length) {
    console.error(`These names of names002003 occur in neither 002 nor 003: ${absent.join(', ')}`);
    process.exitCode = 1;
  }
  const text = `${JSON.stringify(fresh, null, 2)}\n`;
  if (values.write) {
    writeFileSync(FIXTURE, text);
    console.log(`Wrote ${path.relative(ROOT, FIXTURE)} from ${dir}: ${counts}`);
    return;
  }
  if (!committed) {
    console.error(`${path.relative(ROOT, FIXTURE)} is missing: run \`pnpm reference:check --write\``);
    process.exitCode = 1;
    return;
  }
  const drift = (['tables000', 'models001', 'llmTrace004', 'names002003'] as const).filter((k) => JSON.stringify(committed[k]) !== JSON.stringify(fresh[k]));
  if (drift.length) {
    for (const k of drift) console.error(`${k} differs:\n  committed ${JSON.stringify(committed[k])}\n  documents ${JSON.stringify(fresh[k])}`);
    console.error(`${path.relative(ROOT, FIXTURE)} no longer matches ${dir}: review, then \`pnpm reference:check --write\``);
    process.exitCode = 1;
    return;
  }
  if (!absent.length) console.log(`${path.relative(ROOT, FIXTURE)} matches ${dir}: ${counts}`);
}

if (require.main === module) main();
