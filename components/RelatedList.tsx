import Link from 'next/link';
import type { Article } from '@/lib/content';

/** The "You might like" sidebar: related stories with thumbnail, headline and summary. */
export function RelatedList({ articles }: { articles: Article[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby="related-heading" className="sidebar-box related">
      <h2 id="related-heading" className="sidebar-box__title">
        You might like
      </h2>
      <ul>
        {articles.map((a) => (
          <li key={a.slug} className="related__item">
            {a.image ? (
              // eslint-disable-next-line @next/next/no-img-element -- content images are served from the content folder
              <img src={a.image} alt="" width={120} height={68} loading="lazy" decoding="async" />
            ) : null}
            <div>
              <h3>
                <Link href={a.url}>{a.title}</Link>
              </h3>
              {a.summary ? <p>{a.summary}</p> : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
