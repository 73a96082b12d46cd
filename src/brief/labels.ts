/** The label code of an area: `page-health` → `AREA_PAGE_HEALTH`. @internal */
export function areaCode(area: string): string {
  return `AREA_${area.toUpperCase().replace(/-/g, '_')}`;
}
