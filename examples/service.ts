// Customer service in the morning: who converts inquiries, who trails the team, what it costs.
// Run: npx tsx examples/service.ts
import { buyerInquiryMix, scoreAgents, serviceFindings } from 'storeops/service';

// Yesterday's numbers per agent (赤兔 / 生意参谋 服务 export): inquiries, buyers, amount, response time.
export const agents = [
  { id: 'xiaomei', name: '小美', inquirers: 120, inquiryBuyers: 84, paidAmount: '16800.00', firstResponseSeconds: 8 },
  { id: 'ajie', name: '阿杰', inquirers: 150, inquiryBuyers: 75, paidAmount: '14250.00', firstResponseSeconds: 15 },
  { id: 'lili', name: '莉莉', inquirers: 90, inquiryBuyers: 27, paidAmount: '5400.00', firstResponseSeconds: 32 },
  { id: 'intern', name: '实习生', inquirers: 6, inquiryBuyers: 1, paidAmount: '199.00', firstResponseSeconds: 50 },
];

export const scored = scoreAgents(agents, { categoryAverage: { inquiryConversionRate: 0.5 }, locale: 'en' });
export const findings = serviceFindings(agents, { categoryAverage: { inquiryConversionRate: 0.5 }, locale: 'en' });
export const mix = buyerInquiryMix({ buyers: 520, inquiryBuyers: 187, visitors: 16000, inquirers: 366 });

console.log(`Team inquiry conversion: ${((scored.team.inquiryConversionRate ?? 0) * 100).toFixed(1)}% (best: ${scored.team.bestAgentId})`);
for (const a of scored.agents) console.log(`- ${a.name}: ${a.checks[0]?.message}`);
for (const advice of scored.advice) console.log(`Advice: ${advice.message}`);
for (const f of findings) console.log(`[${f.severity}] ${f.message}${f.moneyAtStake ? ` (¥${f.moneyAtStake.toFixed(2)})` : ''}`);
console.log(`Silent buyers: ${((mix.silentBuyerShare ?? 0) * 100).toFixed(1)}% of buyers, silent conversion ${((mix.silentConversionRate ?? 0) * 100).toFixed(2)}%`);
