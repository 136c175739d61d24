// office-addin-mock imports office-addin-manifest, an ESM-only chain jest cannot load; the mock does not need it.
module.exports = {};
