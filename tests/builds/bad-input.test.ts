import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildFixture } from '../helpers/fixture-site.ts';

/**
 * Each scenario is a small site under tests/fixtures/<scenario>/ built with the course's real
 * configuration. Every one must fail with a message that names the file (and line, where there is one)
 * and says what to do, and must leave nothing that looks published.
 */
const scenarios: { scenario: string; title: string; expect: RegExp[] }[] = [
	{
		scenario: 'misspelt-directive',
		title: 'does not build with a misspelt instructor directive',
		expect: [
			/src\/content\/docs\/index\.mdx:8:1: Unknown directive ":::instuctor"/,
			/Fix: Did you mean ":::instructor"\?/,
		],
	},
	{
		scenario: 'checklist-bad-reset',
		title: 'does not build a checklist that resets at an interval it does not know',
		expect: [
			/src\/content\/docs\/index\.mdx:7:1: ":::checklist" takes one attribute, resets, with the value "daily"/,
			/Fix: Write :::checklist\{resets="daily"\} above the task list/,
		],
	},
	{
		scenario: 'unclosed-directive',
		title: 'does not build with an instructor block that is never closed',
		expect: [
			/src\/content\/docs\/index\.mdx:8:1: The ":::instructor" block is never closed/,
			/Fix: End the block with a line holding only ":::"/,
		],
	},
	{
		scenario: 'unparseable-diagram',
		title: 'does not build with a diagram Mermaid cannot parse',
		expect: [
			/src\/content\/docs\/index\.mdx:8:1: Mermaid cannot parse this diagram: /,
			/Parse error on line \d+/,
			/Fix: Correct the diagram source/,
		],
	},
	{
		scenario: 'unreadable-diagram',
		title: 'does not build with a diagram whose labels would be too small to read where it is shown',
		expect: [
			/src\/content\/docs\/index\.mdx:8:1: The diagram "Fourteen steps side by side" cannot be shown readably/,
			/\d\.\d pt in A4 print \(minimum 8 pt\)/,
			/Fix: Lay it out to fit: top to bottom/,
		],
	},
	{
		scenario: 'diagram-without-title',
		title: 'does not build with a diagram without accTitle',
		expect: [/src\/content\/docs\/index\.mdx:8:1: This diagram has no accessible name/, /Fix: Add an `accTitle: /],
	},
	{
		scenario: 'student-links-instructor',
		title: 'does not build a student page that links to an instructor-only page, naming both files',
		expect: [
			/src\/content\/docs\/index\.mdx:8:5: This student page links to "\/instructor\/answers\/", the instructor-only page src\/content\/docs\/instructor\/answers\.mdx/,
			/Fix: Remove the link, or move it into an :::instructor block/,
		],
	},
	{
		scenario: 'link-to-missing-page',
		title: 'does not build with a link to a page that does not exist, naming the page and the link',
		expect: [/index\.mdx/, /8 \| \/modules\/does-not-exist\//, /invalid link/],
	},
	{
		scenario: 'inverted-duration',
		title: 'does not build a module whose duration range is inverted',
		expect: [/modules\/demo\.mdx/, /hours.*The duration range is inverted/s],
	},
	{
		scenario: 'lecture-minutes',
		title: 'does not build a module whose lecture topics do not add up to the lecture length',
		expect: [/modules\/demo\.mdx/, /The lecture topics add up to 10 minutes, but `lecture.minutes` says 45/],
	},
	{
		scenario: 'missing-metadata',
		title: 'does not build a module without learning objectives',
		expect: [/modules\/demo\.mdx/, /objectives/],
	},
	{
		scenario: 'lab-card-unused-instance',
		title: 'does not build a lab card that lists or mentions an instance type the lab never uses',
		expect: [
			/src\/content\/docs\/modules\/demo\.mdx: lab\.instances\.2\.type: ml\.c5\.xlarge is on the card, but no code block of the lab uses it/,
			/src\/content\/docs\/modules\/demo\.mdx: lab\.mentions\.0: ml\.p3\.2xlarge is on the card, but no code block of the lab names it/,
		],
	},
	{
		scenario: 'lab-card-missing-instance',
		title: "does not build a lab whose code uses an instance type its card does not list, naming the code's line",
		expect: [
			/src\/content\/docs\/modules\/demo\.mdx: lab\.instances: the lab's code uses ml\.m5\.xlarge \(line \d+\), which the card does not list/,
		],
	},
	{
		scenario: 'lab-card-bad-cleanup',
		title: 'does not build a lab card whose cleanup anchor is not a heading of the lab, and lists the headings',
		expect: [
			/src\/content\/docs\/modules\/demo\.mdx: lab\.cleanup: "#step-4-clean-up" is not a heading of this lab\. The lab's headings: #step-1-make-the-data, #step-2-train-on-sagemaker, #step-3-clean-up/,
		],
	},
	{
		scenario: 'lab-card-bad-through',
		title: 'does not build a lab card whose last section comes before its first',
		expect: [
			/src\/content\/docs\/modules\/demo\.mdx: lab\.through: "why" is not the anchor of an H2 heading after "lab-train-a-tiny-model"/,
		],
	},
	{
		scenario: 'lab-card-missing-field',
		title: 'does not build a lab card without its last verification',
		expect: [/src\/content\/docs\/modules\/demo\.mdx: lab\.verified: is missing; every lab card declares it/],
	},
	{
		scenario: 'lab-without-card',
		title: 'does not build a page with a lab section but no lab card',
		expect: [
			/src\/content\/docs\/getting-started\.mdx: lab: the section "## Lab: Check your setup" \(line \d+\) is a lab but the page has no lab card/,
		],
	},
];

describe('build failures', { concurrency: 2 }, () => {
	for (const { scenario, title, expect } of scenarios) {
		it(title, async () => {
			const build = await buildFixture(scenario);
			assert.notEqual(build.code, 0, `the build of ${scenario} succeeded:\n${build.output}`);
			for (const pattern of expect) assert.match(build.output, pattern);
			assert.equal(build.published, false, 'a failed build left a dist/student/index.html behind');
		});
	}

	it('does not build with an unknown EDITION, and lists the valid ones', async () => {
		const build = await buildFixture('valid', 'teacher');
		assert.notEqual(build.code, 0);
		assert.match(build.output, /EDITION="teacher" is not an edition of this course\. Use one of: student, instructor/);
		assert.equal(build.published, false);
	});
});
