'use client';

import { createContext, useContext, useState, type ReactNode } from 'react';
import type { Control } from '@/lib/chart-controls';
import { themeAttribute, type ChartState } from '@/lib/chart-state';
import { OptionGroup } from './OptionGroup';

type ThemeChoice = ChartState['theme'];
type PageThemeValue = { theme: ThemeChoice; setTheme: (theme: ThemeChoice) => void };

const PageThemeContext = createContext<PageThemeValue | null>(null);

/** The page's theme choice where a page holds several charts (the dashboard); null on a chart's own page. */
export const usePageTheme = () => useContext(PageThemeContext)?.theme ?? null;

/**
 * The dashboard's theme (design.md: the system's by default, the reader's choice overrides). Every
 * panel on the page follows it, so their links, embeds and pictures carry it as a chart page's do.
 */
export function PageTheme({ children }: { children: ReactNode }) {
  const [theme, setTheme] = useState<ThemeChoice>('system');
  const attribute = themeAttribute({ theme });
  return (
    <PageThemeContext.Provider value={{ theme, setTheme }}>
      <div data-theme={attribute} className="min-h-screen bg-page text-ink">
        {children}
      </div>
    </PageThemeContext.Provider>
  );
}

export function PageThemeChoice({ control }: { control: Control }) {
  const page = useContext(PageThemeContext);
  if (!page) throw new Error('PageThemeChoice needs a PageTheme around it.');
  return <OptionGroup control={control} value={page.theme} onChoose={(value) => page.setTheme(value as ThemeChoice)} />;
}
