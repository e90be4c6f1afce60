const dist = process.argv[2];
const { generateDataset } = await import(`${dist}/dataset/index.js`);
const { Store } = await import(`${dist}/crm/store.js`);
const cpu = () => process.cpuUsage().user / 1000;
let t = cpu(); const t0 = performance.now();
const ds = generateDataset({ deals: 100000 });
const g = cpu() - t; t = cpu();
new Store(ds);
console.log(dist.split('/').pop(), 'generate cpu', g.toFixed(0), 'store cpu', (cpu() - t).toFixed(0), 'wall', (performance.now() - t0).toFixed(0), 'heap MB', (process.memoryUsage().heapUsed / 1e6).toFixed(0));
