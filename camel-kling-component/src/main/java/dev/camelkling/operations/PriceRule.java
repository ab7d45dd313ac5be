package dev.camelkling.operations;

/** What a request of an operation costs, as the price-table entries and amounts that apply. */
@FunctionalInterface
public interface PriceRule<R> {

    /** The quote, or {@code null} when the request cannot be priced before it runs. */
    Quote quote(R request);
}
