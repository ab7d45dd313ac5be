package dev.camelkling.cost;

/** The bundled table, loaded once. */
final class DefaultPrices {

    static final PriceTable TABLE = PriceTable.load(DefaultPrices.class.getResourceAsStream("kling-prices.properties"));

    private DefaultPrices() {
    }
}
