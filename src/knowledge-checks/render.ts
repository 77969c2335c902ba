import type { BlockContent, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Properties } from 'hast';
import type {} from 'mdast-util-to-hast';
import type { KnowledgeCheck, KnowledgeCheckQuestion } from './parse.ts';

type Child = RootContent | PhrasingContent;

/**
 * An element for rehype in mdast clothing (a paragraph node with `hName`), as the instructor callouts are built:
 * it may hold block or inline children, and goes through the rest of the Markdown pipeline like any node.
 */
export function element(tagName: string, properties: Properties, children: Child[]): Paragraph {
	return {
		type: 'paragraph',
		data: { hName: tagName, hProperties: properties },
		children: children as PhrasingContent[],
	};
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/** "A", "B", … for the options, so a printed check can be answered and marked by letter. */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

/** The letters of a question's right options: "B" or "A, C". */
export const keyOf = (question: KnowledgeCheckQuestion): string =>
	question.options.flatMap((option, index) => (option.correct ? [optionLetter(index)] : [])).join(', ');

const hint = (question: KnowledgeCheckQuestion): string =>
	question.multiple ? 'Choose all that apply.' : 'Choose one.';

/** Each option's verdict and explanation, as the answer under a question, the printed key and the collected page show it. */
export function explanations(question: KnowledgeCheckQuestion): BlockContent {
	return {
		type: 'list',
		ordered: false,
		// Spread, so the verdict and each paragraph of the explanation stay paragraphs of their own.
		spread: true,
		children: question.options.map((option, index) => ({
			type: 'listItem',
			spread: true,
			data: { hProperties: { dataCorrect: String(option.correct) } },
			children: [
				{
					type: 'paragraph',
					children: [
						{ type: 'strong', children: [text(`${optionLetter(index)}: ${option.correct ? 'right' : 'wrong'}.`)] },
						text(' '),
						...structuredClone(option.label),
					],
				},
				...structuredClone(option.explanation),
			],
		})),
	};
}

/**
 * A knowledge check as readers use it: each question a fieldset of radio buttons or checkboxes with a "Check"
 * button (shown by the script) and its answer and explanations behind a disclosure, which is all a reader
 * without JavaScript needs. The instructor edition adds the key to each question, marked instructor-only so
 * presenter mode hides it while a page is projected.
 */
export function renderCheck(check: KnowledgeCheck, number: number, edition: 'student' | 'instructor'): Paragraph {
	return element('div', { className: ['knowledge-check'], dataKnowledgeCheck: '' }, [
		element(
			'ol',
			{ className: ['knowledge-check__questions'] },
			check.questions.map((question, questionIndex) =>
				element('li', { className: ['kc-question'], dataMultiple: String(question.multiple) }, [
					element('fieldset', { className: ['kc-question__options'] }, [
						element('legend', { className: ['kc-question__prompt'] }, [
							...structuredClone(question.prompt),
							text(' '),
							element('span', { className: ['kc-question__hint'] }, [text(hint(question))]),
						]),
						element(
							'ul',
							{ className: ['kc-options'] },
							question.options.map((option, index) =>
								element('li', { className: ['kc-option'], dataCorrect: String(option.correct) }, [
									element('label', {}, [
										element(
											'input',
											{
												type: question.multiple ? 'checkbox' : 'radio',
												name: `kc-${String(number)}-${String(questionIndex + 1)}`,
												value: optionLetter(index),
											},
											[],
										),
										element('span', { className: ['kc-option__letter'] }, [text(`${optionLetter(index)}.`)]),
										text(' '),
										element('span', { className: ['kc-option__label'] }, structuredClone(option.label)),
									]),
								]),
							),
						),
					]),
					...(edition === 'instructor'
						? [
								element('p', { className: ['kc-key'], dataInstructorOnly: '' }, [
									element('strong', {}, [text('Key:')]),
									text(` ${keyOf(question)}`),
								]),
							]
						: []),
					element('p', { className: ['kc-question__actions'] }, [
						element('button', { type: 'button', className: ['kc-check'], dataKcCheck: '', hidden: true }, [
							text('Check answer'),
						]),
						element('span', { className: ['kc-result'], role: 'status' }, []),
					]),
					element('details', { className: ['kc-answer'] }, [
						element('summary', {}, [text('Answer and explanations')]),
						explanations(question),
					]),
				]),
			),
		),
	]);
}

/**
 * The answers of the page's checks for paper: shown only in print, after everything else on the page and on a
 * page of its own, so the printed questions can be answered before the answers are seen. Left out of search
 * (the same text is in the questions' disclosures).
 */
export function renderPrintKey(checks: KnowledgeCheck[]): Paragraph {
	return element('div', { className: ['kc-print-key'], dataPagefindIgnore: '', dataPrintPageStart: '' }, [
		element('p', { className: ['kc-print-key__title'] }, [text('Knowledge check: answers and explanations')]),
		...checks.map((check) =>
			element(
				'ol',
				{ className: ['kc-print-key__questions'] },
				check.questions.map((question) =>
					element('li', {}, [
						element('p', { className: ['kc-print-key__prompt'] }, [
							...structuredClone(question.prompt),
							text(` (key: ${keyOf(question)})`),
						]),
						explanations(question),
					]),
				),
			),
		),
	]);
}
