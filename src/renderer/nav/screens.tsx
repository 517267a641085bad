// The app's screens, in navigation order. Add a screen here to give it a place in the sidebar.
import { Activity, Cpu, House, PiggyBank, RadioTower, Settings, ShieldCheck, Workflow } from 'lucide-react';
import type { ComponentType } from 'react';
import type { RequestName, Whoami } from '../../shared/contract';
import { mayCall } from '../api/household';
import { AutomationsScreen } from '../screens/automations/AutomationsScreen';
import { DevicesScreen } from '../screens/devices/DevicesScreen';
import { AlertsBadge } from '../screens/diagnostics/AlertsTab';
import { DiagnosticsScreen } from '../screens/diagnostics/DiagnosticsScreen';
import { HomeScreen } from '../screens/home/HomeScreen';
import { PrivacyScreen } from '../screens/privacy/PrivacyScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { RadiosScreen } from '../screens/radios/RadiosScreen';
import { BriefcaseBusiness, CreditCard } from 'lucide-react';
import { BusinessScreen } from '../screens/business/BusinessScreen';
import { SubscriptionScreen } from '../screens/subscription/SubscriptionScreen';
import { ValueScreen } from '../screens/value/ValueScreen';

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
