/**
 * Runs on the search pages only (/search/ and the young-person edition's). Loads Pagefind's
 * Component UI from the bundle the build writes into /pagefind/, then runs the query the page was
 * opened with (`?q=…&edition=young-people`), so the header's plain GET form leads straight to
 * results. A page that names an edition (data-search-edition) searches that edition only. Keeps the
 * address in step with the search.
 *
 * A faceted instance first lists every page, before the page's own query has run: the results stay
 * hidden until the query's own results arrive, so nobody (and no test) reads that list as the answer.
 */
import { EDITIONS, readSearchRequest, searchAddress } from '../lib/search-query.ts';

/** The part of Pagefind's Component UI instance this script uses. */
interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
  on(event: 'results' | 'translations' | 'filters', callback: () => void): void;
  triggerLoad(): void;
}

declare global {
  interface Window {
    PagefindComponents?: {
      getInstanceManager(): { getInstance(name?: string): PagefindInstance };
    };
  }
}

const BUNDLE = '/pagefind/';

function addStylesheet(href: string): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

/** Pagefind's components draw themselves once their instance is ready; wait for an element they draw. */
function whenPresent<T extends Element>(root: Element, selector: string): Promise<T> {
  const found = root.querySelector<T>(selector);
  if (found) return Promise.resolve(found);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const element = root.querySelector<T>(selector);
      if (!element) return;
      observer.disconnect();
      resolve(element);
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

/**
 * Pagefind draws each filter's trigger as a button with role="combobox", and a combobox takes no
 * name from its text: screen readers would announce an unnamed control. Name each from its label,
 * again whenever Pagefind redraws it.
 */
function nameFilterTriggers(root: Element): void {
  const name = () => {
    for (const dropdown of root.querySelectorAll('pagefind-filter-dropdown')) {
      const trigger = dropdown.querySelector('[role="combobox"]');
      const label = dropdown.getAttribute('label');
      if (trigger && label && trigger.getAttribute('aria-label') !== label) trigger.setAttribute('aria-label', label);
    }
  };
  name();
  new MutationObserver(name).observe(root, { childList: true, subtree: true });
}

async function start(): Promise<void> {
  const ui = document.querySelector<HTMLElement>('[data-search-ui]');
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  if (!ui) return;

  addStylesheet(`${BUNDLE}pagefind-component-ui.css`);
  // A runtime address: the bundle exists only in the built site, so Vite must not resolve it.
  const bundleUrl = `${BUNDLE}pagefind-component-ui.js`;
  await import(/* @vite-ignore */ bundleUrl);
  await customElements.whenDefined('pagefind-input');

  ui.hidden = false;
  if (fallback) fallback.hidden = true;
  nameFilterTriggers(ui);

  const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
  if (!instance) return;

  const request = readSearchRequest(window.location.search);
  const edition = ui.dataset['searchEdition'];
  if (edition === 'young-people' || edition === 'full') request.filters['edition'] = [EDITIONS[edition]];
  const results = ui.querySelector<HTMLElement>('pagefind-results');
  if (results && request.term !== '') results.hidden = true;
  const input = await whenPresent<HTMLInputElement>(ui, 'pagefind-input input');
  // The input redraws itself when its translations load: put the words back each time it does.
  const showTerm = () => {
    const current = ui.querySelector<HTMLInputElement>('pagefind-input input');
    if (current && current.value === '' && instance.searchTerm === request.term) current.value = request.term;
  };
  input.value = request.term;
  instance.on('translations', showTerm);
  instance.on('results', () => {
    showTerm();
    if (results && instance.searchTerm === request.term) results.hidden = false;
  });
  // Once loaded, a faceted instance first lists everything; run the page's query just after that.
  let started = false;
  instance.on('filters', () => {
    if (started) return;
    started = true;
    setTimeout(() => instance.triggerSearchWithFilters(request.term, request.filters));
  });
  instance.triggerLoad();

  instance.on('search', (term, filters) => {
    const address = `${window.location.pathname}${searchAddress(term, filters ?? instance.searchFilters)}`;
    window.history.replaceState(null, '', address);
  });
}

void start();
