import { formatProblem, publicationStatus, type Article, type Problem } from '../content';
import { formatDateTime } from '../format';
import { deskDocument, escapeHtml as e } from './desk-html';
import type { DeskSession } from './sessions';
import type { DeskUser } from './users';

/** Where the desk's pages live. */
export const DESK_PATH = '/desk';

type Site = { name: string; language: string; timezone: string };

/** The sign-in page, with a message after a failed or throttled attempt. */
export function loginPage(site: Site, message?: string, name = ''): string {
  return deskDocument({
    title: 'Sign in', siteName: site.name, language: site.language,
    body: `<h1>${e(site.name)} desk</h1>
${message ? `<p class="notice" role="alert">${e(message)}</p>` : ''}
<form method="post" action="${DESK_PATH}/login">
<label for="name">User name</label>
<input id="name" name="name" autocomplete="username" required value="${e(name)}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<div><button type="submit">Sign in</button></div>
</form>`,
  });
}

const signOutForms = (session: DeskSession) => `<form class="inline" method="post" action="${DESK_PATH}/logout">
<input type="hidden" name="csrf" value="${e(session.csrf)}"><button type="submit">Sign out</button></form>
<form class="inline" method="post" action="${DESK_PATH}/logout">
<input type="hidden" name="csrf" value="${e(session.csrf)}"><input type="hidden" name="everywhere" value="1"><button type="submit">Sign out everywhere</button></form>`;

/** The story list: every article with its status, and every file the checker has a problem with, by file:line. */
export function storyListPage(site: Site, user: DeskUser, session: DeskSession, stories: { articles: Article[]; problems: Problem[] }, now = new Date()): string {
  const rows = stories.articles.map((a) => `<tr>
<td><a href="${DESK_PATH}/edit?file=${encodeURIComponent(a.file)}">${e(a.title)}</a>${publicationStatus(a, now) === 'published' ? ` (<a href="${e(a.url)}">on the site</a>)` : ''}</td>
<td>${publicationStatus(a, now)}</td>
<td>${e(a.sectionName)}</td>
<td>${e(a.bylines.map((b) => b.name).join(', '))}</td>
<td><time datetime="${(a.updated ?? a.date).toISOString()}">${e(formatDateTime(a.updated ?? a.date, site.language, site.timezone))}</time></td>
<td><code>${e(a.file)}</code></td>
</tr>`).join('\n');
  const problems = stories.problems.filter((p) => p.severity === 'error');
  return deskDocument({
    title: 'Stories', siteName: site.name, language: site.language,
    body: `<header><h1>Stories</h1><p>Signed in as <strong>${e(user.name)}</strong> (${user.role}) ${signOutForms(session)}</p></header>
${problems.length ? `<section aria-labelledby="problems"><h2 id="problems">Files that need fixing</h2><ul>${problems.map((p) => `<li class="problem">${p.file.startsWith('articles/') ? `<a href="${DESK_PATH}/edit?file=${encodeURIComponent(p.file)}"><code>${e(formatProblem(p))}</code></a>` : `<code>${e(formatProblem(p))}</code>`}</li>`).join('')}</ul></section>` : ''}
<p><a href="${DESK_PATH}/edit">New story</a></p>
<table>
<caption class="sr-only">All stories, newest first</caption>
<thead><tr><th scope="col">Headline</th><th scope="col">Status</th><th scope="col">Section</th><th scope="col">By</th><th scope="col">Last change</th><th scope="col">File</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  });
}
