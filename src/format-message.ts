// A message as one line, the way compilers and linters print them: "page.html:10:5: phase heading …
// appears a second time … [duplicate-phase]"; without a place, "page.html: reason [ruleId]".
import type { Message } from './document.js';

export function formatMessage(file: string, message: Pick<Message, 'reason' | 'ruleId' | 'place'>): string {
  const where = message.place ? `:${message.place.start.line}:${message.place.start.column}` : '';
  return `${file}${where}: ${message.reason} [${message.ruleId}]`;
}
