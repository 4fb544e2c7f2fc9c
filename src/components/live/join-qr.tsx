import { useMemo } from 'react';
import { encode } from 'uqr';
import './join-qr.css';

/**
 * The join address as a QR code, drawn as one SVG path (dark modules on white, a four-module quiet
 * zone) so it scales sharply to a projector and scans from the back of the room.
 */
export function JoinQr({
  address,
  label,
  className,
}: {
  address: string;
  label: string;
  className?: string;
}) {
  const { size, path } = useMemo(() => {
    const qr = encode(address, { ecc: 'M', border: 4 });
    const parts: string[] = [];
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
      }),
    );
    return { size: qr.size, path: parts.join('') };
  }, [address]);
  return (
    <svg
      className={className ?? 'join-qr'}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/**
 * The room's join address as a QR code and as a link (for whoever cannot scan), in the block every
 * screen that opens a room for phones shows.
 */
export function JoinLink({
  address,
  qrLabel,
  addressLabel,
  className,
  qrClassName,
}: {
  address: string;
  qrLabel: string;
  addressLabel: string;
  className: string;
  qrClassName?: string;
}) {
  return (
    <div className={className}>
      <JoinQr address={address} label={qrLabel} className={qrClassName} />
      <p>
        {addressLabel}{' '}
        <a href={address} className="live-address" target="_blank" rel="noreferrer">
          {address}
        </a>
      </p>
    </div>
  );
}
