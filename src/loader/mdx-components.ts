/**
 * The components MDX content may use, by the name editors write (`<Callout>`), with the attributes
 * each accepts (plain text in quotes only). Everything else that looks like JSX or HTML in an MDX
 * file is refused by the mdx-safety rule, because MDX is code: an element, an import or a {…}
 * expression would run during the build.
 *
 * To offer editors a component, add it here and give it its markup in src/markdown/components.ts
 * (the type there makes the build fail until every component listed here has one).
 */
export interface MdxComponent {
  /** Attributes an editor may write, such as title="Your rights". */
  attributes: readonly string[];
  /** What it is for, shown in messages. */
  purpose: string;
}

export const MDX_COMPONENT_SPECS = {
  Callout: { attributes: ['title'], purpose: 'a highlighted box, such as <Callout title="Your rights">…</Callout>' },
} as const satisfies Record<string, MdxComponent>;

export type MdxComponentName = keyof typeof MDX_COMPONENT_SPECS;

export const MDX_COMPONENTS: readonly MdxComponentName[] = Object.keys(MDX_COMPONENT_SPECS) as MdxComponentName[];

export const isMdxComponent = (name: string): name is MdxComponentName => Object.hasOwn(MDX_COMPONENT_SPECS, name);
