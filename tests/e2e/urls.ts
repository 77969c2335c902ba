/** Ports the tests serve the editions on, apart from `npm start`'s 4321/4322 so both can run at once. */
export const servePorts = { student: 4331, instructor: 4332 } as const;

/** Where each built edition is served during the tests. */
export const editionUrls = {
	student: `http://localhost:${servePorts.student}/`,
	instructor: `http://localhost:${servePorts.instructor}/`,
} as const;
