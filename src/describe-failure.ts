// The message for a document that could not be processed: one line naming the file (and the line when
// known) and what to do; the stack only with --debug. Light on imports, so the main thread of a batch
// can use it without loading the pipeline.
import { LoadError } from './stages/load-document.js';

export function describeFailure(path: string, error: unknown, debug: boolean): string {
  if (error instanceof LoadError) {
    return `${path}${error.line ? `:${error.line}` : ''}: cannot be read: ${error.message} [${error.ruleId}]`;
  }
  const err = error as NodeJS.ErrnoException;
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return `${path}: cannot be read: permission denied; check the file's permissions`;
  if (err?.code === 'ENOENT') return `${path}: cannot be read: the file no longer exists`;
  if (err?.code === 'EISDIR') return `${path}: is a folder, not a file`;
  const base = `${path}: failed: ${err?.message ?? String(error)}`;
  return debug && err?.stack ? `${base}\n${err.stack}` : `${base} (run again with --debug for details, and report it with this file)`;
}
