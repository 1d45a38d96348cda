import { useRef } from 'react';
import type { RoleWithAssignees } from '@src/contracts/resolver-contracts';
import { useI18n } from '@shared/i18n/i18n-context';
import { useCardLanguage } from '../card/written-text';
import { AssigneeLabel, DirectorySearch } from './directory-search';
import { pickKey, pickName, type Assignees, type Pick } from './role-mapping-draft';

/** One role: who holds it, and for an editor the means to add and remove them. */
export function RoleRow({
  role,
  assignees,
  canEdit,
  searching,
  onSearch,
  onPick,
  onRemove,
}: {
  role: RoleWithAssignees;
  assignees: Assignees;
  canEdit: boolean;
  searching: boolean;
  onSearch: (open: boolean) => void;
  onPick: (pick: Pick) => void;
  onRemove: (pick: Pick) => void;
}) {
  const { t } = useI18n();
  const lang = useCardLanguage();
  const addButton = useRef<HTMLButtonElement>(null);
  const picks: Pick[] = [
    ...assignees.people.map((person): Pick => ({ kind: 'person', person })),
    ...assignees.groups.map((group): Pick => ({ kind: 'group', group })),
  ];
  const closeSearch = () => {
    onSearch(false);
    // The box that had focus is gone: focus returns to the button that opened it.
    requestAnimationFrame(() => addButton.current?.focus());
  };
  return (
    <li className={`pc-roles__role${role.isOwner ? ' pc-roles__role--owner' : ''}`}>
      <h3 className="pc-roles__role-name">
        <span lang={lang}>{role.name}</span>
        {role.isOwner && <span className="pc-lozenge pc-roles__owner">{t('processOwner')}</span>}
      </h3>
      {picks.length === 0 ? (
        <p className="pc-roles__nobody">{t('rolesNobody')}</p>
      ) : (
        <ul className="pc-roles__assignees" aria-label={t('rolesHolders', { role: role.name })}>
          {picks.map((pick) => (
            <li key={pickKey(pick)} className="pc-roles__assignee">
              <AssigneeLabel pick={pick} />
              {canEdit && (
                <button
                  type="button"
                  className="pc-button pc-button--subtle pc-roles__remove"
                  aria-label={t('rolesRemove', { name: pickName(pick), role: role.name })}
                  onClick={() => {
                    onRemove(pick);
                    addButton.current?.focus();
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit &&
        (searching ? (
          <DirectorySearch roleName={role.name} assignees={assignees} onPick={onPick} onClose={closeSearch} />
        ) : (
          <button ref={addButton} type="button" className="pc-button pc-roles__add" onClick={() => onSearch(true)}>
            {t('rolesAdd')}
          </button>
        ))}
    </li>
  );
}
