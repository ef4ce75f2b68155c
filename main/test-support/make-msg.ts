import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner';

/**
 * Test helper: an Outlook .msg file laid out as MS-OXMSG specifies (a compound file with one
 * __substg1.0_ stream per property, recipient and attachment storages, property streams), burnt
 * with the compound-file writer that ships inside @kenjiuno/msgreader. No real .msg could be
 * found in a registry package's test data, so the tests build one to the specification.
 */
export interface MsgInput {
  subject: string;
  body: string;
  senderName: string;
  senderEmail: string;
  to: { name: string; email: string }[];
  headers?: string;
  attachments: { name: string; mime: string; data: Buffer }[];
}

const utf16 = (s: string): Buffer => Buffer.from(`${s}`, 'utf16le');

function propertiesStream(header: Buffer, fixed: { tag: number; value: Buffer }[]): Buffer {
  const parts = [header];
  for (const p of fixed) {
    const e = Buffer.alloc(16);
    e.writeUInt32LE(p.tag >>> 0, 0);
    e.writeUInt32LE(6, 4); // readable | writable
    p.value.copy(e, 8);
    parts.push(e);
  }
  return Buffer.concat(parts);
}

export function makeMsg(input: MsgInput): Buffer {
  const entries: Entry[] = [{ name: 'Root Entry', type: 5, length: 0, children: [] }];
  const add = (parent: number, name: string, data?: Buffer): number => {
    const index = entries.length;
    entries.push(
      data
        ? { name, type: 2, length: data.length, binaryProvider: () => new Uint8Array(data) }
        : { name, type: 1, length: 0, children: [] },
    );
    entries[parent]!.children!.push(index);
    return index;
  };
  const header = Buffer.alloc(32);
  header.writeUInt32LE(input.to.length, 8);
  header.writeUInt32LE(input.attachments.length, 12);
  header.writeUInt32LE(input.to.length, 16);
  header.writeUInt32LE(input.attachments.length, 20);
  add(0, '__properties_version1.0', propertiesStream(header, []));
  add(0, '__substg1.0_001A001F', utf16('IPM.Note'));
  add(0, '__substg1.0_0037001F', utf16(input.subject));
  add(0, '__substg1.0_1000001F', utf16(input.body));
  add(0, '__substg1.0_0C1A001F', utf16(input.senderName));
  add(0, '__substg1.0_0C1F001F', utf16(input.senderEmail));
  add(0, '__substg1.0_5D01001F', utf16(input.senderEmail));
  if (input.headers) add(0, '__substg1.0_007D001F', utf16(input.headers));
  input.to.forEach((r, i) => {
    const dir = add(0, `__recip_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`);
    const type = Buffer.alloc(8);
    type.writeUInt32LE(1, 0); // MAPI_TO
    add(dir, '__properties_version1.0', propertiesStream(Buffer.alloc(8), [{ tag: 0x0c150003, value: type }]));
    add(dir, '__substg1.0_3001001F', utf16(r.name));
    add(dir, '__substg1.0_3003001F', utf16(r.email));
    add(dir, '__substg1.0_39FE001F', utf16(r.email));
  });
  input.attachments.forEach((a, i) => {
    const dir = add(0, `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`);
    const method = Buffer.alloc(8);
    method.writeUInt32LE(1, 0); // ATTACH_BY_VALUE
    add(dir, '__properties_version1.0', propertiesStream(Buffer.alloc(8), [{ tag: 0x37050003, value: method }]));
    add(dir, '__substg1.0_3707001F', utf16(a.name));
    add(dir, '__substg1.0_3704001F', utf16(a.name));
    add(dir, '__substg1.0_370E001F', utf16(a.mime));
    add(dir, '__substg1.0_37010102', a.data);
  });
  return Buffer.from(burn(entries));
}
