/* global module, URL */
// The one place where the add-in's production address enters the build.
// manifest.xml is written with the development base URL (addin-urls.json "dev");
// the production build passes its text through productionManifest() so that
// every address, icons and pages alike, points at addin-urls.json "prod".

/**
 * The manifest text with every occurrence of the `dev` base URL replaced by
 * `prod`, and the AppDomain (written without a trailing slash) likewise.
 * Throws when the text holds no dev URL, or when prod is not an https URL
 * ending in "/", so that a wrong setting fails the build instead of shipping.
 *
 * @example productionManifest(xml, require('./addin-urls.json'))
 */
function productionManifest(xml, urls) {
  const { dev, prod } = urls;
  if (typeof prod !== 'string' || !/^https:\/\/[^/\s]+\/(?:[^\s"<>]*\/)?$/.test(prod)) {
    throw new Error(`config/addin-urls.json: "prod" must be an https URL ending in "/" (found ${JSON.stringify(prod)})`);
  }
  if (!xml.includes(dev)) {
    throw new Error(`manifest.xml holds no URL starting with ${dev}`);
  }
  const origin = (url) => url.replace(/\/+$/, '');
  return xml.split(dev).join(prod).split(`>${origin(dev)}<`).join(`>${origin(new URL(prod).origin)}<`);
}

module.exports = { productionManifest };
