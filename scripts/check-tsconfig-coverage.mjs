// Proves that every TypeScript file in the repository belongs to exactly one environment's
// tsconfig (see tsconfig.json): a file in none is never type-checked with the right globals, a
// file in two is checked under two sets of rules. Run by `npm run typecheck`.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const solution = ts.readConfigFile(resolve(root, 'tsconfig.json'), ts.sys.readFile).config;
const owners = new Map();
for (const { path } of solution.references) {
  const configPath = resolve(root, path);
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  for (const file of parsed.fileNames) {
    owners.set(resolve(file), [...(owners.get(resolve(file)) ?? []), path]);
  }
}

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
const problems = [];
for (const file of tracked) {
  const configs = owners.get(resolve(root, file)) ?? [];
  if (configs.length !== 1) problems.push(`${file}: in ${configs.length ? configs.join(', ') : 'no tsconfig'}`);
}
if (problems.length > 0) {
  console.error(`Each .ts/.tsx file must belong to exactly one tsconfig:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`tsconfig coverage: ${tracked.length} files, each in exactly one project.`);
