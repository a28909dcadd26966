export const consolidation = {};
