/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide a page must not scroll sideways. Only a data table may
 * be wider than the screen, and then only inside its own scroll region that a keyboard can reach and
 * a screen reader can name (`tabindex="0"` and a label), so the rest of the page still reflows.
 * The crawl resizes its phone-width page to this width after each visit and runs `reflowProblems`
 * in it: one more look at a page already loaded, not another visit.
 */
import type { Page } from 'playwright-core';

export const REFLOW_WIDTH = 320;

/**
 * What breaks reflow on the page as it is now: the page wider than the window, and each element that
 * pokes out past the window's right edge without being inside a labelled, focusable scroll region.
 * Runs in the page, so it is written as plain browser code.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width + 1) problems.push(`the page is ${scrollWidth} px wide in a ${width} px window`);

    /** A region that scrolls sideways on its own, which keyboard users can reach and screen readers name. */
    const isScrollRegion = (el: Element): boolean => {
      const style = getComputedStyle(el);
      return (
        (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
        el.getAttribute('tabindex') === '0' &&
        (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'))
      );
    };
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const classes = [...el.classList].map((c) => `.${c}`).join('');
      return `${el.tagName.toLowerCase()}${id}${classes}`;
    };
    // The innermost culprits, deepest first: an element is left out when one inside it is named.
    const culprits: Element[] = [];
    const all = [...document.body.querySelectorAll('*')].reverse();
    for (const el of all) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // Where it ends, or where the text that spills out of it ends (a word too long to wrap), unless
      // it clips what spills (visually hidden text is a 1 px box that clips the rest).
      const own = getComputedStyle(el);
      const clips = own.overflowX === 'hidden' || own.overflowX === 'clip' || own.clipPath !== 'none';
      const right = clips ? rect.right : Math.max(rect.right, rect.left + el.scrollWidth);
      if (right <= width + 1) continue;
      // Hidden off screen on purpose (skip links, visually hidden text) is not something a reader scrolls to.
      if (rect.left >= width || rect.right < 0) continue;
      let contained = false;
      for (let inside: Element | null = el; inside && !contained; inside = inside.parentElement) {
        if (isScrollRegion(inside)) contained = true;
        // Inside a box that clips what overflows it within the window (visually hidden text): no sideways scroll.
        const clip = getComputedStyle(inside).overflowX;
        if (
          inside !== el &&
          (clip === 'hidden' || clip === 'clip') &&
          inside.getBoundingClientRect().right <= width + 1
        )
          contained = true;
      }
      if (contained || culprits.some((c) => el.contains(c))) continue;
      culprits.push(el);
      problems.push(`${describe(el)} reaches ${Math.round(right)} px, past the ${width} px window`);
    }
    // The first few say where to look; a page of them would bury the other pages' problems.
    problems.splice(4);
    return problems;
  });
}
