// `policy-extract explain`: the entities of one sentence and the rule behind each
// (src/explain/sentence.ts), or why a commitment got its status (src/explain/commitment.ts).
import { InputError, UsageError, wholeNumber, type Command } from './command.js';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'shows the entities of one sentence and the rule behind each, or why a commitment got its status',
  usage: ['explain "<sentence>" [--phase-year YEAR]', 'explain <file> --commitment <id|all>'],
  description:
    'Prints the entities of one sentence and the rule that produced each (type, text, span, value, rule). ' +
    'With --commitment, why a commitment of <file> got its status: the progress sentences searched, their scores and the words and entities they share.',
  options: {
    'phase-year': { type: 'string', value: 'YEAR', help: 'the year of the phase heading the sentence sits under, which dates "in October" (a year from 1900 to 2100)' },
    commitment: { type: 'string', value: 'ID', help: 'a commitment id (u03.p1.s2.c) or its sentence id, or all: explains its follow-through in <file>' },
  },
  exitCodes: {
    0: 'explained',
    1: 'the file cannot be read or holds no such commitment (the message names it and what to do)',
  },
  examples: ['explain "In October around 10% of staff took part in a 6-week course." --phase-year 2014', 'explain page.txt --commitment all'],
  async run(values, positionals, io) {
    if (values.commitment !== undefined) {
      if (values['phase-year'] !== undefined) throw new UsageError('--phase-year goes with a sentence; with --commitment, the phases come from the file');
      if (positionals.length !== 1) throw new UsageError('explain --commitment needs one file: policy-extract explain page.txt --commitment u03.p1.s2.c');
      const { explainCommitments, ExplainError } = await import('../explain/commitment.js');
      try {
        io.stdout.write(explainCommitments(positionals[0], values.commitment as string));
        return 0;
      } catch (error) {
        if (error instanceof ExplainError) throw new InputError(error.message);
        throw error;
      }
    }
    if (positionals.length === 0) throw new UsageError('explain needs a sentence in quotes: policy-extract explain "We trained 40 staff in June 2014."');
    const year = values['phase-year'] === undefined ? null : wholeNumber('phase-year', values['phase-year'] as string, 1900, 2100, ', e.g. --phase-year 2014');
    const { explainSentence } = await import('../explain/sentence.js');
    io.stdout.write(explainSentence(positionals.join(' '), year));
    return 0;
  },
};
