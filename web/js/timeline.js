// The timeline: an SVG bar per day or week, fatalities stacked by category (civilians,
// fighters, unknown) or events counted; dragging across it (a brush) sets the date filter.
// Always drawn left to right, also in the Arabic interface.
import { h, svg, replaceChildren } from './dom.js';
import { t, num } from './i18n.js';
import { CASUALTY_COLORS } from './colors.js';
import { timelineBins, dayNumber, isoDay } from './timeline-data.js';

const HEIGHT = 150;
const PAD = { left: 40, right: 12, top: 10, bottom: 24 };

/**
 * @param {{ onBrush: (from: string, to: string) => void }} options
 */
export function createTimeline(options) {
  let metric = /** @type {'fatalities' | 'events'} */ ('fatalities');
  /** @type {import('./timeline-data.js').StatsRow[]} */
  let rows = [];
  /** @type {{ from: string, to: string }} */
  let brushed = { from: '', to: '' };

  const chart = h('div', { class: 'timeline-chart' });
  const metricSelect = /** @type {HTMLSelectElement} */ (h('select', { id: 'timeline-metric', onchange: () => {
    metric = /** @type {any} */ (metricSelect.value);
    render();
  } }, h('option', { value: 'fatalities' }, t('timeline.fatalities')), h('option', { value: 'events' }, t('timeline.events'))));
  const legend = h('ul', { class: 'timeline-legend' },
    Object.entries(CASUALTY_COLORS).map(([k, color]) => {
      const swatch = h('span', { class: 'swatch' });
      swatch.style.background = color;
      return h('li', null, swatch, t(`timeline.${k}`));
    }));
  const root = h('section', { class: 'timeline', 'aria-labelledby': 'timeline-title' },
    h('div', { class: 'timeline-head' },
      h('h2', { id: 'timeline-title' }, t('timeline.title')),
      h('label', { class: 'inline-field' }, t('timeline.show'), ' ', metricSelect),
      legend,
      h('button', { type: 'button', class: 'secondary small', id: 'timeline-clear', onclick: () => options.onBrush('', '') }, t('timeline.clear')),
    ),
    chart,
    h('p', { class: 'hint' }, t('timeline.hint')),
  );
  new ResizeObserver(() => render()).observe(chart);

  function render() {
    const width = Math.max(280, chart.clientWidth || 600);
    const { bins, unit } = timelineBins(rows);
    if (bins.length === 0) {
      replaceChildren(chart, h('p', { class: 'empty' }, t('timeline.empty')));
      return;
    }
    const firstDay = dayNumber(bins[0].start);
    const lastDay = dayNumber(bins[bins.length - 1].end);
    const span = lastDay - firstDay + 1;
    const plotW = width - PAD.left - PAD.right;
    const plotH = HEIGHT - PAD.top - PAD.bottom;
    const xOf = (/** @type {number} */ day) => PAD.left + ((day - firstDay) / span) * plotW;
    const dayAt = (/** @type {number} */ x) => firstDay + Math.min(span - 1, Math.max(0, Math.floor(((x - PAD.left) / plotW) * span)));
    const value = (/** @type {import('./timeline-data.js').Bin} */ b) => (metric === 'events' ? b.events : b.civilians + b.fighters + b.unknown);
    const max = Math.max(1, ...bins.map(value));
    const yOf = (/** @type {number} */ v) => PAD.top + plotH - (v / max) * plotH;

    const bars = bins.flatMap((b) => {
      const x = xOf(dayNumber(b.start));
      const barW = Math.max(1, xOf(dayNumber(b.end) + 1) - x - 1);
      const title = `${b.start}${unit !== 'day' ? ` – ${b.end}` : ''}: ${t('timeline.tooltip', {
        events: num(b.events), civilians: num(b.civilians), fighters: num(b.fighters), unknown: num(b.unknown) })}`;
      if (metric === 'events') {
        return [svg('rect', { x, y: yOf(b.events), width: barW, height: PAD.top + plotH - yOf(b.events), class: 'bar-events' }, svg('title', null, title))];
      }
      let base = 0;
      return /** @type {const} */ (['civilians', 'fighters', 'unknown']).filter((k) => b[k] > 0).map((k) => {
        const y0 = yOf(base);
        base += b[k];
        const y1 = yOf(base);
        return svg('rect', { x, y: y1, width: barW, height: y0 - y1, fill: CASUALTY_COLORS[k], class: `bar-${k}` }, svg('title', null, title));
      });
    });

    const brushRect = svg('rect', { class: 'brush', y: PAD.top, height: plotH, x: 0, width: 0, visibility: 'hidden' });
    if (brushed.from || brushed.to) {
      const from = brushed.from ? dayNumber(brushed.from) : firstDay;
      const to = brushed.to ? dayNumber(brushed.to) : lastDay;
      const x0 = xOf(Math.max(firstDay, from));
      const x1 = xOf(Math.min(lastDay, to) + 1);
      if (x1 > x0) {
        brushRect.setAttribute('x', String(x0));
        brushRect.setAttribute('width', String(x1 - x0));
        brushRect.setAttribute('visibility', 'visible');
      }
    }

    const axis = svg('g', { class: 'axis' },
      svg('line', { x1: PAD.left, x2: PAD.left + plotW, y1: PAD.top + plotH, y2: PAD.top + plotH }),
      svg('text', { x: PAD.left, y: HEIGHT - 6, 'text-anchor': 'start' }, bins[0].start),
      svg('text', { x: PAD.left + plotW, y: HEIGHT - 6, 'text-anchor': 'end' }, bins[bins.length - 1].end),
      svg('text', { x: PAD.left - 4, y: PAD.top + 10, 'text-anchor': 'end' }, num(max)),
      svg('text', { x: PAD.left - 4, y: PAD.top + plotH, 'text-anchor': 'end' }, num(0)),
    );
    const chartSvg = svg('svg', {
      width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, dir: 'ltr', role: 'img', class: 'timeline-svg',
      'aria-label': t('timeline.aria', { from: bins[0].start, to: bins[bins.length - 1].end, unit: t(`timeline.unit.${unit}`) }),
    }, axis, svg('g', { class: 'bars' }, bars), brushRect);

    // The brush: drag to choose a date range; a click without dragging clears it.
    /** @type {number | null} */
    let startX = null;
    const localX = (/** @type {PointerEvent} */ e) => e.clientX - chartSvg.getBoundingClientRect().left;
    chartSvg.addEventListener('pointerdown', (e) => {
      startX = localX(e);
      chartSvg.setPointerCapture(e.pointerId);
    });
    chartSvg.addEventListener('pointermove', (e) => {
      if (startX === null) return;
      const x = localX(e);
      brushRect.setAttribute('x', String(Math.min(x, startX)));
      brushRect.setAttribute('width', String(Math.abs(x - startX)));
      brushRect.setAttribute('visibility', 'visible');
    });
    chartSvg.addEventListener('pointerup', (e) => {
      if (startX === null) return;
      const x = localX(e);
      const a = Math.min(x, startX);
      const b = Math.max(x, startX);
      startX = null;
      if (b - a < 3) options.onBrush('', '');
      else options.onBrush(isoDay(dayAt(a)), isoDay(dayAt(b)));
    });
    replaceChildren(chart, chartSvg);
  }

  return {
    element: root,
    /** @param {import('./timeline-data.js').StatsRow[]} newRows */
    setRows(newRows) {
      rows = newRows;
      render();
    },
    /** @param {string} from @param {string} to */
    setBrushed(from, to) {
      brushed = { from, to };
      render();
    },
  };
}
