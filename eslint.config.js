// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/*', '**/bot/*', '**/emulator/*', '**/playground/*', '**/commands/*'],
              message: 'A lower layer never imports an upper one.',
            },
          ],
        },
      ],
    },
  },
  {
    // Understanding questions reads text with the domain's words: the catalogue answers what it understood, never
    // the reverse (the vocabulary both use lives on the ground floor, in src/text/).
    files: ['src/understanding/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../app/*',
                '../bot/*',
                '../emulator/*',
                '../playground/*',
                '../commands/*',
                '../views/*',
                '../search/*',
                '../data/*',
                '../render/*',
              ],
              message: 'Understanding questions stands below the catalogue and the views: it imports neither.',
            },
          ],
        },
      ],
    },
  },
  {
    // The ground floor: the domain and text normalisation import no other room of the house.
    files: ['src/domain/**/*.ts', 'src/text/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../app/*',
                '../bot/*',
                '../emulator/*',
                '../playground/*',
                '../commands/*',
                '../views/*',
                '../search/*',
                '../understanding/*',
                '../data/*',
                '../render/*',
                '../i18n/*',
              ],
              message: 'The domain and text (normalisation, vocabulary) are the ground floor: they import no other layer.',
            },
          ],
        },
      ],
    },
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
