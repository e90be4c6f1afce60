// The CommonJS half of a dual package: every ESM file of dist/esm transpiled to CJS in dist/cjs,
// the declarations copied beside them, and a package.json that makes that folder CommonJS (so
// TypeScript reads the same .d.ts files there as CommonJS declarations). Run from a package folder.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { transformSync } from 'esbuild';

const ESM = 'dist/esm';
const CJS = 'dist/cjs';

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

rmSync(CJS, { recursive: true, force: true });
for (const file of files(ESM)) {
  const target = join(CJS, relative(ESM, file));
  mkdirSync(dirname(target), { recursive: true });
  if (file.endsWith('.js')) {
    const { code } = transformSync(readFileSync(file, 'utf8'), {
      format: 'cjs',
      target: 'node20',
      sourcefile: file,
    });
    writeFileSync(target, code);
  } else if (file.endsWith('.d.ts') || file.endsWith('.d.ts.map')) {
    copyFileSync(file, target);
  }
}
writeFileSync(join(CJS, 'package.json'), '{ "type": "commonjs" }\n');
