/**
 * The few Discord API numbers the page needs. Not imported from discord-api-types: it is CommonJS, so the bundle
 * would carry all of it for a handful of constants.
 */
export const ComponentKind = { ActionRow: 1, Button: 2, StringSelect: 3 } as const;
export const ButtonStyle = { Primary: 1, Secondary: 2, Success: 3, Danger: 4, Link: 5 } as const;
export const OptionKind = { Subcommand: 1, String: 3, Integer: 4, Boolean: 5, Number: 10 } as const;
