/** Names the build step (bundle.ts) and the launcher (launch.ts) agree on. */

/** The bundled CLI, beside the launcher. */
export const BUNDLE_FILE = 'main.bundle.cjs';
/** What the bundle's dynamic imports call: the launcher's importer. */
export const IMPORT_FUNCTION = '__resumeBotImport';
