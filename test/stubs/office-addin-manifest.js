// office-addin-manifest pulls in ESM-only modules that Jest (CommonJS) cannot load;
// office-addin-mock only reads this enum from it.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
