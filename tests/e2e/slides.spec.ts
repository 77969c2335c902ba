import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { readSessions } from '../../src/course/read-sessions.ts';
import { formatMinutes } from '../../src/course/format.ts';
import type { Edition } from '../../src/edition/edition.ts';
import { pdfPagesText } from '../../src/handouts/pdf-text.ts';
import { deckHref, namesTopic, type DeckPlan } from '../../src/slides/deck-plan.ts';
import { decksOfSources } from '../../src/slides/source-decks.ts';
import { readSourcePages } from '../../src/sources/source-pages.ts';
import { CoursePage } from './course-page.ts';
import { accessibilityViolations } from './axe.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docsDir = `${root}src/content/docs`;
const { plans } = decksOfSources(readSessions(docsDir, root), readSourcePages(docsDir));
const firstModule = plans.find((plan) => plan.session.kind === 'module') as DeckPlan;

/** Opens a deck and waits until reveal.js has laid it out. */
async function openDeck(page: Page, edition: Edition, plan: DeckPlan, suffix = ''): Promise<CoursePage> {
	const site = new CoursePage(page, edition);
	await site.goto(`${deckHref('/', plan)}${suffix}`);
	await expect(page.locator('.reveal.ready')).toBeAttached();
	return site;
}

/** The captions of a page's own diagrams, in order (not those inside an instructor note). */
async function pageDiagrams(page: Page, site: CoursePage, plan: DeckPlan): Promise<string[]> {
	await site.goto(`/${plan.pageId}/`);
	return page
		.locator('.sl-markdown-content figure.diagram:not(.instructor-note figure) > figcaption')
		.allTextContents();
}

test('there is one deck per scheduled session and MLOps topic', () => {
	const sessions = readSessions(docsDir, root);
	const mlopsTopics =
		sessions.find((entry) => entry.data.session?.kind === 'mlops')?.data.session?.lecture?.topics ?? [];
	expect(
		plans
			.filter((plan) => !plan.topic)
			.map((plan) => plan.pageId)
			.sort(),
	).toEqual(sessions.map((entry) => entry.id).sort());
	expect(plans.filter((plan) => plan.topic).map((plan) => plan.topic?.title)).toEqual(
		mlopsTopics.map((topic) => topic.title),
	);
});

for (const edition of ['student', 'instructor'] as const) {
	test.describe(`the decks of the ${edition} edition`, () => {
		test.describe.configure({ timeout: 120_000 });
		for (const plan of plans) {
			test(`${deckHref('/', plan)} holds its topics in order, the page's diagrams, ${edition === 'student' ? 'no speaker notes' : 'speaker notes'}, landmarks with headings, and passes axe on every slide`, async ({
				page,
			}) => {
				const site = new CoursePage(page, edition);
				const diagrams = await pageDiagrams(page, site, plan);
				const origin = new URL(site.url('/')).origin;
				const outside: string[] = [];
				page.on('request', (request) => {
					if (!request.url().startsWith(origin) && !/^(data|blob|about):/.test(request.url()))
						outside.push(request.url());
				});
				await openDeck(page, edition, plan);
				const slides = page.locator('.reveal .slides > section');
				expect(await slides.count()).toBeGreaterThan(3);

				// Every slide is a region named by its own heading.
				const unnamed = await slides.evaluateAll(
					(sections) =>
						sections.filter((section) => {
							const heading = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
							return (
								!heading ||
								!section.contains(heading) ||
								!/^H[12]$/.test(heading.tagName) ||
								!heading.textContent.trim()
							);
						}).length,
				);
				expect(unnamed).toBe(0);

				// The lecture topics, in the order of the session's metadata, with their minutes.
				const topics = plan.topic ? [] : (plan.session.lecture?.topics ?? []);
				const ownTopics = plans.some((other) => other.topic && other.sessionPageId === plan.pageId) ? [] : topics;
				const topicSlides = page.locator('.reveal .slides > section[id^="topic-"]');
				expect(await topicSlides.evaluateAll((sections) => sections.map((section) => section.id))).toEqual(
					plan.topic
						? [`topic-${String(plan.topic.index + 1)}`]
						: ownTopics.map((_, index) => `topic-${String(index + 1)}`),
				);
				for (const [index, topic] of ownTopics.entries()) {
					const slide = topicSlides.nth(index);
					expect(namesTopic((await slide.locator('h2').textContent()) ?? '', topic.title), topic.title).toBe(true);
					await expect(slide.locator('.deck-kicker')).toHaveText(
						`Topic ${String(index + 1)} of ${String(ownTopics.length)} · ${formatMinutes(topic.minutes)}`,
					);
				}
				if (plan.session.lecture) {
					await expect(page.locator('#plan .deck-plan > li')).toHaveCount(plan.session.lecture.topics.length);
					for (const [index, topic] of plan.session.lecture.topics.entries()) {
						await expect(page.locator('#plan .deck-plan > li').nth(index)).toContainText(topic.title);
					}
				}

				// The page's diagrams, the same build-time SVGs, in page order.
				const deckDiagrams = page.locator('.reveal .deck-body figure.deck-diagram');
				expect(await deckDiagrams.locator('figcaption').allTextContents()).toEqual(diagrams);
				expect(await deckDiagrams.locator('svg').count()).toBe(diagrams.length);

				const notes = page.locator('.reveal aside.notes');
				if (edition === 'student') {
					await expect(notes).toHaveCount(0);
					await expect(page.locator('[data-instructor-note], .instructor-note')).toHaveCount(0);
					// Nothing of the instructor deck's notes is in the student deck.
					const instructorDeck = await page.request.get(
						new URL(deckHref('/', plan).slice(1), new CoursePage(page, 'instructor').url('/')).toString(),
					);
					const noteTexts = await page.evaluate(
						(html) =>
							[...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.deck-note :is(p, li, td)')]
								.map((element) => element.textContent.trim())
								.filter((text) => text.length > 40),
						await instructorDeck.text(),
					);
					const text = await page.evaluate(() => document.documentElement.textContent);
					expect(noteTexts.filter((note) => text.includes(note))).toEqual([]);
				} else {
					const titles = await page.evaluate(async (path) => {
						const html = await (await fetch(path)).text();
						return [
							...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('.instructor-note__title'),
						].map((title) => title.textContent.trim());
					}, `/${plan.pageId}/`);
					const noteTitles = await notes.locator('.deck-note__title').allTextContents();
					expect(noteTitles.length).toBeGreaterThan(0);
					expect(noteTitles.filter((title) => !titles.includes(title))).toEqual([]);
				}

				expect.soft(await accessibilityViolations(page), `${edition} ${plan.id}, first slide`).toEqual([]);
				// The scroll view shows every slide at once, so axe sees them all.
				await openDeck(page, edition, plan, '?view=scroll');
				expect.soft(await accessibilityViolations(page), `${edition} ${plan.id}, every slide`).toEqual([]);
				expect.soft(outside, 'requests outside the site').toEqual([]);
			});
		}

		test('ArrowRight moves to the next slide and ArrowLeft back', async ({ page }) => {
			await openDeck(page, edition, firstModule);
			await expect(page.locator('section.present h1')).toHaveText(
				`Module ${String(firstModule.session.number)}: ${firstModule.session.name}`,
			);
			await page.keyboard.press('ArrowRight');
			await expect(page.locator('section.present h2')).toHaveText('Learning objectives');
			await expect(page).toHaveURL(/#\/objectives$/);
			await page.keyboard.press('ArrowLeft');
			await expect(page.locator('section.present h1')).toBeVisible();
		});

		test(`prints one slide per page with ?print-pdf${edition === 'instructor' ? ', notes on their own pages' : ''}, and several slides per page as a handout`, async ({
			page,
		}) => {
			await openDeck(page, edition, firstModule);
			const slideCount = await page.locator('.reveal .slides > section').count();
			const [noteSample] = await page.locator('.deck-note p').allTextContents();
			const handout = await pdfPagesText(await page.pdf({ format: 'A4' }));
			expect(handout.length).toBeGreaterThan(0);
			expect(handout.length).toBeLessThan(slideCount);
			expect(handout.join('\n')).toContain('Learning objectives');

			await openDeck(page, edition, firstModule, '?print-pdf');
			await expect(page.locator('.pdf-page').first()).toBeAttached();
			const printed = await pdfPagesText(await page.pdf({ preferCSSPageSize: true }));
			expect(printed.length).toBeGreaterThanOrEqual(slideCount);
			const text = printed.join('\n').replace(/\s+/g, ' ');
			expect(text).toContain('Learning objectives');
			expect(text).toContain(firstModule.session.lecture?.topics[0]?.title ?? '');
			if (edition === 'instructor') {
				expect(noteSample).toBeTruthy();
				expect(text).toContain((noteSample ?? '').replace(/\s+/g, ' ').slice(0, 60));
			} else {
				expect(noteSample).toBeUndefined();
			}
		});

		test('each session page and the schedule link to their decks', async ({ page }) => {
			const site = new CoursePage(page, edition);
			for (const plan of plans) {
				await site.goto(`/${plan.pageId}/`);
				const link = page.locator('a.deck-link');
				await expect(link).toHaveAttribute('href', deckHref('/', plan));
			}
			await site.goto('/schedule/');
			const links = page.locator('.sl-markdown-content a.schedule__slides');
			const sessionPlans = plans.filter((plan) => !plan.topic);
			await expect(links).toHaveCount(sessionPlans.length);
			for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))) {
				expect(sessionPlans.map((plan) => deckHref('/', plan))).toContain(href);
				expect((await page.request.get(site.url(href ?? ''))).status()).toBe(200);
			}
		});
	});
}

test('the speaker view shows the notes, the next slide and a pacing timer against the topic minutes, offline', async ({
	page,
	context,
}) => {
	await openDeck(page, 'instructor', firstModule, '#/topic-1');
	const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
	const topic = firstModule.session.lecture?.topics[0];
	await expect(speaker.locator('.speaker-controls-notes .value')).toContainText(`Topic 1 of`, { timeout: 20_000 });
	await expect(speaker.locator('.speaker-controls-notes .value')).toContainText(topic?.title ?? '');
	await expect(speaker.locator('.speaker-controls-pace, .pacing').first()).toBeVisible();
	const upcoming = speaker.frameLocator('#upcoming-slide iframe');
	await expect(upcoming.locator('section.present h2')).not.toHaveText(topic?.title ?? '', { timeout: 20_000 });
});

test('a student module page loads none of reveal.js; only the decks do', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') scripts.push(await response.text());
	});
	const site = new CoursePage(page, 'student');
	await site.goto(`/${firstModule.pageId}/`);
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((script) => script.includes('reveal-viewport'))).toEqual([]);
	scripts.length = 0;
	await openDeck(page, 'student', firstModule);
	await page.waitForLoadState('networkidle');
	expect(scripts.filter((script) => script.includes('reveal-viewport')).length).toBeGreaterThan(0);
});
