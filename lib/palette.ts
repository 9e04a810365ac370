import type { ContextSeries, Kind } from '@/data';

/** Colours every chart, export and preview uses (design.md). Countries keep theirs in both themes. */
export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/**
 * The theme a file or an embed is fixed to: the state's own, and light for "system", as the server
 * (or a host page) cannot know a reader's system.
 */
export const exportTheme = (state: { theme: string }): Theme => (state.theme === 'dark' ? 'dark' : 'light');

/** The theme on screen, in the browser only: the reader's choice, or else the system's. */
export const themeShown = (state: { theme: string }): Theme =>
  state.theme !== 'system' ? exportTheme(state) : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

// `context`: the marks of figures that are not the article's own (other parties', the non-troop bar), a grey that
// in the dark theme stays dimmer than the article's accent, so the article's figures still lead the eye.
// `tint`: how much of its colour a tinted mark lets through, more on the dark page, where a third of a blue
// reads as nearly black, as a hollow mark.
const roles = ['page', 'panel', 'ink', 'muted', 'rule', 'accent', 'nk', 'ru', 'accentTint', 'context', 'tint'] as const;
type Role = (typeof roles)[number];
export type Palette = Record<Role, string>;

export const palettes: Record<Theme, Palette> = {
  light: {
    page: '#ffffff',
    panel: '#f6f7f9',
    ink: '#16181d',
    muted: '#545b66',
    rule: '#d5d9e0',
    accent: '#0a6e62',
    nk: '#0072B2',
    ru: '#D55E00',
    accentTint: '#8cc7bd',
    context: '#545b66',
    tint: '0.35',
  },
  dark: {
    page: '#121417',
    panel: '#1b1e23',
    ink: '#eceef2',
    muted: '#a9b0bb',
    rule: '#3a3f47',
    accent: '#4cc3b1',
    nk: '#0072B2',
    ru: '#D55E00',
    accentTint: '#2f7d72',
    context: '#7a7f88',
    tint: '0.6',
  },
};

const cssName = (role: Role) => `--${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** On the page charts paint with CSS variables, so a theme switch needs no re-render. */
export const cssVarPalette = Object.fromEntries(roles.map((r) => [r, `var(${cssName(r)})`])) as Palette;

/** On the page charts paint with CSS variables; a picture on its own has no stylesheet to resolve them. */
export function literalColours(markup: string, theme: Theme): string {
  const byVar = new Map(Object.entries(cssVarPalette).map(([role, css]) => [css, palettes[theme][role as Role]]));
  return markup.replace(/var\(--[a-z-]+\)/g, (css) => byVar.get(css) ?? css);
}

/** The CSS custom properties for one theme, for the page's colour variables (lib/theme-css.ts). */
export function cssVariables(theme: Theme): string {
  return roles.map((r) => `${cssName(r)}:${palettes[theme][r]};`).join('');
}

/**
 * Measures of the deployment chart: not countries, so Okabe–Ito's remaining hues, plus a shape each.
 * Its orange is darkened (#E69F00 → #B87A00) to stand 3:1 against a white page, as marks must.
 */
export const seriesColours: Record<Exclude<ContextSeries, 'trade'>, string> = {
  troops: '#0072B2',
  'additional-troops': '#0072B2',
  'planned-troops': '#0072B2',
  killed: '#CC79A7',
  injured: '#B87A00',
  'killed-or-injured': '#009E73',
  'all-casualties': '#7a7f88',
};

/** How a kind of figure is painted (design.md, "Kind of figure"); never colour alone. */
type MarkStyle = { fill: 'solid' | 'tint' | 'none'; dashed: boolean };
export const markStyles: Record<Kind, MarkStyle> = {
  reported: { fill: 'solid', dashed: false },
  'official-statistic': { fill: 'solid', dashed: false },
  assessment: { fill: 'tint', dashed: false },
  claim: { fill: 'none', dashed: true },
  projection: { fill: 'none', dashed: true },
  'mirror-statistic': { fill: 'none', dashed: false },
  'industry-estimate': { fill: 'none', dashed: false },
};

/** A mark's fill opacity: a tint is the series colour let partly through, so it keeps its hue in either theme. */
export const fillOpacity = (style: MarkStyle, palette: Palette) => (style.fill === 'tint' ? palette.tint : 1);
