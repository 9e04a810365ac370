/**
 * Charts render at fixed sizes (Recharts 2.15 needs them to render on the server). The page
 * shows the wide or the narrow drawing by its own width, so a phone gets a layout made for it
 * instead of a shrunken desktop one whose labels would be unreadable.
 */
export const layouts = ['wide', 'narrow'] as const;
export type Layout = (typeof layouts)[number];

/**
 * A drawing made for pictures only: a wide picture is for a 16:9 slide, which each chart's wide
 * drawing would not fill (too square, too tall, or a plot too flat), so each has a drawing for it.
 */
export const drawingLayouts = [...layouts, 'slide'] as const;
export type DrawingLayout = (typeof drawingLayouts)[number];

/** The page layout a drawing's parts take their widths from: a slide is the wide drawing rearranged. */
export const pageLayout = (layout: DrawingLayout): Layout => (layout === 'narrow' ? 'narrow' : 'wide');

/** A link preview's size, as Open Graph's large card asks. */
export const previewSize = { width: 1200, height: 630 } as const;

export const chartWidth: Record<Layout, number> = { wide: 720, narrow: 312 };

/**
 * Below this slot width (CSS px) the page shows the narrow drawing (app/globals.css's container queries):
 * the wide one, scaled down to fit, would set its smallest words under 10 px.
 */
export const narrowSlotBelow = 640;

/**
 * The trade chart's sizes; the others' heights follow from what they draw (casualties-layout, flow-layout).
 * Its slide is the wide drawing stretched, so the picture is shaped like a slide rather than a square.
 */
export const tradeSize: Record<DrawingLayout, { width: number; height: number }> = {
  wide: { width: chartWidth.wide, height: 380 },
  narrow: { width: chartWidth.narrow, height: 400 },
  slide: { width: 1040, height: 380 },
};

/**
 * Text sizes in SVG units. The narrow drawing fits almost unscaled in a 360 px phone's frame (page and
 * frame padding leave 318 px), so these are about the sizes a phone shows (up to a third larger in a wider slot, where it grows to 400 px).
 */
export const fontSize = { label: 12, small: 11, value: 13 } as const;

export const fontFamily = 'Inter, system-ui, sans-serif';
