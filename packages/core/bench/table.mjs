// @ts-check
// Formatting for the bench output: Markdown tables padded so they read well in a terminal and paste into docs.

/**
 * Formats milliseconds with three significant digits.
 * @param {number} ms
 * @returns {string}
 */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '-';
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${ms.toPrecision(3)} ms`;
}

/**
 * Formats a per-item time in nanoseconds.
 * @param {number} ns
 * @returns {string}
 */
export function formatNs(ns) {
  if (!Number.isFinite(ns)) return '-';
  return ns >= 100 ? `${ns.toFixed(0)} ns` : `${ns.toPrecision(3)} ns`;
}

/**
 * Formats a ratio such as 3.4x.
 * @param {number} ratio
 * @returns {string}
 */
export function formatRatio(ratio) {
  if (!Number.isFinite(ratio)) return '-';
  return ratio >= 100 ? `${ratio.toFixed(0)}x` : `${ratio.toPrecision(3)}x`;
}

/**
 * Formats a count as 1e3, 1e4, ... when it is a power of ten.
 * @param {number} n
 * @returns {string}
 */
export function formatCount(n) {
  const exponent = Math.log10(n);
  return Number.isInteger(exponent) ? `1e${exponent}` : String(n);
}

/**
 * Renders a Markdown table; columns flagged in `right` are right-aligned.
 * @param {readonly string[]} headers
 * @param {readonly (readonly string[])[]} rows
 * @param {readonly boolean[]} right
 * @returns {string}
 */
export function markdownTable(headers, rows, right) {
  const widths = headers.map((header, column) =>
    Math.max(3, header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  /**
   * @param {readonly string[]} cells
   * @returns {string}
   */
  const line = (cells) =>
    `| ${widths
      .map((width, column) => {
        const cell = cells[column] ?? '';
        return right[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (right[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
