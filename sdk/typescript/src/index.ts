/** @partnerdesk/sdk: a thin typed client for the partnerdesk API, generated from its OpenAPI contract. */
export {
  createClient,
  etagOf,
  PartnerdeskError,
  type ClientOptions,
  type PartnerdeskClient,
  type Problem,
  type RetryOptions,
  type WriteOptions,
  type components,
  type paths,
} from './client.js';
export {
  followEvents,
  paginate,
  type Event,
  type FollowOptions,
  type ListItem,
  type ListParams,
  type ListPath,
} from './lists.js';
export { verifyWebhook, WebhookVerificationError, type WebhookEvent } from './webhooks.js';
