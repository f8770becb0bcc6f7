// Every test writes its scratch folders under one folder of this run, removed when the run ends: tests make
// folders with mkdtemp(os.tmpdir()), and os.tmpdir() reads TMPDIR, which the test processes (and the
// command-line runs and browsers they start) inherit from here. A run leaves nothing behind in the
// system's temporary folder, however many of its tests forget to clean up or fail half-way.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const saved = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'policy-extract-test-run-'));
  process.env.TMPDIR = root;
  return () => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    rmSync(root, { recursive: true, force: true });
  };
}
