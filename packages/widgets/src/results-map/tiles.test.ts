import { expect } from '@open-wc/testing';
import { BASEMAP_DE_URL, OSM_URL, resolveTiles } from './tiles.js';

describe('tile providers', () => {
  it('defaults to basemap.de with the WMTS row before the column', () => {
    for (const value of [undefined, '', 'basemap.de']) {
      const provider = resolveTiles(value)!;
      expect(provider.kind).to.equal('basemap.de');
      expect(provider.url).to.equal(BASEMAP_DE_URL);
    }
    expect(BASEMAP_DE_URL.endsWith('/GLOBAL_WEBMERCATOR/{z}/{y}/{x}.png')).to.equal(true);
  });

  it('knows osm, takes any URL template, and has nothing to load for none', () => {
    expect(resolveTiles('osm')).to.include({ kind: 'osm', url: OSM_URL, key: 'osm' });
    expect(resolveTiles('https://tiles.example.de/{z}/{x}/{y}.png')).to.include({
      kind: 'custom',
      host: 'tiles.example.de',
      key: 'https://tiles.example.de/{z}/{x}/{y}.png',
    });
    expect(resolveTiles('none')).to.equal(null);
  });

  it('asks for consent for every tile source but a data: URL, which sends nothing', () => {
    expect(resolveTiles('basemap.de')!.needsConsent).to.equal(true);
    expect(resolveTiles('osm')!.needsConsent).to.equal(true);
    expect(resolveTiles(`${location.origin}/tiles/{z}/{x}/{y}.png`)!.needsConsent).to.equal(true);
    expect(resolveTiles('data:image/png;base64,iVBORw0KGgo=')!.needsConsent).to.equal(false);
  });
});
