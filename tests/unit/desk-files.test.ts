import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commitDeskChange, deleteDeskFile, readDeskFile, saveDeskFile } from '@/lib/content/desk-files';

let dir: string;
const saved = process.env.CONTENT_DIR;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-files-'));
  fs.mkdirSync(path.join(dir, 'articles'));
  fs.writeFileSync(path.join(dir, 'site.yml'), 'name: X\n');
  process.env.CONTENT_DIR = dir;
});
afterEach(() => {
  process.env.CONTENT_DIR = saved;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('desk file writes', () => {
  it('create a new file only where none exists, then save only over the version that was opened', () => {
    const first = saveDeskFile('articles/news/a.md', 'one', undefined);
    expect(first.ok).toBe(true);
    expect(saveDeskFile('articles/news/a.md', 'again', undefined)).toEqual({ ok: false, conflict: expect.objectContaining({ text: 'one' }) });
    const opened = readDeskFile('articles/news/a.md')!;
    fs.writeFileSync(path.join(dir, 'articles/news/a.md'), 'changed on disk');
    expect(saveDeskFile('articles/news/a.md', 'mine', opened.digest)).toEqual({ ok: false, conflict: expect.objectContaining({ text: 'changed on disk' }) });
    expect(saveDeskFile('articles/news/a.md', 'mine', readDeskFile('articles/news/a.md')!.digest).ok).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'articles/news/a.md'), 'utf8')).toBe('mine');
    expect(fs.readdirSync(path.join(dir, 'articles/news'))).toEqual(['a.md']);
  });

  it('refuse every path that is not a Markdown file under articles/', () => {
    for (const file of ['site.yml', 'articles/../site.yml', 'articles/x.txt', 'articles/.x.md', '/etc/passwd', '../x.md', 'articles/a/../../site.yml']) {
      expect(readDeskFile(file)).toBeUndefined();
      expect(() => saveDeskFile(file, 'x', undefined)).toThrow(/not an article path/);
      expect(deleteDeskFile(file, 'x').ok).toBe(false);
    }
    expect(fs.readFileSync(path.join(dir, 'site.yml'), 'utf8')).toBe('name: X\n');
  });

  it('delete only the version that was opened', () => {
    saveDeskFile('articles/a.md', 'one', undefined);
    expect(deleteDeskFile('articles/a.md', 'not-its-digest').ok).toBe(false);
    expect(deleteDeskFile('articles/a.md', readDeskFile('articles/a.md')!.digest).ok).toBe(true);
    expect(fs.existsSync(path.join(dir, 'articles/a.md'))).toBe(false);
  });

  it('commit each change as the desk user when the content folder is a git repository', () => {
    expect(commitDeskChange('articles/a.md', 'ana', 'desk: create')).toBe(false);
    execFileSync('git', ['init', '-q', dir]);
    saveDeskFile('articles/a.md', 'one', undefined);
    expect(commitDeskChange('articles/a.md', 'ana', 'desk: create articles/a.md')).toBe(true);
    const log = execFileSync('git', ['-C', dir, 'log', '--format=%an <%ae>|%s'], { encoding: 'utf8' }).trim();
    expect(log).toBe('ana <ana@desk.invalid>|desk: create articles/a.md');
  });
});
