/**
 * The interface words the site is built with. One module per language (en.ts; a Welsh edition adds
 * cy.ts with the same shape); this is the one place that chooses.
 */
import { en, type InterfaceWords } from './en.ts';

export type { InterfaceWords };

export const words: InterfaceWords = en;
