import { renderToStaticMarkup } from 'react-dom/server';
import { Highlighted } from '@/components/Highlighted';
import { highlight, snippet } from '@/lib/search/highlight';

describe('highlighting matched words', () => {
  it('marks every word whose folded form matched, whatever its case or accents', () => {
    expect(highlight('Café owners: CAFE, cafés and the cafe.', ['cafe'])).toEqual([
      { text: 'Café', mark: true },
      { text: ' owners: ', mark: false },
      { text: 'CAFE', mark: true },
      { text: ', cafés and the ', mark: false },
      { text: 'cafe', mark: true },
      { text: '.', mark: false },
    ]);
    expect(highlight('Nothing here', [])).toEqual([{ text: 'Nothing here', mark: false }]);
    expect(highlight('', ['x'])).toEqual([]);
  });

  it('renders marks as <mark> and escapes everything else, markup in the text included', () => {
    const html = renderToStaticMarkup(<Highlighted segments={highlight('<b>Storm</b> & <script>alert("storm")</script>', ['storm'])} />);
    expect(html).toBe('&lt;b&gt;<mark>Storm</mark>&lt;/b&gt; &amp; &lt;script&gt;alert(&quot;<mark>storm</mark>&quot;)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<b>/);
  });

  it('cuts an excerpt around the first match at word boundaries', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}The weir overflowed at dawn. ${'Consectetur adipiscing elit. '.repeat(20)}`;
    const excerpt = snippet(text, ['weir'], 120)!;
    expect(excerpt).toMatch(/^… .*The weir overflowed at dawn\. .* …$/);
    expect(excerpt.length).toBeLessThanOrEqual(126);
    expect(snippet('Short text about weirs.', ['weirs'])).toBe('Short text about weirs.');
    expect(snippet('No match at all.', ['weir'])).toBeUndefined();
  });
});
