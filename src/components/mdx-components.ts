/** The components an entry body may use: the allowlist of src/lib/mdx-safety.ts, mapped to their code. */
import Quote from './Quote.astro';
import EntryRef from './EntryRef.astro';
import ScalingChart from './ScalingChart.astro';
import type { ALLOWED_COMPONENTS } from '../lib/mdx-safety.ts';

/** Components passed to every rendered entry body. */
export const mdxComponents: Partial<Record<(typeof ALLOWED_COMPONENTS)[number], unknown>> = { Quote, EntryRef, ScalingChart };
