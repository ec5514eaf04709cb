/**
 * The markup of the components MDX content may use (the list, with their attributes, is
 * src/loader/mdx-components.ts). Each turns the element an editor wrote into plain HTML elements,
 * built here, never compiled from the content: so a component can show text but never run code.
 */
import type { Element, ElementContent } from 'hast';
import type { MdxComponentName } from '../loader/mdx-components.ts';

/** An attribute's text (the check allows only plain text in quotes) and the component's content. */
export type ComponentMarkup = (attributes: Readonly<Record<string, string>>, children: ElementContent[]) => Element;

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

export const COMPONENT_MARKUP: { readonly [K in MdxComponentName]: ComponentMarkup } = {
  /** A box that stands out from the text around it, with an optional title. */
  Callout: ({ title }, children) =>
    element('div', { className: ['prose-callout'], role: 'note' }, [
      ...(title
        ? [
            element('p', { className: ['prose-callout__title'] }, [
              element('strong', {}, [{ type: 'text', value: title }]),
            ]),
          ]
        : []),
      ...children,
    ]),
};
