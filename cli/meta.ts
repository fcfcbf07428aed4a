declare const KEYWARD_VERSION: string | undefined;
/** Replaced at bundle time by esbuild's `define`; falls back for tests run from source. */
export const VERSION: string = typeof KEYWARD_VERSION === 'string' ? KEYWARD_VERSION : '0.0.0-dev';
