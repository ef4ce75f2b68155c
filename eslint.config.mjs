// ESLint flat config for the whole repository. Fast (no type-aware rules: tsc already checks
// types) and strict where it matters: each folder may only import what its ring allows, so
// db/ and the core never pull in Electron, and the renderer never touches Node or the database.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

const noElectron = {
  name: 'electron',
  message:
    'Only main/shells/electron/ and preload/ may import electron: keep the core usable from the CLI and browser mode.',
};

/** Each entry: a folder (glob), the imports it may not make. Every file matches one entry at most. */
const restrictedImports = [
  {
    files: ['db/**/*.ts'],
    paths: [noElectron],
    patterns: [
      {
        group: ['**/main/**', '**/renderer/**', '**/preload/index*'],
        message: 'db/ is the innermost ring: it may import only preload/api and db/.',
      },
    ],
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/shells/**', 'main/tools/**', 'main/test-support/**'],
    paths: [noElectron],
    patterns: [
      {
        group: ['**/renderer/**', '**/shells/**', '**/preload/index*'],
        message: 'The core may not depend on a shell or the renderer.',
      },
    ],
  },
  {
    files: ['main/shells/electron/policy/**/*.ts'],
    // Types only: the policy modules run (and are tested) in plain Node.
    paths: [
      {
        ...noElectron,
        message: 'main/shells/electron/policy/ holds plain-Node decisions so they can be unit tested without Electron.',
        allowTypeImports: true,
      },
    ],
    patterns: [],
  },
  {
    files: ['preload/index.ts'],
    paths: [
      ...NODE_BUILTINS.map((name) => ({
        name,
        message: 'The preload runs sandboxed: only electron and ./api are available.',
      })),
      { name: 'better-sqlite3', message: 'The preload runs sandboxed.' },
    ],
    patterns: [
      {
        group: ['node:*', '**/main/**', '**/db/**', '**/renderer/**'],
        message: 'The preload runs sandboxed: only electron and ./api are available.',
      },
    ],
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    paths: [
      { name: 'electron', message: 'The renderer reaches the app only through window.dossier (see renderer/src/api).' },
      { name: 'better-sqlite3', message: 'The renderer never sees the database; call the API.' },
      ...NODE_BUILTINS.map((name) => ({
        name,
        message: 'The renderer runs in a sandboxed web page: no Node modules.',
      })),
    ],
    patterns: [
      { group: ['node:*'], message: 'The renderer runs in a sandboxed web page: no Node modules.' },
      {
        group: ['**/main/**', '**/db/**', '**/preload/index*'],
        message: 'The renderer may import only preload/api (types and constants) from outside renderer/.',
      },
    ],
  },
].map(({ files, ignores, paths, patterns }) => ({
  files,
  ...(ignores ? { ignores } : {}),
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
}));

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      '.vite/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSAnyKeyword', message: 'Do not cast to any; use unknown and check it.' },
      ],
      // Written-out escapes (\u200d in a class of invisible characters) are deliberate.
      'no-misleading-character-class': ['error', { allowEscape: true }],
      // Flags defensive initialisers (`let x = null; try { x = f() } catch { x = null }`); tsc's
      // definite-assignment checks already catch the real mistakes this rule is after.
      'no-useless-assignment': 'off',
    },
  },
  {
    files: [
      'main/**/*.ts',
      'db/**/*.ts',
      'preload/**/*.ts',
      'e2e/**/*.ts',
      'scripts/**/*.{ts,mjs,js}',
      'build/**/*.mjs',
      '*.config.{ts,mjs}',
      'electron.vite.config.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  ...restrictedImports,
  {
    // The contract is the innermost ring: every ring imports it, so its files import only each
    // other (./sibling), and preload/api.ts only re-exports them.
    files: ['preload/contract/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSAnyKeyword', message: 'Do not cast to any; use unknown and check it.' },
        ...['ImportDeclaration', 'ExportAllDeclaration', 'ExportNamedDeclaration[source]'].map((node) => ({
          selector: `${node}[source.value!=/^\\.\\/[a-z-]+$/]`,
          message: 'The contract imports only ./ siblings: it is plain TypeScript every ring shares.',
        })),
        {
          selector: 'TSImportType',
          message: 'The contract imports only ./ siblings: it is plain TypeScript every ring shares.',
        },
      ],
    },
  },
  {
    files: ['preload/api.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportDeclaration', message: 'preload/api.ts only re-exports preload/contract/.' },
        ...['ExportAllDeclaration', 'ExportNamedDeclaration[source]'].map((node) => ({
          selector: `${node}[source.value!=/^\\.\\/contract\\/[a-z-]+$/]`,
          message: 'preload/api.ts only re-exports preload/contract/.',
        })),
        { selector: 'TSImportType', message: 'preload/api.ts only re-exports preload/contract/.' },
      ],
    },
  },
);
