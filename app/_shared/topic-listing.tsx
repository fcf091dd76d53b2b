import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { ListingPage } from '@/components/ListingPage';
import { pageHref } from '@/components/Pagination';
import { getArticles, getAuthor, getAuthorBioHtml, getTag } from '@/lib/content';
import { listingPageNumber } from '@/lib/redirects';
import { collectionPageJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site';

/** A tag or an author: the two listings that share one shape. */
export type Topic = { kind: 'tag' | 'author'; id: string };

async function describeTopic({ kind, id }: Topic) {
  if (kind === 'tag') {
    const tag = await getTag(id);
    return tag && {
      name: tag.name, kicker: 'Topic', basePath: `/tags/${id}`, filter: { tag: id },
      description: `Stories about ${tag.name}.`, intro: `${tag.count} ${tag.count === 1 ? 'story' : 'stories'}`, bioHtml: '',
    };
  }
  const author = await getAuthor(id);
  return author && {
    name: author.name, kicker: author.role ?? 'Author', basePath: `/authors/${id}`, filter: { author: id },
    description: author.role ? `${author.name}, ${author.role}` : `Stories by ${author.name}.`, intro: '', bioHtml: await getAuthorBioHtml(author),
  };
}

/** Title, description, social cards and self-canonical URL of a tag or author page. */
export async function topicMetadata(topic: Topic, tail?: string[]): Promise<Metadata> {
  const described = await describeTopic(topic);
  const n = listingPageNumber(tail) ?? 1;
  if (!described) return {};
  return pageMetadata(await getSite(), {
    title: n > 1 ? `${described.name} (page ${n})` : described.name,
    description: described.description,
    path: pageHref(described.basePath, n),
  });
}

/** A tag or author page (`…/page/<n>` for later pages): stories newest first, the author's bio on page 1. */
export async function TopicListing({ topic, tail }: { topic: Topic; tail?: string[] }) {
  const described = await describeTopic(topic);
  if (described && tail?.join('/') === 'page/1') permanentRedirect(described.basePath);
  const n = listingPageNumber(tail);
  const list = described && n ? await getArticles({ ...described.filter, page: n }) : undefined;
  if (!described || !list) notFound();
  const site = await getSite();
  const path = pageHref(described.basePath, list.page);
  return (
    <>
      <JsonLd data={collectionPageJsonLd(site, { name: described.name, description: described.description, path, articles: list.items })} />
      <ListingPage
        kicker={described.kicker}
        title={described.name}
        intro={
          described.bioHtml && list.page === 1 ? (
            <div className="author-bio" dangerouslySetInnerHTML={{ __html: described.bioHtml }} />
          ) : described.intro ? (
            <p className="listing-header__intro">{described.intro}</p>
          ) : undefined
        }
        articles={list.items}
        page={list.page}
        totalPages={list.totalPages}
        basePath={described.basePath}
        locale={site.language}
        timeZone={site.timezone}
      />
    </>
  );
}
