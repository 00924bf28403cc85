// The household of this example: Maya (partner a) and Jon (partner b) are moving in together. The figures are
// invented for the example; each number is one partner's own view, never something one says about the other.
import type { AdjustedWinnerItem, AssessmentInputInput, Pair, Rating } from '@common-ground/core';

/** The names a UI would show; core itself only ever knows the partners as `a` and `b`. */
export const names: Pair<string> = { a: 'Maya', b: 'Jon' };

/** The issues of moving in, with a label for printing. */
export const issueLabels: Record<string, string> = {
  city: 'Which city we live in',
  dog: 'Getting a dog',
  'spare-room': 'Spare room: office or guest room',
  holidays: 'Whose family we spend holidays with',
  car: 'Which car we keep',
};

/** Each partner spread 100 points over the issues, privately, by how much each one matters to them. */
export const issues: AdjustedWinnerItem[] = [
  { id: 'city', points: { a: 35, b: 20 } },
  { id: 'dog', points: { a: 10, b: 30 } },
  { id: 'spare-room', points: { a: 25, b: 10 } },
  { id: 'holidays', points: { a: 20, b: 25 } },
  { id: 'car', points: { a: 10, b: 15 } },
];

/** One partner's ratings, 0-10, of each option against their own two needs. */
function ratingsOf(partner: 'a' | 'b', needIds: [string, string], table: Record<string, [number, number]>): Rating[] {
  return Object.entries(table).flatMap(([optionId, values]) =>
    needIds.map((needId, i) => ({ partner, optionId, needId, value: values[i] ?? 0 })),
  );
}

/** A choice they make again and again: what to do on Sunday afternoons. */
export const sundays: AssessmentInputInput = {
  needs: {
    a: [
      { id: 'rest', label: 'Rest before the work week', weight: 3, core: true, minimum: 4 },
      { id: 'outdoors', label: 'Time outdoors', weight: 2, core: false },
    ],
    b: [
      { id: 'family', label: 'Time with my family', weight: 3, core: false },
      { id: 'together', label: 'Time together, just us', weight: 2, core: true, minimum: 4 },
    ],
  },
  options: [
    { id: 'as-now', label: 'Each does their own thing', statusQuo: true },
    { id: 'hike', label: 'A long hike, just the two of us' },
    { id: 'parents', label: "Sunday lunch at Jon's parents" },
    { id: 'games', label: 'Board games at home with the family' },
    { id: 'weekend', label: "The whole weekend at Jon's parents" },
  ],
  ratings: [
    // Maya rates each option for [rest, outdoors], Jon for [family, together].
    ...ratingsOf('a', ['rest', 'outdoors'], {
      'as-now': [6, 1],
      hike: [9, 9],
      parents: [5, 5],
      games: [8, 3],
      weekend: [2, 6],
    }),
    ...ratingsOf('b', ['family', 'together'], {
      'as-now': [4, 4],
      hike: [2, 10],
      parents: [10, 5],
      games: [4, 9],
      weekend: [10, 6],
    }),
  ],
};
