import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CompromiseMap, type MapPoint } from './CompromiseMap.js';

const point = (id: string, kind: MapPoint['kind'], a: number, b: number, extra: Partial<MapPoint> = {}): MapPoint => ({
  id,
  label: `Option ${id}`,
  a,
  b,
  kind,
  statusQuo: false,
  onFront: false,
  recommended: false,
  ...extra,
});

const POINTS: MapPoint[] = [
  point('sq', 'compromise', 0.5, 0.3, { statusQuo: true }),
  point('w', 'winWin', 0.8, 0.8, { onFront: true, recommended: true }),
  point('o', 'oneSided', 0.9, 0.2, { onFront: true }),
  point('x', 'blocked', 0.1, 0.9),
];

const render = (points: MapPoint[] = POINTS) =>
  renderToStaticMarkup(
    <CompromiseMap
      points={points}
      names={{ a: 'Ana', b: 'Ben' }}
      turns={{ fromId: 'w', toId: 'o', a: 0.85, b: 0.5 }}
    />,
  );

/** Matches one whole start tag of `element` whose class is exactly `className`, whatever the attribute order. */
const tag = (element: string, className: string) => new RegExp(`<${element}\\b[^>]*\\bclass="${className}"[^>]*>`);

describe('CompromiseMap', () => {
  it('should draw each class with its own shape, not only its own colour', () => {
    const html = render();
    expect(html).toMatch(tag('circle', 'mark mark-winWin'));
    expect(html).toMatch(tag('rect', 'mark mark-compromise'));
    expect(html).toMatch(tag('polygon', 'mark mark-oneSided'));
    expect(html).toMatch(tag('path', 'mark mark-blocked'));
  });

  it('should name the recommendation, the status quo and the take-turns point in text on the chart', () => {
    const html = render();
    expect(html).toMatch(/>2 · Suggested</);
    expect(html).toMatch(/>1 · Now</);
    expect(html).toContain('>Taking turns<');
  });

  it('should give every option a row in the table for screen readers, with its kind and satisfactions', () => {
    const html = render();
    expect(html.match(/<tr>/g)?.length).toBe(POINTS.length + 1);
    expect(html).toMatch(/<th scope="row">Option w<\/th><td>80<\/td><td>80<\/td><td>Win-win<\/td>/);
  });

  it('should draw the fair frontier through the front options only', () => {
    const html = render();
    const polyline = tag('polyline', 'map-front').exec(html)?.[0] ?? '';
    const line = /points="([^"]+)"/.exec(polyline)?.[1] ?? '';
    expect(line.split(' ')).toHaveLength(2);
  });

  it('should render a label as text, never as markup', () => {
    const html = render([point('h', 'winWin', 0.5, 0.5, { label: '<img src=x onerror=alert(1)>' })]);
    expect(html).not.toContain('<img');
    // `>` needs no escaping in text, and renderers differ on it; the `<` is what would open a tag.
    expect(html).toContain('&lt;img src=x onerror=alert(1)');
  });
});
