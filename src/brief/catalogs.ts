import { coreMessages, type MessageCatalog } from '../core/i18n.js';
import { adsMessages } from '../ads/messages.js';
import { dsrMessages } from '../dsr/messages.js';
import { funnelMessages } from '../funnel/messages.js';
import { goalsMessages } from '../goals/messages.js';
import { membersMessages } from '../members/messages.js';
import { pageHealthMessages } from '../page-health/messages.js';
import { serviceMessages } from '../service/messages.js';
import { stockMessages } from '../stock/messages.js';
import { checksMessages } from '../checks/messages.js';
import { rivalsMessages } from '../rivals/messages.js';
import { salesCurveMessages } from '../roles/salesCurveMessages.js';
import { briefMessages } from './messages.js';

/** Every catalog a brief's messages come from, module catalogs first and the brief's last. @internal */
export function briefCatalogs(): readonly MessageCatalog[] {
  return [coreMessages, goalsMessages, funnelMessages, adsMessages, pageHealthMessages, dsrMessages, serviceMessages, stockMessages, membersMessages, checksMessages, salesCurveMessages, rivalsMessages, briefMessages];
}
