// Support tickets, kept on this computer: describe the problem (the support bundle is attached), see them with
// their status, set the status yourself, and export one file to send. Nothing is sent by Hearth.
import { useEffect, useState } from 'react';
import type { Ticket } from '../../../shared/contract';
import { createTicket, exportTicket, listTickets, setTicketStatus } from '../../api/help';
import { useCall } from '../../api/useCall';
import { saveFile } from '../../components/save-file';

export function TicketsTab() {
  const [tickets, setTickets] = useState<Ticket[]>([]);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [attach, setAttach] = useState(true);
  const load = useCall(listTickets).run;
  const create = useCall(createTicket);
  const status = useCall(setTicketStatus).run;
  const exp = useCall(exportTicket).run;

  useEffect(() => {
    void load().then((t) => t && setTickets(t));
  }, [load]);

  const submit = async () => {
    const t = await create.run(title, description, attach);
    if (!t) return;
    setTitle('');
    setDescription('');
    setTickets((list) => [t, ...list]);
  };

  return (
    <section className="tickets-tab" aria-label="Tickets">
      <p className="muted">Tickets stay on this computer. Export one and send the file to support yourself.</p>
      <form className="ticket-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <input aria-label="Title" placeholder="What is wrong, in a few words" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        <textarea aria-label="Description" placeholder="What happened, when, what you tried" value={description} onChange={(e) => setDescription(e.target.value)} rows={4} />
        <label>
          <input type="checkbox" checked={attach} onChange={(e) => setAttach(e.target.checked)} /> Attach the support bundle (names and keys hashed)
        </label>
        <button type="submit" className="button primary" disabled={create.busy || title.trim() === ''}>
          {create.busy ? 'Creating…' : 'Create ticket'}
        </button>
      </form>
      <table className="table tickets-list" aria-label="Your tickets">
        <thead><tr><th>Created</th><th>Title</th><th>Bundle</th><th>Status</th><th /></tr></thead>
        <tbody>
          {tickets.map((t) => (
            <tr key={t.id}>
              <td>{new Date(t.createdAt).toLocaleString()}</td>
              <td title={t.description}>{t.title}</td>
              <td>{t.bundle ? `${Math.ceil(t.bundle.bytes / 1024)} KB` : <span className="muted" title={t.note ?? ''}>none</span>}</td>
              <td>
                <select aria-label={`Status of ${t.title}`} value={t.status} onChange={(e) => void status(t.id, e.target.value as Ticket['status']).then((u) => u && setTickets((l) => l.map((x) => (x.id === u.id ? u : x))))}>
                  <option value="open">Open</option>
                  <option value="sent">Sent</option>
                  <option value="closed">Closed</option>
                </select>
              </td>
              <td>
                <button type="button" className="link-button" onClick={() => void exp(t.id).then((f) => f && saveFile(f.fileName, f.base64, 'application/json'))}>Export</button>
              </td>
            </tr>
          ))}
          {tickets.length === 0 && <tr><td colSpan={5} className="muted">No tickets yet.</td></tr>}
        </tbody>
      </table>
    </section>
  );
}
