import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { InputError } from '../schemas/inputError.js';
import { optionPointsArb, wideCoordinateArb } from '../testing/pointArbitraries.js';
import {
  hashId,
  IssueList,
  OPTION_POINT_LIMITS,
  readBargainingInput,
  readOptionPoints,
  readOptionsObject,
  readPair,
} from './point.js';

function problems(points: unknown): { path: string; message: string }[] {
  const issues = new IssueList();
  readOptionPoints(points, issues);
  return issues.issues;
}

describe('readOptionPoints', () => {
  test.prop([optionPointsArb(wideCoordinateArb)])(
    'should accept any list of finite points with unique ids',
    (points) => {
      const issues = new IssueList();
      const set = readOptionPoints(points, issues);
      expect(issues.issues).toEqual([]);
      expect(set.count).toBe(points.length);
      expect(set.ids).toEqual(points.map((point) => point.id));
      expect(Array.from(set.a)).toEqual(points.map((point) => point.a + 0));
      expect(Array.from(set.b)).toEqual(points.map((point) => point.b + 0));
    },
  );

  it('should read -0 as 0, so it cannot tell equal points apart', () => {
    const set = readOptionPoints([{ id: 'x', a: -0, b: -0 }], new IssueList());
    expect(Object.is(set.a[0], 0)).toBe(true);
    expect(Object.is(set.b[0], 0)).toBe(true);
  });

  it('should ignore keys other than id, a and b', () => {
    expect(problems([{ id: 'x', a: 1, b: 2, label: 'Go hiking', extra: null }])).toEqual([]);
  });

  it('should reject a value that is not an array', () => {
    expect(problems({ 0: { id: 'x', a: 1, b: 1 } })).toMatchInlineSnapshot(`
      [
        {
          "message": "must be an array of options, each { id, a, b }",
          "path": "points",
        },
      ]
    `);
  });

  it('should name every problem with its path, both indexes of a repeated id included', () => {
    const points = [
      { id: 'x', a: 1, b: 2 },
      null,
      { id: '', a: Number.NaN, b: Number.POSITIVE_INFINITY },
      { id: 7, a: '3', b: 4 },
      { id: 'x', a: 0, b: 0 },
      [1, 2],
    ];
    expect(problems(points)).toMatchInlineSnapshot(`
      [
        {
          "message": "must be an object { id, a, b }",
          "path": "points[1]",
        },
        {
          "message": "must be a non-empty string",
          "path": "points[2].id",
        },
        {
          "message": "must be a finite number",
          "path": "points[2].a",
        },
        {
          "message": "must be a finite number",
          "path": "points[2].b",
        },
        {
          "message": "must be a non-empty string",
          "path": "points[3].id",
        },
        {
          "message": "must be a finite number",
          "path": "points[3].a",
        },
        {
          "message": "must be an object { id, a, b }",
          "path": "points[5]",
        },
        {
          "message": "must be unique: "x" is also the id of points[0]",
          "path": "points[4].id",
        },
      ]
    `);
  });

  it('should treat a hole in a sparse array as a missing option', () => {
    const points: unknown[] = [{ id: 'x', a: 1, b: 1 }];
    points[2] = { id: 'y', a: 1, b: 1 };
    expect(problems(points)).toEqual([{ path: 'points[1]', message: 'must be an object { id, a, b }' }]);
  });

  it('should report every repeated id against its first occurrence', () => {
    const points = ['p', 'q', 'p', 'p', 'q'].map((id) => ({ id, a: 0, b: 0 }));
    expect(problems(points).map((issue) => `${issue.path} ${issue.message}`)).toEqual([
      'points[2].id must be unique: "p" is also the id of points[0]',
      'points[3].id must be unique: "p" is also the id of points[0]',
      'points[4].id must be unique: "q" is also the id of points[1]',
    ]);
  });

  it('should find a repeated id among many', () => {
    const many = Array.from({ length: 5000 }, (_, k) => ({ id: `opt-${k}`, a: k, b: -k }));
    expect(problems(many)).toEqual([]);
    expect(problems([...many, { id: 'opt-4321', a: 0, b: 0 }])).toEqual([
      { path: 'points[5000].id', message: 'must be unique: "opt-4321" is also the id of points[4321]' },
    ]);
  });

  it('should find repeated ids among more ids than the hash table takes, in index order', () => {
    const many = Array.from({ length: 70_000 }, (_, k) => ({ id: `opt-${k}`, a: k, b: -k }));
    expect(problems(many)).toEqual([]);
    const repeated = [
      ...many,
      { id: 'opt-69999', a: 0, b: 0 },
      { id: 'opt-5', a: 0, b: 0 },
      { id: 'opt-69999', a: 1, b: 1 },
    ];
    expect(problems(repeated)).toEqual([
      { path: 'points[70000].id', message: 'must be unique: "opt-69999" is also the id of points[69999]' },
      { path: 'points[70001].id', message: 'must be unique: "opt-5" is also the id of points[5]' },
      { path: 'points[70002].id', message: 'must be unique: "opt-69999" is also the id of points[69999]' },
    ]);
  });

  it('should not count invalid ids as repeats, even many of them', () => {
    const many: unknown[] = Array.from({ length: 70_000 }, (_, k) => ({
      id: k % 700 === 0 ? '' : `o${k}`,
      a: 0,
      b: 0,
    }));
    many.push({ id: 'o1', a: 0, b: 0 });
    const found = problems(many);
    expect(found.filter((issue) => issue.message.startsWith('must be unique'))).toEqual([]);
    expect(found).toHaveLength(OPTION_POINT_LIMITS.maxIssues);
    const few = Array.from({ length: 70_000 }, (_, k) => ({ id: k < 80 ? '' : `o${k}`, a: 0, b: 0 }));
    expect(problems([...few, { id: 'o99', a: 0, b: 0 }]).at(-1)).toEqual({
      path: 'points[70000].id',
      message: 'must be unique: "o99" is also the id of points[99]',
    });
  });

  it('should stay correct when hostile ids all land in the same slot of the hash table', () => {
    // 300 ids need a table of 1024 slots; ids whose hash agrees in its low 10 bits all probe the same run.
    const colliding: string[] = [];
    for (let k = 0; colliding.length < 300; k++) if ((hashId(`c${k}`) & 1023) === 0) colliding.push(`c${k}`);
    const points = colliding.map((id) => ({ id, a: 0, b: 0 }));
    expect(problems(points)).toEqual([]);
    expect(problems([...points, { id: colliding[7] as string, a: 1, b: 1 }])).toEqual([
      { path: 'points[300].id', message: `must be unique: "${colliding[7]}" is also the id of points[7]` },
    ]);
    expect(problems([{ id: colliding[0] as string, a: 1, b: 1 }, ...points])).toEqual([
      { path: 'points[1].id', message: `must be unique: "${colliding[0]}" is also the id of points[0]` },
    ]);
  });

  it('should shorten a long repeated id in the message', () => {
    const id = 'x'.repeat(100);
    const [issue] = problems([
      { id, a: 0, b: 0 },
      { id, a: 0, b: 0 },
    ]);
    expect(issue?.message).toBe(`must be unique: "${'x'.repeat(40)}…" is also the id of points[0]`);
  });

  it('should report an option whose properties throw when read, instead of letting the error escape', () => {
    const hostile = Object.defineProperty({ id: 'x', b: 1 }, 'a', {
      get(): never {
        throw new Error('boom');
      },
    });
    expect(problems([{ id: 'ok', a: 1, b: 1 }, hostile])).toEqual([
      { path: 'points[1]', message: 'could not be read' },
    ]);
  });

  it('should reject more options than the documented limit without reading them', () => {
    const points = new Array(OPTION_POINT_LIMITS.maxPoints + 1);
    expect(problems(points)).toEqual([
      {
        path: 'points',
        message: `must hold at most ${OPTION_POINT_LIMITS.maxPoints} options (got ${OPTION_POINT_LIMITS.maxPoints + 1})`,
      },
    ]);
  });

  it('should list at most the documented number of problems and count the rest', () => {
    const points = Array.from({ length: 150 }, () => ({ id: '', a: 0, b: 0 }));
    const issues = new IssueList();
    readOptionPoints(points, issues);
    expect(issues.issues).toHaveLength(OPTION_POINT_LIMITS.maxIssues);
    expect(() => issues.throwIfAny('paretoFront')).toThrow(InputError);
    try {
      issues.throwIfAny('paretoFront');
    } catch (error) {
      expect((error as InputError).issues.at(-1)).toEqual({ path: '', message: 'and 50 more problems not listed' });
    }
  });
});

describe('readPair', () => {
  it('should default a missing disagreement point to (0,0)', () => {
    expect(readPair(undefined, 'options.disagreement', new IssueList())).toEqual({ a: 0, b: 0 });
  });

  it('should name each coordinate that is not a finite number', () => {
    const issues = new IssueList();
    readPair({ a: Number.NaN }, 'options.disagreement', issues);
    readPair(5, 'other', issues);
    expect(issues.issues).toEqual([
      { path: 'options.disagreement.a', message: 'must be a finite number' },
      { path: 'options.disagreement.b', message: 'must be a finite number' },
      { path: 'other', message: 'must be an object { a, b } of two finite numbers' },
    ]);
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true })])(
    'should read any finite pair, with -0 as 0',
    (a, b) => {
      expect(readPair({ a, b }, 'd', new IssueList())).toEqual({ a: a + 0, b: b + 0 });
    },
  );
});

describe('readOptionsObject', () => {
  it('should accept undefined and plain objects and reject anything else', () => {
    const issues = new IssueList();
    expect(readOptionsObject(undefined, 'options', issues)).toEqual({});
    expect(readOptionsObject({ turnTaking: true }, 'options', issues)).toEqual({ turnTaking: true });
    expect(issues.empty).toBe(true);
    readOptionsObject([true], 'options', issues);
    readOptionsObject(null, 'options', issues);
    expect(issues.issues).toEqual([
      { path: 'options', message: 'must be an object' },
      { path: 'options', message: 'must be an object' },
    ]);
  });
});

describe('readBargainingInput', () => {
  it('should read the points, the options object and the disagreement point', () => {
    const issues = new IssueList();
    const points = [{ id: 'x', a: 1, b: 2 }];
    const options = { disagreement: { a: -0, b: 0.5 }, turnTaking: true };
    const { set, settings, d } = readBargainingInput(points, options, issues);

    expect(issues.empty).toBe(true);
    expect(set.ids).toEqual(['x']);
    expect(settings).toBe(options);
    expect(d).toEqual({ a: 0, b: 0.5 });
    expect(Object.is(d.a, 0)).toBe(true);
  });

  it('should default missing options to no settings and d = (0,0)', () => {
    const issues = new IssueList();
    const { settings, d } = readBargainingInput([], undefined, issues);

    expect(issues.empty).toBe(true);
    expect(settings).toEqual({});
    expect(d).toEqual({ a: 0, b: 0 });
  });

  it('should report problems with the points before those with the options, each by path', () => {
    const issues = new IssueList();
    readBargainingInput([{ id: '', a: 1, b: 2 }], { disagreement: { a: 1, b: Number.NaN } }, issues);
    readBargainingInput('points', 'options', issues);

    expect(issues.issues).toEqual([
      { path: 'points[0].id', message: 'must be a non-empty string' },
      { path: 'options.disagreement.b', message: 'must be a finite number' },
      { path: 'points', message: 'must be an array of options, each { id, a, b }' },
      { path: 'options', message: 'must be an object' },
    ]);
  });
});
