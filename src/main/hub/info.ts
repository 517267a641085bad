/** Where a running hub says it can be reached (no secrets): `hearth signin-code` and `token rotate` read it. */
export const HUB_INFO_FILE = 'hub.json';
