/**
 * A chart's files: /charts/<id>/image.<picture format> and /charts/<id>/data.<data format>. Without
 * imports, as next.config.ts reads them for its rewrites.
 */
export const pictureFormats = ['png', 'svg'] as const;
export type PictureFormat = (typeof pictureFormats)[number];
export const dataFormats = ['csv', 'json'] as const;
export type DataFormat = (typeof dataFormats)[number];

/** A route pattern's alternatives: `png|svg`. */
export const oneOf = (formats: readonly string[]) => formats.join('|');

/** The formats as a refusal names them: `.png or .svg`. */
export const extensions = (formats: readonly string[]) => formats.map((f) => `.${f}`).join(' or ');
