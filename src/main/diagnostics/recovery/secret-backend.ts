// Which protection secrets get in the desktop app. Electron's safeStorage encrypts with the system keychain —
// except on Linux without a keyring (no Secret Service, no KWallet), where it reports the `basic_text` backend
// and "encrypts" with a fixed, public key. Hearth does not pretend that is encryption: it falls back to the
// key-file store (AES-256-GCM, key in a 0600 file in the data folder) and says so in Settings. Electron stays
// behind this interface (src/main/electron/main.ts passes the real safeStorage; tests pass a fake).
import type { SecretCodec } from '../../secrets';

/** The part of Electron's safeStorage Hearth uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only: 'basic_text', 'gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6' or 'unknown'. */
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface SecretBackendChoice {
  /** The codec to seal secrets with; undefined: the key-file store. */
  codec: SecretCodec | undefined;
  /** Codecs an existing secrets file may have been written with (re-sealed with the chosen one). */
  readers: SecretCodec[];
  /** Linux's safeStorage backend, when known. */
  backend: string | null;
  /** Why secrets are not in the system keychain, in words for Settings; null when they are. */
  note: string | null;
}

function safeStorageCodec(safe: SafeStorageLike): SecretCodec {
  return {
    id: 'electron-safe-storage',
    encode: (plain) => safe.encryptString(plain.toString('base64')),
    decode: (stored) => Buffer.from(safe.decryptString(stored), 'base64'),
  };
}

const NO_KEYRING_NEXT = 'To keep them in your keychain instead, install and unlock a keyring (GNOME Keyring or KWallet) and start Hearth again.';

export function chooseSecretBackend(safe: SafeStorageLike, platform: NodeJS.Platform): SecretBackendChoice {
  if (!safe.isEncryptionAvailable()) {
    return {
      codec: undefined,
      readers: [],
      backend: null,
      note: `Your system keychain is not available, so secrets are sealed with a key file in the data folder (readable by you only). ${NO_KEYRING_NEXT}`,
    };
  }
  const backend = platform === 'linux' ? (safe.getSelectedStorageBackend?.() ?? 'unknown') : null;
  if (backend === 'basic_text' || backend === 'unknown') {
    // Secrets an earlier version sealed with basic_text can still be read, and are re-sealed with the key file.
    return {
      codec: undefined,
      readers: [safeStorageCodec(safe)],
      backend,
      note: `No keyring was found (Electron's safe storage reports "${backend}", which is not encryption), so secrets are sealed with a key file in the data folder (readable by you only). ${NO_KEYRING_NEXT}`,
    };
  }
  return { codec: safeStorageCodec(safe), readers: [], backend, note: null };
}
