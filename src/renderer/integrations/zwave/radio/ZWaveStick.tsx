// The Z-Wave card on Radios: choosing another stick (every Z-Wave stick speaks the same serial API).
import { StickSetup } from '../../../components/StickSetup';

export function ZWaveStick() {
  return <StickSetup protocol="zwave" />;
}
