// Where the workspace's pages are (kept apart so every page links without importing the others).
export const editServiceHref = (id: string) => `/edit/service/${encodeURIComponent(id)}`;
export const editOrganisationHref = (id: string) => `/edit/organisation/${encodeURIComponent(id)}`;
export const editSiteHref = (id: string) => `/edit/site/${encodeURIComponent(id)}`;

/** The edit page of a change log row's record, if the workspace has one. */
export function editHrefOf(entity: string, id: string): string | null {
  switch (entity) {
    case 'Service':
      return editServiceHref(id);
    case 'Organisation':
      return editOrganisationHref(id);
    case 'Site':
      return editSiteHref(id);
    default:
      return null;
  }
}
