// The command line as a V8 startup snapshot (scripts/build-snapshot.mjs bundles this file and has
// `node --build-snapshot` run it). While the snapshot is built, every module is loaded, compromise builds
// its language model, and made-up documents of every input format go through `run` into a temporary
// folder (snapshot-warm-up.ts), so that the lazily built tables (lexicons, gazetteers, the report's
// template) and the code and regular expressions a page needs are made once, here, instead of at every
// start. The snapshot's main function then runs the command line over the process's arguments.
//
// Nothing a document leaves behind may change the next one's output: the snapshot's output for every
// fixture is compared byte for byte with the plain module graph's in test/snapshot.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import nlp from 'compromise';
import { provideCompromise } from './extract/compromise.js';
import { setPackageImporter } from './import-package.js';
import { packageFile } from './package-files.js';
import { main } from './commands/main.js';
import { runProcess } from './cli-process.js';
import { workerThreads } from './batch/pool.js';
import { PARENT_PIPE } from './snapshot-launch.js';
import { WARM_UP_DOCUMENTS } from './snapshot-warm-up.js';

/** Runs the made-up warm-up documents (snapshot-warm-up.ts) through `run`, in one batch, into a temporary folder. */
function warmUp(): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'policy-extract-snapshot-'));
  const files = WARM_UP_DOCUMENTS.map(({ name, text }) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  });
  const sink = { write: () => true, isTTY: false };
  return main(['run', ...files, '--out', join(dir, 'out'), '--workers', '1'], { stdout: sink, stderr: sink } as never).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/**
 * Code from a snapshot has no loader for import(): PDF and Word input load their readers through one
 * made from the main context's, with packages resolved from policy-extract's own folder. Node marks that
 * loader experimental and says so, on stderr, where a user would take it for a problem with the
 * document: that one notice is dropped, and every other warning reaches node's own listeners.
 */
/**
 * A process started by the launcher (snapshot-launch.ts) ends when the launcher does: a run killed with
 * kill -9 is then gone whole, as it would be without the snapshot, and leaves no process writing.
 */
function endWithParent(): void {
  const fd = process.env[PARENT_PIPE];
  if (fd === undefined) return;
  delete process.env[PARENT_PIPE];
  const pipe = new Socket({ fd: Number(fd), readable: true, writable: false });
  const end = () => process.kill(process.pid, 'SIGKILL');
  pipe.on('end', end).on('error', end).resume().unref();
}

function installPackageImporter(): void {
  let load: ((url: string) => Promise<unknown>) | null = null;
  const loader = () => {
    const listeners = process.listeners('warning');
    process.removeAllListeners('warning');
    process.on('warning', (warning) => {
      if (warning.name === 'ExperimentalWarning' && /USE_MAIN_CONTEXT_DEFAULT_LOADER/.test(warning.message)) return;
      for (const listener of listeners) listener(warning);
    });
    return vm.runInThisContext('(url) => import(url)', { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }) as (url: string) => Promise<unknown>;
  };
  const resolve = createRequire(packageFile('package.json')).resolve;
  setPackageImporter((specifier) => (load ??= loader())(pathToFileURL(resolve(specifier)).href));
}

if (v8.startupSnapshot.isBuildingSnapshot()) {
  provideCompromise(nlp);
  // A regular expression run often enough is compiled to machine code, which V8 cannot write into a
  // snapshot (it stops with a fatal error). During the warm-up every expression is interpreted, so that
  // the snapshot holds bytecode only; both flags are then put back to their defaults (the snapshot
  // records the flags it was made with, and a process started with other flags refuses it), and in the
  // process started from it expressions are compiled to machine code as usual.
  v8.setFlagsFromString('--regexp-interpret-all');
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    endWithParent();
    installPackageImporter();
    workerThreads.available = false;
    runProcess(process.argv.slice(1));
  });
  warmUp().then(() => v8.setFlagsFromString('--no-regexp-interpret-all --regexp-tier-up')).catch((error: unknown) => {
    process.stderr.write(`policy-extract: the startup snapshot's warm-up run failed: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  });
}
