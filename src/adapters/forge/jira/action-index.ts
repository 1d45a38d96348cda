import { ACTION_PROPERTY_KEY } from '../../../core/capa/ca-record';

/**
 * The values of the action record Jira indexes for JQL, as the manifest's `jira:entityProperty`
 * module declares them (same shape, so the Jira stand-in takes it as it is): the card, the KPI
 * and the breach a corrective action or improvement was raised from, and the request that raised it.
 */
export const ACTION_ALIASES = { cardId: 'processCardId', kpiId: 'processCardKpi', breachId: 'processCardBreach', requestId: 'processCardRequest' } as const;

export const ACTION_PROPERTY_INDEX = {
  propertyKey: ACTION_PROPERTY_KEY,
  values: [
    { path: 'link.cardId', type: 'string', searchAlias: ACTION_ALIASES.cardId },
    { path: 'link.kpiId', type: 'string', searchAlias: ACTION_ALIASES.kpiId },
    { path: 'breachId', type: 'string', searchAlias: ACTION_ALIASES.breachId },
    { path: 'requestId', type: 'string', searchAlias: ACTION_ALIASES.requestId },
  ],
} as const;

/** A JQL string literal: double quotes, with quotes and backslashes escaped. */
export const jqlString = (value: string): string => `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`;

/**
 * The card's actions, newest first. No JQL sort is documented to put open issues first:
 * statusCategory does not sort To Do and In Progress before Done, and resolution or resolved
 * hinge on where Jira puts empty values. Newest first is certain; the adapter then puts the
 * page's open issues before its done ones.
 */
export const linkedActionsJql = (cardId: string): string => `${ACTION_ALIASES.cardId} = ${jqlString(cardId)} ORDER BY created DESC`;

/** The issues a breach raised, the first one first. */
export const breachJql = (breachId: string): string => `${ACTION_ALIASES.breachId} = ${jqlString(breachId)} ORDER BY created ASC`;

/** The issues a raise request made, the first one first. */
export const requestJql = (requestId: string): string => `${ACTION_ALIASES.requestId} = ${jqlString(requestId)} ORDER BY created ASC`;
