import { describe, expect, it } from 'vitest';
import { htmlToText, nodeToText, streamHtmlToText } from '../../../shared/article/html-to-text.js';
import { parseHtmlDocument } from '../../../shared/article/page-dom.js';

describe('htmlToText', () => {
  it.each([
    ['paragraphs become "\\n\\n"-separated', '<p>First.</p><p>Second.</p>', 'First.\n\nSecond.'],
    ['named and numeric entities are decoded', '<p>Sanctions &amp; tariffs &#8220;now&#8221; &eacute;t&eacute;</p>', 'Sanctions & tariffs “now” été'],
    ['escaped markup stays text', '<p>Keep &lt;this&gt;</p>', 'Keep <this>'],
    ['scripts, styles and noscript are dropped', '<script>track()</script><style>p{}</style><noscript>Enable JS</noscript><p>Body</p>', 'Body'],
    ['a single <br> is a line break', '<p>Line one<br>Line two</p>', 'Line one\nLine two'],
    ['two <br> make a paragraph break', 'First part<br><br>Second part', 'First part\n\nSecond part'],
    ['list items become paragraphs', '<ul><li>Asset freeze</li><li>Travel ban</li></ul>', 'Asset freeze\n\nTravel ban'],
    ['headings are paragraphs of their own', '<h2>Background</h2>The talks failed.', 'Background\n\nThe talks failed.'],
    ['inline elements do not break words or lines', '<p>The <b>EU</b> <a href="#">imposed</a> sanctions</p>', 'The EU imposed sanctions'],
    ['whitespace and non-breaking spaces collapse', '<p>  Too \n\t many&nbsp;&nbsp; spaces  </p>', 'Too many spaces'],
    ['soft hyphens and zero-width spaces vanish', '<p>sanc&shy;tions zero\u200Bwidth</p>', 'sanctions zerowidth'],
    ['table cells sit side by side, rows apart', '<table><tr><td>Oil</td><td>$80</td></tr><tr><td>Gas</td><td>$3</td></tr></table>', 'Oil $80\n\nGas $3'],
    ['nested blocks give no empty paragraphs', '<div><div><p>Only</p></div></div>', 'Only'],
    ['a whole document: head and title are not text', '<!DOCTYPE html><html><head><title>Site</title></head><body><p>Body</p></body></html>', 'Body'],
    ['plain text keeps its line breaks', 'Line one\nLine two\n\n\n\nNext paragraph', 'Line one\nLine two\n\nNext paragraph'],
    ['empty input', '', ''],
    ['decomposed accents are composed (NFC)', '<p>de\u0301claration</p>', 'déclaration'],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('keeps a feed body readable end to end', () => {
    const contentEncoded =
      '<div class="entry"><p>MOSCOW (Reuters) &#8211; Russia said on Monday it had sent two aircraft to Venezuela.</p>' +
      '<figure><img src="x.jpg"></figure><p>The <em>Kremlin</em> denied any military role.</p></div>';

    expect(htmlToText(contentEncoded)).toBe(
      'MOSCOW (Reuters) – Russia said on Monday it had sent two aircraft to Venezuela.\n\nThe Kremlin denied any military role.',
    );
  });
});

describe('htmlToText on hostile markup (bounded work, no stack overflow)', () => {
  it('reads 80 KB of unclosed <p> as one paragraph each', () => {
    const text = htmlToText('<p>Troops arrived. '.repeat(5_000));

    expect(text.split('\n\n')).toHaveLength(5_000);
  });

  it('reads text nested 8,000 levels deep', () => {
    expect(htmlToText(`${'<span>'.repeat(8_000)}Sanctions widened${'</span>'.repeat(8_000)}`)).toBe('Sanctions widened');
  });

  it('ignores 8,000 closing tags that close nothing', () => {
    expect(htmlToText(`<p>Kept.</p>${'</div>'.repeat(8_000)}`)).toBe('Kept.');
  });
});

describe('nodeToText', () => {
  it('walks a DOM nested 8,000 levels deep without recursion', () => {
    const document = parseHtmlDocument(`${'<div>'.repeat(8_000)}<p>Deep text.</p>`);

    expect(nodeToText(document.documentElement!)).toBe('Deep text.');
  });

  it('gives the same text as the streaming reader for the same markup', () => {
    const html = '<div><h2>Background</h2><p>The <b>EU</b> imposed sanctions.<br>More.</p><table><tr><td>Oil</td><td>$80</td></tr></table></div>';
    const document = parseHtmlDocument(html);

    expect(nodeToText(document.documentElement!)).toBe(htmlToText(html));
  });
});

describe('streamHtmlToText', () => {
  it('skips whole elements the caller names, judged on name and attributes', () => {
    const html = '<nav>Home</nav><div class="promo">Buy now</div><p>Story.</p>';

    const text = streamHtmlToText(html, (name, attributes) => name === 'NAV' || attributes['class'] === 'promo');

    expect(text).toBe('Story.');
  });
});
