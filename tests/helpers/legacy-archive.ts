import fs from 'node:fs';
import path from 'node:path';

/** One generated post and what the tool it came from would do with it. */
export interface LegacyPost {
  /** Path relative to the content folder. */
  file: string;
  flavour: 'hugo' | 'jekyll' | 'eleventy';
  /** Title, date, not draft, not expired, not in the future, slug unique: Hugo (or Jekyll, Eleventy) publishes it. */
  publishes: boolean;
  /** The oddities written into this post, for failure messages. */
  oddities: string[];
}

/** A seeded generator, so a failure names a post that the next run writes again. */
function random(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { chance: (p: number) => next() < p, pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] };
}

const WORDS = ['harbour', 'council', 'budget', 'river', 'school', 'rail', 'festival', 'market', 'storm', 'election', 'bridge', 'clinic'];
const TITLES = ['Don&#8217;t close the %s', 'Rates &amp; the %s', '&quot;Our %s&quot; speaks', 'Review: the %s, again', '%s: what next?', 'The %s plan']
  .map((t) => `${t} (%n)`);
const pad = (n: number) => String(n).padStart(2, '0');

/** Hugo bodies: figures, notes, embeds and cross references as shortcodes. */
const HUGO_BODIES = [
  '{{< figure src="/images/pier.jpg" caption="The pier at dusk" alt="Pier" >}}',
  '{{% note %}}This story was updated.{{% /note %}}',
  '{{< youtube dQw4w9WgXcQ >}}',
  'See [the earlier report]({{< ref "post/other.md" >}}).',
  '{{< highlight go >}}\nfmt.Println("hi")\n{{< /highlight >}}',
  '{{< tweet user="someone" id="123" >}}',
];
const JEKYLL_BODIES = [
  '{% include image.html url="/images/pier.jpg" description="The pier at dusk" %}',
  '![Chart]({{ site.baseurl }}/images/chart.png)',
  '{% raw %}Write {{ name }} to greet.{% endraw %}',
  '{% highlight ruby %}\nputs "hi"\n{% endhighlight %}',
  'As [we wrote]({% post_url 2012-01-01-earlier %}).',
  '{% comment %}Editor: check the figures.{% endcomment %}',
];
const ELEVENTY_BODIES = ['{% image "./pier.jpg", "The pier at dusk" %}', '[Home]({{ "/" | url }})', '{{ page.date }}'];

/**
 * Writes a legacy archive of `count` posts into `dir` (a content folder: site.yml, articles/): Hugo, Jekyll and
 * Eleventy posts with the oddities real exports carry, and a few that the old tool itself would not publish.
 */
export function writeLegacyArchive(dir: string, count: number, seed = 1): LegacyPost[] {
  const r = random(seed);
  fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'site.yml'), 'name: Old Blog\ntimezone: America/New_York\n');
  const posts: (LegacyPost & { slug: string })[] = [];
  for (let i = 0; i < count; i++) {
    const flavour = r.pick(['hugo', 'hugo', 'jekyll', 'eleventy'] as const);
    const word = r.pick(WORDS);
    const odd: string[] = [];
    const fm: string[] = [];
    const y = 2008 + (i % 15), mo = 1 + (i % 12), d = 1 + (i % 28), h = i % 24;
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    let slug = `${word}-${i}`;
    // A few pairs share a slug: Hugo would publish one over the other, we refuse both.
    if (i % 211 === 5) (slug = `shared-${i - 1}`), odd.push('duplicate slug');
    if (i % 211 === 4) (slug = `shared-${i}`), odd.push('duplicate slug');
    let publishes = true;

    if (r.chance(0.005)) (publishes = false), odd.push('no title');
    else fm.push(`title: ${r.chance(0.3) ? JSON.stringify(TITLES[i % TITLES.length].replace('%s', word).replace('%n', String(i))) : `"${word} ${i} &amp; more"`}`);

    let file: string;
    let nameDate = false;
    if (flavour === 'hugo') {
      const shape = r.pick(['file', 'file', 'bundle', 'dated-bundle'] as const);
      odd.push(shape);
      nameDate = shape === 'dated-bundle';
      file = shape === 'file' ? `articles/post/${slug}.md` : `articles/post/${nameDate ? `${day}-` : ''}${slug}/index.md`;
      if (r.chance(0.15)) (fm.push(`slug: ${slug}`), odd.push('slug key'));
    } else if (flavour === 'jekyll') {
      nameDate = true;
      file = `articles/_posts/${day}-${slug}.md`;
    } else {
      file = `articles/posts/${slug}.md`;
    }
    const dateForms = [`${day}`, `"${day}T${pad(h)}:05:00Z"`, `${day} ${h}:06:51 -0400`, `${day}T${pad(h)}:06:51-04:00`,
      `${day} ${pad(h)}:06:51 +0000`, `${day} ${pad(h)}:06`, `"${day}T${pad(h)}:06:51.000+0000"`];
    if (r.chance(0.004)) (fm.push('date: tomorrow'), (publishes = false), odd.push('unreadable date'));
    else if (r.chance(0.01)) (fm.push('date: 2099-01-01'), (publishes = false), odd.push('future'));
    else if (!nameDate || r.chance(0.5)) {
      if (!nameDate && r.chance(0.004)) (publishes = false), odd.push('no date at all');
      else {
        const form = r.pick(dateForms);
        odd.push(`date ${form}`);
        fm.push(`${flavour === 'hugo' && r.chance(0.1) ? 'publishDate' : 'date'}: ${form}`);
      }
    } else odd.push('date only in the file or folder name');
    if (r.chance(0.3)) (fm.push('summary: ""', `${r.pick(['deck', 'description'])}: "A deck for ${word}."`), odd.push('empty summary'));
    else if (r.chance(0.5)) fm.push(`${r.pick(['description', 'excerpt', 'summary'])}: A line about the ${word}.`);
    if (r.chance(0.6)) fm.push(`${flavour === 'jekyll' && r.chance(0.5) ? 'categories: News Local' : 'categories: [News, Local]'}`);
    else odd.push('no section');
    if (r.chance(0.5)) fm.push(r.chance(0.5) ? `tags: ${word}, local` : `tags: [${flavour === 'eleventy' ? 'post, ' : ''}${word}, "2013"]`);
    if (flavour === 'hugo') {
      if (r.chance(0.3)) (fm.push('weight: 10', 'layout: single', 'redirectto: ""', 'source_url: http://old.example/x', 'toc: true'), odd.push('unknown keys'));
      if (r.chance(0.2)) (fm.push('menu:', '  main:', '    weight: 2'), odd.push('nested unknown key'));
      if (r.chance(0.2)) (fm.push(`aliases: ["/${y}/${pad(mo)}/${slug}/", "old-${slug}"]`), odd.push('aliases'));
      if (r.chance(0.1)) (fm.push(`url: /${y}/${pad(mo)}/${slug}/`), odd.push('url'));
      if (r.chance(0.08)) (fm.push('draft: true'), (publishes = false), odd.push('draft'));
      else if (r.chance(0.05)) (fm.push(r.pick(['draft: false', 'draft: "false"', 'draft: no'])), odd.push('draft spelled'));
      if (r.chance(0.03)) (fm.push('expiryDate: 2015-01-01'), (publishes = false), odd.push('expired'));
    } else if (flavour === 'jekyll') {
      fm.push('layout: post');
      if (r.chance(0.2)) (fm.push(`permalink: /${y}/${slug}.html`), odd.push('permalink'));
      if (r.chance(0.06)) (fm.push('published: false'), (publishes = false), odd.push('unpublished'));
      if (r.chance(0.2)) (fm.push(r.chance(0.5) ? 'author: Ann Lee' : 'author:\n  name: Ann Lee\n  twitter: ann'), odd.push('author'));
    } else {
      if (r.chance(0.2)) (fm.push('permalink: "/blog/{{ page.fileSlug }}/"'), odd.push('liquid permalink'));
      if (r.chance(0.1)) (fm.push('eleventyNavigation:', '  key: Home'), odd.push('eleventyNavigation'));
    }
    if (r.chance(0.03)) (fm.push('tags: [dup-first]', 'tags: [dup-last]'), odd.push('duplicate key'));
    // Beyond what any import can mend: no folder, no section, no default; a script address as the picture.
    if (i % 397 === 7) (file = `articles/${slug}.md`), fm.splice(0, fm.length, ...fm.filter((l) => !l.startsWith('categories'))), odd.push('no section anywhere');
    if (i % 397 === 9) (fm.push('image: "javascript:alert(1)"'), odd.push('script image'));

    // Its twin lives in another folder, as an archive merged from two blogs would have it.
    if (i % 211 === 5) file = file.replace('articles/', 'articles/imported/');
    const bodies = flavour === 'hugo' ? HUGO_BODIES : flavour === 'jekyll' ? JEKYLL_BODIES : ELEVENTY_BODIES;
    const body = [`The ${word} story begins here, in ${y}.`, r.chance(0.6) ? r.pick(bodies) : '', `More about the ${word}.`].join('\n\n');
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `---\n${fm.join('\n')}\n---\n${body}\n`);
    // Written long ago, as an archive is: the store leaves files saved in the last moments for the next look.
    fs.utimesSync(path.join(dir, file), new Date(Date.UTC(y, mo - 1, d)), new Date(Date.UTC(y, mo - 1, d)));
    posts.push({ file, flavour, publishes, oddities: odd, slug });
  }
  const bySlug = new Map<string, number>();
  for (const post of posts) bySlug.set(post.slug, (bySlug.get(post.slug) ?? 0) + 1);
  return posts.map(({ slug, ...post }) => ({ ...post, publishes: post.publishes && bySlug.get(slug) === 1 }));
}
