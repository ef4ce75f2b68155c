// ESLint flat config for the whole repository. Type-aware only for the two promise rules (tsc
// already checks types) and strict where it matters: each folder may only import what its ring allows, so
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
    'Only main/shells/electron/ and preload/index.ts may import electron: keep the core usable from the CLI and browser mode.',
};
const noNode = (message) => [...NODE_BUILTINS.map((name) => ({ name, message })), { name: 'better-sqlite3', message }];
const noNodeScheme = (message) => ({ group: ['node:*'], message });

/** Folder patterns of the rings, as they appear in a relative import specifier. */
const RENDERER = '**/renderer/**';
const PRELOAD_INDEX = '**/preload/index*';
const SHELLS = '**/shells/**';
const TOOLS = '**/tools/**';
const TEST_SUPPORT = '**/test-support/**';
const DB = '**/db/**';
const MAIN = '**/main/**';

const testSupportMessage = 'main/test-support/ is for tests and main/tools/ only.';

/** Core internals: shells reach the core only through its entry, main/core/index.ts. */
const coreInternals = {
  group: ['**/core/**', '!**/core/index', '!**/core/index.ts', DB],
  message: 'A shell imports only the core entry (main/core/index.ts) and the contract: not core internals or db/.',
};

/** Shell folders a given shell may not reach into: each shell imports only its own folder. */
const otherShells = (own) => ({
  group: ['cli', 'http', 'electron'].filter((shell) => shell !== own).map((shell) => `**/${shell}/**`),
  message: `main/shells/${own}/ may import only its own folder, the core entry and the contract.`,
});
/**
 * The two shell files that may reach past their own folder, and why. They keep the core-internals
 * ban: like every shell file they reach the core only through main/core/index.ts.
 */
const SHELL_EXCEPTIONS = {
  // `dossier serve` is how browser mode starts: the CLI launches the HTTP shell.
  'main/shells/cli/commands/serve.ts': 'http',
  // `dossier bench` runs the benchmarks, which live in main/tools/ (CLI.md lists the command).
  'main/shells/cli/commands/bench.ts': 'tools',
};

/**
 * The zones of one shell folder: its code, and its tests (which may also use
 * main/test-support/); plus, temporarily, its allowlisted files without the core-internals ban.
 */
function shellZones(own, folder, { except = [], paths = [] } = {}) {
  const inFolder = (file) => file.startsWith(folder) && !except.some((sub) => file.startsWith(sub));
  const allowlisted = Object.keys(SHELL_EXCEPTIONS).filter(inFolder);
  const ignores = [...except.map((sub) => `${sub}**`), ...allowlisted];
  const patterns = [
    otherShells(own),
    { group: [TOOLS, RENDERER, PRELOAD_INDEX], message: 'A shell may not import tools, the renderer or the preload.' },
  ];
  return [
    {
      files: [`${folder}**/*.ts`],
      ignores: [...ignores, '**/*.test.ts'],
      paths,
      patterns: [coreInternals, ...patterns, { group: [TEST_SUPPORT], message: testSupportMessage }],
    },
    // Tests set up and inspect libraries below the entry (db/, core internals, test support).
    { files: [`${folder}**/*.test.ts`], ignores, paths, patterns },
    // See SHELL_EXCEPTIONS.
    {
      files: allowlisted,
      paths,
      patterns: [coreInternals, { group: [RENDERER, PRELOAD_INDEX], message: patterns[1].message }],
    },
  ];
}

/**
 * Each zone: a folder (glob), the imports it may not make. Every file matches one zone at most
 * (a later zone would replace an earlier one's rule for the files both match).
 */
const restrictedImports = [
  {
    // The contract imports nothing outside itself, so every ring (including the sandboxed
    // preload and the renderer) can import it.
    files: ['preload/api.ts'],
    patterns: [
      { regex: '^(?!\\./contract/[\\w.-]+$)', message: 'preload/api.ts may import only preload/contract/ files.' },
    ],
  },
  {
    files: ['preload/contract/**/*.ts'],
    patterns: [
      {
        regex: '^(?!\\./[\\w.-]+$|\\.\\./api$)',
        message: 'A contract file may import only other contract files (preload/contract/, preload/api.ts).',
      },
    ],
  },
  {
    files: ['db/**/*.ts'],
    paths: [noElectron],
    patterns: [
      {
        group: [MAIN, RENDERER, PRELOAD_INDEX],
        message: 'db/ is the innermost ring after the contract: it may import only the contract and db/.',
      },
    ],
  },
  {
    files: ['main/core/**/*.ts'],
    ignores: ['main/core/**/*.test.ts'],
    paths: [noElectron],
    patterns: [
      {
        group: [SHELLS, TOOLS, RENDERER, PRELOAD_INDEX],
        message: 'The core may not depend on a shell, tools or the renderer.',
      },
      { group: [TEST_SUPPORT], message: testSupportMessage },
    ],
  },
  {
    // Core tests may also build their fixtures with main/test-support/.
    files: ['main/core/**/*.test.ts'],
    paths: [noElectron],
    patterns: [
      {
        group: [SHELLS, TOOLS, RENDERER, PRELOAD_INDEX],
        message: 'The core may not depend on a shell, tools or the renderer.',
      },
    ],
  },
  ...shellZones('cli', 'main/shells/cli/', { paths: [noElectron] }),
  ...shellZones('http', 'main/shells/http/', { paths: [noElectron] }),
  ...shellZones('electron', 'main/shells/electron/', { except: ['main/shells/electron/policy/'] }),
  // Types only: the policy modules run (and are tested) in plain Node.
  ...shellZones('electron', 'main/shells/electron/policy/', {
    paths: [
      {
        ...noElectron,
        message: 'main/shells/electron/policy/ holds plain-Node decisions so they can be unit tested without Electron.',
        allowTypeImports: true,
      },
    ],
  }),
  {
    // Benchmarks may use anything in main/ and the test helpers, but stay runnable from the CLI.
    files: ['main/tools/**/*.ts'],
    paths: [noElectron],
    patterns: [{ group: [RENDERER, PRELOAD_INDEX], message: 'main/tools/ may import main/, db/ and the contract.' }],
  },
  {
    files: ['main/test-support/**/*.ts'],
    paths: [noElectron],
    patterns: [
      {
        group: [TOOLS, RENDERER, PRELOAD_INDEX],
        message: 'main/test-support/ may import the core, the shells, db/ and the contract.',
      },
    ],
  },
  {
    files: ['preload/index.ts'],
    paths: noNode('The preload runs sandboxed: only electron and the contract are available.'),
    patterns: [
      {
        regex: '^(?!electron$|\\./api$|\\./contract/[\\w.-]+$)',
        message: 'The preload runs sandboxed: only electron and the contract are available.',
      },
    ],
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // Its own zone below: the test that runs the core's and the renderer's sanitizer side by side.
    ignores: ['renderer/src/reader/sanitize-parity.test.ts'],
    paths: [
      { name: 'electron', message: 'The renderer reaches the app only through window.dossier (see renderer/src/api).' },
      ...noNode('The renderer runs in a sandboxed web page: no Node modules, no database.'),
    ],
    patterns: [
      noNodeScheme('The renderer runs in a sandboxed web page: no Node modules.'),
      {
        group: [MAIN, DB, PRELOAD_INDEX],
        message: 'The renderer may import only the contract (preload/api, preload/contract/) from outside renderer/.',
      },
    ],
  },
  {
    files: ['renderer/src/reader/sanitize-parity.test.ts'],
    paths: [{ name: 'electron', message: 'The renderer reaches the app only through window.dossier.' }],
    patterns: [
      {
        regex: '^\\.\\./\\.\\./\\.\\./(?!main/core/import/sanitize-html$)',
        message: 'Only the core sanitizer may be imported here, to compare it with the renderer one.',
      },
    ],
  },
]
  .filter(({ files }) => files.length > 0)
  .map(({ files, ignores, paths = [], patterns }) => ({
    files,
    ...(ignores && ignores.length > 0 ? { ignores } : {}),
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
  {
    // Type-aware, but only for the two promise rules: a rejected promise nobody awaits is a write
    // that fails silently. The project service finds each file's tsconfig through tsconfig.json.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  ...restrictedImports,
);
