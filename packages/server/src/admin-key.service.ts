import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateApiKey } from '@sextant/core';

/**
 * The bootstrap admin key: SEXTANT_ADMIN_KEY when set, else one generated on first start and kept
 * in the data folder (mode 0600). Only the file's path is ever printed, never the key.
 */
export async function ensureAdminKey(configured: string | undefined, dataDir: string): Promise<{ key: string; file: string | null }> {
  if (configured) return { key: configured, file: null };
  const file = path.join(dataDir, 'admin-key');
  if (existsSync(file)) return { key: (await readFile(file, 'utf8')).trim(), file };
  await mkdir(dataDir, { recursive: true });
  const key = generateApiKey().replace(/^sx_/, 'sx_admin_');
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return { key, file };
}
