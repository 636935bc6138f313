import { pathToFileURL } from 'node:url';
import { linkRecords } from './link-records';
import { generateNoisyDataset, type NoisyDataset, type NoisyDatasetOptions } from './noisy-dataset';

export type Rate = { precision: number; recall: number };

export type LinkingMetrics = {
  seed: number;
  records: number;
  /** Records whose identity the system can know (it has a full CPR somewhere): what recall is measured against. */
  linkable: number;
  auto: Rate & { links: number; falseLinks: number };
  /** Single-candidate suggestions count as links: one candidate invites a click. */
  suggestions: Rate & { single: number; falseLinks: number; ambiguous: number; ambiguousWithTruth: number };
  /** Auto links and single-candidate suggestions together. */
  precision: number;
  recall: number;
  falseLinks: number;
  misses: number;
};

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function measureLinking(dataset: NoisyDataset): LinkingMetrics {
  const { byCitizen, suggestions } = linkRecords(dataset.records, dataset.decisions);
  const knownCprs = new Set<string>();
  for (const cpr of byCitizen.keys()) knownCprs.add(cpr);
  const linkable = [...dataset.truth.values()].filter((cpr) => knownCprs.has(cpr)).length;
  const withoutCpr = dataset.records.filter((r) => !r.citizen.cpr).map((r) => dataset.truth.get(`${r.system}|${r.kind}|${r.nativeId}`));
  const suggestable = withoutCpr.filter((cpr) => cpr && knownCprs.has(cpr)).length;

  let autoLinks = 0;
  let autoCorrect = 0;
  for (const [cpr, keys] of byCitizen) {
    for (const key of keys) {
      autoLinks++;
      if (dataset.truth.get(key) === cpr) autoCorrect++;
    }
  }
  let single = 0;
  let singleCorrect = 0;
  let ambiguous = 0;
  let ambiguousWithTruth = 0;
  for (const s of suggestions) {
    const truth = dataset.truth.get(s.recordKey);
    if (s.ambiguous) {
      ambiguous++;
      if (s.candidates.some((c) => c.cpr === truth)) ambiguousWithTruth++;
    } else {
      single++;
      if (s.candidates[0]?.cpr === truth) singleCorrect++;
    }
  }
  const links = autoLinks + single;
  const correct = autoCorrect + singleCorrect;
  return {
    seed: dataset.seed,
    records: dataset.records.length,
    linkable,
    auto: { links: autoLinks, falseLinks: autoLinks - autoCorrect, precision: ratio(autoCorrect, autoLinks), recall: ratio(autoCorrect, linkable) },
    suggestions: {
      single,
      falseLinks: single - singleCorrect,
      ambiguous,
      ambiguousWithTruth,
      precision: ratio(singleCorrect, single),
      recall: ratio(singleCorrect, suggestable),
    },
    precision: ratio(correct, links),
    recall: ratio(correct, linkable),
    falseLinks: links - correct,
    misses: linkable - correct,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

export function linkingTable(rows: LinkingMetrics[]): string {
  const head = [
    '| seed | records | auto links | auto precision | auto recall | single suggestions | suggestion precision | suggestion recall | ambiguous (truth listed) | precision | recall | false links | misses |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const body = rows.map(
    (m) =>
      `| ${m.seed} | ${m.records} | ${m.auto.links} | ${pct(m.auto.precision)} | ${pct(m.auto.recall)} | ${m.suggestions.single} | ` +
      `${pct(m.suggestions.precision)} | ${pct(m.suggestions.recall)} | ${m.suggestions.ambiguous} (${m.suggestions.ambiguousWithTruth}) | ` +
      `${pct(m.precision)} | ${pct(m.recall)} | ${m.falseLinks} | ${m.misses} |`,
  );
  return [...head, ...body].join('\n');
}

/** What the bench calls: several seeds of the same size, as metrics and as a markdown table. */
export function runLinkingMeasurement(
  seeds: number[] = [1, 2, 3],
  options: Omit<NoisyDatasetOptions, 'seed'> = { identities: 2000 },
): { rows: LinkingMetrics[]; markdown: string } {
  const rows = seeds.map((seed) => measureLinking(generateNoisyDataset({ ...options, seed })));
  return { rows, markdown: linkingTable(rows) };
}

const invokedDirectly = typeof process !== 'undefined' && !!process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  console.log('## Linking quality (noisy dataset, 2,000 identities per seed)\n');
  console.log(runLinkingMeasurement().markdown);
}
