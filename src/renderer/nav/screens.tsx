// The app's screens, in navigation order. Add a screen here to give it a place in the sidebar.
import { Activity, Cpu, House, PiggyBank, RadioTower, Settings, ShieldCheck, Workflow } from 'lucide-react';
import type { ComponentType } from 'react';
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
}

export const screens: ScreenDef[] = [
  { path: '', label: 'Home', icon: House, component: HomeScreen },
  { path: 'devices', label: 'Devices', icon: Cpu, component: DevicesScreen },
  { path: 'radios', label: 'Radios', icon: RadioTower, component: RadiosScreen },
  { path: 'automations', label: 'Automations', icon: Workflow, component: AutomationsScreen },
  { path: 'value', label: 'Value', icon: PiggyBank, component: ValueScreen },
  { path: 'diagnostics', label: 'Diagnostics', icon: Activity, component: DiagnosticsScreen, badge: AlertsBadge },
  { path: 'privacy', label: 'Privacy', icon: ShieldCheck, component: PrivacyScreen },
  { path: 'subscription', label: 'Subscription', icon: CreditCard, component: SubscriptionScreen },
  { path: 'business', label: 'Business', icon: BriefcaseBusiness, component: BusinessScreen },
  { path: 'settings', label: 'Settings', icon: Settings, component: SettingsScreen },
];
