/**
 * Content text made safe for the change summary's Markdown, which a pull request's description
 * renders (HTML included) and a CI log prints line by line.
 */

/** Line breaks of every kind become spaces, and other control characters go: one line stays one line. */
export function oneLine(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- vertical tab and form feed break lines too
      .replace(/\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this drops
      .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
  );
}

/**
 * Content text as one line of plain Markdown text. A pull request's description renders Markdown
 * and HTML: an "<!--" in an update would hide every later section from the reviewer, a "<details>"
 * or a link could disguise the change, and a new line would start a line of its own (one starting
 * with "::" is a command to GitHub Actions when the summary is printed in a CI log). So the text is
 * kept to one line, "<" and ">" become entities and Markdown's own signs are escaped with a
 * backslash, which shows them as they are.
 */
export function inline(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]|~<>]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
}

/** A file name, id, address or git ref as code, where nothing is markup: a backtick, which would end it, is left out. */
export function code(text: string): string {
  return `\`${oneLine(text).replaceAll('`', '')}\``;
}

/** "A, B and C". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
