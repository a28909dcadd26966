export const cycle = {};
