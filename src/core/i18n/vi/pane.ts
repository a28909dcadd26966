export const pane = {};
