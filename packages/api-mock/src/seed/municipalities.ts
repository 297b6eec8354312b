import type { BBox, Municipality } from '@kommunaldialog/sdk';
import { TOWNS, type Town } from './towns.js';

/** Half the side of the seeded bounding box around a town centre, in degrees. */
export const BBOX_HALF_SIZE = 0.05;

const round = (n: number): number => Math.round(n * 1e4) / 1e4;

export function townBbox(town: Town): BBox {
  const { lat, lng } = town.centre;
  return [round(lng - BBOX_HALF_SIZE), round(lat - BBOX_HALF_SIZE), round(lng + BBOX_HALF_SIZE), round(lat + BBOX_HALF_SIZE)];
}

function toMunicipality(town: Town): Municipality {
  return {
    id: town.id,
    name: town.name,
    officialName: town.officialName,
    ags: town.ags,
    district: town.district,
    state: 'Baden-Württemberg',
    population: { ...town.population },
    centre: { ...town.centre },
    bbox: townBbox(town),
    website: `https://www.${town.site}/`,
    privacyUrl: `https://www.${town.site}/datenschutz`,
    contact: {
      office: 'Integrationsbeauftragte',
      email: `integration@${town.site}`,
      phone: town.phone,
      address: town.townHall,
    },
  };
}

/** The ten pilot municipalities, sorted by id. */
export function seedMunicipalities(): Municipality[] {
  return TOWNS.map(toMunicipality).sort((a, b) => (a.id < b.id ? -1 : 1));
}
