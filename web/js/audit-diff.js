// What an audit entry changed: the leaf fields whose values differ between `before` and
// `after`, as dotted paths ("fatalities.total"). Pure.

/**
 * @param {unknown} value
 * @param {string} prefix
 * @param {Map<string, unknown>} out
 */
function flatten(value, prefix, out) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
  return out;
}

/**
 * @param {unknown} before
 * @param {unknown} after
 * @returns {Array<{ field: string, before: unknown, after: unknown }>}
 */
export function diffFields(before, after) {
  const a = flatten(before ?? {}, '', new Map());
  const b = flatten(after ?? {}, '', new Map());
  const fields = [...new Set([...a.keys(), ...b.keys()])].sort();
  return fields
    .filter((f) => JSON.stringify(a.get(f) ?? null) !== JSON.stringify(b.get(f) ?? null))
    .map((field) => ({ field, before: a.get(field) ?? null, after: b.get(field) ?? null }));
}

/** A value for display: strings as they are, null as '–', the rest as JSON. @param {unknown} v */
export function showValue(v) {
  if (v === null || v === undefined) return '–';
  return typeof v === 'string' ? v : JSON.stringify(v);
}
