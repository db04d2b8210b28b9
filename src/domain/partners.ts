/** Partner Center's partner kinds: who bills the customer and who escalates for whom (R5). */
export const partnerKinds = ['direct', 'indirect_provider', 'indirect_reseller'] as const;
export type PartnerKind = (typeof partnerKinds)[number];

export const competencies = ['none', 'action_pack', 'silver', 'gold'] as const;
export type Competency = (typeof competencies)[number];

/** How the partner delivers support (R6, 002): itself, through another company, or resold. */
export const deliveryModels = ['in_house', 'outsourced', 'resold'] as const;
export type DeliveryModel = (typeof deliveryModels)[number];

/** Where customers are pointed to help themselves before raising a request (004). */
export const selfHelpLinkKinds = ['documentation', 'status_page', 'training'] as const;
export type SelfHelpLinkKind = (typeof selfHelpLinkKinds)[number];

/** Who delivers support is named exactly when the partner does not deliver it itself. */
export function deliveryProviderError(model: DeliveryModel | null, provider: string | null): string | undefined {
  if (model && model !== 'in_house' && !provider) return `is required when support is ${model}`;
  if ((!model || model === 'in_house') && provider) return 'is only for outsourced or resold support';
  return undefined;
}
