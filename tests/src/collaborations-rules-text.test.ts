import { expectData } from '@bxl/common/testkit';

import {
  between,
  bullets,
  CSSI_NOTE_FILE,
  defined,
  figure,
  itemWords,
  numberedList,
  readSourceText,
  VISION_TEXT_FILE,
  zip,
} from './support/source-texts';
import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// Every list, figure and word of the PSSI rules the API serves, compared with the texts committed in
// seed/sources/ (read here, not copied into the test).

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
}, 180_000);
afterAll(() => stack?.stop());

const note = readSourceText(CSSI_NOTE_FILE);
const vision = readSourceText(VISION_TEXT_FILE);

interface Rule {
  code: string;
  labelFr: string;
  labelNl: string;
  textFr: string | null;
  source: string | null;
  labelNlIsTranslation: boolean;
}
const RULE = 'code labelFr labelNl textFr source labelNlIsTranslation';

interface Budget {
  kind: string;
  total: number;
  publishedTotal: number;
  totalTextFr: string;
  source: string;
  lines: Array<Rule & { fte: number | null; amount: number }>;
}

interface Rules {
  missions: Rule[];
  missionsSource: string;
  minimumFrame: Array<{
    function: string;
    unit: string;
    minimum: number;
    textFr: string;
    source: string;
  }>;
  budgets: Budget[];
  administrativeOptions: Rule[];
  integrationCriteria: Rule[];
  specialisedMissions: Array<Rule & { serviceType: string }>;
  specialisedMissionRule: { definitionFr: string; source: string; requirements: Rule[] };
  inclusiveFunction: { source: string; elements: Rule[]; requirements: Rule[] };
}

const RULES = `{ integratedCentreRules {
  missions { ${RULE} } missionsSource
  minimumFrame { function unit minimum textFr source }
  budgets { kind total publishedTotal totalTextFr source lines { ${RULE} fte amount } }
  administrativeOptions { ${RULE} }
  integrationCriteria { ${RULE} }
  specialisedMissions { ${RULE} serviceType }
  specialisedMissionRule { definitionFr source requirements { ${RULE} } }
  inclusiveFunction { source elements { ${RULE} } requirements { ${RULE} } } } }`;

async function rules(): Promise<Rules> {
  return (await expectData<{ integratedCentreRules: Rules }>(stack.gatewayUrl, RULES))
    .integratedCentreRules;
}

/** Each rule carries the note's words for its item, in the note's order, citing its section. */
function expectCited(rules: Rule[], words: string[], section: string) {
  expect(rules.map((rule) => rule.textFr)).toEqual(words);
  rules.forEach((rule, i) => {
    expect(rule.source).toBe(`seed/sources/${CSSI_NOTE_FILE}, ${section}, item ${i + 1}`);
    expect(rule.labelNlIsTranslation).toBe(true);
  });
}

describe('integratedCentreRules against the CSSI note', () => {
  it('has the twelve missions of § 2.1 word for word, in order, each citing its item; Dutch marked as ours', async () => {
    const { missions, missionsSource } = await rules();
    const listed = bullets(between(note, '1) MISSIONS CSSI', '2) CADRE CSSI')).map((line) => {
      const match = defined(/^(\d+)\) (.*)$/.exec(line) ?? undefined, `numbered mission "${line}"`);
      return { number: Number(match[1]), words: itemWords(match[2]) };
    });
    expect(listed.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(missions.map((mission) => mission.labelFr)).toEqual(listed.map((item) => item.words));
    expectCited(
      missions,
      listed.map((item) => item.words),
      '§ 2.1 "MISSIONS CSSI"',
    );
    expect(
      missions.every((mission) => mission.labelNl && mission.labelNl !== mission.labelFr),
    ).toBe(true);
    expect(missionsSource).toContain('décret ambulatoire révisé');
    // The three the provisional list lacked are there, by their own words.
    const byCode = new Map(missions.map((mission) => [mission.code, mission.labelFr]));
    expect(byCode.get('OBSERVATORY')).toBe(
      "assurer des fonctions d'observatoire de la santé et du social",
    );
    expect(byCode.get('CARE_REGARDLESS_OF_STATUS')).toMatch(/indépendamment de leur statut/);
    expect(byCode.get('CONTINUITY')).toMatch(/^tout en laissant le choix .* continuité/);
  });

  it('has the minimum frame of § 2.2 line by line, with the figure each line states', async () => {
    const { minimumFrame } = await rules();
    const lines = bullets(between(note, '2) CADRE CSSI', '3) BUDGET CSSI'));
    expect(lines).toHaveLength(8);
    expect(minimumFrame.map((requirement) => requirement.textFr)).toEqual(lines);
    zip(minimumFrame, lines).forEach(([requirement, line], i) => {
      expect(requirement.minimum).toBe(figure(line.split(' ')[0]));
      expect(requirement.source).toBe(
        `seed/sources/${CSSI_NOTE_FILE}, § 2.2 "CADRE CSSI", item ${i + 1}`,
      );
      // "ETP" lines count FTE; "2 médecins", "Une fonction" count people.
      expect(requirement.unit).toBe(/ETP|action communautaire/.test(line) ? 'FTE' : 'PERSONS');
    });
  });

  it('has both budgets of § 2.3 with every line, amount, FTE and published total', async () => {
    const { budgets } = await rules();
    const section = between(note, '3) BUDGET CSSI', '4) OPTIONS ADMINISTRATIVES');
    const totalAt = section.findIndex((line) => line.startsWith('⇒ Total'));
    const blocks = [section.slice(0, totalAt + 1), section.slice(totalAt + 1)];
    expect(budgets.map((budget) => budget.kind)).toEqual(['NEW', 'EXISTING']);
    zip(budgets, blocks).forEach(([budget, block]) => {
      const lines = bullets(block);
      const totalLine = defined(
        block.find((line) => line.startsWith('⇒ Total')),
        'total line',
      );
      const total = figure(/Total : ([\d ]+) euros/.exec(totalLine)?.[1]);
      expect(budget.publishedTotal).toBe(total);
      expect(budget.total).toBe(total);
      expect(budget.totalTextFr).toBe(totalLine.replace('⇒ ', ''));
      expect(budget.lines.map((line) => line.textFr)).toEqual(lines);
      zip(budget.lines, lines).forEach(([line, text], i) => {
        expect(line.amount).toBe(figure(/([\d ]+)\s*€$/.exec(text)?.[1]));
        const fte = /^(\S+) ETP/.exec(text)?.[1];
        expect(line.fte).toBe(fte ? figure(fte) : null);
        expect(line.source).toMatch(new RegExp(`§ 2\\.3 "BUDGET CSSI", .*item ${i + 1}$`));
      });
    });
    expect(budgets.map((budget) => budget.total)).toEqual([500_000, 160_000]);
  });

  it('has the three administrative options, the four integration criteria and the five specialised services', async () => {
    const data = await rules();
    expectCited(
      data.administrativeOptions,
      bullets(between(note, '4) OPTIONS ADMINISTRATIVES', "5) CRITÈRES « D'INTÉGRATION »")),
      '§ 2.4 "OPTIONS ADMINISTRATIVES"',
    );
    expect(data.administrativeOptions.map((option) => option.code)).toEqual([
      'SINGLE_ASBL',
      'UMBRELLA_ASBL',
      'MULTI_AGREED_ASBL',
    ]);
    expectCited(
      data.integrationCriteria,
      bullets(between(note, "5) CRITÈRES « D'INTÉGRATION »", '6) MISSIONS SPÉCIALISÉES')),
      '§ 2.5 "CRITÈRES « D\'INTÉGRATION »"',
    );
    const specialised = between(note, '6) MISSIONS SPÉCIALISÉES', '7) FONCTION INCLUSIVE');
    expectCited(
      data.specialisedMissions,
      bullets(specialised).map(itemWords),
      '§ 2.6 "MISSIONS SPÉCIALISÉES"',
    );
    expect(data.specialisedMissionRule.definitionFr).toBe(
      specialised.find((line) => line.startsWith('Une mission spécialisée')),
    );
    expect(data.specialisedMissionRule.requirements.map((r) => r.code)).toEqual([
      'CONVENTION',
      'FRAME_EXTENSION',
    ]);
    for (const requirement of data.specialisedMissionRule.requirements) {
      expect(data.specialisedMissionRule.definitionFr).toContain(requirement.textFr);
    }
  });

  it('has the inclusive function of § 2.7: its three elements and its frame-extension request', async () => {
    const { inclusiveFunction } = await rules();
    const section = between(note, '7) FONCTION INCLUSIVE', '3. COMPLÉMENTARITÉ DES MODÈLES');
    expectCited(
      inclusiveFunction.elements,
      bullets(section).map(itemWords),
      '§ 2.7 "FONCTION INCLUSIVE"',
    );
    expect(inclusiveFunction.requirements.map((r) => r.textFr)).toEqual(
      section.filter((line) => line.startsWith('Pour exercer cette fonction inclusive')),
    );
  });
});

interface Listed {
  code: string;
  textFr: string;
  source: string;
}
const LISTED = 'code textFr source';

/** The API's list is the text's numbered list: same count, same words, each citing its item. */
function expectList(rules: Listed[], heading: string, slide: string) {
  zip(rules, numberedList(vision, heading)).forEach(([rule, item]) => {
    const words =
      item.subItems.length > 0 ? `${item.words} ${item.subItems.join(' ; ')}` : item.words;
    expect(rule.textFr).toBe(words);
    expect(rule.source).toBe(`seed/sources/${VISION_TEXT_FILE}, ${slide}, item ${item.number}`);
  });
}

describe('the CLSS rules against the PSSI vision text', () => {
  it('has the roles of the working group, the coordination cell and the regional committee, item by item', async () => {
    const data = await expectData<Record<'wg' | 'cell' | 'committee' | 'centre', Listed[]>>(
      stack.gatewayUrl,
      `{ wg: collaborationRoles(body: WORKING_GROUP) { ${LISTED} }
         cell: collaborationRoles(body: COORDINATION_CELL) { ${LISTED} }
         committee: collaborationRoles(body: REGIONAL_COMMITTEE) { ${LISTED} }
         centre: collaborationRoles(body: CENTRE) { ${LISTED} } }`,
    );
    expectList(data.wg, 'Composition du GT CLSS :', '"CLSS: qui ?" (Composition du GT CLSS)');
    expectList(
      data.cell,
      'Composition cellule de coordination CLSS',
      '"Cellule de coordination : qui ?" (Composition cellule de coordination CLSS)',
    );
    expectList(
      data.committee,
      "Composition Comité d'accompagnement région des CLSS:",
      `"Comité d'accompagnement : qui ?" (Composition Comité d'accompagnement région des CLSS)`,
    );
    // No text lists a CSSI's member roles: they are the project's own and say so.
    expect(data.centre.every((role) => role.source === null && role.textFr === null)).toBe(true);
  });

  it('has the missions of a CLSS, of its coordination cell and of the regional committee, item by item', async () => {
    const data = await expectData<{
      localSocialHealthContractMissions: Listed[];
      regionalCommittee: { body: { missions: Listed[] } };
      localSocialHealthContracts: {
        edges: Array<{ node: { coordinationCell: { missions: Listed[] } } }>;
      };
      actionThemes: Listed[];
    }>(
      stack.gatewayUrl,
      `{ localSocialHealthContractMissions { ${LISTED} }
         regionalCommittee { body { missions { ${LISTED} } } }
         localSocialHealthContracts(first: 1) { edges { node { coordinationCell { missions { ${LISTED} } } } } }
         actionThemes { ${LISTED} } }`,
    );
    expectList(data.localSocialHealthContractMissions, 'CLSS: missions', '"CLSS: missions"');
    expectList(
      defined(data.localSocialHealthContracts.edges[0], 'a seeded CLSS').node.coordinationCell
        .missions,
      'Mission Cellule de coordination des CLSS:',
      '"Cellule de coordination : missions"',
    );
    expectList(
      data.regionalCommittee.body.missions,
      "Comité d'accompagnement (Région): mission",
      `"Comité d'accompagnement (Région): mission"`,
    );
    // Action themes: the objectives of the 9 existing CLSS, each in the text's own words.
    const flat = vision.replace(/\*\*/g, '');
    for (const theme of data.actionThemes.filter((t) => t.source)) {
      expect(flat).toContain(theme.textFr);
    }
  });
});
