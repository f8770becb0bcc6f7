// The extractors, in the order they run. Order does not decide overlaps (resolveOverlaps does: the
// longer span wins, then the more specific type), but it is fixed so that ties break the same way
// on every run.
import type { Extractor } from './types.js';
import { moneyExtractor } from './money.js';
import { percentExtractor } from './percent.js';
import { durationExtractor } from './durations.js';
import { dateExtractor } from './dates.js';
import { numberExtractor } from './numbers.js';
import { ratioExtractor } from './ratios.js';
import { relativeDateExtractor } from './relative-dates.js';
import { acronymUsesExtractor } from './acronym-uses.js';
import { properNamesExtractor } from './proper-names.js';
import { namesExtractor } from './names.js';
import { sentenceCaseServicesExtractor, serviceNamesExtractor, toVerbNamesExtractor } from './service-names.js';
import type { LocalMention, SentenceContext } from '../model.js';
import { resolveOverlaps } from './spans.js';
import { qualifyAmounts } from './qualifiers.js';
import { withInterval } from './date-intervals.js';

export const EXTRACTORS: readonly Extractor[] = [
  moneyExtractor,
  percentExtractor,
  durationExtractor,
  dateExtractor,
  numberExtractor,
  ratioExtractor,
  relativeDateExtractor,
  acronymUsesExtractor,
  properNamesExtractor,
  namesExtractor,
  serviceNamesExtractor,
  toVerbNamesExtractor,
  sentenceCaseServicesExtractor,
];

/**
 * All mentions of one sentence, overlaps resolved, in text order; then the amounts get their
 * qualifiers and ranges, and every date its interval of days.
 */
export function extractSentence(context: SentenceContext, extractors: readonly Extractor[] = EXTRACTORS): LocalMention[] {
  const candidates: LocalMention[] = [];
  for (const extractor of extractors) candidates.push(...extractor.extract(context));
  return qualifyAmounts(context.text, resolveOverlaps(candidates)).map(withInterval);
}
