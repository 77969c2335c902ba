import type { Plugin } from 'vite';
import type { Edition } from '../edition/edition.ts';

const moduleId = 'virtual:course/config';
const resolvedId = `\0${moduleId}`;

/** Exposes the validated edition to components and the content config, which never read the environment. */
export function vitePluginCourseConfig({ edition }: { edition: Edition }): Plugin {
	return {
		name: 'course-config',
		resolveId: (id) => (id === moduleId ? resolvedId : undefined),
		load: (id) => (id === resolvedId ? `export const edition = ${JSON.stringify(edition)};` : undefined),
	};
}
