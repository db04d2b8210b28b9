/** Partner Center's partner kinds: who bills the customer and who escalates for whom (R5). */
export const partnerKinds = ['direct', 'indirect_provider', 'indirect_reseller'] as const;
export type PartnerKind = (typeof partnerKinds)[number];

export const competencies = ['none', 'action_pack', 'silver', 'gold'] as const;
export type Competency = (typeof competencies)[number];
