/**
 * SHIM: `Worksheet.notes` (ExcelApi 1.18) is missing from @microsoft/office-js
 * 1.1.110, whose Excel client predates notes. The adapter uses
 * `worksheet.notes.getItemOrNullObject(address)`, `notes.add(cell, content)`,
 * `note.content` (get/set) and `note.delete()`; this adds exactly those, built
 * from the client's own helpers (BatchApiHelper, Utility) the way its
 * generated classes are, so proxies, loads, PropertyNotLoaded and null
 * objects behave as for any other Excel class. Nothing else is patched.
 * Installed only when the library has no notes of its own.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export function installNotesShim(Excel: any, OE: any): void {
  if (Excel.NoteCollection || Object.getOwnPropertyDescriptor(Excel.Worksheet.prototype, 'notes')) return;
  const H = OE.BatchApiHelper;
  const U = OE.Utility;
  const Base = OE.ClientObject;

  function Note(this: any, context: unknown, objectPath: unknown) {
    Base.call(this, context, objectPath);
  }
  Note.prototype = Object.create(Base.prototype, {
    constructor: { value: Note },
    _className: { get: () => 'Note' },
    _scalarPropertyNames: { get: () => ['content'] },
    _scalarPropertyOriginalNames: { get: () => ['Content'] },
    _scalarPropertyUpdateable: { get: () => [true] },
    content: {
      get(this: any) {
        U.throwIfNotLoaded('content', this._C, 'Note', this._isNull);
        return this._C;
      },
      set(this: any, value: string) {
        this._C = value;
        H.invokeSetProperty(this, 'Content', value, 0);
      },
    },
  });
  Note.prototype.delete = function (this: any) {
    H.invokeMethod(this, 'Delete', 0, [], 0, 0);
  };
  Note.prototype.load = function (this: any, options: unknown) {
    return U.load(this, options);
  };
  Note.prototype._handleResult = function (this: any, value: any) {
    Base.prototype._handleResult.call(this, value);
    if (value == null) return;
    U.fixObjectPathIfNecessary(this, value);
    if (value.Content !== undefined) this._C = value.Content;
  };
  Note.prototype._handleIdResult = function (this: any, value: any) {
    Base.prototype._handleIdResult.call(this, value);
  };

  function NoteCollection(this: any, context: unknown, objectPath: unknown) {
    Base.call(this, context, objectPath);
  }
  NoteCollection.prototype = Object.create(Base.prototype, {
    constructor: { value: NoteCollection },
    _className: { get: () => 'NoteCollection' },
  });
  NoteCollection.prototype.getItemOrNullObject = function (this: any, key: string) {
    return H.createMethodObject(Note, this, 'GetItemOrNullObject', 1, [key], false, false, null, 4);
  };
  NoteCollection.prototype.getItem = function (this: any, key: string) {
    return H.createMethodObject(Note, this, 'GetItem', 1, [key], false, false, null, 4);
  };
  NoteCollection.prototype.add = function (this: any, cellAddress: unknown, content: string) {
    return H.createMethodObject(Note, this, 'Add', 0, [cellAddress, content], false, true, null, 0);
  };

  Excel.Note = Note;
  Excel.NoteCollection = NoteCollection;
  Object.defineProperty(Excel.Worksheet.prototype, 'notes', {
    get(this: any) {
      if (!this._Notes) this._Notes = H.createPropertyObject(NoteCollection, this, 'Notes', true, 4);
      return this._Notes;
    },
  });
}
