import { ENGLISH, type Messages } from '@/lib/messages';

/** The article's tags, each linking to its tag page. */
export function TagList({ tags, t = ENGLISH }: { tags: { slug: string; name: string }[]; t?: Messages }) {
  if (!tags.length) return null;
  return (
    <nav aria-label={t.tags} className="tag-list">
      <h2 className="tag-list__label">{t.topics}</h2>
      <ul>
        {tags.map((t) => (
          <li key={t.slug}>
            <a href={`/tags/${t.slug}`} rel="tag">
              {t.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
