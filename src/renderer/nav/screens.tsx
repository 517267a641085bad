// The app's screens, in navigation order. Add a screen here to give it a place in the sidebar.
import { Activity, Cpu, House, PiggyBank, RadioTower, Settings, ShieldCheck, Workflow } from 'lucide-react';
import type { ComponentType } from 'react';
import type { RequestName, Whoami } from '../../shared/contract';
import { mayCall } from '../api/household';
import { lazy } from 'react';
import { DevicesScreen } from '../screens/devices/DevicesScreen';
import { AlertsBadge } from '../screens/diagnostics/AlertsTab';
import { HomeScreen } from '../screens/home/HomeScreen';
import { BriefcaseBusiness, CreditCard } from 'lucide-react';

// Home and Devices are in the first bundle (the window opens on one of them); every other screen is its own
// chunk, loaded when first opened (App.tsx shows "Opening…" meanwhile), so a window starts without parsing them.
const AutomationsScreen = lazy(() => import('../screens/automations/AutomationsScreen').then((m) => ({ default: m.AutomationsScreen })));
const DiagnosticsScreen = lazy(() => import('../screens/diagnostics/DiagnosticsScreen').then((m) => ({ default: m.DiagnosticsScreen })));
const PrivacyScreen = lazy(() => import('../screens/privacy/PrivacyScreen').then((m) => ({ default: m.PrivacyScreen })));
const SettingsScreen = lazy(() => import('../screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const RadiosScreen = lazy(() => import('../screens/radios/RadiosScreen').then((m) => ({ default: m.RadiosScreen })));
const BusinessScreen = lazy(() => import('../screens/business/BusinessScreen').then((m) => ({ default: m.BusinessScreen })));
const SubscriptionScreen = lazy(() => import('../screens/subscription/SubscriptionScreen').then((m) => ({ default: m.SubscriptionScreen })));
const ValueScreen = lazy(() => import('../screens/value/ValueScreen').then((m) => ({ default: m.ValueScreen })));

export interface ScreenDef {
  path: string;
  label: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
  component: ComponentType;
  /** Shown beside the label (e.g. how many alerts there are). */
  badge?: ComponentType;
  /** The request the screen cannot do without: a person who may not make it (a guest, a member for owner-only
   *  screens) does not see the screen. None: everyone. */
  needs?: RequestName;
}

export const screens: ScreenDef[] = [
  { path: '', label: 'Home', icon: House, component: HomeScreen },
  { path: 'devices', label: 'Devices', icon: Cpu, component: DevicesScreen, needs: 'devices.rename' },
  { path: 'radios', label: 'Radios', icon: RadioTower, component: RadiosScreen, needs: 'radios.list' },
  { path: 'automations', label: 'Automations', icon: Workflow, component: AutomationsScreen, needs: 'automations.list' },
  { path: 'value', label: 'Value', icon: PiggyBank, component: ValueScreen, needs: 'value.report' },
  { path: 'diagnostics', label: 'Diagnostics', icon: Activity, component: DiagnosticsScreen, badge: AlertsBadge, needs: 'health.system' },
  { path: 'privacy', label: 'Privacy', icon: ShieldCheck, component: PrivacyScreen, needs: 'privacy.overview' },
  { path: 'subscription', label: 'Subscription', icon: CreditCard, component: SubscriptionScreen, needs: 'subscription.status' },
  { path: 'business', label: 'Business', icon: BriefcaseBusiness, component: BusinessScreen, needs: 'business.figures' },
  { path: 'settings', label: 'Settings', icon: Settings, component: SettingsScreen, needs: 'settings.list' },
];

/** The screens this window's person may use, in order. */
export const screensFor = (session: Whoami): ScreenDef[] => screens.filter((s) => !s.needs || mayCall(session, s.needs));
