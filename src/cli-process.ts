// Connects the command line (src/commands/main.ts) to a process: its arguments, output streams, exit code
// and signals. Both ways of starting the program end here: the plain module graph (cli.ts) and the startup
// snapshot (cli-snapshot.ts).
import { main } from './commands/main.js';

export function runProcess(argv: string[]): void {
  // Output piped into a command that stops reading (`| head`) ends the program quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(argv, { stdout: process.stdout, stderr: process.stderr, exit: (code) => process.exit(code) }).then(
    (code) => {
      process.exitCode = code;
    },
    // main() turns every error into an exit code; this is for one thrown while it reported another.
    (error: unknown) => {
      process.stderr.write(`policy-extract: internal error: ${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
