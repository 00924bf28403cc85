// Divides a household's issues with Adjusted Winner, shows the whole-item fallback, and finds a fair way to take
// turns on a repeated choice. Run it with `pnpm start` after `pnpm build`; it prints and changes nothing.
import {
  type AdjustedWinnerItem,
  adjustedWinner,
  adjustedWinnerExact,
  assessOptions,
  en,
  formatMessage,
  type Message,
  maxNashWelfare,
  type NashResult,
  type PartnerId,
} from '@common-ground/core';
import { issueLabels, issues, names, sundays } from './household.js';

/** Renders a message in English, with the partner's name where core says `a` or `b`. */
function say(msg: Message): string {
  const partner = msg.params?.partner;
  if (partner !== 'a' && partner !== 'b') return formatMessage(msg, en);
  return formatMessage({ ...msg, params: { ...msg.params, partner: names[partner] } }, en);
}

const percent = (x: number): string => `${Math.round(100 * x)}%`;
const points = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));
/** One table row: a label, one right-aligned figure per partner, and a note. */
const row = (label: string, a: string, b: string, note: string): string =>
  `  ${label.padEnd(40)}${a.padStart(6)}${b.padStart(6)}   ${note}`;
const labelOf = (id: string): string => issueLabels[id] ?? id;

function heading(title: string): void {
  console.log(`\n${title}\n${'-'.repeat(title.length)}`);
}

function printAdjustedWinner(items: AdjustedWinnerItem[]): void {
  heading('1. Moving in: five issues divided with Adjusted Winner');
  console.log('Each of them spread 100 points over the issues, privately.\n');
  const result = adjustedWinner(items);
  // The exact fractions say the split in words a couple can use ("2 holidays in 9").
  const exact = adjustedWinnerExact(items);
  console.log(row('issue', names.a, names.b, 'goes to'));
  for (const item of items) {
    const share = result.shares[item.id];
    const goesTo =
      share === undefined || result.unassigned.includes(item.id)
        ? 'nobody wants it'
        : item.id === result.splitItem
          ? 'shared'
          : names[share.a === 1 ? 'a' : 'b'];
    console.log(row(labelOf(item.id), String(item.points.a), String(item.points.b), goesTo));
  }
  console.log(`\nEach gets ${points(result.totals.a)} of their own 100 points: the same for both, and more than half.`);
  if (result.splitItem !== null) {
    const split = exact.shares[result.splitItem];
    if (split !== undefined) {
      const { num, den } = split.a;
      console.log(
        `Only one issue is shared: "${labelOf(result.splitItem)}", ${num} in ${den} for ${names.a} ` +
          `and ${den - num} in ${den} for ${names.b}.`,
      );
    }
  }
}

function printWholeItems(items: AdjustedWinnerItem[]): void {
  heading('2. If no issue can be shared: maximum Nash welfare');
  const result = maxNashWelfare(items);
  for (const p of ['a', 'b'] as const satisfies readonly PartnerId[]) {
    const bundle = result.bundles[p].map(labelOf).join('; ');
    console.log(`${names[p]} (${points(result.values[p])} of their 100 points): ${bundle}`);
  }
  console.log("No one would rather have the other's share once a single issue is taken from it (EF1).");
}

function describeResult(result: NashResult, labelOfOption: (id: string) => string): string {
  switch (result.kind) {
    case 'option':
      return labelOfOption(result.id);
    case 'turns':
      return result.parts.map((part) => `${labelOfOption(part.id)} (${percent(part.share)} of the time)`).join(' / ');
    case 'noMutualGain':
      return 'nothing leaves both better off yet';
  }
}

function printSundays(): void {
  heading('3. Sunday afternoons: one suggestion, or taking turns');
  const assessment = assessOptions(sundays);
  const labelOfOption = (id: string): string => assessment.options.find((o) => o.id === id)?.label ?? id;
  console.log('Satisfaction of each partner (0-100%), and the class of each option:\n');
  console.log(row('option', names.a, names.b, 'class'));
  for (const option of assessment.options) {
    const kind = formatMessage({ id: `fairness.class.${option.class.kind}` }, en);
    const marker = option.statusQuo ? ' (now)' : '';
    console.log(row(`${option.label}${marker}`, percent(option.satisfaction.a), percent(option.satisfaction.b), kind));
  }
  console.log(`\nSuggestion: ${describeResult(assessment.recommendation, labelOfOption)}`);
  for (const why of assessment.recommendationWhy) console.log(`  - ${say(why)}`);
  if (assessment.takeTurns !== null) {
    console.log(`\nTaking turns: ${describeResult(assessment.takeTurns, labelOfOption)}`);
    for (const why of assessment.takeTurnsWhy) console.log(`  - ${say(why)}`);
  }
}

console.log(`Common Ground: fair-split example, for ${names.a} and ${names.b}`);
printAdjustedWinner(issues);
printWholeItems(issues);
printSundays();
