export declare function buildLib(): Promise<string>;
