// The README's table of message rule ids, generated from src/rules.ts.
import { RULES } from './rules.js';

export function rulesMarkdown(): string {
  const rows = Object.entries(RULES).map(([id, [severity, meaning]]) => `| \`${id}\` | ${severity} | ${meaning.replace(/\|/g, '\\|')} |`);
  return ['| ruleId | severity | meaning |', '|---|---|---|', ...rows].join('\n');
}
