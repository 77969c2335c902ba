import type { Loader, LoaderContext } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import type { Edition } from './edition.ts';

/**
 * Starlight's docs loader, minus the instructor-only pages in the student edition. A page that never
 * enters the collection has no route, sidebar entry, previous/next link, sitemap entry or search record.
 */
export function editionDocsLoader(edition: Edition): Loader {
	const docs = docsLoader();
	if (edition === 'instructor') return docs;
	return {
		name: 'course-edition-docs-loader',
		load: (context) => docs.load(withoutInstructorPages(context)),
	};
}

function withoutInstructorPages(context: LoaderContext): LoaderContext {
	const store = context.store;
	const set: typeof store.set = (entry) => {
		if ((entry.data as { audience?: unknown }).audience === 'instructor') {
			store.delete(entry.id);
			return false;
		}
		return store.set(entry);
	};
	return {
		...context,
		store: new Proxy(store, {
			get: (target, property): unknown => (property === 'set' ? set : Reflect.get(target, property, target)),
		}),
	};
}
