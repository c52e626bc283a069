import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

/**
 * A list's search box: typing is shown at once, the search runs 300 ms after the last key; a blank
 * text searches for nothing (null).
 */
export function SearchField({
  search,
  onSearch,
  placeholder,
}: {
  search: string;
  onSearch: (text: string | null) => void;
  placeholder: string;
}) {
  const [text, setText] = useState(search);
  const searchLater = useDebouncedCallback((value: string) => onSearch(value.trim() ? value : null), 300);
  return (
    <TextInput
      label="Search"
      placeholder={placeholder}
      type="search"
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        searchLater(e.currentTarget.value);
      }}
      style={{ flex: '1 1 240px' }}
    />
  );
}
