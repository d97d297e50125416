import { useEffect, useState } from 'react';
import { effectiveTheme } from './theme';

/** The theme's colors as values an SVG attribute takes (Recharts sets fill and stroke as attributes, where var() does not apply). */
export type ChartColors = {
  fg: string;
  muted: string;
  line: string;
  bg: string;
  head: string;
  accent: string;
  ok: string;
  err: string;
  run: string;
  /** Distinct colors for series such as models, readable on the theme's background. */
  series: string[];
};

// Beyond the theme's four accents, series colors picked per theme for contrast on its background.
const EXTRA = {
  light: ['#8250df', '#bf3989', '#0a7ea4', '#57606a', '#6e7781', '#953800'],
  dark: ['#c297ff', '#ff80c8', '#39c5cf', '#9aa4b0', '#d0d7de', '#ffa657'],
};

function read(): ChartColors {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string) => css.getPropertyValue(name).trim();
  const c = {
    fg: v('--fg'),
    muted: v('--muted'),
    line: v('--line'),
    bg: v('--bg'),
    head: v('--head'),
    accent: v('--accent'),
    ok: v('--ok'),
    err: v('--err'),
    run: v('--run'),
  };
  return { ...c, series: [c.accent, c.ok, c.run, c.err, ...EXTRA[effectiveTheme()]] };
}

/** The theme's chart colors, read again when the user picks another theme or the system's preference changes. */
export function useChartColors(): ChartColors {
  const [colors, setColors] = useState(read);
  useEffect(() => {
    const update = () => setColors(read());
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', update);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', update);
    };
  }, []);
  return colors;
}
