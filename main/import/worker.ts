// PLACEHOLDER owned by the import capability (issue 3): the worker-thread entry that parses files.
export {};
