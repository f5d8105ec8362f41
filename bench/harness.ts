/** Timing helpers for `npm run bench`: medians over repeated runs, ratios against baselines of the same run. */

export interface Measurement {
  group: string;
  name: string;
  medianMs: number;
  runs: number;
  /** The measurement of the same group this one is compared with. */
  baseline?: string;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs `fn` once to warm up, then until `minRuns` runs and `minMs` total have passed (at most `maxRuns`). */
export function measure(group: string, name: string, fn: () => unknown, opts: { minRuns?: number; minMs?: number; maxRuns?: number; baseline?: string } = {}): Measurement {
  const { minRuns = 5, minMs = 500, maxRuns = 200 } = opts;
  fn();
  const times: number[] = [];
  const begin = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - begin < minMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { group, name, medianMs: median(times), runs: times.length, baseline: opts.baseline };
}

/** One thing to time; `prepare` runs before each timed run, outside the timing. */
export interface Subject {
  name: string;
  run: () => unknown;
  prepare?: () => void;
}

/**
 * Runs a baseline and the subjects compared with it in turns, one run of each per round. On a machine
 * shared with other work a burst of load then slows a subject and its baseline alike, so the ratios
 * hold even when the times do not.
 */
export function measureInTurns(
  group: string, baseline: Subject, subjects: readonly Subject[],
  opts: { minRounds?: number; minMs?: number; maxRounds?: number } = {},
): Measurement[] {
  const { minRounds = 5, minMs = 500, maxRounds = 200 } = opts;
  const all = [baseline, ...subjects];
  for (const s of all) {
    s.prepare?.();
    s.run();
  }
  const times = all.map((): number[] => []);
  const begin = performance.now();
  for (let round = 0; round < maxRounds && (round < minRounds || performance.now() - begin < minMs); round++) {
    all.forEach((s, i) => {
      s.prepare?.();
      const t0 = performance.now();
      s.run();
      times[i].push(performance.now() - t0);
    });
  }
  return all.map((s, i) => ({ group, name: s.name, medianMs: median(times[i]), runs: times[i].length, baseline: i ? baseline.name : undefined }));
}

export async function measureAsync(group: string, name: string, fn: () => Promise<unknown>, opts: { minRuns?: number; maxRuns?: number; baseline?: string } = {}): Promise<Measurement> {
  const { minRuns = 5, maxRuns = 20 } = opts;
  await fn();
  const times: number[] = [];
  while (times.length < Math.max(minRuns, 1) && times.length < maxRuns) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { group, name, medianMs: median(times), runs: times.length, baseline: opts.baseline };
}

export function printTable(results: Measurement[]): void {
  const rows = results.map((r) => {
    const base = r.baseline ? results.find((b) => b.group === r.group && b.name === r.baseline) : undefined;
    return {
      group: r.group,
      name: r.name,
      median: r.medianMs < 1 ? `${(r.medianMs * 1000).toFixed(0)} µs` : `${r.medianMs.toFixed(2)} ms`,
      runs: String(r.runs),
      ratio: base ? `${(r.medianMs / base.medianMs).toFixed(2)}× ${r.baseline}` : '',
    };
  });
  const cols = ['group', 'name', 'median', 'runs', 'ratio'] as const;
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => r[c].length))])) as Record<(typeof cols)[number], number>;
  const line = (r: Record<(typeof cols)[number], string>) => cols.map((c) => r[c].padEnd(width[c])).join('  ').trimEnd();
  console.log(line({ group: 'group', name: 'name', median: 'median', runs: 'runs', ratio: 'ratio' }));
  console.log(cols.map((c) => '-'.repeat(width[c])).join('  '));
  for (const r of rows) console.log(line(r));
}
