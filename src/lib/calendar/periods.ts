/** The periods a reporting year's figures are given for: four quarters, or the whole year. */
export const PERIODS = ['Q1', 'Q2', 'Q3', 'Q4', 'year'] as const;
export type Period = (typeof PERIODS)[number];
