import { test } from 'vitest';
import { parseSig, sigToDirections } from '../../../src/lib/pharmacy/sig';
test('x', () => { for (const s of ['1 tab po bid x 10d','1 TAB PO BID X10D','1-2 tabs po q4-6h prn pain','2 tabs po daily x 1d, then 1 tab po daily x 4d','gtt ii ou qid','ii gtt os tid x7d','1 tab po qd','1 tab po od','10 u subq qhs','ss tab po hs','.5 mg po qod','1.0 mg po daily','apply aaa bid','2 puffs inh q4h prn sob','1 supp pr q6h prn n/v','1 tab sl q5min prn chest pain max 3 doses','MS 10 mg iv q4h','1 cap po tid ac','1 tab po qd with a full glass of water','1 tab po q6pm','1 tab po q.i.d. p.c. & h.s.','i tab po stat','1 tsp po q8h x 10 days','2 sprays each nostril daily','1-2 tabs po q4-6h prn pain max 8 tabs/day', 'take 1 tablet by mouth twice daily for 10 days', '1 tab po daily for blood pressure','zz','1 tab sl q5min prn cp max 3 doses','1 tab po q.i.d. p.c. & h.s.','2 puffs inh q4h prn sob']) {
  const r = sigToDirections(s); const p = parseSig(s);
  console.log(JSON.stringify(s), '=>', r.ok ? r.value : 'ERR: '+r.error, '| dpd', p.ok ? p.value.dosesPerDay : '-', p.ok ? p.value.warnings.map(w=>w.id+':'+w.token).join(',') : '');
}
});
