/**
 * A small well-formedness check for the XML the site writes (feeds and sitemap: no DTD, no CDATA).
 * linkedom's DOMParser accepts broken XML silently, so tests use this instead. Returns the first
 * problem found, or undefined.
 */
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
const NAME = '[A-Za-z_][\\w.:-]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);

export function xmlProblem(xml: string): string | undefined {
  let rest = xml.replace(/^<\?xml[^?]*\?>/, '');
  const open: string[] = [];
  let roots = 0;
  while (rest.length > 0) {
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) return 'unclosed comment';
      rest = rest.slice(end + 3);
    } else if (rest.startsWith('<')) {
      const tag = TAG.exec(rest);
      if (!tag) return `malformed tag at "${rest.slice(0, 30)}"`;
      const [whole, closing, name, attributes = '', selfClosing] = tag;
      for (const amp of attributes.matchAll(/&/g)) {
        if (!ENTITY.test(attributes.slice(amp.index))) return `bare & in attributes of <${name}>`;
      }
      if (closing) {
        if (open.pop() !== name) return `</${name}> does not close the open element`;
      } else if (!selfClosing) {
        if (open.length === 0) roots++;
        open.push(name!);
      } else if (open.length === 0) roots++;
      rest = rest.slice(whole.length);
    } else {
      const next = rest.indexOf('<');
      const text = next < 0 ? rest : rest.slice(0, next);
      if (open.length === 0 && text.trim() !== '')
        return `text outside the root element: "${text.trim().slice(0, 30)}"`;
      for (const amp of text.matchAll(/&/g)) {
        if (!ENTITY.test(text.slice(amp.index)))
          return `bare & in text near "${text.slice(amp.index, amp.index + 20)}"`;
      }
      rest = next < 0 ? '' : rest.slice(next);
    }
  }
  if (open.length > 0) return `<${open.at(-1)}> is never closed`;
  if (roots !== 1) return `expected one root element, found ${roots}`;
  return undefined;
}
