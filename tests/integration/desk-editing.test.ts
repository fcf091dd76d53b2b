import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DeskClient, deskUser, formValues } from '../helpers/desk';
import { within } from '../helpers/poll';
import { startServer, type TestServer } from '../helpers/server';

// Writing, previewing, publishing and deleting from the desk over real HTTP, with roles, conflicts and the audit log.
jest.setTimeout(90_000);
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'newsroom');
const PASSWORD = 'a long enough password';
let dir: string;
let server: TestServer;
let writer: DeskClient;
let editor: DeskClient;
const content = (...parts: string[]) => path.join(dir, 'content', ...parts);
const usersFile = () => path.join(dir, 'desk', 'users.json');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-editing-'));
  fs.cpSync(FIXTURE, content(), { recursive: true });
  deskUser(usersFile(), PASSWORD, 'add', 'wes', '--role', 'writer');
  deskUser(usersFile(), PASSWORD, 'add', 'ana', '--role', 'editor');
  server = await startServer(content(), { DESK_USERS_FILE: usersFile() });
  [writer, editor] = [new DeskClient(server.url), new DeskClient(server.url)];
  await Promise.all([writer.signIn('wes', PASSWORD), editor.signIn('ana', PASSWORD)]);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const NEW_STORY = { title: 'Weir gates reopen after repairs', summary: 'The Lowfield weir is back in service.', section: 'News', authors: 'jo-bloggs', tags: 'Rivers', date: '', image: '', imageAlt: '', imageCaption: '', imageCredit: '', body: 'The gates opened at **dawn**.\n\n<script>alert(1)</script>' };
const FILE_RE = /articles\/news\/\d{4}-\d\d-\d\d-weir-gates-reopen-after-repairs\.md/;

describe('writing in the desk', () => {
  it('lets a writer draft a story, previewed by the site’s own sanitizing pipeline, saved in the site’s layout', async () => {
    const csrf = await writer.csrf();
    const preview = await writer.post('/desk/save', { ...NEW_STORY, csrf, status: 'draft', action: 'preview' });
    expect(preview.status).toBe(200);
    expect(preview.body).toContain('<p>The gates opened at <strong>dawn</strong>.</p>');
    expect(preview.body).not.toContain('<script>alert(1)</script>');
    expect(fs.readdirSync(content('articles', 'news')).filter((f) => FILE_RE.test(`articles/news/${f}`))).toEqual([]);

    const saved = await writer.post('/desk/save', { ...NEW_STORY, csrf, status: 'draft', action: 'save' });
    expect(saved.status).toBe(303);
    const file = decodeURIComponent(saved.location!.split('file=')[1].split('&')[0]);
    expect(file).toMatch(FILE_RE);
    const text = fs.readFileSync(content(file), 'utf8');
    expect(text).toMatch(/^---\ntitle: Weir gates reopen after repairs\n.*draft: true\n---\nThe gates opened/s);
    const audit = fs.readFileSync(path.join(dir, 'desk', 'audit.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(audit).toEqual([expect.objectContaining({ user: 'wes', action: 'create', file, digest: expect.stringMatching(/^[0-9a-f]{16}$/) })]);
    // The list is the site's index, which takes in a saved file within the publishing window.
    await within(5_000, async () => (await writer.get('/desk')).body.includes('Weir gates reopen after repairs') || 'not listed yet');
  });

  it('refuses a writer publishing or deleting, on the server, whatever the form says', async () => {
    const csrf = await writer.csrf();
    const file = fs.readdirSync(content('articles', 'news')).find((f) => f.includes('weir-gates-reopen'))!;
    const opened = formValues((await writer.get(`/desk/edit?file=${encodeURIComponent(`articles/news/${file}`)}`)).body);
    const publish = await writer.post('/desk/save', { ...opened, csrf, status: 'publish', action: 'save' });
    expect(publish.status).toBe(403);
    expect(publish.body).toContain('Writers save drafts only');
    expect((await writer.post('/desk/delete', { ...opened, csrf })).status).toBe(403);
    expect(fs.readFileSync(content('articles', 'news', file), 'utf8')).toContain('draft: true');
  });

  it('shows problems beside their fields and writes nothing while there are errors', async () => {
    const csrf = await editor.csrf();
    const res = await editor.post('/desk/save', { ...NEW_STORY, title: 'Image without words', image: '/images/hero.svg', date: 'tomorrow', csrf, status: 'publish', action: 'save' });
    expect(res.status).toBe(422);
    expect(res.body).toMatch(/<input id="date" name="date" value="tomorrow" aria-invalid="true" aria-describedby="date-errors"><ul class="problem" id="date-errors"><li>expected a time like/);
    expect(res.body).toMatch(/id="imageAlt-errors"><li>required before publishing/);
  });

  it('lets an editor publish the draft, and the public site shows it within the publishing window', async () => {
    const csrf = await editor.csrf();
    const file = `articles/news/${fs.readdirSync(content('articles', 'news')).find((f) => f.includes('weir-gates-reopen'))!}`;
    const opened = formValues((await editor.get(`/desk/edit?file=${encodeURIComponent(file)}`)).body);
    const res = await editor.post('/desk/save', { ...opened, csrf, status: 'publish', action: 'save' });
    expect(res.status).toBe(303);
    const took = await within(5_000, async () => (await fetch(`${server.url}/news/weir-gates-reopen-after-repairs`)).status === 200 || 'not yet');
    expect(took).toBeLessThan(5_000);
  });

  it('never overwrites a change it did not see: the second editor gets both versions, and saving again keeps theirs on purpose', async () => {
    const file = `articles/news/${fs.readdirSync(content('articles', 'news')).find((f) => f.includes('weir-gates-reopen'))!}`;
    const [w, e] = [await writer.get(`/desk/edit?file=${encodeURIComponent(file)}`), await editor.get(`/desk/edit?file=${encodeURIComponent(file)}`)];
    const [editorForm, secondForm] = [formValues(e.body), formValues(w.body)];
    const csrf = await editor.csrf();
    expect((await editor.post('/desk/save', { ...editorForm, body: 'Version by Ana.', csrf, status: 'publish', action: 'save' })).status).toBe(303);
    const other = new DeskClient(server.url);
    await other.signIn('ana', PASSWORD);
    const otherCsrf = await other.csrf();
    const clash = await other.post('/desk/save', { ...secondForm, body: 'Version by the second tab.', csrf: otherCsrf, status: 'publish', action: 'save' });
    expect(clash.status).toBe(409);
    expect(clash.body).toContain('Someone changed this story since you opened it');
    expect(clash.body).toContain('Version by Ana.');
    expect(clash.body).toContain('Version by the second tab.');
    expect(fs.readFileSync(content(file), 'utf8')).toContain('Version by Ana.');
    const retry = await other.post('/desk/save', { ...formValues(clash.body), csrf: otherCsrf, status: 'publish', action: 'save' });
    expect(retry.status).toBe(303);
    expect(fs.readFileSync(content(file), 'utf8')).toContain('Version by the second tab.');
  });

  it('touches no file outside articles/, whatever path a form names', async () => {
    const csrf = await editor.csrf();
    for (const file of ['articles/../site.yml', '../outside.md', 'articles/news/.hidden.md', '/etc/passwd', 'site.yml']) {
      expect((await editor.get(`/desk/edit?file=${encodeURIComponent(file)}`)).status).toBe(404);
      expect((await editor.post('/desk/save', { ...NEW_STORY, file, csrf, status: 'draft', action: 'save' })).status).toBe(409);
      expect((await editor.post('/desk/delete', { file, digest: 'x', csrf })).status).toBe(409);
    }
    expect(fs.readFileSync(content('site.yml'), 'utf8')).toContain('Fixture Gazette');
  });

  it('shows hostile text typed into the desk as text, in the desk and on the site', async () => {
    const csrf = await editor.csrf();
    const vector = '<img src=x onerror=alert(1)> "><script>alert(2)</script>';
    const res = await editor.post('/desk/save', { ...NEW_STORY, title: `Hostile ${vector}`, summary: vector, tags: vector, csrf, status: 'publish', action: 'save' });
    expect(res.status).toBe(303);
    const file = decodeURIComponent(res.location!.split('file=')[1].split('&')[0]);
    const edit = await editor.get(`/desk/edit?file=${encodeURIComponent(file)}`);
    await within(5_000, async () => (await editor.get('/desk')).body.includes('Hostile &lt;img') || 'not listed yet');
    for (const page of [edit.body, (await editor.get('/desk')).body]) {
      expect(page).not.toMatch(/<img src=x|<script>alert/);
      expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
    const slug = path.basename(file, '.md').slice(11);
    const published = await within(5_000, async () => (await fetch(`${server.url}/news/${slug}`)).status === 200 || 'not yet');
    expect(published).toBeLessThan(5_000);
    expect(await (await fetch(`${server.url}/news/${slug}`)).text()).not.toMatch(/<img src=x|<script>alert\(2/);
  });

  it('refuses every form without the session’s CSRF token', async () => {
    for (const route of ['/desk/save', '/desk/delete', '/desk/logout']) {
      expect((await editor.post(route, { ...NEW_STORY, action: 'save' })).status).toBe(403);
    }
  });

  it('lets an editor delete a story', async () => {
    const csrf = await editor.csrf();
    const file = `articles/news/${fs.readdirSync(content('articles', 'news')).find((f) => f.includes('weir-gates-reopen'))!}`;
    const opened = formValues((await editor.get(`/desk/edit?file=${encodeURIComponent(file)}`)).body);
    expect((await editor.post('/desk/delete', { ...opened, csrf })).status).toBe(303);
    expect(fs.existsSync(content(file))).toBe(false);
    await within(5_000, async () => (await fetch(`${server.url}/news/weir-gates-reopen-after-repairs`)).status === 404 || 'still there');
  });
});
