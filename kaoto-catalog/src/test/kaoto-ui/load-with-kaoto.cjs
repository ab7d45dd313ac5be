// Loads a catalog library with Kaoto's own code (CamelCatalogService and CamelComponentSchemaService of the
// @kaoto/kaoto UI library, bundled by scripts/kaoto-form-screenshot.sh) and checks what the form of a kling `to`
// step gets. Usage: node load-with-kaoto.cjs <kaoto-bundle.cjs> <library folder> [<form-data.js to write>]
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const [bundle, library, formData] = process.argv.slice(2);
const { CamelCatalogService, CamelComponentSchemaService, CatalogKind } = require(path.resolve(bundle));

const index = JSON.parse(fs.readFileSync(path.join(library, 'index.json'), 'utf8'));
const definitionFile = path.join(library, index.definitions[0].fileName);
const definition = JSON.parse(fs.readFileSync(definitionFile, 'utf8'));
const catalog = (key) =>
  JSON.parse(fs.readFileSync(path.join(path.dirname(definitionFile), definition.catalogs[key].file), 'utf8'));
CamelCatalogService.setCatalogKey(CatalogKind.Component, catalog('components'));
CamelCatalogService.setCatalogKey(CatalogKind.Pattern, catalog('patterns'));
CamelCatalogService.setCatalogKey(CatalogKind.Entity, catalog('entities'));
CamelCatalogService.setCatalogKey(CatalogKind.Processor, catalog('models'));

// a `to` step as a user types it, with a few values set in the form
const step = {
  uri: 'kling:text2video?model=kling-v2-6&download=true',
  parameters: { mode: 'std', timeout: '10m', apiKey: 'my-kling-api-key' },
};
const { schema, definition: model } = CamelComponentSchemaService.getVisualComponentSchema('route.from.steps.0.to', step);
const form = schema.properties.parameters;
const field = (name) => form.properties[name];

// Kaoto splits the URI with kling's syntax (kling:operation): the path option becomes a parameter
assert.deepStrictEqual(model.uri, 'kling');
assert.deepStrictEqual(model.parameters.operation, 'text2video');
assert.deepStrictEqual(model.parameters.model, 'kling-v2-6');
assert.deepStrictEqual(form.required, ['operation']);
assert.ok(field('operation').enum.includes('image2video'));
assert.deepStrictEqual(field('apiKey').format, 'password');
assert.deepStrictEqual(field('timeout').format, 'duration');
// a `to` step is a producer: Kaoto leaves the consumer options out of its form
assert.strictEqual(field('scanInterval'), undefined);
assert.strictEqual(CamelComponentSchemaService.getNodeTitle(
    CamelComponentSchemaService.getCamelComponentLookup('route.from.steps.0.to', step)), 'Kling AI');

const groups = {};
Object.values(form.properties).forEach((p) => (groups[p.$comment] = (groups[p.$comment] || 0) + 1));
console.log('Kaoto loaded kling: step', JSON.stringify(model));
console.log('form fields:', Object.keys(form.properties).length, 'by group:', JSON.stringify(groups));
if (formData) {
  fs.writeFileSync(formData, 'window.KLING_FORM = ' + JSON.stringify({ schema, definition: model }) + ';\n');
}
