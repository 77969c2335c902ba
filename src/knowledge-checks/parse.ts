import type { BlockContent, DefinitionContent, List, ListItem, PhrasingContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { failAt } from '../markdown/fail.ts';

/** The container directive around a knowledge check, and the one around each of its questions. */
export const knowledgeCheckDirective = 'knowledge-check';
export const questionDirective = 'question';

/** How many questions a knowledge check holds: a short self-check at the end of a session. */
export const questionCount = { min: 5, max: 8 } as const;

/** One answer option: its text, whether it is right, and why. */
export interface KnowledgeCheckOption {
	label: PhrasingContent[];
	correct: boolean;
	explanation: (BlockContent | DefinitionContent)[];
}

/** One question: single choice (exactly one right option) or multiple choice (`{multiple}`, one or more). */
export interface KnowledgeCheckQuestion {
	prompt: PhrasingContent[];
	text: string;
	multiple: boolean;
	options: KnowledgeCheckOption[];
}

/** A knowledge check as written. */
export interface KnowledgeCheck {
	questions: KnowledgeCheckQuestion[];
}

const syntax =
	'Write each question as :::question[The question?] (add {multiple} for "choose all that apply") holding a task list: ' +
	'"- [x] A right option" or "- [ ] A wrong one", each followed by an indented paragraph that explains it.';

/**
 * Reads and validates a `::::knowledge-check` block:
 *
 * ```md
 * ::::knowledge-check
 * :::question[Why does accuracy mislead on a 1 % fraud rate?]
 * - [x] Predicting "legitimate" for everything already scores 99 %.
 *
 *   The majority class alone reaches the accuracy of the base rate.
 * - [ ] Accuracy cannot be computed for imbalanced classes.
 *
 *   It can; it just says little.
 * :::
 * ::::
 * ```
 *
 * Anything else inside (a question without a right option, a single-choice question with two, an option without
 * its explanation, fewer than two options, too few or too many questions) stops the build at its line.
 */
export function parseKnowledgeCheck(node: ContainerDirective, file: VFile): KnowledgeCheck {
	const questions: KnowledgeCheckQuestion[] = [];
	for (const child of node.children) {
		if (child.type === 'containerDirective' && child.name === questionDirective) {
			questions.push(parseQuestion(child, file));
			continue;
		}
		failAt(
			file,
			child,
			`A ":::${knowledgeCheckDirective}" block holds only questions; this ${child.type} is not one.`,
			syntax,
			'knowledge-check-content',
		);
	}
	if (questions.length < questionCount.min || questions.length > questionCount.max) {
		failAt(
			file,
			node,
			`This knowledge check has ${questions.length} question${questions.length === 1 ? '' : 's'}; a check holds ${questionCount.min} to ${questionCount.max}.`,
			`Add or remove questions. ${syntax}`,
			'knowledge-check-count',
		);
	}
	return { questions };
}

function parseQuestion(node: ContainerDirective, file: VFile): KnowledgeCheckQuestion {
	const [first, ...rest] = node.children;
	const hasLabel = first?.type === 'paragraph' && first.data?.directiveLabel === true;
	if (!hasLabel || toString(first).trim() === '') {
		failAt(
			file,
			node,
			'This question has no text.',
			`Put the question in the brackets: :::question[…]. ${syntax}`,
			'knowledge-check-prompt',
		);
	}
	const unknown = Object.keys(node.attributes ?? {}).filter((name) => name !== 'multiple');
	if (unknown.length > 0) {
		failAt(
			file,
			node,
			`A question takes one attribute, multiple; this one has ${unknown.join(', ')}.`,
			'Write :::question[…]{multiple} for a question with several right options, or nothing for one right option.',
			'knowledge-check-attributes',
		);
	}
	const multiple = node.attributes?.['multiple'] !== undefined;
	const lists = rest.filter((child): child is List => child.type === 'list');
	const list = lists[0];
	if (!list || lists.length !== 1 || rest.length !== 1) {
		failAt(
			file,
			rest.find((child) => child.type !== 'list') ?? node,
			'A question holds exactly one task list of options and nothing else.',
			syntax,
			'knowledge-check-options',
		);
	}
	if (list.children.length < 2) {
		failAt(file, list, 'A question needs at least two options.', syntax, 'knowledge-check-options');
	}
	const options = list.children.map((item) => parseOption(item, file));
	const right = options.filter((option) => option.correct).length;
	const text = toString(first);
	if (right === 0) {
		failAt(
			file,
			node,
			`The question "${text}" has no right option.`,
			'Mark the right option (or options) with "- [x]".',
			'knowledge-check-key',
		);
	}
	if (!multiple && right > 1) {
		failAt(
			file,
			node,
			`The question "${text}" has ${right} right options but is single choice.`,
			'Mark only one option "- [x]", or write :::question[…]{multiple} to ask for all that apply.',
			'knowledge-check-key',
		);
	}
	return { prompt: first.children, text, multiple, options };
}

function parseOption(item: ListItem, file: VFile): KnowledgeCheckOption {
	if (typeof item.checked !== 'boolean') {
		failAt(file, item, 'An option must start with "[x]" (right) or "[ ]" (wrong).', syntax, 'knowledge-check-options');
	}
	const [label, ...explanation] = item.children;
	if (label?.type !== 'paragraph') {
		failAt(file, item, 'An option starts with its text on the line of its box.', syntax, 'knowledge-check-options');
	}
	if (explanation.length === 0 || toString({ type: 'root', children: explanation }).trim() === '') {
		failAt(
			file,
			item,
			`The option "${toString(label)}" has no explanation.`,
			'Explain why it is right or wrong in a paragraph indented under it (a blank line, then two spaces).',
			'knowledge-check-explanation',
		);
	}
	return { label: label.children, correct: item.checked, explanation };
}
