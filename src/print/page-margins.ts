/**
 * What a page printed from the browser (Ctrl+P) says in its page margins: the same footer as the PDF handouts,
 * course title and page name on the left, edition and "page N of M" on the right. CSS margin boxes can show
 * counters and fixed strings only (Chromium has no `string-set`), so each page carries its own strings in a
 * small `@page` rule; print.css sets their type and position once for every page.
 */
export function pageMarginsCss({ left, right }: { left: string; right: string }): string {
	return (
		`@page{@bottom-left{content:${cssString(left)}}` +
		`@bottom-right{content:${cssString(`${right} · page `)} counter(page) " of " counter(pages)}}`
	);
}

/**
 * The margin boxes emptied again: the handout generator prints with this, because it stamps its own footer
 * on every page with the page number counted over the whole handout, which one print cannot know.
 */
export const noPageMarginsCss = '@page{@bottom-left{content:none}@bottom-right{content:none}}';

/**
 * A CSS string holding any text: quotes and backslashes escaped, line breaks and other control characters
 * as code points, and `<` too, so that no title can close the `<style>` element it is written into.
 */
export function cssString(text: string): string {
	const escaped = Array.from(text, (character) => {
		if (character === '"' || character === '\\') return `\\${character}`;
		const code = character.codePointAt(0) ?? 0;
		if (code < 0x20 || code === 0x7f || character === '<') return `\\${code.toString(16)} `;
		return character;
	}).join('');
	return `"${escaped}"`;
}
