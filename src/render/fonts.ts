import { join } from 'node:path';
import { PROJECT_ROOT } from '../projectRoot.ts';

/**
 * The fonts pictures are drawn with, shipped in the repository (DejaVu, Bitstream Vera licence beside them). The
 * renderer gets these and no system font, so the same picture comes out on every machine, fonts installed or not.
 */
export const FONTS_DIR = join(PROJECT_ROOT, 'assets/fonts/');
export const FONT_FILES = [join(FONTS_DIR, 'DejaVuSans.ttf'), join(FONTS_DIR, 'DejaVuSans-Bold.ttf')];
