// `--shard i/N`: one of N disjoint parts of a run, so one run can be spread over N machines or jobs.
// Shard i takes the documents whose 0-based index in the sorted input list, modulo N, is i-1: with
// N = 3, shard 1/3 takes documents 0, 3, 6…, shard 2/3 takes 1, 4, 7…, shard 3/3 takes 2, 5, 8….
// Every document falls in exactly one shard, and shards differ in size by at most one document.

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export class ShardError extends Error {}

/** Parses "2/8"; throws ShardError with a message for the user on anything else. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new ShardError(`--shard takes i/N, the shard number and the number of shards, e.g. --shard 1/4; got "${text}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(count) || count < 1) throw new ShardError(`--shard ${text}: the number of shards must be 1 or more`);
  if (!Number.isSafeInteger(index) || index < 1 || index > count) {
    throw new ShardError(`--shard ${text}: the shard number must be from 1 to ${count}, e.g. --shard 1/${count}`);
  }
  return { index, count };
}

/** The items of one shard, in their order. */
export function selectShard<T>(items: readonly T[], shard: Shard | null | undefined): T[] {
  if (!shard) return [...items];
  return items.filter((_, k) => k % shard.count === shard.index - 1);
}
