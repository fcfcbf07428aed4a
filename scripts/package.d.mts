// Types for scripts/package.mjs, imported by the e2e suite to check the packaged .vsix.
export declare const KEYTAR_FILES: string[];
export declare function hostTarget(): string;
export declare function zipEntries(file: string): string[];
export declare function zipReadText(file: string, name: string): string;
