// Lint rules: typescript-eslint's type-aware recommended set, with the layering of the code as import rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Prettier wraps code at 140 columns; this holds comments to the same width. Long strings and patterns are kept
      // whole, since a message or a regular expression cut in two is harder to search for and to read.
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
      // A variable a closure reads before its one assignment (a timer its cleanup clears) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Code that reads Discord's wire payloads compares their numbers with discord-api-types' enums by design.
    files: ['src/localDiscord/**', 'src/discord/answerUnattributed.ts'],
    rules: { '@typescript-eslint/no-unsafe-enum-comparison': 'off' },
  },
  {
    // The pure core knows nothing of Discord I/O or of the layers above it.
    files: ['src/corpus/**', 'src/search/**', 'src/verify/**', 'src/cite/**', 'src/text/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['discord.js', '**/discord/**', '**/commands/**', '**/render/**', '**/bot/**', '**/cli/**', '**/library/**'],
              message: 'The core imports downwards only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/render/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/discord/**', '**/commands/**', '**/bot/**', '**/cli/**'], message: 'Rendering imports the core only.' }],
        },
      ],
    },
  },
  {
    files: ['commands/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/discord/**'], message: 'Commands are below the dispatch: move what both need downwards.' }] },
      ],
    },
  },
  {
    // Tests read untyped JSON (CLI --json output, recorded requests) and use vitest's asymmetric matchers, which are
    // `any` by design; the unsafe-any rules would only ask for casts that check nothing.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Stand-ins for async interfaces (a reload, an input reader) answer at once.
      '@typescript-eslint/require-await': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
