/**
 * JSON-LD for entry pages, typed with schema-dts: works as ScholarlyArticle or CreativeWork
 * subtypes, people, organisations, events, and a ClaimReview on every claim page.
 */
import type { ClaimReview, CreativeWork, Event, Organization, Person, Rating, Thing, WithContext } from 'schema-dts';
import type { Entity, KnowledgeBase } from './kb.ts';
import type { Verdict, Work } from './schema.ts';
import { isoDatetime, parseEdtf } from './dates.ts';
import { VERDICT_STYLES } from './visual.ts';
import { workAddresses } from './work-links.ts';
import { dayOf } from './git-history.ts';
import { siteConfig } from '../site.config.ts';

/** Verdict labels in words, as in the UI (`alternateName` of a rating). */
const VERDICT_WORDS: Record<Verdict, string> = {
  supported: 'Supported',
  'partly-supported': 'Partly supported',
  contested: 'Contested',
  unsupported: 'Unsupported',
  false: 'False',
  unverified: 'Unverified',
};

/** schema.org type of each kind of work. */
const WORK_TYPES = {
  paper: 'ScholarlyArticle',
  preprint: 'ScholarlyArticle',
  talk: 'CreativeWork',
  podcast: 'PodcastEpisode',
  article: 'Article',
  book: 'Book',
  'blog-post': 'BlogPosting',
  essay: 'CreativeWork',
  dataset: 'Dataset',
  software: 'SoftwareSourceCode',
} as const satisfies Record<Work['type'], string>;

/** A reference to a person or organisation by name and page, for nesting inside other nodes. */
type AgentRef = Person | Organization;

/** Absolute URL of a site path. */
function absolute(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** An EDTF date as a schema.org Date (ISO at its own precision), the start of an interval. */
export function schemaDate(edtf: string): string {
  return isoDatetime(edtf.split('/')[0] || edtf);
}

/** A person, organisation or work as a short reference node. */
function agentRef(entity: Entity, site: string | URL): AgentRef | undefined {
  if (entity.collection === 'people') return { '@type': 'Person', name: entity.label, url: absolute(entity.url, site) };
  if (entity.collection === 'orgs') return { '@type': 'Organization', name: entity.label, url: absolute(entity.url, site) };
  return undefined;
}

/** The authors of a work: people (linked or plain names), else the credited organisations. */
function workAuthors(kb: KnowledgeBase, work: Entity<'works'>, site: string | URL): AgentRef[] {
  const people = work.data.authors.map((author): AgentRef => (typeof author === 'string' ? { '@type': 'Person', name: author } : agentRef(kb.get(author.person), site)!));
  return people.length > 0 ? people : work.data.orgs.map((id) => agentRef(kb.get(id), site)!);
}

/** Who made a claim: the claimant, or the authors of the work that is the claimant. */
function claimAuthors(kb: KnowledgeBase, claimant: Entity, site: string | URL): AgentRef[] {
  if (claimant.collection === 'works') return workAuthors(kb, claimant, site);
  const ref = agentRef(claimant, site);
  return ref ? [ref] : [];
}

/** A work as a CreativeWork node (type by kind of work) with the addresses given: `url`, when there is one, and `sameAs`. */
function workNode(kb: KnowledgeBase, work: Entity<'works'>, site: string | URL, { url, sameAs }: { url?: string; sameAs: readonly string[] }): CreativeWork {
  const { data } = work;
  return {
    '@type': WORK_TYPES[data.type],
    name: data.title,
    ...(data.nativeTitle ? { alternateName: data.nativeTitle.text } : {}),
    ...(url ? { url } : {}),
    datePublished: schemaDate(data.date),
    inLanguage: data.language,
    author: workAuthors(kb, work, site),
    ...(data.venue ? { isPartOf: { '@type': 'CreativeWork', name: data.venue } } : {}),
    ...(sameAs.length > 0 ? { sameAs } : {}),
    ...(data.identifiers.doi ? { identifier: `doi:${data.identifiers.doi}` } : data.identifiers.arxiv ? { identifier: `arXiv:${data.identifiers.arxiv}` } : {}),
    abstract: data.summary,
  } as CreativeWork;
}

/** A work page's own node: the atlas page as `url`, the work's own addresses as `sameAs`. */
function workPageNode(kb: KnowledgeBase, work: Entity<'works'>, site: string | URL): CreativeWork {
  return workNode(kb, work, site, { url: absolute(work.url, site), sameAs: workAddresses(work.data.identifiers) });
}

/**
 * The work a claim appears in, as the CreativeWork ClaimReview's `appearance` expects: `url` is where
 * the claim can be read (the work's arXiv page, DOI or recorded url, e.g. the repost an article was
 * read in), not the atlas's page about the work, which goes in `sameAs`; no `url` when the work
 * records no address of its own.
 */
function appearanceNode(kb: KnowledgeBase, work: Entity<'works'>, site: string | URL): CreativeWork {
  const [url, ...others] = workAddresses(work.data.identifiers);
  return workNode(kb, work, site, { url, sameAs: [...others, absolute(work.url, site)] });
}

/** When the page's entry entered the atlas and last changed (ISO date-times from git), for a review's dates; either may be unknown. */
export interface EntryDates {
  added?: string;
  updated?: string;
}

/** The rating of a verdict: 5 (supported) to 1 (false); unverified has a name but no value. */
export function verdictRating(verdict: Verdict): Rating {
  const rank = VERDICT_STYLES[verdict].rank;
  return {
    '@type': 'Rating',
    alternateName: VERDICT_WORDS[verdict],
    bestRating: 5,
    worstRating: 1,
    ...(verdict === 'unverified' ? {} : { ratingValue: 5 - rank }),
  };
}

/** The JSON-LD of an entry page; a claim review is dated by `dates` (when the claim's entry was added and last changed), each left out when unknown. */
export function entityJsonLd(kb: KnowledgeBase, entity: Entity, site: string | URL = siteConfig.site, dates: EntryDates = {}): WithContext<Thing> {
  const url = absolute(entity.url, site);
  const context = 'https://schema.org' as const;
  switch (entity.collection) {
    case 'works':
      return { '@context': context, ...workPageNode(kb, entity, site) } as WithContext<CreativeWork>;
    case 'people': {
      const { data } = entity;
      const links = [data.links.wikidata && `https://www.wikidata.org/wiki/${data.links.wikidata}`, data.links.orcid && `https://orcid.org/${data.links.orcid}`, data.links.wikipedia, data.links.homepage].filter(
        (value): value is string => Boolean(value)
      );
      const alternateName = [data.nativeName?.text, ...data.aliases].filter((value): value is string => Boolean(value));
      const affiliation = [...new Set(data.affiliations.map((a) => a.org))].map((id) => agentRef(kb.get(id), site) as Organization);
      return {
        '@context': context,
        '@type': 'Person',
        name: data.name,
        url,
        description: data.summary,
        ...(alternateName.length > 0 ? { alternateName } : {}),
        ...(affiliation.length > 0 ? { affiliation } : {}),
        ...(links.length > 0 ? { sameAs: links } : {}),
      } satisfies WithContext<Person>;
    }
    case 'orgs': {
      const { data } = entity;
      return {
        '@context': context,
        '@type': 'Organization',
        name: data.name,
        url,
        description: data.summary,
        ...(data.nativeName || data.shortName ? { alternateName: [data.nativeName?.text, data.shortName].filter((value): value is string => Boolean(value)) } : {}),
        ...(data.parent ? { parentOrganization: agentRef(kb.get(data.parent), site) as Organization } : {}),
        ...(data.founded ? { foundingDate: schemaDate(data.founded) } : {}),
        ...(data.dissolved ? { dissolutionDate: schemaDate(data.dissolved) } : {}),
        ...(data.location ? { location: data.location } : {}),
        ...(data.homepage ? { sameAs: data.homepage } : {}),
      } satisfies WithContext<Organization>;
    }
    case 'events': {
      const { data } = entity;
      const range = parseEdtf(data.date);
      const end = data.date.includes('/') ? data.date.split('/')[1] : undefined;
      const involved = data.involved.map((id) => kb.get(id));
      const agents = involved.map((other) => agentRef(other, site)).filter((ref): ref is AgentRef => Boolean(ref));
      return {
        '@context': context,
        '@type': 'Event',
        name: data.title,
        url,
        description: data.summary,
        startDate: schemaDate(data.date),
        ...(end && end !== '..' && !range.openEnd ? { endDate: schemaDate(end) } : {}),
        ...(data.location ? { location: { '@type': 'Place', name: data.location } } : {}),
        ...(agents.length > 0 ? { about: agents } : {}),
      } satisfies WithContext<Event>;
    }
    case 'claims': {
      const { data } = entity;
      const madeIn = kb.get(data.madeIn.work);
      const appearance = madeIn.collection === 'works' ? appearanceNode(kb, madeIn, site) : undefined;
      return {
        '@context': context,
        '@type': 'ClaimReview',
        url,
        ...(dates.added ? { datePublished: dayOf(dates.added) } : {}),
        ...(dates.updated ? { dateModified: dayOf(dates.updated) } : {}),
        claimReviewed: data.statement,
        author: { '@type': 'Organization', name: siteConfig.title, url: absolute('/', site) },
        itemReviewed: {
          '@type': 'Claim',
          author: claimAuthors(kb, kb.get(data.claimant), site),
          datePublished: schemaDate(data.date),
          ...(appearance ? { appearance } : {}),
          ...(data.statementZh ? { alternateName: data.statementZh } : {}),
        },
        reviewRating: verdictRating(data.verdict),
        reviewBody: data.reasoning,
      } satisfies WithContext<ClaimReview>;
    }
    case 'datasets':
      return { '@context': context, '@type': 'Dataset', name: entity.label, url, description: entity.data.summary };
  }
}
