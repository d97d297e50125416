// The theme the user picked, on <html data-theme>; without a pick the system's preference applies
// (styles.css reads prefers-color-scheme). Kept in localStorage so every tab and reload agrees.
const STORAGE_KEY = 'sextant.theme';

export type Theme = 'light' | 'dark' | 'system';

/** The stored pick, 'system' when none. */
export const readTheme = (): Theme => {
  const t = localStorage.getItem(STORAGE_KEY);
  return t === 'light' || t === 'dark' ? t : 'system';
};

/** Applies a pick to the page and remembers it. */
export function applyTheme(theme: Theme): void {
  if (theme === 'system') {
    localStorage.removeItem(STORAGE_KEY);
    delete document.documentElement.dataset.theme;
  } else {
    localStorage.setItem(STORAGE_KEY, theme);
    document.documentElement.dataset.theme = theme;
  }
}

/** The theme in effect now, for charts and editors that cannot read CSS variables. */
export const effectiveTheme = (): 'light' | 'dark' =>
  document.documentElement.dataset.theme === 'dark' ||
  (document.documentElement.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches)
    ? 'dark'
    : 'light';
