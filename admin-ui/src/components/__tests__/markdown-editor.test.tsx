import { render, screen, within } from '@testing-library/react';
import { MarkdownEditor } from '@/components/markdown-editor';
import { markdownToHtml, MARKDOWN_OPTIONS } from '@contest-page/lib/markdown';

/**
 * The console's preview renders with the contest page's own renderer (one file, one set of
 * options), so these are also the contest page's rules for what organizers write.
 */
describe('markdown preview, as contestants will see it', () => {
  const PRIZES = '| Giải | Số lượng | Trị giá |\n|---|---:|---:|\n| Nhất | 1 | 2.000.000 đ |\n| Nhì | 2 | 1.000.000 đ |';

  it('renders a prize table with its column alignment', () => {
    render(<MarkdownEditor value={PRIZES} />);
    const preview = screen.getByTestId('markdown-preview');
    const table = within(preview).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('cell', { name: '2.000.000 đ' })).toHaveAttribute('align', 'right');
  });

  it('shows raw HTML as text and never keeps a script, an image or a javascript: link', () => {
    const html = markdownToHtml('## Thể lệ <img src=x onerror="alert(1)">\n\n<script>alert(2)</script>\n\n[bấm](javascript:alert(3)) [trang chính thức](https://dongnai.gov.vn)');
    const box = document.createElement('div');
    box.innerHTML = html;
    expect(box.querySelector('script, img')).toBeNull();
    expect(box.textContent).toContain('<script>alert(2)</script>');
    expect(box.querySelector('a[href^="javascript"]')).toBeNull();
    expect([...box.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['trang chính thức']);
    expect(box.textContent).toContain('bấm');
    const official = [...box.querySelectorAll('a')].find((a) => a.textContent === 'trang chính thức')!;
    expect(official.getAttribute('rel')).toBe('noopener noreferrer');
    expect(official.getAttribute('target')).toBe('_blank');
  });

  it('puts the text\'s highest heading below the page\'s own headings', () => {
    const box = document.createElement('div');
    box.innerHTML = markdownToHtml('# Thể lệ\n\n## Điều 1');
    expect([...box.querySelectorAll('h3, h4')].map((h) => h.tagName)).toEqual(['H3', 'H4']);
  });

  it('uses GitHub-flavoured Markdown, line breaks as written', () => {
    expect(MARKDOWN_OPTIONS).toEqual({ gfm: true, breaks: false, async: false });
  });
});
