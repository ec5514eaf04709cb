/**
 * GitHub Actions runs any log line that starts with "::" (after spaces) as a workflow command: it can
 * mask text, set outputs or forge an error annotation. Content reaches the logs of check, build and
 * changes (in problem messages, in Astro's and Pagefind's messages), so every line they print passes
 * through here, and a line that would start with "::" starts with "> ::" instead, still readable.
 */

/** `text` with no line that starts, after spaces, with "::". Any kind of line break starts a line. */
export function noWorkflowCommands(text: string): string {
  return text.replace(/(^|\r\n|[\n\r\u0085\u2028\u2029])([ \t\f\v]*)::/g, '$1$2> ::');
}

/**
 * Makes everything this process prints to stdout and stderr go through noWorkflowCommands, whoever
 * prints it (our messages, Astro's logger, a dependency's warning). Call it first in a script.
 * Output written in pieces is followed line by line: a piece that continues a line is treated as its
 * start only while that line has nothing but spaces so far.
 */
export function guardOutput(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    // Whether what has been printed of the current line is only spaces, so a "::" now would start it.
    let lineBlank = true;
    stream.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) return write(chunk, ...rest);
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      // A line continued from the last chunk that already has words in it cannot become a command.
      const safe = lineBlank ? noWorkflowCommands(text) : noWorkflowCommands(`x${text}`).slice(1);
      const lines = safe.split(/\r\n|[\n\r\u0085\u2028\u2029]/);
      const last = lines.at(-1) ?? '';
      lineBlank = (lines.length > 1 || lineBlank) && /^[ \t\f\v]*$/.test(last);
      const callbacks = rest.filter((arg) => typeof arg === 'function');
      return write(safe, 'utf8', ...callbacks);
    }) as typeof stream.write;
  }
}
