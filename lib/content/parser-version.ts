/**
 * The version of the code that turns a file into an article record (front-matter, schema, body checks).
 * What the site keeps between runs (the SQLite file index) is reused only by code of the same version, so a
 * redeploy that leaves parsing alone starts from it; bump this whenever parsing changes, and the next start
 * reads every file again. tests/unit/parser-version.test.ts fails until it is bumped after such a change.
 */
export const PARSER_VERSION = 12;
