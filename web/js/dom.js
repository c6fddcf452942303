// Building DOM without innerHTML: report text is hostile input, so every string becomes a text
// node. `h('a', {href, class: 'x', onclick}, 'text', child)` — attributes, `on*` listeners,
// children (strings, nodes, arrays, null/false skipped).

/**
 * @typedef {string | number | Node | null | undefined | false | Child[]} Child
 */

/**
 * @param {string} tag
 * @param {Record<string, unknown> | null} [attrs]
 * @param {...Child} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) setAttr(el, name, value);
  append(el, children);
  return el;
}

/**
 * An SVG element, same calling shape as h().
 * @param {string} tag
 * @param {Record<string, unknown> | null} [attrs]
 * @param {...Child} children
 * @returns {SVGElement}
 */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs ?? {})) setAttr(el, name, value);
  append(el, children);
  return el;
}

/**
 * @param {Element} el
 * @param {string} name
 * @param {unknown} value
 */
function setAttr(el, name, value) {
  if (value === null || value === undefined || value === false) return;
  if (name.startsWith('on') && typeof value === 'function') {
    el.addEventListener(name.slice(2).toLowerCase(), /** @type {EventListener} */ (value));
  } else if (name === 'dataset' && typeof value === 'object') {
    for (const [k, v] of Object.entries(/** @type {Record<string, unknown>} */ (value))) {
      if (v !== null && v !== undefined) /** @type {HTMLElement} */ (el).dataset[k] = String(v);
    }
  } else if (value === true) {
    el.setAttribute(name, '');
  } else if (name === 'value' && 'value' in el) {
    /** @type {HTMLInputElement} */ (el).value = String(value);
  } else {
    el.setAttribute(name, String(value));
  }
}

/**
 * @param {Node} parent
 * @param {Child[]} children
 */
export function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/**
 * Replaces every child of `el` with `children`.
 * @param {Node} el
 * @param {...Child} children
 */
export function replaceChildren(el, ...children) {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}
