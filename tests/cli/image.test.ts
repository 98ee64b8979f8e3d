import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, runNode, sandbox, type Sandbox } from './run.js';

let box: Sandbox;
beforeAll(() => {
  ensureBuilt();
  box = sandbox();
});
afterAll(() => box.remove());

describe('resume-bot /timeline --image FILE', () => {
  it('given a .png file, prints the text timeline and writes the picture as a 1,200 px PNG', () => {
    const result = runNode(box, CLI, ['/timeline', '--image', 'career.png']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Career timeline');
    expect(result.stdout).toMatch(/[░█]{24} {2}PicPay/);
    const png = readFileSync(join(box.dir, 'career.png'));
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.readUInt32BE(16)).toBe(1200);
  });

  it('given a .svg file, writes the SVG the PNG is drawn from, without the private phone number', () => {
    const result = runNode(box, CLI, ['--image', 'career.svg', 'show me his career']);
    expect(result.status).toBe(0);
    const svg = readFileSync(join(box.dir, 'career.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1200"')).toBe(true);
    expect(svg).toContain('PicPay');
    const withPrivateCompany = runNode(box, CLI, ['/timeline', '--image', 'private.svg'], { env: { PRIVATE_FIELDS: 'work[0].name' } });
    expect(withPrivateCompany.status).toBe(0);
    expect(readFileSync(join(box.dir, 'private.svg'), 'utf8')).not.toContain('PicPay');
  });

  it('given an answer without a picture, answers and exits 1 saying so; a name that is not .png or .svg is a usage error', () => {
    const none = runNode(box, CLI, ['/skills', 'k8s', '--image', 'skills.png']);
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('Kubernetes');
    expect(none.stderr).toContain('has no picture');
    const gif = runNode(box, CLI, ['/timeline', '--image', 'career.gif']);
    expect(gif.status).toBe(2);
    expect(gif.stderr).toContain('must end in .png or .svg');
  });
});
