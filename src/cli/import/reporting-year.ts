/**
 * Which scorecard year a DfE figure belongs to. The children looked after statistics count children
 * at 31 March and over the year to 31 March, so a figure belongs to the reporting year that ends that
 * day: time_period 202425 (or 2025 in files that give the year ending) is 2024-25.
 */

export type YearResult = { year: string } | { problem: string; fix: string };

function year(start: number): string {
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

export function reportingYearOf(timePeriod: string, timeIdentifier: string): YearResult {
  const period = timePeriod.trim();
  const two = /^(\d{4})(\d{2})$/.exec(period);
  if (two) {
    const start = Number(two[1]);
    if ((start + 1) % 100 !== Number(two[2])) {
      return {
        problem: `time_period "${period}" is not two years that follow each other`,
        fix: 'check the file: it should read like 202425',
      };
    }
    return { year: year(start) };
  }
  const single = /^(\d{4})$/.exec(period);
  if (single && /reporting year|financial year|year ending|as at 31 march/i.test(timeIdentifier)) {
    return { year: year(Number(single[1]) - 1) };
  }
  return {
    problem: `time_period "${period}" (${timeIdentifier || 'no time_identifier'}) is not a year the importer can place on a scorecard`,
    fix: 'import files whose time_period is a reporting year such as 202425',
  };
}
