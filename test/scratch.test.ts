import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename } from 'node:path';

describe('scratch folders', () => {
  it('the tests, and the processes they start, make theirs inside the run\'s own temporary folder', () => {
    expect(basename(tmpdir())).toMatch(/^policy-extract-test-run-/);
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { encoding: 'utf8' });
    expect(child.stdout).toBe(tmpdir());
  });
});
