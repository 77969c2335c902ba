import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { listContentFiles } from '../sources/source-pages.ts';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { instructorDirective } from './remark-instructor.ts';
import { normalizeText } from './normalize-text.ts';
import { TextFinder } from './text-finder.ts';

/** A piece of instructor-only text and where it was written. */
export interface InstructorPiece {
	text: string;
	source: string;
}

/** Every piece of instructor text in the course source, with what students may see to tell them apart. */
export interface InstructorText {
	pieces: InstructorPiece[];
	/** Everything students may read, normalised, one piece a line. */
	studentText: string;
	blocks: number;
	pages: number;
}

/**
 * Pieces shorter than this are too common to prove anything: a heading like "Q&A and troubleshooting" may
 * stand in an instructor note and in generated student text alike. A leaked block always carries longer
 * pieces with it.
 */
const minimumLength = 16;
const minimumWords = 4;

/**
 * Reads the course source the way an author wrote it and collects the text of every `:::instructor`
 * block and every instructor-only page: paragraphs, headings, list items, table cells, code lines and
 * diagram titles. A piece that also stands in student-visible text (a shared `import boto3`) proves
 * nothing and is left out.
 */
export function collectInstructorText(docsDir: string): InstructorText {
	const instructorPieces: InstructorPiece[] = [];
	const studentText: string[] = [];
	let blocks = 0;
	let pages = 0;
	for (const file of listContentFiles(docsDir)) {
		const source = readFileSync(file, 'utf8');
		const tree = sourceParser(file).parse(source);
		const shown = relative(process.cwd(), file);
		const frontmatter = frontmatterOf(tree);
		const wholePage = frontmatter['audience'] === 'instructor';
		if (!wholePage) {
			// Student pages show front matter too (titles, descriptions, hero text, session data).
			studentText.push(...stringsIn(frontmatter).map(normalizeText));
		}
		if (wholePage) {
			pages += 1;
			for (const key of ['title', 'description'] as const) {
				const value = frontmatter[key];
				if (typeof value === 'string') instructorPieces.push({ text: normalizeText(value), source: shown });
			}
		}
		// Starlight prints unknown text directives back as written ("09:00", "re:Post"); do the same here.
		visit(tree, 'textDirective', (node, index, parent) => {
			if (!parent || index === undefined) return;
			const { start, end } = node.position ?? {};
			parent.children[index] = { type: 'text', value: source.slice(start?.offset ?? 0, end?.offset ?? 0) };
		});
		const inBlocks = new Set<Nodes>();
		visit(tree, (node) => {
			if (node.type !== 'containerDirective' || node.name !== instructorDirective) return;
			blocks += 1;
			visit(node, (descendant) => {
				inBlocks.add(descendant);
			});
			return SKIP;
		});
		visit(tree, (node) => {
			const target = wholePage || inBlocks.has(node) ? instructorPieces : undefined;
			for (const text of piecesOf(node)) {
				if (target) target.push({ text, source: shown });
				else studentText.push(text);
			}
		});
	}
	const student = studentText.join('\n');
	const candidates = instructorPieces.filter(
		({ text }) => text.length >= minimumLength && text.split(' ').length >= minimumWords,
	);
	// A facilitation note often repeats a public question under its number ("1. How do you..."): the number
	// alone does not make it instructor text. Each candidate is searched for as written (2i) and unnumbered (2i+1).
	const unnumbered = (text: string): string => text.replace(/^\(?\d+[.)]\s+/, '');
	const inStudentText = new Set(
		new TextFinder(candidates.flatMap(({ text }) => [text, unnumbered(text)])).findIn(student),
	);
	const seen = new Set<string>();
	const pieces = candidates.filter(({ text }, index) => {
		if (inStudentText.has(2 * index) || inStudentText.has(2 * index + 1) || seen.has(text)) return false;
		seen.add(text);
		return true;
	});
	return { pieces, studentText: student, blocks, pages };
}

function stringsIn(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(stringsIn);
	if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
	return [];
}

/** The parser for a course source file as its author wrote it: Markdown with GFM, directives and front matter, plus MDX for `.mdx`. */
export function sourceParser(file: string) {
	const base = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkDirective);
	return file.endsWith('.mdx') ? base.use(remarkMdx) : base;
}

function frontmatterOf(tree: Root): Record<string, unknown> {
	const yaml = tree.children.find((node) => node.type === 'yaml');
	const data: unknown = yaml && 'value' in yaml ? parseYaml(yaml.value) : {};
	return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** The text a reader would see for one node, without counting the same words twice. */
function piecesOf(node: Nodes): string[] {
	switch (node.type) {
		case 'heading':
		case 'paragraph':
		case 'tableCell':
			// A directive's label paragraph is its title; count it like any other paragraph.
			return [normalizeText(toString(node))];
		case 'code':
			if (node.lang === 'mermaid') {
				return [...node.value.matchAll(/^\s*acc(?:Title|Descr)\s*:\s*(.+)$/gm)].map((match) =>
					normalizeText(match[1] ?? ''),
				);
			}
			return node.value.split('\n').map(normalizeText);
		default:
			return [];
	}
}
