// Starting a command from the startup snapshot. `npm run build` writes dist/snapshot/cli.blob (V8's heap
// after loading every module and compromise's language model; see cli-snapshot.ts) and a stamp beside it
// naming the Node.js it was made by, where dist/ was, and when dist/ was compiled. When the stamp matches
// this process, the command runs in a child `node --snapshot-blob …`, which starts with all of that
// already in memory; otherwise, and when POLICY_EXTRACT_SNAPSHOT=0, it runs here. Only this file (and
// package-files.ts) is loaded before that choice is made.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageFile } from './package-files.js';

/**
 * The exit code of a command started from the snapshot that needs what a snapshot's process cannot
 * give (worker threads for a batch): it has done nothing, and runs again here.
 */
export const EXIT_WITHOUT_SNAPSHOT = 75;

/** Node's exit code when it cannot load a startup snapshot (made with other V8 flags, or damaged): nothing ran. */
const EXIT_SNAPSHOT_REFUSED = 14;

/** The environment variable that tells a child started from the snapshot which descriptor is its parent's pipe. */
export const PARENT_PIPE = 'POLICY_EXTRACT_PARENT_PIPE';

/** What the snapshot was made by and from; all must match for it to be used. */
export interface SnapshotStamp {
  node: string;
  platform: string;
  arch: string;
  /** The blob's own path: a copied or moved dist/ has to be built again. */
  blob: string;
  /** The modification time (ms) of dist/.tsbuildinfo when the snapshot was made: a new compile unmatches it. */
  compiled: number;
  /**
   * The digest of what the blob was made from (the bundle, the build script, Node.js), which the build
   * compares to skip making an identical blob again; not compared here.
   */
  digest?: string;
}

export const SNAPSHOT_BLOB = fileURLToPath(packageFile('dist/snapshot/cli.blob'));
export const SNAPSHOT_STAMP = `${SNAPSHOT_BLOB}.json`;
// tsc rewrites its build information whenever it compiles anything (the build is incremental: files that did
// not change are not written again).
export const COMPILED_MARK = fileURLToPath(packageFile('dist/.tsbuildinfo'));

/** The stamp a snapshot made now, by this process's Node.js, would carry. */
export function currentStamp(): SnapshotStamp {
  return { node: process.version, platform: process.platform, arch: process.arch, blob: SNAPSHOT_BLOB, compiled: statSync(COMPILED_MARK).mtimeMs };
}

/** Whether a snapshot with this stamp can be used by this process: every field must match. */
export function stampMatches(stamp: Partial<SnapshotStamp>, now: SnapshotStamp = currentStamp()): boolean {
  return (Object.keys(now) as Array<keyof SnapshotStamp>).every((key) => stamp[key] === now[key]);
}

/** Whether dist/snapshot holds a blob this process can start from. */
export function snapshotUsable(): boolean {
  try {
    return stampMatches(JSON.parse(readFileSync(SNAPSHOT_STAMP, 'utf8')) as SnapshotStamp);
  } catch {
    return false;
  }
}

/**
 * Runs the command line in a child process started from the snapshot, if there is a usable one, and
 * resolves to true when it has ended (its exit code or signal passed on); resolves to false, having
 * started nothing, to have the caller run the command here. Options before a command (`--help`,
 * `--version`) stay here, where node would read them as its own. So does a process given node or V8
 * options (on its command line or in NODE_OPTIONS): V8 refuses a snapshot made with other flags.
 */
export function launchSnapshot(argv: string[]): Promise<boolean> {
  if (process.env.POLICY_EXTRACT_SNAPSHOT === '0') return Promise.resolve(false);
  if (argv.length === 0 || argv[0].startsWith('-')) return Promise.resolve(false);
  if (process.execArgv.length > 0 || process.env.NODE_OPTIONS || !snapshotUsable()) return Promise.resolve(false);
  // The parent's pipe is read as a socket on a file descriptor, which is POSIX only.
  if (process.platform === 'win32') return Promise.resolve(false);
  // The child's fourth descriptor is a pipe from this process: when this process ends, however it ends
  // (kill -9 included), the pipe closes and the child ends too (see cli-snapshot.ts).
  const child = spawn(process.execPath, ['--snapshot-blob', SNAPSHOT_BLOB, ...argv], {
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
    env: { ...process.env, [PARENT_PIPE]: '3' },
  });
  // A signal to this process is passed on; the child cleans up and exits 130, which is passed on in turn.
  // (A terminal's Ctrl-C reaches both processes, so the child can get it twice; it acts on the first.)
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const pass = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of signals) process.on(signal, pass);
  const release = () => {
    for (const signal of signals) process.off(signal, pass);
  };
  return new Promise((resolve) => {
    child.once('error', () => {
      release();
      resolve(false);
    });
    child.once('exit', (code, signal) => {
      release();
      if (code === EXIT_WITHOUT_SNAPSHOT || code === EXIT_SNAPSHOT_REFUSED) return resolve(false);
      if (signal) process.kill(process.pid, signal);
      else process.exitCode = code ?? 3;
      resolve(true);
    });
  });
}
