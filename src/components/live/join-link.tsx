import { JoinQr } from './join-qr';

interface JoinLinkProps {
  address: string;
  qrLabel: string;
  /** The words before the address, e.g. "Eller skriv adressen:". */
  addressLabel: string;
  className: string;
  qrClassName?: string;
}

/** The room's join address as a QR code and as a link whose text is the address. */
export function JoinLink({ address, qrLabel, addressLabel, className, qrClassName }: JoinLinkProps) {
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
