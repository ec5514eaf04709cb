/**
 * The council's colours as CSS custom properties, from content/site.yaml. Served as a file rather
 * than an inline style so the Content-Security-Policy needs no exception for styles.
 */
import type { APIRoute } from 'astro';
import { getSiteModel } from '../model/site-model.ts';

export const GET: APIRoute = async () => {
  const { accent_colour } = (await getSiteModel()).site.branding;
  return new Response(`:root{--accent:${accent_colour}}\n`, { headers: { 'Content-Type': 'text/css' } });
};
