// Where the workspace's pages are (kept apart so every page links without importing the others).
export const editServiceHref = (id: string) => `/edit/service/${encodeURIComponent(id)}`;
