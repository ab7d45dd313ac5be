package dev.camelkling.benchmarks;

/** Where both contenders send their requests: the embedded simulator and the API key it accepts. */
record Target(String baseUrl, String apiKey) {
}
