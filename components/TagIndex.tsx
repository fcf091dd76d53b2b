/** Every topic with its story count, linking to its tag page: the `/tags` page body. */
export function TagIndex({ tags }: { tags: { slug: string; name: string; count: number }[] }) {
  if (!tags.length) return <p className="empty">No topics yet.</p>;
  return (
    <ul className="tag-index">
      {tags.map((t) => (
        <li key={t.slug}>
          <a href={`/tags/${t.slug}`}>
            <span>{t.name}</span> <span className="count">{t.count}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
