// The search box: an ARIA 1.2 combobox with search-as-you-type suggestions (searchSuggestions).
// Arrows move through the suggestions, Enter searches (the highlighted suggestion if any), Escape closes.
import { useEffect, useId, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { apiLanguage } from '../i18n';
import type { UiLanguage } from '../i18n';
import { SuggestionsQuery } from '../graphql/operations';

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function SearchBox(props: { initial: string; onSearch: (query: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState(props.initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useEffect(() => setText(props.initial), [props.initial]);
  const prefix = useDebounced(text.trim(), 150);
  const [{ data }] = useQuery({
    query: SuggestionsQuery,
    variables: { prefix, language: apiLanguage(i18n.language as UiLanguage) },
    pause: prefix.length < 2,
  });
  const suggestions = prefix.length < 2 ? [] : (data?.searchSuggestions ?? []);
  const expanded = open && suggestions.length > 0;

  const submit = (query: string) => {
    setOpen(false);
    setActive(-1);
    setText(query);
    props.onSearch(query.trim());
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = expanded && active >= 0 ? suggestions[active] : undefined;
    submit(chosen ? chosen.text : text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && suggestions.length) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && suggestions.length) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <form role="search" className="search-box" onSubmit={onSubmit}>
      <label htmlFor={`${id}-input`} className="search-label">
        {t('search.label')}
      </label>
      <div className="search-row">
        <div className="combobox">
          <input
            id={`${id}-input`}
            type="search"
            name="q"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={`${id}-list`}
            aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
            placeholder={t('search.placeholder')}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
          />
          <ul
            id={`${id}-list`}
            role="listbox"
            aria-label={t('search.suggestions')}
            className="suggestions"
            hidden={!expanded}
          >
            {suggestions.map((suggestion, index) => (
              <li
                key={`${suggestion.kind}:${suggestion.text}`}
                id={`${id}-option-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => {
                  event.preventDefault();
                  submit(suggestion.text);
                }}
              >
                <span>{suggestion.text}</span>
                <span className="suggestion-kind">{t(`search.kind_${suggestion.kind}`)}</span>
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className="primary">
          {t('search.submit')}
        </button>
      </div>
    </form>
  );
}
