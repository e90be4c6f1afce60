import type { BrowserContext } from 'playwright-core';

export type { BrowserContext };

/** Where Debian's chromium lives; OO_CRM_CHROMIUM overrides it. */
export declare const CHROMIUM: string;
/** Whether a browser test can run here. In CI a missing browser is an error, not a skip. */
export declare function browserAvailable(): boolean;
/** Launches headless Chromium with this machine's flags and a fresh profile. */
export declare function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }>;
