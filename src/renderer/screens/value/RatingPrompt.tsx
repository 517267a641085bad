// The occasional "How is Hearth doing for you?" prompt: shown only when the core says to ask (the
// usage-statistics consent is on and it has not asked for a while), dismissible, kept on this computer.
import { selectAskRating } from '../../store/value';
import { useValue } from '../../store/context';

export function RatingPrompt() {
  const ask = useValue(selectAskRating);
  const thanked = useValue((s) => s.thanked);
  const rate = useValue((s) => s.rate);
  const dismiss = useValue((s) => s.dismissRating);
  if (thanked) return <p className="value-rating thanks" role="status">Thank you. Your rating stays on this computer.</p>;
  if (!ask) return null;
  return (
    <section className="value-rating" aria-labelledby="rating-title">
      <h2 id="rating-title">How happy are you with Hearth?</h2>
      <div role="group" aria-label="Your rating, 1 (not at all) to 5 (very)">
        {[1, 2, 3, 4, 5].map((n) => (
          <button key={n} type="button" className="button small" onClick={() => void rate(n)} aria-label={`${n} of 5`}>
            {'★'.repeat(n)}
          </button>
        ))}
        <button type="button" className="button small link" onClick={() => void dismiss()}>
          Not now
        </button>
      </div>
      <p className="muted small">Asked now and then because usage statistics are on (Privacy). Kept on this computer only.</p>
    </section>
  );
}
