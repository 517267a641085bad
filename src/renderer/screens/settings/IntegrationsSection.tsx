// Settings → Integrations: each integration's own settings part (MQTT: the broker and its devices), from the
// renderer's integration registry; a stack adds one by declaring `settings` in its integrations/<stack>/index.ts.
import { integrations } from '../../integrations';

export function IntegrationsSection() {
  const parts = integrations.filter((i) => i.settings);
  return (
    <>
      {parts.map((i) => {
        const { title, component: Part } = i.settings!;
        const id = `integration-${i.protocol}-title`;
        return (
          <section key={i.protocol} aria-labelledby={id} className="integration-settings">
            <h3 id={id}>{title}</h3>
            <Part />
          </section>
        );
      })}
    </>
  );
}
