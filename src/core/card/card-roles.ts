import type { CardContent, Role } from './process-card';

/** Two spellings of one role are the same role: case, spacing and quotes do not make a new one. */
export const roleKey = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[«»"“”„']/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The card with its roles as data: every role the text names (the owner, KPI owners, flowchart
 * lanes, the approver, distribution recipients) gets one entry in `roles` with a stable id, and
 * each of those places refers to it. Roles the card already has keep their ids (matched by name),
 * so re-deriving never changes an id that settings or mappings point at; a reference to a role
 * that still exists is kept even when its text changed (the role was renamed).
 */
export function withRoles(content: CardContent): CardContent {
  const roles: Role[] = [...content.roles];
  const byKey = new Map(roles.map((role) => [roleKey(role.name), role.id]));
  const ids = new Set(roles.map((role) => role.id));
  let next = roles.length;

  const roleFor = (name: string, existing: string | undefined): string | undefined => {
    if (existing !== undefined && ids.has(existing)) return existing;
    const key = roleKey(name);
    if (key === '') return undefined;
    const known = byKey.get(key);
    if (known !== undefined) return known;
    let id: string;
    do id = `role-${(next += 1)}`;
    while (ids.has(id));
    roles.push({ id, name: name.trim().slice(0, 2000) });
    byKey.set(key, id);
    ids.add(id);
    return id;
  };
  const ref = <K extends string>(key: K, id: string | undefined): { [P in K]?: string } =>
    (id === undefined ? {} : { [key]: id }) as { [P in K]?: string };

  const responsibility = {
    ...content.responsibility,
    ...ref('ownerRoleId', roleFor(content.responsibility.ownerRole, content.responsibility.ownerRoleId)),
  };
  const kpis = content.kpis.map((kpi) => ({ ...kpi, ...ref('ownerRoleId', roleFor(kpi.owner, kpi.ownerRoleId)) }));
  const steps = content.flowchart.steps.map((step) => ({ ...step, ...ref('roleId', roleFor(step.role, step.roleId)) }));
  const approval = {
    ...content.approval,
    ...ref('approverRoleId', roleFor(content.approval.approverPosition, content.approval.approverRoleId)),
  };
  const distribution = content.distribution.map((entry) => ({ ...entry, ...ref('roleId', roleFor(entry.recipient, entry.roleId)) }));
  return { ...content, roles, responsibility, kpis, flowchart: { ...content.flowchart, steps }, approval, distribution };
}
