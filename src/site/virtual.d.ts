/** The validated course configuration, handed to components and the content config by `vitePluginCourseConfig`. */
declare module 'virtual:course/config' {
	export const edition: import('../edition/edition.ts').Edition;
}
