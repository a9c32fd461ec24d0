import type { StdioOptions } from 'node:child_process';
export declare const TEST_HOOKS_ENV: string;
export declare const TEST_BUILD_SUFFIX: string;
export declare const STORE_BUILD_DIR: string;
export declare const TEST_BUILD_DIR: string;
export declare function buildExtension(options: { testHooks: boolean; stdio?: StdioOptions }): void;
