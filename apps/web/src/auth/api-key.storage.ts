import type { Viewer } from './viewer.context';

// The key lives in localStorage so a reload or a new tab stays signed in; it is sent only to this
// origin's /graphql and never logged. Beside it, what the API said the key is (its role never
// changes), so a reload renders at once rather than after a round trip; a revoked key is still
// caught by its next request.
const STORAGE_KEY = 'sextant.apiKey';
const VIEWER_KEY = 'sextant.viewer';

export const readApiKey = (): string | null => localStorage.getItem(STORAGE_KEY);
export const storeApiKey = (key: string) => localStorage.setItem(STORAGE_KEY, key);

/** Forgets the key and what was known of it. */
export const clearApiKey = () => {
  localStorage.removeItem(STORAGE_KEY);
  localStorage.removeItem(VIEWER_KEY);
};

/** The viewer stored for the current key, or null. */
export function readViewer(): Viewer | null {
  try {
    const v = JSON.parse(localStorage.getItem(VIEWER_KEY) ?? 'null') as Viewer | null;
    return v && typeof v.role === 'string' ? v : null;
  } catch {
    return null;
  }
}

export const storeViewer = (v: Viewer) =>
  localStorage.setItem(VIEWER_KEY, JSON.stringify({ role: v.role, bootstrapAdmin: v.bootstrapAdmin, projectId: v.projectId }));
