// `npm run lint`: typescript-eslint's type-checked rules (floating promises, unsafe any, …) over
// the TypeScript of src, test, bench and scripts; Prettier owns the layout.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', '.tap/', '.data/', 'openapi/', 'sdk/']),
  {
    files: ['{src,test,bench,scripts}/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { dropped: _dropped, ...kept } = row` is how the code leaves a field out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // tap awaits the subtests and assertions a test starts; their promises are not left floating.
    files: ['test/**/*.ts'],
    rules: {
      // tap ends a subtest when the promise its callback returns settles: `async (t) => { … }`
      // without an await is how a synchronous subtest ends.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: '@tapjs/test', name: ['test'] },
            { from: 'package', package: '@tapjs/asserts', name: ['rejects', 'resolves', 'resolveMatch'] },
          ],
        },
      ],
    },
  },
);
