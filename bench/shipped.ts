/**
 * Where the shipped build is: the bench compiles to dist-bench/ (with its own copy of src/ for
 * what it runs in process), but every process it measures is the one `npm start` and the
 * `resume-bot` CLI run, from dist/ (the CLI there is the bundled one).
 */
import { join } from 'node:path';
import { packageRoot } from '../src/app/env.js';

export function shipped(path: string): string {
  const root = packageRoot();
  if (!root) throw new Error('bench: cannot find the package root (package.json)');
  return join(root, 'dist', path);
}
