import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { Pagination, pageHref } from '@/components/Pagination';
import { getCorrections } from '@/lib/content';
import { formatDateTime } from '@/lib/format';
import { listingPageNumber } from '@/lib/redirects';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSite } from '@/lib/site';

// Rendered on first request and cached; re-rendered when a correction, or a corrected article, changes.
export const revalidate = 1;

/** No page is rendered at build time. */
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page?: string[] }> };

const DESCRIPTION = 'Every correction we have made to a published story, newest first.';

/** Title, description and self-canonical URL of a page of corrections. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = listingPageNumber((await params).page) ?? 1;
  return pageMetadata(await getSite(), { title: n > 1 ? `Corrections (page ${n})` : 'Corrections', description: DESCRIPTION, path: pageHref('/corrections', n) });
}

/** `/corrections` and `/corrections/page/<n>`: the site's corrections, each linked to the box on its article. */
export default async function CorrectionsPage({ params }: Props) {
  const { page } = await params;
  if (page?.join('/') === 'page/1') permanentRedirect('/corrections');
  const n = listingPageNumber(page);
  const list = n ? await getCorrections(n) : undefined;
  if (!list) notFound();
  const site = await getSite();
  return (
    <div>
      <header className="listing-header">
        <h1>
          Corrections
          {list.page > 1 ? <span className="listing-header__page"> · page {list.page}</span> : null}
        </h1>
        <p className="listing-header__intro">{DESCRIPTION} Each is also shown at the foot of the story it corrects.</p>
      </header>
      {list.items.length ? (
        <ol className="corrections-log">
          {list.items.map(({ article, note, anchor }) => (
            <li key={`${article.slug}#${anchor}`}>
              <p className="corrections-log__date">
                <time dateTime={note.date.toISOString()}>{formatDateTime(note.date, site.language, site.timezone)}</time>
              </p>
              <h2 className="card__title">
                <a href={`${article.url}#${anchor}`}>{article.title}</a>
              </h2>
              <p>{note.text}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty">No corrections have been published.</p>
      )}
      <Pagination page={list.page} totalPages={list.totalPages} href={(p) => pageHref('/corrections', p)} />
    </div>
  );
}
