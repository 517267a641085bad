// Whether this window is a support session (opened with a read-only support link): Diagnostics only, nothing
// that changes the home. main.tsx decides it from the address; screens read it to hide what would be refused.
import { createContext, useContext } from 'react';

export const SupportModeContext = createContext(false);
export const useSupportMode = () => useContext(SupportModeContext);
