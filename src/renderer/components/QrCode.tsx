// A QR code drawn as an SVG path (qrcode computes the modules; nothing is fetched, no inline styles or markup).
import QRCode from 'qrcode';
import { useMemo } from 'react';

const QUIET = 4; // modules of white border scanners need

export function QrCode({ text, label, size = 168 }: { text: string; label: string; size?: number }) {
  const { path, extent } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
    }
    return { path: d, extent: modules.size + 2 * QUIET };
  }, [text]);
  return (
    <svg className="qr" role="img" aria-label={label} viewBox={`0 0 ${extent} ${extent}`} width={size} height={size} shapeRendering="crispEdges">
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
