/**
 * office-addin-mock's OfficeMockObject, usable under this repo's jest config.
 *
 * jest.config.js maps office-addin-manifest (an ESM-only chain) to an empty
 * stub, but OfficeMockObject reads `OfficeApp.Outlook` from it in every
 * constructor. The stub module object is shared by everything loaded in the
 * test file, so giving it the OfficeApp enum (values as in
 * office-addin-manifest) makes the mock work whatever the import order.
 */
import { OfficeMockObject } from 'office-addin-mock';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifestStub = require('office-addin-manifest') as { OfficeApp?: Record<string, string> };
manifestStub.OfficeApp ??= {
  Excel: 'excel',
  OneNote: 'onenote',
  Outlook: 'outlook',
  PowerPoint: 'powerpoint',
  Project: 'project',
  Word: 'word',
};

export function officeMock(data: Record<string, unknown> = {}): OfficeMockObject {
  return new OfficeMockObject(data);
}
