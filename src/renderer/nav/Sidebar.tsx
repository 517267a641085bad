import { useHome } from '../store/context';
import { screensFor } from './screens';
import { useRoute } from './router';

export function Sidebar() {
  const route = useRoute();
  const session = useHome((s) => s.session);
  return (
    <nav className="sidebar" aria-label="Main">
      <ul>
        {screensFor(session).map((s) => {
          const Icon = s.icon;
          const Badge = s.badge;
          const active = route === s.path;
          return (
            <li key={s.path}>
              <a href={`#/${s.path}`} aria-current={active ? 'page' : undefined} className={active ? 'active' : undefined}>
                <Icon size={18} aria-hidden={true} />
                <span>{s.label}</span>
                {Badge && <Badge />}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
