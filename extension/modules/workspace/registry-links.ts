/**
 * How a project links a registry partner: `registry:<id>` in its `partnerIds`, beside
 * contact ids (UUIDs). Apart from the registry store so that the full backup, which
 * loads with the library's first screen, does not bring the store with it.
 */
export const REGISTRY_LINK = 'registry:';
export const registryLink = (id: string) => `${REGISTRY_LINK}${id}`;
export const registryIdOfLink = (link: string) => (link.startsWith(REGISTRY_LINK) ? link.slice(REGISTRY_LINK.length) : null);
