import { fileURLToPath } from 'node:url';

/**
 * The fonts pictures are drawn with, shipped in the repository (DejaVu, Bitstream Vera licence beside them). The
 * renderer gets these and no system font, so the same picture comes out on every machine, fonts installed or not.
 */
export const FONTS_DIR = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));
export const FONT_FILES = [`${FONTS_DIR}DejaVuSans.ttf`, `${FONTS_DIR}DejaVuSans-Bold.ttf`];
