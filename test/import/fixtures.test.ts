import { codes, importOne, readFixture, run } from './import-helpers';

describe('importing an English SOP (openregulatory, CC BY 4.0)', () => {
  const { content, warnings } = importOne(readFixture('documents/sop-purchasing.openregulatory.en.txt'));

  it('takes the first line as the title and reads the summary as the purpose', () => {
    expect(content.title).toBe('SOP Purchasing');
    expect(content.language).toBe('en');
    expect(content.purpose.process).toMatch(/^This SOP describes requirements for the purchasing of goods and services/);
  });

  it('reports the owner and KPI placeholders of the field table and takes neither as a value', () => {
    const placeholders = warnings.filter((warning) => warning.code === 'placeholder');
    expect(placeholders.map((warning) => [warning.section, warning.text])).toEqual([
      ['responsibility', '<enter role of process owner>'],
      ['kpis', '<enter KPIs to be tracked for the Management Review>'],
    ]);
    expect(content.responsibility.ownerRole).toBe('');
    expect(content.kpis).toEqual([]);
  });

  it('turns the numbered process steps into a chain of flowchart steps with their participants as roles', () => {
    const steps = content.flowchart.steps;
    expect(steps.map((step) => step.label)).toEqual([
      'Preliminary Regulatory Assessment',
      'Initial Supplier Evaluation',
      'Budget Approval',
      'Verification',
      'Supplier Surveillance',
      'Continuous Supplier Surveillance',
      'Annual Supplier Evaluation',
    ]);
    expect(steps[2]!.role).toBe('Purchasing employee; Supervisor');
    expect(steps[0]!.kind).toBe('start');
    expect(steps.at(-1)!.kind).toBe('end');
    expect(steps[0]!.next).toEqual([{ to: steps[1]!.id, label: '' }]);
  });

  it('keeps the step descriptions in the flowchart notes under their step lines', () => {
    expect(content.sectionNotes.flowchart).toContain('2.3 Budget Approval\n\nThe employee requests their supervisor for budget approval');
  });

  it('keeps the licence notice and reports it as text under no heading', () => {
    const notes = Object.values(content.sectionNotes).join('\n');
    expect(notes).toContain("Please don't remove this notice even if you've modified contents of this template.");
    expect(warnings.some((warning) => warning.code === 'unplaced-text' && warning.text?.includes('Template Copyright openregulatory.com'))).toBe(true);
  });

  it('keeps the "General Considerations" chapter, which fits no card section, with a warning', () => {
    const warning = warnings.find((candidate) => candidate.heading === 'General Considerations');
    expect(warning?.code).toBe('unplaced-text');
    expect(warning?.text).toContain('1.3 Supplier Criticality');
    expect(content.sectionNotes[warning!.section!]).toContain('A supplier is classified as critical:');
  });
});

describe('importing a process map appendix that describes 14 processes (Handbook-Generator, MIT)', () => {
  const result = run(readFixture('documents/process-map-appendix.handbook-generator.en.txt'));
  const cards = result.cards.map((card) => card.content);

  it('yields one card per process, in document order, with the process code', () => {
    expect(cards.map((card) => card.document.code)).toEqual([
      'M1', 'M2', 'M3', 'M4', 'K1', 'K2', 'K3', 'K4', 'K5', 'U1', 'U2', 'U3', 'U4', 'U5',
    ]);
    expect(cards.map((card) => card.title).slice(0, 3)).toEqual(['Strategic Planning', 'Management Review', 'Quality Management']);
    expect(new Set(result.cards.map((card) => card.id)).size).toBe(14);
  });

  it('fills purpose, inputs, outputs, owner and KPI names of every card', () => {
    for (const card of cards) {
      expect(card.purpose.process).not.toBe('');
      expect(card.inputs.length).toBeGreaterThan(0);
      expect(card.outputs.length).toBeGreaterThan(0);
      expect(card.responsibility.ownerRole).not.toBe('');
      expect(card.kpis.length).toBeGreaterThan(0);
    }
    const sales = cards[4]!;
    expect(sales.purpose.process).toBe('Customer acquisition and retention');
    expect(sales.inputs.map((input) => input.name)).toEqual(['Market information', 'customer needs']);
    expect(sales.outputs.map((output) => output.name)).toEqual(['Orders', 'customer contracts']);
    expect(sales.responsibility.ownerRole).toBe('Sales manager');
    expect(sales.kpis.map((kpi) => kpi.name)).toEqual(['Revenue', 'new customer rate', 'customer satisfaction']);
    expect(sales.kpis[0]).toMatchObject({ id: 'kpi-1', target: '', formula: '', direction: null });
  });

  it('reads the activities as a sequence of steps', () => {
    expect(cards[0]!.flowchart.steps.map((step) => step.label)).toEqual(['Strategy development', 'goal setting', 'resource planning']);
  });

  it('reports the document placeholders and the text that belongs to no process', () => {
    const placeholders = result.warnings.filter((warning) => warning.code === 'placeholder').map((warning) => warning.text);
    expect(placeholders).toEqual(expect.arrayContaining(['{{ meta-handbook.approver }}', '[TODO]']));
    const outside = result.warnings.filter((warning) => warning.code === 'unplaced-text');
    expect(outside.every((warning) => warning.cardIndex === undefined)).toBe(true);
    expect(outside.map((warning) => warning.text).join('\n')).toContain('Note: This process map is a living document');
    expect(codes(result.warnings)).not.toContain('missing-section');
  });

  it('takes no placeholder as the approval or revision of the cards', () => {
    for (const card of cards) {
      expect(card.approval.approverName).toBe('');
      expect(card.document.revision).toBe('');
    }
  });
});
