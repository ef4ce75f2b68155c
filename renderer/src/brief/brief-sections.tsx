import { useTranslation } from 'react-i18next';
import { BRIEF_SECTIONS, type BriefSection } from '../../../preload/api';

/** Every section with its on/off state, in the brief's order (the ones switched off keep their place after). */
export interface SectionState {
  id: BriefSection;
  on: boolean;
}

export function initialSections(chosen: readonly BriefSection[] = BRIEF_SECTIONS): SectionState[] {
  return [
    ...chosen.map((id) => ({ id, on: true })),
    ...BRIEF_SECTIONS.filter((s) => !chosen.includes(s)).map((id) => ({ id, on: false })),
  ];
}

/** Moves one section up (-1) or down (+1). */
export function moveSection(list: SectionState[], index: number, delta: -1 | 1): SectionState[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The section list: a checkbox and up/down buttons per section. */
export function SectionsEditor({
  sections,
  onChange,
}: {
  sections: SectionState[];
  onChange: (next: SectionState[]) => void;
}) {
  const { t } = useTranslation();
  // One key per section id under brief.section (title, summary, quotes, digest, entities, timeline, sources).
  const label = (id: BriefSection): string => t(`brief.section.${id}`);
  return (
    <ol className="brief-sections" aria-label={t('brief.sections')}>
      {sections.map((s, i) => (
        <li key={s.id} data-testid="brief-section" data-section={s.id} data-on={s.on}>
          <label>
            <input
              type="checkbox"
              data-testid="brief-section-toggle"
              checked={s.on}
              onChange={(e) => onChange(sections.map((x) => (x.id === s.id ? { ...x, on: e.target.checked } : x)))}
            />
            {label(s.id)}
          </label>
          <span className="brief-sections__move">
            <button
              type="button"
              data-testid="brief-section-up"
              aria-label={t('brief.moveUp', { section: label(s.id) })}
              disabled={i === 0}
              onClick={() => onChange(moveSection(sections, i, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              data-testid="brief-section-down"
              aria-label={t('brief.moveDown', { section: label(s.id) })}
              disabled={i === sections.length - 1}
              onClick={() => onChange(moveSection(sections, i, 1))}
            >
              ↓
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
