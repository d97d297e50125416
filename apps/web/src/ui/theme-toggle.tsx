import { useState } from 'react';
import { applyTheme, readTheme, type Theme } from './theme';

const LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** The theme picker of the top bar. */
export function ThemeToggle() {
  const [theme, setTheme] = useState(readTheme);
  return (
    <label className="theme-toggle">
      Theme{' '}
      <select
        value={theme}
        onChange={(e) => {
          const t = e.target.value as Theme;
          applyTheme(t);
          setTheme(t);
        }}
      >
        {(Object.keys(LABELS) as Theme[]).map((t) => (
          <option key={t} value={t}>
            {LABELS[t]}
          </option>
        ))}
      </select>
    </label>
  );
}
