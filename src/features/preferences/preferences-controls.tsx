import { fontStepRange, type Theme } from './preferences.ts';
import { usePreferences } from './use-preferences.ts';

const themeChoices: { theme: Theme; label: string }[] = [
  { theme: 'system', label: 'Как в системе' },
  { theme: 'light', label: 'Светлая' },
  { theme: 'sepia', label: 'Сепия' },
  { theme: 'dark', label: 'Тёмная' },
];

/** Font size and theme controls; the choice is remembered between visits. */
export function PreferencesControls() {
  const [prefs, update] = usePreferences();
  return (
    <>
      <fieldset className="control-group">
        <legend className="control-label">Размер шрифта</legend>
        <button
          type="button"
          className="control-button"
          aria-label="Уменьшить шрифт"
          disabled={prefs.fontStep <= fontStepRange.min}
          onClick={() => update({ fontStep: prefs.fontStep - 1 })}
        >
          <span aria-hidden="true" className="font-small">
            А
          </span>
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          className="control-button"
          aria-label="Увеличить шрифт"
          disabled={prefs.fontStep >= fontStepRange.max}
          onClick={() => update({ fontStep: prefs.fontStep + 1 })}
        >
          <span aria-hidden="true" className="font-large">
            А
          </span>
          <span aria-hidden="true">+</span>
        </button>
      </fieldset>
      <fieldset className="control-group">
        <legend className="control-label">Тема</legend>
        {themeChoices.map(({ theme, label }) => (
          <button
            key={theme}
            type="button"
            className="theme-swatch"
            data-swatch={theme}
            aria-label={label}
            title={label}
            aria-pressed={prefs.theme === theme}
            onClick={() => update({ theme })}
          >
            <span aria-hidden="true">А</span>
          </button>
        ))}
      </fieldset>
    </>
  );
}
