// Which tables print in smaller type or on a landscape page, decided from their text (rehype-print-tables.ts),
// on the course's own tables and on made-up ones at the edges.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { printFit, rehypePrintTables, tableWidthEm } from '../../src/markdown/rehype-print-tables.ts';

const docs = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));

/** The tables of a piece of Markdown, after the plugin ran. */
async function tables(markdown: string): Promise<Element[]> {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypePrintTables);
	const tree: Root = await processor.run(processor.parse(markdown));
	const found: Element[] = [];
	visit(tree, 'element', (element) => {
		if (element.tagName === 'table') found.push(element);
	});
	return found;
}

/** The first table of a course page whose header row starts with the given cell. */
function courseTable(page: string, firstHeader: string): string {
	const lines = readFileSync(join(docs, page), 'utf8').split('\n');
	const start = lines.findIndex((line) => line.startsWith(`| ${firstHeader} |`));
	assert.ok(start >= 0, `${page} has a table starting with "${firstHeader}"`);
	const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
	return lines.slice(start, end).join('\n');
}

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const table = (header: string[], body: string[][]): string =>
	[row(header), row(header.map(() => '---')), ...body.map(row)].join('\n');

describe('rehypePrintTables', () => {
	it('leaves a table that fits the page at normal size unmarked: module 1’s threshold table', async () => {
		const [threshold] = await tables(courseTable('modules/fraud-detection.mdx', 'Threshold'));
		assert.ok(threshold);
		assert.equal(threshold.properties['dataPrintFit'], undefined);
	});

	it('marks the seven-column comparison of deployment options, too wide for portrait at normal size', async () => {
		const [options] = await tables(courseTable('mlops/deployment-strategies.mdx', 'Option'));
		assert.ok(options);
		assert.match(String(options.properties['dataPrintFit']), /^(small|landscape|landscape small)$/);
	});

	it('sends a table too wide for smaller type to a landscape page, and one wider still to landscape in small type', async () => {
		const words = (count: number, word: string) => Array.from({ length: count }, () => word);
		const [wide] = await tables(table(words(8, 'Throughput'), [words(8, 'reconciliation')]));
		const [wider] = await tables(table(words(10, 'Throughput'), [words(10, 'reconciliation')]));
		assert.equal(wide?.properties['dataPrintFit'], 'landscape');
		assert.equal(wider?.properties['dataPrintFit'], 'landscape small');
	});

	it('measures a column by its longest word, not its length: many short words wrap, one long word cannot', async () => {
		const [shortWords] = await tables(table(['A', 'B'], [['a a a a a a a a a a a a a a a a a a a a', 'b']]));
		const [longWord] = await tables(table(['A', 'B'], [['internationalization', 'b']]));
		assert.ok(shortWords && longWord);
		assert.ok(tableWidthEm(longWord) > tableWidthEm(shortWords) * 3);
	});

	it('lets a line break after a hyphen, as browsers do, and counts code in monospace', async () => {
		const [hyphenated] = await tables(table(['A'], [['event-driven-architecture']]));
		const [joined] = await tables(table(['A'], [['eventdrivenarchitecture']]));
		const [narrow] = await tables(table(['A'], [['illicit']]));
		const [code] = await tables(table(['A'], [['`illicit`']]));
		assert.ok(hyphenated && joined && narrow && code);
		assert.ok(tableWidthEm(hyphenated) < tableWidthEm(joined) * 0.6);
		// Narrow letters are as wide as any other in monospace.
		assert.ok(tableWidthEm(code) > tableWidthEm(narrow) * 1.2);
	});

	it('chooses smaller type, then landscape, then both, as a table gets wider', () => {
		const fits = [20, 58, 75, 120].map(printFit);
		assert.deepEqual(fits, ['', 'small', 'landscape', 'landscape small']);
	});
});
