import { screens } from './screens';
import { useRoute } from './router';

export function Sidebar() {
  const route = useRoute();
  return (
    <nav className="sidebar" aria-label="Main">
      <ul>
        {screens.map((s) => {
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
