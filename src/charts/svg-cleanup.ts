/**
 * Makes Plot's SVG fit the site: no inline styles or <style> element (the content security policy
 * blocks them; the chart's styles live in the site CSS), one accessible name on the root with the
 * inside hidden from assistive technology (axe flags Plot's <g aria-label>), and coordinates rounded
 * to two decimals so that the output is small and the same on every machine.
 */

const GEOMETRY = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'points', 'viewBox']);
const REMOVED = new Set(['style', 'aria-label', 'aria-description']);

function roundNumbers(text: string): string {
  return text.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

/**
 * Cleans one element and everything inside it. A plain walk over `children` with each element's
 * attribute names read once: linkedom's `querySelectorAll('*')` and `attributes` proxy cost more
 * than the changes themselves.
 */
function clean(element: Element): void {
  for (const name of element.getAttributeNames()) {
    if (REMOVED.has(name)) element.removeAttribute(name);
    else if (GEOMETRY.has(name)) {
      // The node's own value: getAttribute would return it escaped for markup.
      const value = element.getAttributeNode(name)!.value;
      const rounded = roundNumbers(value);
      if (rounded !== value) element.setAttribute(name, rounded);
    }
  }
  for (const child of Array.from(element.children)) {
    if (child.localName === 'style') child.remove();
    else clean(child);
  }
}

/** `svg` is Plot's root element (linkedom). Returns the cleaned markup. */
export function cleanPlotSvg(svg: Element, label: string, className: string): string {
  clean(svg);
  for (const child of Array.from(svg.children)) child.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', className);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  return svg.outerHTML;
}
