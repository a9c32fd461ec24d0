export declare class NoFirefoxError extends Error {}
export declare function findFirefox(): string;
