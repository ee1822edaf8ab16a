/**
 * The review's charts, drawn by Observable Plot (a maintained library: SVG that prints
 * sharp, no eval, tree-shaken to the marks used) and loaded only by the review page.
 * Each chart draws exactly one review table (shared/review), which the page shows beside
 * it: the table is the accessible version, the chart is for the eyes.
 *
 * Never colour alone: every series has its own pattern (solid, stripes, dots, cross-hatch)
 * shown in the legend, and every bar carries its figure as text.
 */
import * as Plot from '@observablehq/plot';
import type { ReviewTable } from '../../../shared/review/model';

export type ChartSpec =
  /** One bar per row, split into the `series` columns (e.g. oui / en cours / non / sans réponse). */
  | { readonly kind: 'stack'; readonly table: ReviewTable; readonly label: readonly string[]; readonly series: readonly string[] }
  /** One bar per row for the `value` column; `mark` adds a word to some bars (and stripes them). */
  | {
      readonly kind: 'bars';
      readonly table: ReviewTable;
      readonly label: readonly string[];
      readonly value: string;
      readonly mark?: { readonly column: string; readonly equals: string; readonly word: string };
    };

const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = ['#1d5e3a', '#b3dcc3', '#7a1f1f', '#f1f1f1'];
const INK = ['#ffffff', '#1d5e3a', '#ffffff', '#555555'];
let charts = 0;

/** Counts: a tick at 0.5 would read as half a person. */
const whole = (d: number) => (Number.isInteger(d) ? String(d) : '');

/** Four patterns, told apart without colour: solid, stripes, dots, cross-hatch. */
function patterns(svg: SVGSVGElement, prefix: string): void {
  const defs = document.createElementNS(SVG, 'defs');
  COLOURS.forEach((colour, i) => {
    const p = document.createElementNS(SVG, 'pattern');
    p.setAttribute('id', `${prefix}-${i}`);
    p.setAttribute('patternUnits', 'userSpaceOnUse');
    p.setAttribute('width', '8');
    p.setAttribute('height', '8');
    const bg = document.createElementNS(SVG, 'rect');
    bg.setAttribute('width', '8');
    bg.setAttribute('height', '8');
    bg.setAttribute('fill', colour);
    p.append(bg);
    const ink = INK[i] ?? '#000';
    const shapes: Record<number, string> = {
      1: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4',
      3: 'M0,0 l8,8 M8,0 l-8,8',
    };
    if (shapes[i]) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', shapes[i] ?? '');
      path.setAttribute('stroke', ink);
      path.setAttribute('stroke-width', '1.5');
      p.append(path);
    } else if (i === 2) {
      const dot = document.createElementNS(SVG, 'circle');
      dot.setAttribute('cx', '4');
      dot.setAttribute('cy', '4');
      dot.setAttribute('r', '1.6');
      dot.setAttribute('fill', ink);
      p.append(dot);
    }
    defs.append(p);
  });
  svg.prepend(defs);
}

/** How a cell reads in the table beside the chart (dates in words): the chart names its bars the same way. */
export type CellText = (key: string, value: string | number, numeric: boolean) => string;

const labelOf = (table: ReviewTable, keys: readonly string[], text: CellText) => {
  const columns = keys.map((k) => table.columns.findIndex((c) => c.key === k));
  return (row: readonly (string | number)[]) =>
    columns
      .map((i) => {
        const c = table.columns[i];
        const value = row[i] ?? '';
        return c ? text(c.key, value, c.numeric) : String(value);
      })
      .join(' — ');
};

/** The chart as an element (a figure with its legend, or an SVG), described by `summary` for assistive technologies. */
export function drawChart(spec: ChartSpec, summary: string, text: CellText): Element {
  const prefix = `review-pattern-${++charts}`;
  const { table } = spec;
  const label = labelOf(table, spec.label, text);
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  const rows = table.rows;
  const labels = [...new Set(rows.map(label))];
  const longest = Math.max(...labels.map((l) => l.length), 4);
  const marginLeft = Math.min(260, 12 + longest * 6.2);
  const height = 40 + labels.length * 26 + (spec.kind === 'stack' ? 30 : 0);
  const fit = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
  let chart: Element;
  if (spec.kind === 'stack') {
    const names = spec.series.map((key) => table.columns[col(key)]?.label ?? key);
    const data = rows.flatMap((row) =>
      spec.series.map((key, i) => ({ y: label(row), series: names[i] ?? key, value: Number(row[col(key)]) || 0 })),
    );
    chart = Plot.plot({
      ariaLabel: summary,
      width: 640,
      height,
      marginLeft,
      x: { label: null, grid: true, tickFormat: whole },
      y: { label: null, domain: labels, tickFormat: fit },
      color: { legend: true, domain: names, range: names.map((_, i) => `url(#${prefix}-${i})`) },
      marks: [
        Plot.barX(data, Plot.stackX({ x: 'value', y: 'y', fill: 'series', stroke: '#333', strokeWidth: 0.5, order: names })),
        Plot.text(
          data,
          Plot.stackX({
            x: 'value',
            y: 'y',
            z: 'series',
            order: names,
            text: (d: { value: number }) => (d.value ? String(d.value) : ''),
            fill: '#000',
            stroke: '#fff',
            strokeWidth: 3,
          }),
        ),
        Plot.ruleX([0]),
      ],
    });
  } else {
    const v = col(spec.value);
    const m = spec.mark ? col(spec.mark.column) : -1;
    const data = rows.map((row) => {
      const marked = spec.mark !== undefined && row[m] === spec.mark.equals;
      return { y: label(row), value: Number(row[v]) || 0, marked, text: `${row[v]}${marked ? ` — ${spec.mark?.word}` : ''}` };
    });
    chart = Plot.plot({
      ariaLabel: summary,
      width: 640,
      height,
      marginLeft,
      marginRight: 150,
      x: { label: null, grid: true, tickFormat: whole },
      y: { label: null, domain: labels, tickFormat: fit },
      marks: [
        Plot.barX(data, {
          x: 'value',
          y: 'y',
          fill: (d: { marked: boolean }) => `url(#${prefix}-${d.marked ? 2 : 1})`,
          stroke: '#333',
          strokeWidth: 0.5,
        }),
        Plot.text(data, { x: 'value', y: 'y', text: 'text', textAnchor: 'start', dx: 4, fill: '#000' }),
        Plot.ruleX([0]),
      ],
    });
  }
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(':scope > svg');
  if (svg instanceof SVGSVGElement) {
    patterns(svg, prefix);
    // One image named by the section's summary; the table beside it reads cell by cell.
    svg.setAttribute('role', 'img');
    // Plot names its mark groups (« bar », « rule »): inside an image those names are not allowed, nor useful.
    for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
      el.removeAttribute('aria-label');
      el.removeAttribute('aria-description');
    }
  }
  return chart;
}
