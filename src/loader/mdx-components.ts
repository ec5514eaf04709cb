/**
 * The components MDX content may use, by the name editors write (`<Callout>`). Everything else
 * that looks like JSX or HTML in an MDX file is refused by the mdx-safety rule, because MDX is code:
 * an element, an import or a {…} expression would run during the build.
 *
 * To offer editors a component, add its name here and pass the component to the MDX page's
 * `components` prop where the page renders the body.
 */
export const MDX_COMPONENTS: readonly string[] = [];
