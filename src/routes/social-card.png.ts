/**
 * `/social/<card>.png` in `astro dev` only (injected by src/integrations/derived-files.ts): the
 * link-preview images (src/lib/social-card.ts); a build draws them in the derived-files worker instead.
 */
import type { APIRoute } from 'astro';
import { SOCIAL_CARDS, SOCIAL_CARD_TYPE, type SocialCard } from '../lib/social-card.ts';
import { socialCardPng } from '../lib/social-card-png.ts';

export const getStaticPaths = () => SOCIAL_CARDS.map((card) => ({ params: { card } }));

export const GET: APIRoute = async ({ params }) => new Response(await socialCardPng(params.card as SocialCard), { headers: { 'Content-Type': SOCIAL_CARD_TYPE } });
