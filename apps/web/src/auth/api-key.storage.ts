// The key lives in localStorage so a reload or a new tab stays signed in; it is sent only to this
// origin's /graphql and never logged.
const STORAGE_KEY = 'sextant.apiKey';

export const readApiKey = (): string | null => localStorage.getItem(STORAGE_KEY);
export const storeApiKey = (key: string) => localStorage.setItem(STORAGE_KEY, key);
export const clearApiKey = () => localStorage.removeItem(STORAGE_KEY);
