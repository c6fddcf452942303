// Leaflet, served by `rasid serve` from node_modules/leaflet/dist at /vendor/leaflet/ (no CDN).
export * from '/vendor/leaflet/leaflet-src.esm.js';
