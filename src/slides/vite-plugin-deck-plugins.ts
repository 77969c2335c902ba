import type { Plugin } from 'vite';
import type { Edition } from '../edition/edition.ts';

const moduleId = 'virtual:course/deck-plugins';
const resolvedId = `\0${moduleId}`;

/**
 * The reveal.js plugins of this edition's decks, decided when the bundle is built: the instructor edition gets
 * the notes plugin (speaker view), the student edition a module without it, so its output holds no speaker
 * view at all (a dynamic import behind a run-time check would still ship the chunk).
 */
export function vitePluginDeckPlugins({ edition }: { edition: Edition }): Plugin {
	return {
		name: 'course-deck-plugins',
		resolveId: (id) => (id === moduleId ? resolvedId : undefined),
		load: (id) => {
			if (id !== resolvedId) return undefined;
			return edition === 'instructor'
				? "export { default as notes } from 'reveal.js/plugin/notes';"
				: 'export const notes = undefined;';
		},
	};
}
