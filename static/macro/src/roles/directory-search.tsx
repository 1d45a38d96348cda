import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { wordError } from '@shared/error-wording';
import { useI18n } from '@shared/i18n/i18n-context';
import { hasRoomFor, holds, pickKey, pickName, type Assignees, type Pick } from './role-mapping-draft';
import { MIN_QUERY_LENGTH, useDirectorySearch } from './use-directory-search';

/**
 * A search box for people and groups, as an ARIA 1.2 combobox: the arrow keys move through the
 * options, Enter adds the active one, Escape closes the search. Focus stays in the box, and the
 * active option is announced through aria-activedescendant.
 */
export function DirectorySearch({
  roleName,
  assignees,
  onPick,
  onClose,
}: {
  roleName: string;
  assignees: Assignees;
  onPick: (pick: Pick) => void;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const search = useDirectorySearch(query);
  const picks = search.kind === 'found' ? search.picks : [];
  const available = (pick: Pick) => !holds(assignees, pick) && hasRoomFor(assignees, pick.kind);
  const open = picks.length > 0;
  const activeIndex = Math.min(active, picks.length - 1);

  const choose = (pick: Pick | undefined) => {
    if (pick === undefined || !available(pick)) return;
    onPick(pick);
    setQuery('');
    setActive(0);
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && open) setActive((activeIndex + 1) % picks.length);
    else if (event.key === 'ArrowUp' && open) setActive((activeIndex - 1 + picks.length) % picks.length);
    else if (event.key === 'Home' && open) setActive(0);
    else if (event.key === 'End' && open) setActive(picks.length - 1);
    else if (event.key === 'Enter') choose(picks[activeIndex]);
    else if (event.key === 'Escape') {
      if (query !== '') setQuery('');
      else onClose();
    } else return;
    event.preventDefault();
  };

  const status =
    search.kind === 'searching'
      ? t('rolesSearching')
      : search.kind === 'found'
        ? picks.length === 0
          ? t('rolesNoMatches', { query: search.query })
          : t('rolesMatches', { count: picks.length })
        : '';

  return (
    <div className="pc-roles__search">
      <label className="pc-field__label" htmlFor={`${id}-input`}>
        {t('rolesSearchLabel', { role: roleName })}
      </label>
      <div className="pc-roles__search-row">
        <input
          ref={input}
          id={`${id}-input`}
          className="pc-input"
          type="search"
          role="combobox"
          autoComplete="off"
          autoFocus
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-describedby={`${id}-hint`}
          aria-activedescendant={open ? `${id}-option-${activeIndex}` : undefined}
          value={query}
          maxLength={100}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="pc-button pc-button--subtle" onClick={onClose}>
          {t('rolesSearchDone')}
        </button>
      </div>
      <p id={`${id}-hint`} className="pc-field__hint">
        {t('rolesSearchHint', { count: MIN_QUERY_LENGTH })}
      </p>
      <ul id={`${id}-list`} role="listbox" aria-label={t('rolesMatchesLabel')} className="pc-roles__options" hidden={!open}>
        {picks.map((pick, index) => {
          const taken = holds(assignees, pick);
          const full = !taken && !hasRoomFor(assignees, pick.kind);
          return (
            <li
              key={pickKey(pick)}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              aria-disabled={taken || full}
              className={`pc-roles__option${index === activeIndex ? ' pc-roles__option--active' : ''}`}
              // Keeps focus in the box, so the keyboard and a click lead to the same place.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(pick)}
            >
              <AssigneeLabel pick={pick} />
              {taken && <span className="pc-roles__option-note">{t('rolesAlreadyMapped')}</span>}
              {full && <span className="pc-roles__option-note">{t(pick.kind === 'person' ? 'rolesPeopleFull' : 'rolesGroupsFull')}</span>}
            </li>
          );
        })}
      </ul>
      {search.kind === 'failed' ? (
        <p className="pc-field__error" role="alert">
          {wordError(search.error, t, locale, 'settings')}
        </p>
      ) : (
        <p className="pc-visually-hidden" role="status">
          {status}
        </p>
      )}
      {search.kind !== 'failed' && status !== '' && !open && (
        <p className="pc-field__hint" aria-hidden="true">
          {status}
        </p>
      )}
    </div>
  );
}

/** A person's or a group's name, a group marked as one (in words, not by an icon alone). */
export function AssigneeLabel({ pick }: { pick: Pick }) {
  const { t } = useI18n();
  return (
    <span className="pc-roles__assignee-name">
      {pickName(pick)}
      {pick.kind === 'group' && <span className="pc-roles__kind">{t('rolesGroup')}</span>}
    </span>
  );
}
