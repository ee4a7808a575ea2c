import { crc32, deflateRawSync } from "node:zlib";

export type ZipWriter = {
  // The bytes of one entry (local header and deflated data), to be written now.
  file: (path: string, content: Uint8Array) => Uint8Array;
  // The central directory and end record, after the last file.
  end: () => Uint8Array;
};

// Every entry is dated 1980-01-01 00:00 (the format's epoch), so the same
// files give the same archive bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 1 << 11;
const LIMIT = 0xffff_ffff;

/**
 * A streaming zip (deflate, no ZIP64): each file is known whole when added
 * (brat's .txt and .ann of one article), so its CRC and sizes go in the local
 * header and no data descriptors are needed; only the central directory
 * entries (a few dozen bytes per file) stay in memory until the end.
 */
export function createZipWriter(): ZipWriter {
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  return {
    file(path, content) {
      const name = Buffer.from(path, "utf8");
      const data = deflateRawSync(content);
      const crc = crc32(content);
      if (offset + 30 + name.length + data.length > LIMIT || content.length > LIMIT || count >= 0xffff) {
        throw new Error("The archive would exceed 4 GiB or 65,535 files; export fewer articles at a time.");
      }
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4); // version needed: deflate
      local.writeUInt16LE(UTF8_NAMES, 6);
      local.writeUInt16LE(8, 8); // method: deflate
      local.writeUInt16LE(DOS_TIME, 10);
      local.writeUInt16LE(DOS_DATE, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(content.length, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4); // made by: MS-DOS, version 2.0
      local.copy(entry, 6, 4, 30); // the same fields from "version needed" to the name length
      // extra, comment, disk, internal and external attributes stay zero
      entry.writeUInt32LE(offset, 42);
      central.push(entry, name);
      offset += local.length + name.length + data.length;
      count += 1;
      return Buffer.concat([local, name, data]);
    },
    end() {
      const directory = Buffer.concat(central);
      const record = Buffer.alloc(22);
      record.writeUInt32LE(0x06054b50, 0);
      record.writeUInt16LE(count, 8);
      record.writeUInt16LE(count, 10);
      record.writeUInt32LE(directory.length, 12);
      record.writeUInt32LE(offset, 16);
      return Buffer.concat([directory, record]);
    },
  };
}
