// A printed knowledge check: the questions first, the answers and their explanations on pages of their own after
// them, in the real student handout.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { collectKnowledgeChecks } from '../../src/knowledge-checks/collect.ts';
import { normalizeText } from '../../src/edition/normalize-text.ts';
import { readHandout, root } from './handout-files.ts';

const keyTitle = normalizeText('Knowledge check: answers and explanations');

describe('the knowledge check in a printed handout', () => {
	const fraud = collectKnowledgeChecks(join(root, 'src/content/docs'), root).find(
		(page) => page.slug === 'modules/fraud-detection',
	);
	const questions = (fraud?.checks ?? []).flatMap((check) => check.questions);

	test('holds every question before the answer key, which starts a page of its own after the last question', async () => {
		const { pages } = await readHandout('student', 'module-1-fraud-detection.pdf');
		assert.ok(questions.length >= 5);
		const keyPage = pages.findIndex((text) => text.includes(keyTitle));
		assert.ok(keyPage > 0, 'the handout prints the answer key');
		const lastQuestionPage = Math.max(
			...questions.map((question) => pages.findIndex((text) => text.includes(normalizeText(question.text)))),
		);
		assert.ok(lastQuestionPage >= 0 && lastQuestionPage < keyPage, 'every question is printed before the key');
		// The key's page holds nothing of the page before it: its title is the first text of the page's content.
		const page = pages[keyPage] ?? '';
		const before = page.slice(0, page.indexOf(keyTitle));
		assert.ok(!questions.some((question) => before.includes(normalizeText(question.text))), before);
		// The explanations are printed only in the key, never under the questions.
		const explanation = normalizeText('99 % of them are the easy majority; it catches no fraud');
		assert.deepEqual(
			pages.flatMap((text, index) => (text.includes(explanation) ? [index] : [])).filter((index) => index < keyPage),
			[],
		);
		assert.ok(pages.slice(keyPage).join(' ').includes(explanation));
	});
});
