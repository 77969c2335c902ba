/** The course's name, as every page, banner and handout shows it. */
export const courseTitle = 'AWS Machine Learning Training';
