/**
 * A mark's tooltip, carried on the mark itself as a JSON list (its title, then its lines): the
 * browser's tooltip island reads it from the server's drawing, so no charting code runs there.
 */
export const tipAttribute = (title: string, lines: (string | null | undefined | false)[]) => JSON.stringify([title, ...lines.filter(Boolean)]);
