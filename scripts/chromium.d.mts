import type { Browser } from 'playwright-core';
export declare const CHROMIUM_ARGS: string[];
export declare class NoChromiumError extends Error {}
export declare function findChromium(): string;
export declare function isBrandedChrome(path: string): boolean;
export declare function launchBrowser(options?: { headless?: boolean }): Promise<Browser>;
