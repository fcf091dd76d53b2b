import { legacyBody } from '@/lib/content/legacy-body';
import { articleBody } from '@/lib/content/parse-article';
import { renderMarkdown } from '@/lib/content/markdown';

const html = (body: string) => renderMarkdown(legacyBody(body)).trim();

describe('shortcodes and Liquid tags in imported bodies', () => {
  it('turns a Hugo figure into a picture with its caption', () => {
    expect(html('{{< figure src="/images/pier.jpg" caption="The pier" alt="Pier" >}}')).toBe('<p><img src="/images/pier.jpg" alt="Pier"></p>\n<p><em>The pier</em></p>');
  });

  it('turns a Jekyll image include and an Eleventy image shortcode into pictures', () => {
    expect(html('{% include image.html url="/images/a.png" description="A view" %}')).toContain('<img src="/images/a.png" alt="A view">');
    expect(html('{% image "/images/b.png", "B view" %}')).toBe('<p><img src="/images/b.png" alt="B view"></p>');
  });

  it('keeps the text of paired shortcodes and links to other posts, and drops the tags', () => {
    expect(html('{{% note %}}Updated.{{% /note %}}')).toBe('<p>Updated.</p>');
    expect(html('See [this]({{< ref "post/x.md" >}}) and [that]({% post_url 2012-01-01-y %}).')).toBe('<p>See this and that.</p>');
  });

  it('drops the site address from links, and comments entirely', () => {
    expect(html('![C]({{ site.baseurl }}/images/c.png) {% comment %}secret{% endcomment %}{# nunjucks #}')).toBe('<p><img src="/images/c.png" alt="C"></p>');
    expect(html('[Home]({{ "/about/" | relative_url }})')).toBe('<p><a href="/about/">Home</a></p>');
  });

  it('turns highlight blocks into fenced code and keeps raw blocks as written', () => {
    expect(html('{% highlight ruby %}\nputs 1\n{% endhighlight %}')).toBe('<pre><code class="language-ruby">puts 1\n</code></pre>');
    expect(html('{{< highlight go >}}\nx := 1\n{{< /highlight >}}')).toBe('<pre><code class="language-go">x := 1\n</code></pre>');
    expect(html('{% raw %}Type {{ name }}.{% endraw %}')).toBe('<p>Type {{ name }}.</p>');
  });

  it('links embeds instead of leaving their braces', () => {
    expect(html('{{< youtube abc123 >}}')).toBe('<p><a href="https://www.youtube.com/watch?v=abc123" rel="noopener noreferrer">Video on YouTube</a></p>');
  });

  it('leaves code as written, and Markdown without tags untouched', () => {
    const code = '```\n{{< figure src="x" >}}\n```\n\nInline `{% raw %}` too.';
    expect(legacyBody(code)).toBe(code);
    expect(legacyBody('Plain *text* {braces}.')).toBe('Plain *text* {braces}.');
  });

  it('never makes markup: attribute text stays text and the sanitizer still decides', () => {
    const out = html('{{< figure src="javascript:alert(1)" caption="<script>alert(1)</script>" alt="x]](y" >}}');
    expect(out).not.toMatch(/<script|javascript:/);
    expect(out).toContain('&#x3C;script>');
  });

  it('stays linear on hostile input and does not let placeholders copy text', () => {
    const started = Date.now();
    legacyBody('{{< '.repeat(200_000) + '{% raw %}'.repeat(50_000) + '{{ x'.repeat(100_000));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(legacyBody('{% raw %}BIG{% endraw %}' + '\uE0000\uE001'.repeat(5))).toBe('BIG00000');
  });

  it('is applied by articleBody, which rendering and the search text use', () => {
    expect(articleBody('---\ntitle: T\n---\n{{< youtube abc >}}\n')).toBe('[Video on YouTube](https://www.youtube.com/watch?v=abc)\n');
  });
});
