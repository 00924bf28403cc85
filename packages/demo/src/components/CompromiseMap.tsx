import { useId, useState } from 'react';
import { useFormatMessage, useT } from '../i18n/useT.js';

/** The four classes an option can fall in (fairness.md §6). */
export type OptionKind = 'winWin' | 'compromise' | 'oneSided' | 'blocked';

/** One option placed on the map: satisfactions are fractions from 0 to 1. */
export type MapPoint = {
  id: string;
  label: string;
  a: number;
  b: number;
  kind: OptionKind;
  statusQuo: boolean;
  onFront: boolean;
  recommended: boolean;
};

/** A take-turns plan: option `from` part of the time, option `to` the rest, landing at (`a`, `b`). */
export type TurnsSegment = { fromId: string; toId: string; a: number; b: number };

type Props = {
  points: readonly MapPoint[];
  names: { a: string; b: string };
  turns?: TurnsSegment | undefined;
};

// Drawing area in SVG units; the outer margins hold the axis labels.
const SIZE = 300;
const LEFT = 44;
const TOP = 16;
const BOTTOM = 44;
const RIGHT = 16;
const VIEW_W = LEFT + SIZE + RIGHT;
const VIEW_H = TOP + SIZE + BOTTOM;

const x = (a: number) => LEFT + Math.min(1, Math.max(0, a)) * SIZE;
const y = (b: number) => TOP + (1 - Math.min(1, Math.max(0, b))) * SIZE;
const percent = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 100);

/** The mark for a class: circle, square, triangle or cross, so no one needs colour to tell them apart. */
function Mark({ kind, cx, cy, r }: { kind: OptionKind; cx: number; cy: number; r: number }) {
  switch (kind) {
    case 'winWin':
      return <circle className="mark mark-winWin" cx={cx} cy={cy} r={r} />;
    case 'compromise':
      return <rect className="mark mark-compromise" x={cx - r} y={cy - r} width={2 * r} height={2 * r} />;
    case 'oneSided':
      return (
        <polygon
          className="mark mark-oneSided"
          points={`${cx},${cy - r * 1.2} ${cx + r * 1.1},${cy + r * 0.8} ${cx - r * 1.1},${cy + r * 0.8}`}
        />
      );
    case 'blocked':
      return (
        <path
          className="mark mark-blocked"
          d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx + r},${cy - r}L${cx - r},${cy + r}`}
        />
      );
  }
}

const KINDS: readonly OptionKind[] = ['winWin', 'compromise', 'oneSided', 'blocked'];

type Box = { x: number; y: number; w: number; h: number };
type Placed = { x: number; y: number; anchor: 'start' | 'end' };

const overlaps = (p: Box, q: Box) => p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;

/**
 * Places each point's label beside it where it covers no mark and no other label, trying above right, above left,
 * below right and below left in turn (a rough text width is enough at this size).
 */
function placeLabels(points: readonly { cx: number; cy: number; text: string }[]): Placed[] {
  const marks: Box[] = points.map((p) => ({ x: p.cx - 14, y: p.cy - 14, w: 28, h: 28 }));
  const taken: Box[] = [];
  return points.map((p) => {
    const w = p.text.length * 7.2 + 4;
    const h = 14;
    const candidates: (Placed & { box: Box })[] = [
      { x: p.cx + 12, y: p.cy - 10, anchor: 'start', box: { x: p.cx + 12, y: p.cy - 22, w, h } },
      { x: p.cx - 12, y: p.cy - 10, anchor: 'end', box: { x: p.cx - 12 - w, y: p.cy - 22, w, h } },
      { x: p.cx + 12, y: p.cy + 20, anchor: 'start', box: { x: p.cx + 12, y: p.cy + 8, w, h } },
      { x: p.cx - 12, y: p.cy + 20, anchor: 'end', box: { x: p.cx - 12 - w, y: p.cy + 8, w, h } },
    ];
    const inside = (b: Box) => b.x >= 0 && b.x + b.w <= VIEW_W && b.y >= 0 && b.y + b.h <= TOP + SIZE;
    const free = (b: Box) => inside(b) && !marks.some((m) => overlaps(b, m)) && !taken.some((t) => overlaps(b, t));
    const chosen = candidates.find((c) => free(c.box)) ?? candidates.find((c) => inside(c.box)) ?? candidates[0];
    if (chosen === undefined) return { x: p.cx, y: p.cy, anchor: 'start' };
    taken.push(chosen.box);
    return { x: chosen.x, y: chosen.y, anchor: chosen.anchor };
  });
}

/**
 * The compromise map: each option placed by how well it meets partner a's needs (across) and b's (up), with the
 * status quo, the Pareto front, the recommendation and any take-turns segment. A table with the same facts is
 * always in the page for screen readers, and can be shown on screen too.
 */
export function CompromiseMap({ points, names, turns }: Props) {
  const t = useT();
  const m = useFormatMessage();
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const descId = useId();
  const tableId = useId();

  const classText = (kind: OptionKind) => m({ id: `fairness.class.${kind}` });
  const numberOf = new Map(points.map((p, i) => [p.id, i + 1]));
  const front = points.filter((p) => p.onFront).sort((p, q) => p.a - q.a);
  const from = turns && points.find((p) => p.id === turns.fromId);
  const to = turns && points.find((p) => p.id === turns.toId);
  const presentKinds = KINDS.filter((k) => points.some((p) => p.kind === k));
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const labelText = (p: MapPoint) =>
    [numberOf.get(p.id), p.statusQuo ? t('map.statusQuo') : null, p.recommended ? t('map.recommended') : null]
      .filter((part) => part !== null)
      .join(' · ');
  const turnsText = t('map.turns');
  const labels = placeLabels([
    ...points.map((p) => ({ cx: x(p.a), cy: y(p.b), text: labelText(p) })),
    ...(turns ? [{ cx: x(turns.a), cy: y(turns.b), text: turnsText }] : []),
  ]);

  return (
    <figure className="map">
      <figcaption className="map-caption">
        <span id={titleId} className="map-title">
          {t('map.title')}
        </span>
        <span id={descId} className="muted">
          {t('map.description', { a: names.a, b: names.b })}
        </span>
      </figcaption>
      <svg
        className="map-svg"
        viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
      >
        <title>{t('map.title')}</title>
        <g className="map-grid">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={x(v)} y1={y(0)} x2={x(v)} y2={y(1)} />
              <line x1={x(0)} y1={y(v)} x2={x(1)} y2={y(v)} />
              <text x={x(v)} y={y(0) + 16} textAnchor="middle">
                {percent(v)}
              </text>
              <text x={x(0) - 6} y={y(v) + 4} textAnchor="end">
                {percent(v)}
              </text>
            </g>
          ))}
        </g>
        <text className="map-axis" x={x(0.5)} y={VIEW_H - 6} textAnchor="middle">
          {t('map.axisA', { a: names.a })} →
        </text>
        <text className="map-axis" x={12} y={y(0.5)} textAnchor="middle" transform={`rotate(-90 12 ${y(0.5)})`}>
          {t('map.axisB', { b: names.b })} →
        </text>

        {front.length > 1 && (
          <polyline className="map-front" points={front.map((p) => `${x(p.a)},${y(p.b)}`).join(' ')} />
        )}
        {from && to && turns && (
          <g className="map-turns">
            <line x1={x(from.a)} y1={y(from.b)} x2={x(to.a)} y2={y(to.b)} />
            <path
              className="map-turns-point"
              d={`M${x(turns.a)},${y(turns.b) - 8}L${x(turns.a) + 8},${y(turns.b)}L${x(turns.a)},${y(turns.b) + 8}L${x(turns.a) - 8},${y(turns.b)}Z`}
            />
            <text
              className="map-point-number"
              x={labels[points.length]?.x}
              y={labels[points.length]?.y}
              textAnchor={labels[points.length]?.anchor}
            >
              {turnsText}
            </text>
          </g>
        )}
        {points.map((p, i) => (
          <g key={p.id} className={`map-point${p.recommended ? ' is-recommended' : ''}`}>
            {p.recommended && <circle className="map-recommended-ring" cx={x(p.a)} cy={y(p.b)} r={14} />}
            {p.statusQuo && <circle className="map-statusquo-ring" cx={x(p.a)} cy={y(p.b)} r={11} />}
            <Mark kind={p.kind} cx={x(p.a)} cy={y(p.b)} r={6} />
            <text className="map-point-number" x={labels[i]?.x} y={labels[i]?.y} textAnchor={labels[i]?.anchor}>
              {labelText(p)}
            </text>
          </g>
        ))}
      </svg>

      <ul className="map-legend" aria-label={t('map.legend')}>
        {presentKinds.map((k) => (
          <li key={k}>
            <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
              <Mark kind={k} cx={10} cy={10} r={6} />
            </svg>
            {classText(k)}
          </li>
        ))}
        {points.some((p) => p.recommended) && (
          <li>
            <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
              <circle className="map-recommended-ring" cx={10} cy={10} r={8} />
            </svg>
            {t('map.recommended')}
          </li>
        )}
        {points.some((p) => p.statusQuo) && (
          <li>
            <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
              <circle className="map-statusquo-ring" cx={10} cy={10} r={7} />
            </svg>
            {t('map.statusQuo')}
          </li>
        )}
        {front.length > 1 && (
          <li>
            <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
              <line className="map-front" x1={1} y1={18} x2={19} y2={2} />
            </svg>
            {t('map.frontShort')}
          </li>
        )}
        {turns && (
          <li>
            <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
              <path className="map-turns-point" d="M10,3L17,10L10,17L3,10Z" />
            </svg>
            {t('map.turns')}
          </li>
        )}
      </ul>

      <button type="button" className="link-button" aria-pressed={showTable} onClick={() => setShowTable((s) => !s)}>
        {t('map.showTable')}
      </button>
      <div className={showTable ? 'table-scroll' : 'visually-hidden'}>
        <table id={tableId}>
          <caption>{t('map.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('map.colOption')}</th>
              <th scope="col">{t('map.colA', { a: names.a })}</th>
              <th scope="col">{t('map.colB', { b: names.b })}</th>
              <th scope="col">{t('map.colClass')}</th>
              <th scope="col">{t('map.colNotes')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.id}>
                <td>{numberOf.get(p.id)}</td>
                <th scope="row">{p.label}</th>
                <td>{percent(p.a)}</td>
                <td>{percent(p.b)}</td>
                <td>{classText(p.kind)}</td>
                <td>
                  {[
                    p.recommended ? t('map.recommended') : null,
                    p.statusQuo ? t('map.statusQuo') : null,
                    p.onFront ? t('map.onFront') : null,
                  ]
                    .filter((s) => s !== null)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
