// office-addin-mock needs only this enum from office-addin-manifest; loading the whole package
// pulls the manifest toolchain (ESM-only dependencies) and its usage-data telemetry into unit tests.
exports.OfficeApp = { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' };
