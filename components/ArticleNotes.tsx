import { correctionAnchor, type Article } from '@/lib/content';
import { formatDateTime } from '@/lib/format';
import { ENGLISH, type Messages } from '@/lib/messages';

/** The corrections and updates at the foot of an article, newest first, each in its labelled box with its time. */
export function ArticleNotes({ article, locale, timeZone, t = ENGLISH }: { article: Article; locale: string; timeZone: string; t?: Messages }) {
  const corrections = article.corrections ?? [];
  const updates = article.updates ?? [];
  if (!corrections.length && !updates.length) return null;
  const entries = [
    ...corrections.map((note, i) => ({ note, kind: 'correction' as const, id: correctionAnchor(i, corrections.length) })),
    ...updates.map((note, i) => ({ note, kind: 'update' as const, id: `update-${updates.length - i}` })),
  ].sort((a, b) => b.note.date.getTime() - a.note.date.getTime());
  return (
    <section className="article-notes" aria-labelledby="article-notes-title">
      <h2 id="article-notes-title" className="article-notes__title">
        {corrections.length && updates.length ? t.correctionsAndUpdates : corrections.length ? t.corrections : t.updates}
      </h2>
      {entries.map(({ note, kind, id }) => (
        <div key={id} id={id} className={`article-note article-note--${kind}`}>
          <p className="article-note__label">
            <strong>{kind === 'correction' ? t.correction : t.update}</strong>{' '}
            <time dateTime={note.date.toISOString()}>{formatDateTime(note.date, locale, timeZone)}</time>
          </p>
          <p className="article-note__text">{note.text}</p>
        </div>
      ))}
    </section>
  );
}
