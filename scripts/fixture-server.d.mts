import type { BrowserContext } from 'playwright-core';
export declare const FIXTURE_DIST: string;
export declare const FIXTURE_CSP: string;
export declare function routeFixtures(context: BrowserContext, extraRoutes?: Record<string, unknown>): Promise<void>;
