import { describe, expect, it } from 'vitest';
import { fromHtmlElement, measureDom, parseHtmlDocument, stripInertMarkup } from '../../../shared/article/page-dom.js';

describe('stripInertMarkup', () => {
  it.each([
    ['scripts, styles, SVG, templates and comments', '<p>A</p><script>x()</script><style>p{}</style><svg><path/></svg><template><p>T</p></template><!-- c --><p>B</p>', '<p>A</p><p>B</p>'],
    ['any letter case', '<SCRIPT type="text/javascript">x()</SCRIPT ><p>B</p>', '<p>B</p>'],
    ['a script left open: the rest of the page', '<p>A</p><script>never closed <p>B</p>', '<p>A</p>'],
    ['an unterminated opening tag: the rest of the page', '<p>A</p><script', '<p>A</p>'],
    ['an unterminated comment: the rest of the page', '<p>A</p><!-- never closed', '<p>A</p>'],
  ])('cuts %s', (_what, html, expected) => {
    expect(stripInertMarkup(html)).toBe(expected);
  });

  it('keeps JSON-LD, which carries the article metadata', () => {
    const html = '<script type="application/ld+json">{"headline":"H"}</script><script>x()</script>';

    expect(stripInertMarkup(html)).toBe('<script type="application/ld+json">{"headline":"H"}</script>');
  });

  it('does not read "<scripts>" or "<styled>" as scripts or styles', () => {
    expect(stripInertMarkup('<scripts>A</scripts><styled>B</styled>')).toBe('<scripts>A</scripts><styled>B</styled>');
  });
});

describe('fromHtmlElement', () => {
  it.each([
    ['a <meta> before the doctype', '<meta charset="utf-8">\n<!DOCTYPE html><html><body>x</body></html>', '<!DOCTYPE html><html><body>x</body></html>'],
    ['a <link> before <html>', '<link rel="stylesheet" href="a.css"><html><body>x</body></html>', '<html><body>x</body></html>'],
  ])('drops %s', (_what, html, expected) => {
    expect(fromHtmlElement(html)).toBe(expected);
  });

  it.each([
    ['a page that starts properly', '<!DOCTYPE html><html><body>x</body></html>'],
    ['whitespace and a BOM before the doctype', '\uFEFF  <!DOCTYPE html><html></html>'],
    ['a fragment without <html>', '<p>x</p>'],
  ])('leaves %s alone', (_what, html) => {
    expect(fromHtmlElement(html)).toBe(html);
  });
});

describe('measureDom', () => {
  const root = (html: string) => parseHtmlDocument(html).documentElement!;
  const roomy = { maxElements: 1_000, maxDepth: 100, maxAncestry: 10_000 };

  it('counts elements, the deepest nesting and the sum of depths', () => {
    // html(0) > head(1), body(1) > div(2) > p(3), p(3)
    expect(measureDom(root('<div><p>a</p><p>b</p></div>'), roomy)).toEqual({ elements: 6, maxDepth: 3, ancestry: 10, withinLimits: true });
  });

  it.each([
    ['too many elements', { ...roomy, maxElements: 4 }],
    ['nesting too deep', { ...roomy, maxDepth: 2 }],
    ['too much ancestry', { ...roomy, maxAncestry: 5 }],
  ])('stops as soon as a limit is passed: %s', (_what, limits) => {
    expect(measureDom(root('<div><p>a</p><p>b</p></div>'), limits).withinLimits).toBe(false);
  });

  it('stops early on a hostile document instead of visiting all of it', () => {
    const size = measureDom(root('<div>'.repeat(50_000)), roomy);

    expect(size.withinLimits).toBe(false);
    expect(size.elements).toBeLessThanOrEqual(roomy.maxDepth + 2);
  });
});
