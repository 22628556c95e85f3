import type { FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

/** Deflate on libuv's thread pool: a large journal.json never holds up the main process's thread. */
const deflateRawOffThread = promisify(deflateRaw);

/** Anything at or past this offset or size needs zip64 fields. */
const ZIP32_LIMIT = 0xffffffff;
const UTF8_NAMES = 0x0800;
const STORE = 0;
const DEFLATE = 8;

interface CentralRecord {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** MS-DOS time and date, as zip headers keep them (local time of day, two-second steps). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** An entry bigger than a zip32 entry may be: attachments are far smaller, so it is refused, not written. */
export class ZipEntryTooLarge extends Error {
  constructor(name: string) {
    super(`${name} is too large for one zip entry`);
  }
}

/**
 * Writes a zip into a file the caller opened, entry by entry, with Node's own CRC-32 and deflate:
 * the main process's archive writer. Stored entries (attachments: scans and photos do not
 * compress) are copied in large pieces and their header's CRC and sizes written in afterwards
 * (the file is written at known offsets, so no data descriptors are needed). Offsets past 4 GiB get
 * zip64 fields, so an archive may be as large as the journal's attachments are.
 */
export class ZipFileWriter {
  private at = 0;
  private readonly central: CentralRecord[] = [];
  private readonly stamp: { time: number; date: number };

  constructor(
    private readonly handle: FileHandle,
    { now = new Date(), zip64From = ZIP32_LIMIT }: { now?: Date; /** For tests: where zip64 begins. */ zip64From?: number } = {},
  ) {
    this.stamp = dosDateTime(now);
    this.zip64From = zip64From;
  }
  private readonly zip64From: number;

  /** Bytes written so far: where the next entry begins. */
  get size(): number {
    return this.at;
  }

  private async writeAt(bytes: Uint8Array, position: number): Promise<void> {
    for (let done = 0; done < bytes.length; ) {
      const { bytesWritten } = await this.handle.write(bytes, done, bytes.length - done, position + done);
      done += bytesWritten;
    }
  }

  private async append(bytes: Uint8Array): Promise<void> {
    await this.writeAt(bytes, this.at);
    this.at += bytes.length;
  }

  private localHeader(name: Uint8Array, method: number, crc: number, compressedSize: number, size: number): Uint8Array {
    const header = Buffer.alloc(30 + name.length);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(compressedSize, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(0, 28);
    header.set(name, 30);
    return header;
  }

  /** An entry held in memory (journal.json, the manifest), deflated when asked. */
  async addBytes(entryName: string, bytes: Uint8Array, { deflate = false }: { deflate?: boolean } = {}): Promise<void> {
    if (bytes.length >= ZIP32_LIMIT) throw new ZipEntryTooLarge(entryName);
    const name = new TextEncoder().encode(entryName);
    const body = deflate ? await deflateRawOffThread(bytes, { level: 6 }) : bytes;
    const crc = crc32(bytes);
    const offset = this.at;
    await this.append(this.localHeader(name, deflate ? DEFLATE : STORE, crc, body.length, bytes.length));
    await this.append(body);
    this.central.push({ name, method: deflate ? DEFLATE : STORE, crc, compressedSize: body.length, size: bytes.length, offset });
  }

  /**
   * A stored entry whose bytes arrive in pieces (an attachment read from its file). Each piece is
   * written before the next is asked for; `onPiece` sees each (to hash it, to count progress).
   * Returns the entry's size.
   */
  async addPieces(entryName: string, pieces: AsyncIterable<Uint8Array>, onPiece?: (piece: Uint8Array) => void): Promise<number> {
    await this.settleWrites();
    const name = new TextEncoder().encode(entryName);
    const offset = this.at;
    // The header first with a zero CRC and sizes; both are written in once the bytes are through.
    await this.append(this.localHeader(name, STORE, 0, 0, 0));
    let crc = 0;
    let size = 0;
    for await (const piece of pieces) {
      size += piece.length;
      if (size >= ZIP32_LIMIT) throw new ZipEntryTooLarge(entryName);
      crc = crc32(piece, crc);
      onPiece?.(piece);
      await this.append(piece);
    }
    const fields = Buffer.alloc(12);
    fields.writeUInt32LE(crc >>> 0, 0);
    fields.writeUInt32LE(size, 4);
    fields.writeUInt32LE(size, 8);
    await this.writeAt(fields, offset + 14);
    this.central.push({ name, method: STORE, crc, compressedSize: size, size, offset });
    return size;
  }

  /** Writes of whole entries (addWhole) still under way, oldest first. */
  private readonly writing: Promise<void>[] = [];

  /**
   * A stored entry whose bytes are at hand (an attachment read whole): its header, with the CRC
   * already known, and its bytes go to the file in one write, which is started and not waited for,
   * so the next entry is read and hashed while this one is written (at most `inFlight` at once;
   * `finish` waits for the rest). The caller must not change `bytes` afterwards.
   */
  async addWhole(entryName: string, bytes: Uint8Array, inFlight = 2): Promise<void> {
    if (bytes.length >= ZIP32_LIMIT) throw new ZipEntryTooLarge(entryName);
    while (this.writing.length >= inFlight) await this.writing.shift();
    const name = new TextEncoder().encode(entryName);
    const crc = crc32(bytes);
    const offset = this.at;
    const header = this.localHeader(name, STORE, crc, bytes.length, bytes.length);
    this.at += header.length + bytes.length;
    this.central.push({ name, method: STORE, crc, compressedSize: bytes.length, size: bytes.length, offset });
    const write = this.writeAt(header, offset).then(() => this.writeAt(bytes, offset + header.length));
    // Waited for by the next entries or `finish`; an archive abandoned before then is discarded whole.
    write.catch(() => undefined);
    this.writing.push(write);
  }

  /** Waits for the whole entries still being written (a failed write fails here). */
  private async settleWrites(): Promise<void> {
    const pending = this.writing.splice(0);
    await Promise.all(pending);
  }

  /** The central directory and its end records (zip64 ones when offsets or the count need them). Returns the archive's size. */
  async finish(): Promise<number> {
    await this.settleWrites();
    const directoryOffset = this.at;
    const parts: Buffer[] = [];
    for (const record of this.central) {
      const zip64Offset = record.offset >= this.zip64From;
      const header = Buffer.alloc(46 + record.name.length + (zip64Offset ? 12 : 0));
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(zip64Offset ? 45 : 20, 4);
      header.writeUInt16LE(zip64Offset ? 45 : 20, 6);
      header.writeUInt16LE(UTF8_NAMES, 8);
      header.writeUInt16LE(record.method, 10);
      header.writeUInt16LE(this.stamp.time, 12);
      header.writeUInt16LE(this.stamp.date, 14);
      header.writeUInt32LE(record.crc >>> 0, 16);
      header.writeUInt32LE(record.compressedSize, 20);
      header.writeUInt32LE(record.size, 24);
      header.writeUInt16LE(record.name.length, 28);
      header.writeUInt16LE(zip64Offset ? 12 : 0, 30);
      // Comment length, disk, internal and external attributes: all 0.
      header.writeUInt32LE(zip64Offset ? ZIP32_LIMIT : record.offset, 42);
      header.set(record.name, 46);
      if (zip64Offset) {
        const extra = 46 + record.name.length;
        header.writeUInt16LE(0x0001, extra);
        header.writeUInt16LE(8, extra + 2);
        header.writeBigUInt64LE(BigInt(record.offset), extra + 4);
      }
      parts.push(header);
    }
    const directory = Buffer.concat(parts);
    await this.append(directory);
    const count = this.central.length;
    const needsZip64 = directoryOffset >= this.zip64From || this.at >= this.zip64From || count >= 0xffff;
    if (needsZip64) {
      const recordOffset = this.at;
      const record = Buffer.alloc(56);
      record.writeUInt32LE(0x06064b50, 0);
      record.writeBigUInt64LE(44n, 4);
      record.writeUInt16LE(45, 12);
      record.writeUInt16LE(45, 14);
      record.writeBigUInt64LE(BigInt(count), 24);
      record.writeBigUInt64LE(BigInt(count), 32);
      record.writeBigUInt64LE(BigInt(directory.length), 40);
      record.writeBigUInt64LE(BigInt(directoryOffset), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeBigUInt64LE(BigInt(recordOffset), 8);
      locator.writeUInt32LE(1, 16);
      await this.append(Buffer.concat([record, locator]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, 0xffff), 8);
    end.writeUInt16LE(Math.min(count, 0xffff), 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(needsZip64 ? ZIP32_LIMIT : directoryOffset, 16);
    await this.append(end);
    return this.at;
  }
}
