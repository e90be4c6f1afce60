const dist = process.argv[2];
const { generateDataset } = await import(`${dist}/dataset/index.js`);
const { DealIndex } = await import(`${dist}/crm/selection.js`);
const ds = generateDataset({ deals: 100000 });
const deals = ds.opportunities;
globalThis.gc?.();
const cpu = () => process.cpuUsage().user / 1000;
for (let r = 0; r < 3; r++) { const t = cpu(); new DealIndex(deals, () => []); console.log(dist.split('/').pop(), 'index cpu', (cpu() - t).toFixed(0)); }
let t = cpu(); Float64Array.from(deals, (d) => (d.stage?.stageType === 'Open' ? d.expectedCloseDate : d.actualCloseDate)?.epochMs ?? 0); console.log('closeDates', (cpu()-t).toFixed(0));
t = cpu(); deals.map((d) => d.responsible.id.toLowerCase()); console.log('responsibles', (cpu()-t).toFixed(0));
