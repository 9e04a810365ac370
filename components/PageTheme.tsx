'use client';

import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { Control } from '@/lib/chart-controls';
import { pageThemeInput, type ThemeChoice } from '@/lib/chart-state';
import { dashboardPath } from '@/lib/chart-url';
import { optionColours, optionShape } from './OptionGroup';

type PageThemeValue = { theme: ThemeChoice; setTheme: (theme: ThemeChoice) => void };

const PageThemeContext = createContext<PageThemeValue | null>(null);

/** The page's theme choice where a page holds several charts (the dashboard); null on a chart's own page. */
export const usePageTheme = () => useContext(PageThemeContext)?.theme ?? null;

/**
 * The dashboard's theme (design.md: the system's by default, the reader's choice overrides). Every
 * panel on the page follows it, so their links, embeds and pictures carry it as a chart page's do.
 */
export function PageTheme({ initial, children }: { initial: ThemeChoice; children: ReactNode }) {
  const [theme, setTheme] = useState<ThemeChoice>(initial);
  return (
    <PageThemeContext.Provider value={{ theme, setTheme }}>
      <div className="min-h-screen bg-page text-ink">{children}</div>
    </PageThemeContext.Provider>
  );
}

/**
 * The choice as native radio buttons: the page takes its colours from the checked one (lib/theme-css.ts,
 * by :has()), so a press before the scripts have run, or without them, already shows; once hydrated,
 * the panels' links take it up too.
 */
export function PageThemeChoice({ control }: { control: Control }) {
  const page = useContext(PageThemeContext);
  if (!page) throw new Error('PageThemeChoice needs a PageTheme around it.');
  const { setTheme } = page;
  // The choice the page was served with; later ones are the radios' own, as a press before hydration is.
  const [served] = useState(page.theme);
  const group = useRef<HTMLDivElement>(null);
  const choose = (theme: ThemeChoice) => {
    setTheme(theme);
    // The dashboard's link follows the choice, as a chart page's does: a reload or a copied address keeps it.
    history.replaceState(history.state, '', dashboardPath(theme) + location.hash);
  };
  // A choice made before hydration is already in the page: the panels' links follow it from the start.
  useLayoutEffect(() => {
    const checked = group.current?.querySelector<HTMLInputElement>('input:checked')?.value as ThemeChoice | undefined;
    if (checked && checked !== served) choose(checked);
    // Once, at hydration: what the reader pressed before the scripts ran.
  }, []);
  return (
    <div ref={group} role="radiogroup" aria-label={control.label} className="flex flex-wrap items-center gap-1 text-sm">
      <span className="mr-1 text-muted">{control.label}</span>
      {control.options.map((option) => (
        <label
          key={option.value}
          className={`${optionShape} ${optionColours.other} cursor-pointer hover:border-ink has-checked:border-ink has-checked:bg-ink has-checked:text-page has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent`}
        >
          <input type="radio" name={pageThemeInput} value={option.value} defaultChecked={option.value === served} onChange={() => choose(option.value as ThemeChoice)} className="sr-only" />
          {option.label}
        </label>
      ))}
    </div>
  );
}
