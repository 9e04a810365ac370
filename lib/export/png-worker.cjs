// One picture rasterised in a worker thread (lib/export/chart-picture.ts): resvg encodes the PNG
// synchronously, which on the server's own thread held every other request for as long as it took.
const { Resvg } = require('@resvg/resvg-js');

module.exports = ({ svg, options }) => new Resvg(svg, options).render().asPng();
