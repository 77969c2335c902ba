/** The course's name, as every page, banner and handout shows it. */
export const courseTitle = 'AWS Machine Learning Training';

/** The course's name where the full one does not fit: the site header on a phone. */
export const courseShortTitle = 'AWS ML Training';
