// What load-with-kaoto.cjs needs of the @kaoto/kaoto library (KAOTO_LIB is replaced by its lib/esm folder)
export { CamelCatalogService } from 'KAOTO_LIB/models/visualization/flows/camel-catalog.service.js';
export { CamelComponentSchemaService } from 'KAOTO_LIB/models/visualization/flows/support/camel-component-schema.service.js';
export { CatalogKind } from 'KAOTO_LIB/models/catalog-kind.js';
