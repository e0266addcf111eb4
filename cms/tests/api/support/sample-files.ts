import { crc32, deflateSync } from 'node:zlib';
import type { Core } from '@strapi/strapi';
import request from 'supertest';

/**
 * Small real files for upload tests, made in the test: a PNG, a PDF with a
 * text of the test's choosing, and how to upload one as the portal does.
 */

const chunk = (type: string, data: Buffer): Buffer => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
};

/**
 * A valid PNG of `width` × 1 grey pixels (wider: larger, as its rows are stored uncompressed-ish).
 * @param width pixels; the file grows with it
 */
export const pngFile = (width = 1): Buffer => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, (_, i) => (i * 37) % 256)),
  ]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(row, { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

/**
 * A one-page PDF whose page shows `text`.
 * @param text printable ASCII
 */
export const pdfFile = (text: string): Buffer =>
  Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >> endobj',
      `4 0 obj << >> stream\nBT /F1 12 Tf 10 50 Td (${text}) Tj ET\nendstream endobj`,
      'trailer << /Root 1 0 R >>',
      '%%EOF',
      '',
    ].join('\n'),
    'latin1'
  );

/** What an upload sends besides the file. */
export interface UploadFields {
  field: string;
  locale: string;
  renderToken: string;
}

/** A file as a browser sends it: content, name and declared type. */
export interface UploadedFile {
  data: Buffer;
  name: string;
  type: string;
}

/**
 * POSTs one file to `/api/teilhabe/forms/:slug/files` as `multipart/form-data`,
 * the text parts first, from a client address.
 */
export const upload = (
  strapi: Core.Strapi,
  slug: string,
  fields: UploadFields,
  file: UploadedFile,
  address = '203.0.113.20'
): request.Test =>
  request(strapi.server.httpServer)
    .post(`/api/teilhabe/forms/${slug}/files`)
    .set('x-forwarded-for', address)
    .field('field', fields.field)
    .field('locale', fields.locale)
    .field('renderToken', fields.renderToken)
    .attach('file', file.data, { filename: file.name, contentType: file.type });
