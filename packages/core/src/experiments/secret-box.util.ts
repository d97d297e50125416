import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A stored secret could not be decrypted: SECRETS_KEY differs from the key it was encrypted with. */
export class SecretDecryptError extends Error {
  override name = 'SecretDecryptError';
}

/** Reads a 32-byte key written as base64 or hex; anything else is refused. */
function parseSecretsKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error('The secrets key must be 32 bytes, written as base64 or hex');
  return key;
}

const fileKeys = new Map<string, Promise<Buffer>>();

/**
 * The key secrets are encrypted with: SECRETS_KEY when set, else the `secrets-key` file of the data
 * folder (mode 0600), created by whichever process needs it first. Created exclusively ('wx'), so
 * an API and a worker sharing the folder that race at first use end up with the same key.
 */
export function secretsKey(config: { secretsKey: string | undefined; dataDir: string }): Promise<Buffer> {
  if (config.secretsKey) return Promise.resolve(parseSecretsKey(config.secretsKey));
  const file = path.join(config.dataDir, 'secrets-key');
  let key = fileKeys.get(file);
  if (!key) {
    key = (async () => {
      try {
        return parseSecretsKey(await readFile(file, 'utf8'));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      await mkdir(config.dataDir, { recursive: true });
      try {
        await writeFile(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      return parseSecretsKey(await readFile(file, 'utf8'));
    })();
    fileKeys.set(file, key);
    key.catch(() => fileKeys.delete(file));
  }
  return key;
}

/** Encrypts with AES-256-GCM: base64(iv ‖ tag ‖ ciphertext). */
export function encryptSecret(key: Buffer, plain: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
}

/** Decrypts what encryptSecret made; a wrong key or altered text throws SecretDecryptError. */
export function decryptSecret(key: Buffer, sealed: string): string {
  try {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretDecryptError('The stored API key cannot be decrypted with this SECRETS_KEY (was the key changed?); set the endpoint key again');
  }
}
