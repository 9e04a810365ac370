/** Of a chart's two drawings (wide, narrow), the one on screen; none while its tab is hidden. */
export const layoutShown = (root: ParentNode | null | undefined) =>
  [...(root?.querySelectorAll<HTMLElement>('.chart-layout') ?? [])].find((el) => el.getClientRects().length > 0);
