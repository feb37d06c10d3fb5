// The diagnostic as GET /api/v1/territories/{id}/diagnostic answers it.

export interface Point {
  year: number;
  count: number | null;
  rate: number | null; // per 1,000 inhabitants (dwellings for burglaries)
  published: boolean;
  partial: boolean;
  zones: number;
  zones_published: number;
}

export interface Series {
  code: string;
  name: string;
  points: Point[];
}

export interface Similar {
  year: number;
  band_min: number;
  band_max: number;
  area: string;
  area_name: string;
  communes: number;
  q1: number | null;
  median: number | null;
  q3: number | null;
  rate: number | null;
  above: number | null;
}

export interface Indicator {
  id: number;
  label: string;
  unit: string;
  per: 'habitants' | 'logements';
  territory: Series;
  departement: Series;
  region: Series;
  france: Series;
  similar: Similar | null;
}

export interface Diagnostic {
  territory: { id: number; name: string; kind: string; communes: string[] };
  years: number[];
  source: string;
  indicators: Indicator[];
}
