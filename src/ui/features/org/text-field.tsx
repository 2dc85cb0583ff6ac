/** A labelled one-line field for names and IDs: no spelling marks, no autofill, trimmed. */
export function TextField({
  label,
  value,
  onValue,
  placeholder = "",
}: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  placeholder?: string;
}) {
  return (
    <label>
      {label}
      <input
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          onValue(e.target.value.trim());
        }}
      />
    </label>
  );
}
