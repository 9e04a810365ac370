/**
 * Word lists the schema and the reader's choices share. Kept apart from schema.ts so browser code
 * can name them without loading zod.
 */
export const flowKinds = ['munitions', 'people', 'military-technology', 'resources-money', 'diplomacy'] as const;
export const directions = ['nk-to-ru', 'ru-to-nk'] as const;
