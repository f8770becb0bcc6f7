#!/usr/bin/env node
// policy-extract's command line: src/commands/main.ts does the work; this file only connects it to the
// process (arguments, output streams, exit code, signals).
import { main } from './commands/main.js';

// Output piped into a command that stops reading (`| head`) ends the program quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, exit: (code) => process.exit(code) }).then(
  (code) => {
    process.exitCode = code;
  },
  // main() turns every error into an exit code; this is for one thrown while it reported another.
  (error: unknown) => {
    process.stderr.write(`policy-extract: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 3;
  },
);
