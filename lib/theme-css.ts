import { cssVariables } from './palette';

/**
 * The page's colour variables: the system theme by default, [data-theme] on a page's wrapper is
 * the reader's override, which <html> follows too (its background, scrollbars and a phone's
 * overscroll), by :has() rather than a script. Inlined by the root layout; the CSP allows it by its hash.
 */
export const themeCss = `:root,[data-theme=light]{${cssVariables('light')}color-scheme:light}
@media (prefers-color-scheme: dark){:root{${cssVariables('dark')}color-scheme:dark}}
[data-theme=dark]{${cssVariables('dark')}color-scheme:dark}
:root:has([data-theme=light]){${cssVariables('light')}color-scheme:light}
:root:has([data-theme=dark]){${cssVariables('dark')}color-scheme:dark}`;
