import { type ColumnMapping, ignoreColumn, isImportFieldId } from './fields';
import { headerKey } from './sources/contactSources';

/** A mapping saved by column name, so it applies to the next file from the same spreadsheet. */
export interface MappingPreset {
  name: string;
  columns: { header: string; mapping: ColumnMapping }[];
}

/** Column names repeat ("Email", "Email"): the second one is keyed "email#2". */
function columnKeys(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((cell) => {
    const key = headerKey(cell);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  });
}

export function presetFromMapping(
  name: string,
  header: readonly string[],
  mapping: readonly ColumnMapping[],
): MappingPreset {
  return {
    name,
    columns: header.map((cell, index) => ({
      header: cell,
      mapping: { ...(mapping[index] ?? ignoreColumn) },
    })),
  };
}

/**
 * The preset's mapping for a file's header. Columns the preset does not know keep the
 * fallback (usually the mapping detected for the file).
 */
export function applyPreset(
  header: readonly string[],
  preset: MappingPreset,
  fallback: readonly ColumnMapping[] = [],
): ColumnMapping[] {
  const presetKeys = columnKeys(preset.columns.map((column) => column.header));
  const saved = new Map(preset.columns.map((column, index) => [presetKeys[index] ?? '', column.mapping]));
  return columnKeys(header).map((key, index) => saved.get(key) ?? fallback[index] ?? ignoreColumn);
}

/** How many of the header's columns the preset knows: lets the preview offer the best preset. */
export function presetCoverage(header: readonly string[], preset: MappingPreset): number {
  const known = new Set(columnKeys(preset.columns.map((column) => column.header)));
  return columnKeys(header).filter((key) => known.has(key)).length;
}

/**
 * Checks a preset read back from storage or a file; null when it is not one. Unknown fields
 * become "Do not import" rather than failing the whole preset.
 */
export function restorePreset(value: unknown): MappingPreset | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, columns } = value as { name?: unknown; columns?: unknown };
  if (typeof name !== 'string' || !Array.isArray(columns)) return null;
  const restored: MappingPreset['columns'] = [];
  for (const column of columns) {
    if (typeof column !== 'object' || column === null) return null;
    const { header, mapping } = column as { header?: unknown; mapping?: Record<string, unknown> };
    if (typeof header !== 'string' || typeof mapping !== 'object' || mapping === null) return null;
    restored.push({ header, mapping: restoreColumnMapping(mapping) });
  }
  return { name, columns: restored };
}

function restoreColumnMapping(mapping: Record<string, unknown>): ColumnMapping {
  if (!isImportFieldId(mapping.field)) return ignoreColumn;
  const restored: ColumnMapping = { field: mapping.field };
  if (
    typeof mapping.person === 'number' &&
    Number.isInteger(mapping.person) &&
    mapping.person >= 0 &&
    mapping.person < 100
  ) {
    restored.person = mapping.person;
  }
  if (typeof mapping.group === 'string') restored.group = mapping.group;
  if (typeof mapping.label === 'string') restored.label = mapping.label;
  return restored;
}
