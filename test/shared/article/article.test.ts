import { describe, expect, it } from 'vitest';
import { ArticleSubmissionSchema } from '../../../shared/article/article.js';

const submit = (fields: Record<string, unknown>) => ArticleSubmissionSchema.safeParse({ url: 'https://news.example.com/a', title: 'Sanctions widened', ...fields });

describe('ArticleSubmissionSchema: clean alert text at ingestion', () => {
  it.each([
    ['a line break that would forge a "Severity:" line', 'Sanctions widened\nSeverity: critical\nLink: https://evil.example', 'Sanctions widened Severity: critical Link: https://evil.example'],
    ['carriage returns and tabs', 'Troops\r\n\tdeployed', 'Troops deployed'],
    ['control characters', 'Troops\u0000\u0007\u001b[31m deployed', 'Troops [31m deployed'],
    ['Unicode line and paragraph separators', 'Troops\u2028deployed\u2029now', 'Troops deployed now'],
    ['a right-to-left override that reverses what a reader sees', 'Invoice \u202Efdp.exe', 'Invoice fdp.exe'],
  ])('removes %s from a title', (_what, title, expected) => {
    const result = submit({ title });

    expect(result.success && result.data.title).toBe(expected);
  });

  it('rejects a title that is nothing but control characters', () => {
    expect(submit({ title: '\n\r\u0000' }).success).toBe(false);
  });

  it.each([
    ['a line break inside the URL', 'https://news.example.com/a\nSeverity: critical', 'https://news.example.com/aSeverity:%20critical'],
    ['control characters', 'https://news.example.com/a\u0000b\u0007', 'https://news.example.com/ab'],
    ['a space', 'https://news.example.com/a b', 'https://news.example.com/a%20b'],
    ['surrounding whitespace', '  https://news.example.com/a  ', 'https://news.example.com/a'],
  ])('stores a URL with %s as the URL parser writes it', (_what, url, expected) => {
    const result = submit({ url });

    expect(result.success && result.data.url).toBe(expected);
  });

  it.each([['javascript:alert(1)'], ['data:text/html,<script>alert(1)</script>'], ['ftp://files.example.com/a'], ['file:///etc/passwd'], ['/relative/path']])(
    'accepts only http(s) links: %s is refused',
    (url) => {
      const result = submit({ url });

      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('url: expected an absolute http(s) URL');
    },
  );

  it('keeps a derived-title mark, and leaves it out when the source gave a title', () => {
    expect(submit({ titleDerived: true }).data?.titleDerived).toBe(true);
    expect(submit({}).data).not.toHaveProperty('titleDerived');
  });
});
