// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The router, the transports, the playground, the emulator and the commands: above every other room. */
const UPPER_ROOMS = ['**/app/*', '**/bot/*', '**/emulator/*', '**/playground/*', '**/commands/*'];

/** A rule refusing imports from these rooms, with why. */
function importsNone(group, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'artifacts/', 'coverage/', 'src/playground/public/vendor/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Layers: views, search, data and the domain know nothing of the router, the transports or the playground.
    files: ['src/views/**/*.ts', 'src/search/**/*.ts', 'src/data/**/*.ts', 'src/domain/**/*.ts'],
    rules: importsNone(UPPER_ROOMS, 'A lower layer never imports an upper one.'),
  },
  {
    // Understanding questions reads text with the domain's words: the catalogue answers what it understood, never
    // the reverse (the vocabulary both use lives on the ground floor, in src/text/).
    files: ['src/understanding/**/*.ts'],
    rules: importsNone(
      [...UPPER_ROOMS, '../views/*', '../search/*', '../data/*', '../render/*'],
      'Understanding questions stands below the catalogue and the views: it imports neither.',
    ),
  },
  {
    // The ground floor: the domain and text import no other room of the house.
    files: ['src/domain/**/*.ts', 'src/text/**/*.ts'],
    rules: importsNone(
      [...UPPER_ROOMS, '../views/*', '../search/*', '../understanding/*', '../data/*', '../render/*', '../i18n/*'],
      'The domain and text (normalisation, vocabulary) are the ground floor: they import no other layer.',
    ),
  },
  {
    files: ['src/playground/public/**/*.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
        EventSource: 'readonly',
        customElements: 'readonly',
        HTMLElement: 'readonly',
        localStorage: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
