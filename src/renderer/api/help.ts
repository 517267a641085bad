// Help: the knowledge base, guided troubleshooting and support tickets (kept on this computer).
import type { TicketStatus, TroubleshootFlow } from '../../shared/contract';
import type { z } from 'zod';
import type { Client } from './client';

export const searchHelp = (c: Client, query: string) => c.call('help.search', { query, limit: 20 });
export const listArticles = (c: Client) => c.call('help.articles', {});
export const readArticle = (c: Client, id: string) => c.call('help.article', { id });
export const runTroubleshooter = (c: Client, flow: TroubleshootFlow, target: { deviceId?: string; ruleId?: string }) => c.call('help.troubleshoot', { flow, ...target });
export const createTicket = (c: Client, title: string, description: string, attachBundle: boolean) => c.call('tickets.create', { title, description, attachBundle });
export const listTickets = (c: Client) => c.call('tickets.list', {});
export const setTicketStatus = (c: Client, id: string, status: z.infer<typeof TicketStatus>) => c.call('tickets.setStatus', { id, status });
export const exportTicket = (c: Client, id: string) => c.call('tickets.export', { id });
