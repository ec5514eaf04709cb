/**
 * Makes Plot's SVG fit the site: no inline styles or <style> element (the content security policy
 * blocks them; the chart's styles live in the site CSS), one accessible name on the root with the
 * inside hidden from assistive technology (axe flags Plot's <g aria-label>), and coordinates rounded
 * to two decimals so that the output is small and the same on every machine.
 */

const GEOMETRY = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'points', 'viewBox']);

function roundNumbers(text: string): string {
  return text.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

/** `svg` is Plot's root element (linkedom). Returns the cleaned markup. */
export function cleanPlotSvg(svg: Element, label: string, className: string): string {
  svg.querySelectorAll('style').forEach((style) => style.remove());
  const elements = [svg, ...Array.from(svg.querySelectorAll('*'))];
  for (const element of elements) {
    element.removeAttribute('style');
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
    for (const attribute of Array.from(element.attributes)) {
      if (GEOMETRY.has(attribute.name)) element.setAttribute(attribute.name, roundNumbers(attribute.value));
    }
  }
  for (const child of Array.from(svg.children)) child.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', className);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  return svg.outerHTML;
}
