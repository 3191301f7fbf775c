/** The interaction locales the page offers (Discord's codes). No imports: the page bundles this module. */
export const PAGE_LOCALES = ['en-US', 'fr'] as const;
export type PageLocale = (typeof PAGE_LOCALES)[number];
