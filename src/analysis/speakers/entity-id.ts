import type { EntityType } from '../types.ts';

const latin: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * A stable, URL-safe id from an entity's type and canonical name:
 * ('PER', 'Касым-Жомарт Токаев') → 'per-kasym-zhomart-tokaev'.
 */
export function entityId(type: EntityType, name: string): string {
  const slug = [...name.toLowerCase()]
    .map((ch) => latin[ch] ?? ch)
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${type.toLowerCase()}-${slug || 'x'}`;
}
