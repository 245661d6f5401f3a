import { type CSSVariablesResolver, createTheme, darken, keys } from '@mantine/core';

const font = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';

/** Shade 8 for filled colours and darker text greys keep WCAG AA contrast on white. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: font,
  headings: { fontFamily: font },
  focusRing: 'auto',
  defaultRadius: 'md',
});

/**
 * Mantine's defaults put shade 6 or 9 text on pale backgrounds (dimmed text, errors, light
 * badges and alerts), under AA contrast for several colours; these are darker.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  };
  for (const name of keys(t.colors)) {
    const shade9 = t.colors[name]?.[9];
    if (shade9) light[`--mantine-color-${String(name)}-light-color`] = darken(shade9, 0.35);
  }
  return { variables: {}, light, dark: {} };
};
