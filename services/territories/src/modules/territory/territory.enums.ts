import { registerEnumType } from 'type-graphql';

export enum Layer {
  REGION = 'REGION',
  BASSIN = 'BASSIN',
  COMMUNE = 'COMMUNE',
  GROUPEMENT = 'GROUPEMENT',
  QUARTIER = 'QUARTIER',
  SECTOR = 'SECTOR',
}
registerEnumType(Layer, {
  name: 'Layer',
  description: 'A layer of the Brussels territorial model, largest first.',
  valuesConfig: {
    REGION: { description: 'The Brussels-Capital Region.' },
    BASSIN: {
      description: "The 5 bassins d'aide et de soins (PSSI care basins, 200–300k inhabitants).",
    },
    COMMUNE: { description: 'The 19 communes (NIS code).' },
    GROUPEMENT: {
      description:
        'Groupements de quartiers / quartiers social-santé (10–30k inhabitants), ranked by need.',
    },
    QUARTIER: { description: 'The 145 quartiers of the Monitoring des Quartiers (mdzone).' },
    SECTOR: { description: 'The 724 Statbel statistical sectors (2022 version).' },
  },
});

/** Layers from the largest to the smallest: the order answers are given in. */
export const LAYER_ORDER: readonly Layer[] = [
  Layer.REGION,
  Layer.BASSIN,
  Layer.COMMUNE,
  Layer.GROUPEMENT,
  Layer.QUARTIER,
  Layer.SECTOR,
];

export enum QuartierKind {
  INHABITED = 'INHABITED',
  PARK = 'PARK',
  INDUSTRIAL = 'INDUSTRIAL',
  CEMETERY = 'CEMETERY',
}
registerEnumType(QuartierKind, {
  name: 'QuartierKind',
  description:
    'What a Monitoring quartier is: mdzone 1–118 inhabited, 700s cemeteries, 800s industrial, 900s parks.',
});

export enum Confidence {
  STATED = 'STATED',
  INFERRED = 'INFERRED',
  UNCERTAIN = 'UNCERTAIN',
}
registerEnumType(Confidence, {
  name: 'Confidence',
  description: 'How sure a link between two territories is.',
  valuesConfig: {
    STATED: { description: 'Stated by an official code or by the cited source.' },
    INFERRED: { description: 'Inferred from the source; see the note.' },
    UNCERTAIN: { description: 'A best guess to confirm; see the note.' },
  },
});

/** The weaker of two confidences: an aggregate is only as sure as its least sure part. */
export function weakest(a: Confidence, b: Confidence): Confidence {
  const order = [Confidence.STATED, Confidence.INFERRED, Confidence.UNCERTAIN];
  return order[Math.max(order.indexOf(a), order.indexOf(b))] as Confidence;
}

export enum LinkMethod {
  OFFICIAL_CODE = 'OFFICIAL_CODE',
  AREA_OVERLAP = 'AREA_OVERLAP',
  SOURCE = 'SOURCE',
  ASSIGNMENT = 'ASSIGNMENT',
  IMPORT = 'IMPORT',
  PROVISIONAL_MAPPING = 'PROVISIONAL_MAPPING',
}
registerEnumType(LinkMethod, {
  name: 'LinkMethod',
  description: 'How a link between two territories was established.',
  valuesConfig: {
    OFFICIAL_CODE: {
      description: 'By the official code (a Statbel sector belongs to its commune).',
    },
    AREA_OVERLAP: { description: 'By area overlap of the geometries (the share says how much).' },
    SOURCE: { description: 'As listed by a source (e.g. a bassin website).' },
    ASSIGNMENT: {
      description:
        "This project's explicit assignment, with a note (e.g. the City of Brussels' split).",
    },
    IMPORT: { description: 'From an imported official table.' },
    PROVISIONAL_MAPPING: {
      description: 'From the provisional groupement layer (named CLSS quartiers).',
    },
  },
});
