/**
 * Every page is valid HTML by html-validate's recommended and document presets, with the engine's
 * .htmlvalidate.json (two rules narrowed there, none turned off; the test of verify says why).
 * Problems are grouped by rule and message, with the first place each was found as `page:line:col`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import type { BuiltPages } from './built-pages.ts';
import { count, Grouped, type CheckResult } from './check.ts';

/** The engine's own configuration, whichever folder the site was built into. */
const CONFIG = path.resolve(import.meta.dirname, '../../../.htmlvalidate.json');

export function htmlValidator(): HtmlValidate {
  return new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(CONFIG, 'utf8')) as ConfigData));
}

export async function checkHtmlValidity(built: BuiltPages): Promise<CheckResult> {
  const validator = htmlValidator();
  const found = new Grouped();
  for (const page of built.pages) {
    const report = await validator.validateString(built.parse(page).html, page.relative);
    for (const message of report.results.flatMap((r) => r.messages)) {
      found.add(
        `${message.message} (${message.ruleId})`,
        page.url,
        `${page.relative}:${message.line}:${message.column}`,
      );
    }
  }
  return {
    name: 'Valid HTML (html-validate)',
    checked: count(built.pages.length, 'page'),
    problems: found.lines(),
  };
}
