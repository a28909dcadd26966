export const fixes = {};
