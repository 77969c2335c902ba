/** The folder under each edition's output that holds its notebooks and labs.zip. */
export const notebooksFolder = 'notebooks';

/** Every notebook of an edition and the files its labs use, in one download. */
export const labsZipFile = 'labs.zip';
