/** Types of v8-flags.mjs (plain JavaScript: the launcher runs it without TypeScript). */
export declare function applyPipelineV8Flags(): void;
export declare function pipelineV8FlagsApplied(): boolean;
