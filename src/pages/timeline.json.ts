/** /timeline.json: every dated fact in vis-timeline's item format (see README, "Timeline"). */
import type { APIRoute } from 'astro';
import { loadTimeline } from '../data/timeline.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadTimeline()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
