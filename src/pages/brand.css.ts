/**
 * The council's colours as CSS custom properties, from content/site.yaml. Served as a file rather
 * than an inline style so the Content-Security-Policy needs no exception for styles.
 */
import type { APIRoute } from 'astro';
import { getContent } from '../loader/load-content.ts';

export const GET: APIRoute = () => {
  const { accent_colour } = getContent().site.branding;
  return new Response(`:root{--accent:${accent_colour}}\n`, { headers: { 'Content-Type': 'text/css' } });
};
