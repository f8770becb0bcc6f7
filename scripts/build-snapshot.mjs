// Builds the command line's startup snapshot (part of `npm run build`, after tsc):
//   1. esbuild bundles src/cli-snapshot.ts and everything it imports into dist/snapshot/cli.cjs (a snapshot
//      is made from one script; node's snapshot builder loads no modules of its own);
//   2. `node --build-snapshot` runs that script (every module loaded, compromise's model built, a warm-up
//      document run) and writes V8's heap to dist/snapshot/cli.blob;
//   3. the blob is tried (`run --help` through it), and only then is its stamp written, which
//      src/snapshot-launch.ts checks before using it.
// A blob is made from the bundle, this script and this Node.js alone: when their digest is the one the
// last stamp records and the blob is there, steps 2 and 3 are skipped and only the stamp is written
// again (tsc may have compiled files the bundle does not hold, which moves the stamp's compile time).
// The blob belongs to this machine's Node.js and this dist/: it is not part of the published package.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'dist', 'snapshot');
const bundle = join(dir, 'cli.cjs');
const { SNAPSHOT_BLOB, SNAPSHOT_STAMP, currentStamp } = await import(join(root, 'dist', 'snapshot-launch.js'));

function fail(message, detail = '') {
  process.stderr.write(`build-snapshot: ${message}\n${detail}`);
  process.exit(1);
}

let previous = null;
try {
  previous = JSON.parse(readFileSync(SNAPSHOT_STAMP, 'utf8'));
} catch {
  previous = null;
}
// A stale stamp must never outlive a failed build.
rmSync(SNAPSHOT_STAMP, { force: true });
mkdirSync(dir, { recursive: true });

await build({
  entryPoints: [join(root, 'src', 'cli-snapshot.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // The same build of compromise the module graph requires (src/extract/compromise.ts).
  alias: { compromise: createRequire(join(root, 'package.json')).resolve('compromise') },
  // Loaded at run time through src/import-package.ts, only for PDF and Word input.
  external: ['pdfjs-dist', 'mammoth'],
  // Every module that asks where it is (src/package-files.ts) is told dist/package-files.js.
  define: { 'import.meta.url': '__policyExtractPackageFilesUrl' },
  banner: { js: 'var __policyExtractPackageFilesUrl = require("node:url").pathToFileURL(require("node:path").join(__dirname, "..", "package-files.js")).href;' },
});

// What the blob is made from: the bundle, this script, and the Node.js that runs it.
const digest = createHash('sha256')
  .update(readFileSync(bundle))
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .update(`${process.version} ${process.platform} ${process.arch}`)
  .digest('hex');
if (previous?.digest === digest && previous.blob === SNAPSHOT_BLOB && existsSync(SNAPSHOT_BLOB)) {
  writeFileSync(SNAPSHOT_STAMP, JSON.stringify({ ...currentStamp(), digest }, null, 2) + '\n');
  process.exit(0);
}
rmSync(SNAPSHOT_BLOB, { force: true });

const made = spawnSync(process.execPath, ['--snapshot-blob', SNAPSHOT_BLOB, '--build-snapshot', bundle], { cwd: root, encoding: 'utf8' });
if (made.status !== 0) fail(`node --build-snapshot failed (exit ${made.status})`, made.stderr);

const tried = spawnSync(process.execPath, ['--snapshot-blob', SNAPSHOT_BLOB, 'run', '--help'], { cwd: root, encoding: 'utf8' });
if (tried.status !== 0 || !tried.stdout.startsWith('Usage:\n  policy-extract run ') || tried.stderr !== '') {
  rmSync(SNAPSHOT_BLOB, { force: true });
  fail(`the snapshot did not start (exit ${tried.status})`, tried.stderr + tried.stdout.slice(0, 500));
}
writeFileSync(SNAPSHOT_STAMP, JSON.stringify({ ...currentStamp(), digest }, null, 2) + '\n');
