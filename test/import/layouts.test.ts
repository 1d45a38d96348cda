import { importOne } from './import-helpers';

describe('SIPOC and turtle layouts', () => {
  it('reads a SIPOC table into inputs with suppliers, outputs with customers and process steps', () => {
    const { content, warnings } = importOne(
      '# SIPOC: Order fulfilment\n\n| Suppliers | Inputs | Process | Outputs | Customers |\n|---|---|---|---|---|\n' +
        '| Customer | Order | Receive order | Confirmed order | Sales |\n| Warehouse | Stock | Pick and pack | Parcel | Customer |\n',
    );
    expect(warnings).toEqual([]);
    expect(content.inputs).toEqual([
      { id: 'in-1', name: 'Order', requirements: '', supplier: 'Customer' },
      { id: 'in-2', name: 'Stock', requirements: '', supplier: 'Warehouse' },
    ]);
    expect(content.outputs.map((output) => [output.name, output.consumer])).toEqual([
      ['Confirmed order', 'Sales'],
      ['Parcel', 'Customer'],
    ]);
    expect(content.flowchart.steps.map((step) => step.label)).toEqual(['Receive order', 'Pick and pack']);
  });

  it('reads the questions of a turtle diagram as sections', () => {
    const { content } = importOne(
      '# Shipping\n\n## Scope\nAll shipments.\n\nWith what?\tTrucks; ERP\nHow?\tShipping procedure SP-3\nHow many?\tOn-time delivery, damage rate\n',
    );
    expect(content.resources.map((item) => item.text)).toEqual(['Trucks', 'ERP']);
    expect(content.managementActions.map((item) => item.text)).toEqual(['Shipping procedure SP-3']);
    expect(content.kpis.map((kpi) => kpi.name)).toEqual(['On-time delivery', 'damage rate']);
  });
});
