import type { Sector } from '@/lib/model';
import { useT } from './i18n';
import './SectorBadge.css';

/** A shape per sector, so the legend and the badges read without colour too. */
export function SectorIcon({ sector }: { sector: Sector }) {
  const shape = {
    job: <rect x="1" y="1" width="10" height="10" />,
    children: <polygon points="6,0.5 11.5,11 0.5,11" />,
    adult: <circle cx="6" cy="6" r="5.2" />,
    health: <polygon points="6,0.5 11.5,6 6,11.5 0.5,6" />,
  }[sector];
  return (
    <svg class={`sector-icon sector-icon-${sector}`} width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      {shape}
    </svg>
  );
}

export function SectorBadge({ sector }: { sector: Sector }) {
  const t = useT();
  return (
    <span class={`sector-badge sector-${sector}`} data-sector={sector}>
      <SectorIcon sector={sector} />
      {t(`sector.${sector}`)}
    </span>
  );
}
