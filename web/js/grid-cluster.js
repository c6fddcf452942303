// Grid clustering for the map: points projected to screen pixels at the current zoom fall into
// square cells; a cell with several points becomes one cluster at their mean position. Pure
// (works on {x, y} pixels), so it is unit-tested in Node.

/**
 * @template T
 * @typedef {{ x: number, y: number, items: T[] }} Cluster
 */

/**
 * @template T
 * @param {ReadonlyArray<{ x: number, y: number, item: T }>} points pixel positions at one zoom
 * @param {number} cellPx cell size in pixels
 * @returns {Array<Cluster<T>>} one entry per non-empty cell, in first-seen order
 */
export function gridCluster(points, cellPx) {
  /** @type {Map<string, { sx: number, sy: number, items: T[] }>} */
  const cells = new Map();
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const key = `${Math.floor(p.x / cellPx)}:${Math.floor(p.y / cellPx)}`;
    const cell = cells.get(key);
    if (cell) {
      cell.sx += p.x;
      cell.sy += p.y;
      cell.items.push(p.item);
    } else {
      cells.set(key, { sx: p.x, sy: p.y, items: [p.item] });
    }
  }
  return [...cells.values()].map((c) => ({ x: c.sx / c.items.length, y: c.sy / c.items.length, items: c.items }));
}
