import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
for (const path of process.argv.slice(2)) {
  await p.goto('http://127.0.0.1:3100' + path); await p.waitForLoadState('networkidle');
  const urls = await p.evaluate(() => [...new Set(performance.getEntriesByType('resource').map(e=>e.name).filter(n=>/\.js(\?|$)/.test(n)))]);
  let tot=0; const rows=[];
  for (const u of urls) { const body = await (await p.request.get(u)).body(); const g=gzipSync(body).byteLength; tot+=g; rows.push([u.split('/').pop(), (g/1024).toFixed(1), (body.length/1024).toFixed(1)]); }
  console.log(path, (tot/1024).toFixed(1)); rows.sort((a,b)=>b[1]-a[1]).forEach(r=>console.log('  ',r.join(' ')));
}
await b.close();
