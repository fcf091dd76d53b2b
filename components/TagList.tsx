
/** The article's tags, each linking to its tag page. */
export function TagList({ tags }: { tags: { slug: string; name: string }[] }) {
  if (!tags.length) return null;
  return (
    <nav aria-label="Tags" className="tag-list">
      <h2 className="tag-list__label">Topics</h2>
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
