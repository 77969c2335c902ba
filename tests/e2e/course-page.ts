import { expect, type Page } from '@playwright/test';
import type { Edition } from '../../src/edition/edition.ts';
import { editionUrls } from './urls.ts';

/** A page of one edition, with the few actions the tests share (after Starlight's own e2e test utils). */
export class CoursePage {
	readonly page: Page;
	readonly edition: Edition;

	constructor(page: Page, edition: Edition) {
		this.page = page;
		this.edition = edition;
	}

	url(path: string): string {
		return new URL(path.replace(/^\//, ''), editionUrls[this.edition]).toString();
	}

	async goto(path: string): Promise<void> {
		const response = await this.page.goto(this.url(path));
		expect(response?.status(), `${this.edition} ${path}`).toBe(200);
	}

	/** Opens Starlight's search dialog and types the query; returns a function reading the result paths. */
	async search(query: string): Promise<() => Promise<string[]>> {
		await this.page.getByRole('button', { name: 'Search' }).first().click();
		const dialog = this.page.getByRole('dialog', { name: 'Search' });
		await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
		const results = dialog.locator('.pagefind-ui__result-link');
		const message = dialog.locator('.pagefind-ui__message');
		await expect(message).toBeVisible();
		return () =>
			results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	}

	/**
	 * Switches the theme the way a reader does: with the switch on screen, which on a phone is in the menu of a
	 * page with a sidebar (opened and closed again) and in the header of a page without one.
	 */
	async setTheme(theme: 'light' | 'dark'): Promise<void> {
		const visible = this.page.locator('starlight-theme-select select:visible');
		const menu = this.page.getByRole('button', { name: 'Menu' });
		const inMenu = (await visible.count()) === 0 && (await menu.isVisible());
		if (inMenu) await menu.click();
		await visible.first().selectOption(theme);
		if (inMenu) await menu.click();
		await expect(this.page.locator('html')).toHaveAttribute('data-theme', theme);
	}
}
