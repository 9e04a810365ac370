import { pageThemeInput } from './chart-state';
import { cssVariables } from './palette';

/**
 * The page's colour variables: the system theme by default, the reader's override from [data-theme]
 * on a chart page's wrapper or the dashboard's checked theme radio, which <html> follows too (its
 * background, scrollbars and a phone's overscroll), by :has() rather than a script, so a press
 * before hydration already counts. Inlined by the root layout; the CSP allows it by its hash.
 */
const chosen = (theme: 'light' | 'dark') => `:root:has([data-theme=${theme}]),:root:has(input[name=${pageThemeInput}][value=${theme}]:checked)`;
export const themeCss = `:root,[data-theme=light]{${cssVariables('light')}color-scheme:light}
@media (prefers-color-scheme: dark){:root{${cssVariables('dark')}color-scheme:dark}}
[data-theme=dark]{${cssVariables('dark')}color-scheme:dark}
${chosen('light')}{${cssVariables('light')}color-scheme:light}
${chosen('dark')}{${cssVariables('dark')}color-scheme:dark}`;
