/** Themes in the toolbar: the `--kd-*` tokens a host page would set above the widgets. */
export const THEMES = {
  default: {},
  'high-contrast': {
    '--kd-color-primary': '#00307a',
    '--kd-color-text': '#000000',
    '--kd-color-surface': '#ffffff',
    '--kd-color-muted': '#1f1f1f',
    '--kd-color-border': '#000000',
    '--kd-color-danger': '#8a0000',
    '--kd-color-success': '#0a4a1f',
    '--kd-color-focus': '#000000',
    '--kd-radius': '0',
  },
  // A municipality's brand colours and shapes, the way the embed generator sets them.
  brand: {
    '--kd-color-primary': '#8a1538',
    '--kd-color-focus': '#8a1538',
    '--kd-color-text': '#24211f',
    '--kd-color-surface': '#fbf8f3',
    '--kd-color-muted': '#544f49',
    '--kd-radius': '0.75em',
    '--kd-font-family': 'Georgia, "Times New Roman", serif',
  },
} satisfies Record<string, Record<`--kd-${string}`, string>>;

export type ThemeName = keyof typeof THEMES;

export function themeStyle(name: string): string {
  const tokens: Record<string, string> = THEMES[name as ThemeName] ?? {};
  return Object.entries(tokens)
    .map(([property, value]) => `${property}: ${value};`)
    .join(' ');
}
