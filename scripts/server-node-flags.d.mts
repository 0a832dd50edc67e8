// Types for the TypeScript tests that start servers the way `npm start` does.
export declare const SERVER_NODE_FLAGS: string[];
export declare const SERVER_ENV: Record<string, string>;
