/**
 * Ports the tests serve the editions on: apart from `npm start`'s 4321/4322 so both can run at once, and
 * movable (E2E_STUDENT_PORT, E2E_INSTRUCTOR_PORT) so two checkouts can test side by side.
 */
export const servePorts = {
	student: Number(process.env['E2E_STUDENT_PORT'] ?? 4331),
	instructor: Number(process.env['E2E_INSTRUCTOR_PORT'] ?? 4332),
} as const;

/** Where each built edition is served during the tests. */
export const editionUrls = {
	student: `http://localhost:${servePorts.student}/`,
	instructor: `http://localhost:${servePorts.instructor}/`,
} as const;
