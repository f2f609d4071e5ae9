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
    },
  },
  {
    // The pure core knows nothing of Discord I/O or of the layers above it.
    files: ['src/corpus/**', 'src/search/**', 'src/verify/**', 'src/cite/**', 'src/text/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['discord.js', '**/discord/**', '**/commands/**', '**/render/**', '**/bot/**', '**/cli/**', '**/library/**'], message: 'The core imports downwards only.' }] }],
    },
  },
  {
    files: ['src/render/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/discord/**', '**/commands/**', '**/bot/**', '**/cli/**'], message: 'Rendering imports the core only.' }] }],
    },
  },
  {
    files: ['commands/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/discord/**'], message: 'Commands are below the dispatch: move what both need downwards.' }] }],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
