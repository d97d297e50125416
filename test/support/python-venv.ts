import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What the virtual environment holds; its directory is named after it, so a new pin makes a new one. */
const REQUIREMENTS = ['langsmith==0.14.0'];
/** The repository's root. */
export const ROOT = path.resolve(__dirname, '../..');
const VENV = path.join(ROOT, 'node_modules/.cache/sextant-python', REQUIREMENTS.join('_').replace(/[^\w.=-]/g, ''));
const PYTHON = path.join(VENV, 'bin/python');

/**
 * A virtual environment with the pinned packages, made once and reused (its `ready` file names what
 * it holds). Fails, never skips, without Python or the packages: the test would otherwise pass untested.
 */
export async function pythonWithLangsmith(): Promise<string> {
  const marker = path.join(VENV, 'ready');
  if (existsSync(marker) && (await readFile(marker, 'utf8')) === REQUIREMENTS.join('\n')) {
    // A system Python upgraded since leaves the environment's interpreter link dangling: then make it again.
    const usable = await run(PYTHON, ['-c', 'import langsmith']).then(
      () => true,
      () => false,
    );
    if (usable) return PYTHON;
  }
  const building = `${VENV}.${process.pid}`;
  await rm(building, { recursive: true, force: true });
  await mkdir(path.dirname(VENV), { recursive: true });
  const step = async (what: string, file: string, args: string[]) => {
    try {
      await run(file, args, { timeout: 600_000, maxBuffer: 16 * 1024 * 1024 });
    } catch (e) {
      const err = e as { stderr?: string; message: string };
      await rm(building, { recursive: true, force: true });
      throw new Error(`${what} failed (python3 with venv and pip is needed; .ci/run installs them): ${err.stderr || err.message}`);
    }
  };
  await step('Creating a Python virtual environment', 'python3', ['-m', 'venv', building]);
  await step(`Installing ${REQUIREMENTS.join(' ')}`, path.join(building, 'bin/python'), [
    '-m',
    'pip',
    'install',
    '--disable-pip-version-check',
    '--quiet',
    // Machines without internet reach only a local index: the default one's retries (five, with
    // backoff, per package) made the first run take minutes instead of seconds.
    '--retries',
    '0',
    '--timeout',
    '10',
    ...REQUIREMENTS,
  ]);
  await writeFile(path.join(building, 'ready'), REQUIREMENTS.join('\n'));
  await rm(VENV, { recursive: true, force: true });
  await rename(building, VENV);
  return PYTHON;
}
